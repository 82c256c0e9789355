/**
 * A type a Relationships table points to is an entity, even where its own page shows no key, Methods
 * or `id`. Excerpts of microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78,
 * `api-reference/v1.0/resources/listitem.md` and `resources/itemanalytics.md` (an entity in the CSDL).
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

const LIST_ITEM = `---
doc_type: resourcePageType
---

# listItem resource

Namespace: microsoft.graph

## Properties

| Property name | Type                | Description                        |
| :------------ | :------------------ | :--------------------------------- |
| contentType   | [contentTypeInfo][] | The content type of this list item |

## Relationships

| Relationship name | Type                           | Description                                                       |
| :---------------- | :----------------------------- | :---------------------------------------------------------------- |
| analytics         | [itemAnalytics][] resource     | Analytics about the view activities that took place on this item. |
| fields            | [fieldValueSet][]              | The values of the columns set on this list item.                  |

[contentTypeInfo]: contenttypeinfo.md
[fieldValueSet]: fieldvalueset.md
[itemAnalytics]: itemanalytics.md

## JSON representation

<!--{
  "blockType": "resource",
  "keyProperty": "id",
  "baseType": "microsoft.graph.baseItem",
  "@odata.type": "microsoft.graph.listItem"
}-->

\`\`\`json
{
  "contentType": { "@odata.type": "microsoft.graph.contentTypeInfo" },
  "analytics": { "@odata.type": "microsoft.graph.itemAnalytics" }
}
\`\`\`
`

const ITEM_ANALYTICS = `---
doc_type: resourcePageType
---

# itemAnalytics resource type

Namespace: microsoft.graph

## Properties

| Property      | Type                 | Description                         |
| :------------ | :------------------- | :---------------------------------- |
| allTime       | [itemActivityStat][] | Analytics over the item's lifespan. |
| lastSevenDays | [itemActivityStat][] | Analytics for the last seven days.  |

[itemActivityStat]: itemactivitystat.md

## JSON representation

<!-- {
  "blockType": "resource",
  "optionalProperties": [ ],
  "@type": "microsoft.graph.itemAnalytics",
  "@type.aka": "oneDrive.analytics"
}-->

\`\`\`json
{
  "allTime": {"@odata.type": "microsoft.graph.itemActivityStat"},
  "lastSevenDays": {"@odata.type": "microsoft.graph.itemActivityStat"}
}
\`\`\`
`

describe('navigation targets', () => {
  it('makes the type a Relationships row points to an entity, with the root entity as its base', () => {
    const model = buildModel([
      { file: 'resources/listitem.md', text: LIST_ITEM },
      { file: 'resources/itemanalytics.md', text: ITEM_ANALYTICS },
    ])
    const analytics = model.types['microsoft.graph.itemAnalytics']
    expect(analytics).toMatchObject({ kind: 'entity', baseType: { resolved: 'microsoft.graph.entity' } })
  })

  it('leaves a type that only a structural member (the JSON representation) points to complex', () => {
    // No table of navigation properties: neither the heading nor the header says Relationship.
    const structural = LIST_ITEM.replace('## Relationships', '## More properties').replace(
      '| Relationship name |',
      '| Property name     |',
    )
    const model = buildModel([
      { file: 'resources/listitem.md', text: structural },
      { file: 'resources/itemanalytics.md', text: ITEM_ANALYTICS },
    ])
    expect(model.types['microsoft.graph.itemAnalytics']?.kind).toBe('complex')
  })
})
