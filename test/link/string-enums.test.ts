import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ApiModel, ObjectTypeDef } from '../../src/model.js'

// Cut from microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/enums.md (today's,
// which documents the enums) and the 2021 pages of conditionalAccessPolicy, conditionalAccessConditionSet,
// workbookOperation and chatMessage (test/fixtures/real-trees, ../shared/corpus), which type them String.
const enums = (sections: Record<string, string[]>) =>
  [
    '---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n',
    ...Object.entries(sections).map(
      ([name, members]) =>
        `### ${name} values\n\n| Member |\n| ---- |\n${members.map((m) => `| ${m} |`).join('\n')}\n`,
    ),
  ].join('\n')

/** A resource page of `name` with one row: `property`, its Type cell, the values its description lists. */
const resource = (name: string, property: string, typeCell: string, values: readonly string[]) =>
  [
    `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n`,
    '## Properties\n| Property | Type | Description |\n|:--|:--|:--|',
    `| ${property} | ${typeCell} | Possible values are: ${values.map((v) => `\`${v}\``).join(', ')}. |\n`,
    `## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}" } -->`,
    '```json\n{ }\n```\n',
  ].join('\n')

const enumsPage = {
  file: 'resources/enums.md',
  text: enums({
    conditionalAccessPolicyState: ['enabled', 'disabled', 'enabledForReportingButNotEnforced'],
    riskLevel: ['low', 'medium', 'high', 'hidden', 'none', 'unknownFutureValue'],
    operationStatus: ['NotStarted', 'Running', 'Completed', 'Failed'],
    importance: ['low', 'normal', 'high'],
  }),
}
/** The model of enums.md and the resource pages (name, property, Type cell, listed values). */
const modelOf = (...pages: [string, string, string, string[]][]) =>
  buildModel([
    enumsPage,
    ...pages.map(([name, property, cell, values]) => ({
      file: `resources/${name.toLowerCase()}.md`,
      text: resource(name, property, cell, values),
    })),
  ])
const propertyOf = (model: ApiModel, type: string, name: string) =>
  (model.types[`microsoft.graph.${type}`] as ObjectTypeDef).properties.find(
    (property) => property.name === name,
  )
const reported = (model: ApiModel) => model.diagnostics.filter((each) => each.code === 'string-names-enum')

describe('a String property whose possible values are an enum the docs document under its name', () => {
  it('is typed as the enum named after its type and itself, and reported at the row', () => {
    const model = modelOf([
      'conditionalAccessPolicy',
      'state',
      'String',
      ['enabled', 'disabled', 'enabledForReportingButNotEnforced'],
    ])
    expect(propertyOf(model, 'conditionalAccessPolicy', 'state')?.type).toMatchObject({
      kind: 'named',
      resolved: 'microsoft.graph.conditionalAccessPolicyState',
    })
    expect(reported(model)).toMatchObject([
      { file: 'resources/conditionalaccesspolicy.md', line: 11, severity: 'warning' },
    ])
  })

  it('is a collection of the enum its name ends in', () => {
    const model = modelOf([
      'conditionalAccessConditionSet',
      'signInRiskLevels',
      'String collection',
      ['low', 'medium', 'high', 'hidden', 'none', 'unknownFutureValue'],
    ])
    expect(propertyOf(model, 'conditionalAccessConditionSet', 'signInRiskLevels')).toMatchObject({
      type: { resolved: 'microsoft.graph.riskLevel' },
      collection: true,
    })
  })

  it("stays String where the enum's name is another type's, or a listed value is no member", () => {
    const model = buildModel([
      enumsPage,
      {
        file: 'resources/workbookoperation.md',
        text: resource('workbookOperation', 'status', 'String', [
          'NotStarted',
          'Running',
          'Completed',
          'Failed',
        ]),
      },
      {
        file: 'resources/chatmessage.md',
        text: resource('chatMessage', 'importance', 'string', ['normal', 'high', 'urgent']),
      },
    ])
    expect(propertyOf(model, 'workbookOperation', 'status')?.type).toEqual({
      kind: 'primitive',
      name: 'String',
    })
    expect(propertyOf(model, 'chatMessage', 'importance')?.type).toEqual({
      kind: 'primitive',
      name: 'String',
    })
    expect(reported(model)).toEqual([])
  })
})
