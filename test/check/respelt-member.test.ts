/**
 * A Properties row and a JSON representation member that spell one property in two letter cases
 * are one slip, reported once at the row: an excerpt of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/resources/identitygovernance-taskdefinition.md
 * (ade3a86d87305a482d68dbade47c2d051de6f6c3: `|ContinueOnError|Boolean|…|`, `"continueOnError":
 * "Boolean"`), cut to a few rows. It was reported as a property missing from the JSON and, with
 * the type's base undocumented or not, a member no table lists.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const page = (annotation: string) => `# taskDefinition resource type

Namespace: microsoft.graph.identityGovernance

## Properties

|Property|Type|Description|
|:---|:---|:---|
|ContinueOnError|Boolean|Defines if the workflow will continue if the task has an error.|
|description|String|The description of the taskDefinition.|
|id|String|The unique identifier for the taskDefinition. Inherited from [entity](../resources/entity.md).|

## JSON representation

The following is a JSON representation of the resource.
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.identityGovernance.taskDefinition",${annotation}
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.identityGovernance.taskDefinition",
  "id": "String (identifier)",
  "continueOnError": "Boolean",
  "description": "String"
}
\`\`\`
`

const mismatches = async (text: string) =>
  (await checkDocs([{ file: 'resources/identitygovernance-taskdefinition.md', text }])).diagnostics
    .filter((d) => d.code === 'representation-mismatch')
    .map((d) => `${d.line} ${d.message}`)

describe('a property spelt in another letter case in the JSON representation', () => {
  it('is one finding at the row, naming both spellings, on the page of a derived type and of a root type', async () => {
    const expected = (jsonLine: number) => [
      `9 Unexpected spelling ContinueOnError, which the JSON representation spells continueOnError (line ${jsonLine}), expected one spelling of the property`,
    ]
    expect(await mismatches(page('\n  "baseType": "microsoft.graph.entity",'))).toEqual(expected(28))
    expect(await mismatches(page(''))).toEqual(expected(27))
  })
})
