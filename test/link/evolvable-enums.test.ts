import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { EnumTypeDef } from '../../src/model.js'

// Cut from microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/enums.md and
// phoneauthenticationmethod.md (test/fixtures/real-trees/graph-v1.0-today-users).
const enumsPage = (members: readonly string[]) => ({
  file: 'resources/enums.md',
  text: `---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### authenticationMethodSignInState values\n\n| Member |\n| ---- |\n${members.map((m) => `| ${m} |`).join('\n')}\n`,
})
const phoneMethod = (values: readonly string[]) => ({
  file: 'resources/phoneauthenticationmethod.md',
  text: [
    '---\ndoc_type: resourcePageType\n---\n# phoneAuthenticationMethod resource type\n\nNamespace: microsoft.graph\n',
    '## Properties\n| Property | Type | Description |\n|:--|:--|:--|',
    `| smsSignInState | authenticationMethodSignInState | Whether a phone is ready to be used for SMS sign-in or not. Possible values are: ${values.map((v) => `\`${v}\``).join(', ')}. |\n`,
    '## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.phoneAuthenticationMethod" } -->',
    '```json\n{ "smsSignInState": "String" }\n```\n',
  ].join('\n'),
})
const STATES = [
  'notSupported',
  'notAllowedByPolicy',
  'notEnabled',
  'phoneNumberNotUnique',
  'ready',
  'notConfigured',
]

const linked = (members: readonly string[], values: readonly string[]) => {
  const model = buildModel([enumsPage(members), phoneMethod(values)])
  const states = model.types['microsoft.graph.authenticationMethodSignInState'] as EnumTypeDef
  const reported = model.diagnostics.filter((each) => each.code === 'enum-member-from-description')
  return { members: states.members.map((member) => member.name), reported: reported.map((each) => each.line) }
}

describe('an enum whose property lists more than its table', () => {
  it('gains the unknownFutureValue its property lists and its table leaves out, last, reported at the row', () => {
    expect(linked(STATES, [...STATES, 'unknownFutureValue'])).toEqual({
      members: [...STATES, 'unknownFutureValue'],
      reported: [11],
    })
  })

  it('gains a member its property lists after the sentinel its table stops at (simulation.md)', () => {
    const table = [...STATES, 'unknownFutureValue']
    expect(linked(table, [...table, 'oAuthConsentGrant'])).toEqual({
      members: [...table, 'oAuthConsentGrant'],
      reported: [11],
    })
  })

  it('is left as its table has it where the property lists less than the whole table, or nothing more', () => {
    expect(linked(STATES, ['ready', 'notConfigured', 'unknownFutureValue'])).toEqual({
      members: STATES,
      reported: [],
    })

    expect(linked(STATES, STATES)).toEqual({ members: STATES, reported: [] })
    const listed = [...STATES.slice(0, 2), 'unknownFutureValue', ...STATES.slice(2)]
    expect(linked(listed, [...STATES, 'unknownFutureValue'])).toEqual({ members: listed, reported: [] })
  })
})
