/**
 * A Properties row whose name cell marks it deprecated: an excerpt (cut short) of
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/plannerplan.md
 * @7ead8b72fdfcf17b9f9d83e4707ae35bcc47bd81 (`|owner (deprecated) |String| Use the **container**
 * property instead. …|`, which the JSON representation leaves out). The mark was dropped: a plain
 * `owner` in the model, the types and OpenAPI, and a finding that it is missing from the JSON.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { ObjectTypeDef } from '../../src/model.js'
import { checkDocs } from '../support/check-docs.js'

const page = {
  file: 'resources/plannerplan.md',
  text: `# plannerPlan resource type

Namespace: microsoft.graph

Represents a plan in Microsoft 365.

## Properties
| Property	   | Type	|Description|
|:---------------|:--------|:----------|
|id|String| Read-only. ID of the plan. It's 28 characters long and case-sensitive.|
|owner (deprecated) |String| Use the **container** property instead. ID of the [group](group.md) that owns the plan.|
|title|String|Required. Title of the plan.|

## JSON representation

<!-- {
  "blockType": "resource",
  "baseType": "microsoft.graph.entity",
  "optionalProperties": [

  ],
  "@odata.type": "microsoft.graph.plannerPlan"
}-->

\`\`\`json
{
  "id": "String (identifier)",
  "title": "String"
}
\`\`\`
`,
}

describe('a property its name cell marks deprecated', () => {
  const model = buildModel([page])
  const files = emitAll(model)
  const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''

  it('is flagged in the model, and no other property is', () => {
    const plan = model.types['microsoft.graph.plannerPlan'] as ObjectTypeDef
    expect(plan.properties.map(({ name, deprecated }) => [name, deprecated])).toEqual([
      ['id', undefined],
      ['owner', true],
      ['title', undefined],
    ])
  })

  it('is @deprecated in the types and deprecated in OpenAPI', () => {
    expect(text('types/index.ts')).toMatch(
      /\/\*\*\n\s+\* Use the container property instead\. ID of the group that owns the plan\.\n\s+\* @deprecated\n\s+\*\/\n\s+owner\?: string/,
    )
    const openapi = JSON.parse(text('openapi.json'))
    const { properties } = openapi.components.schemas['microsoft.graph.plannerPlan'].allOf[1]
    expect(properties.owner.deprecated).toBe(true)
    expect(properties.title.deprecated).toBeUndefined()
  })

  it('may be left out of the JSON representation', async () => {
    const { diagnostics } = await checkDocs([page])
    expect(diagnostics.filter((d) => d.code === 'representation-mismatch')).toEqual([])
  })
})
