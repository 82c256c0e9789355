/**
 * The body the mock makes from a type (where a page shows no JSON): a String the JSON
 * representation writes `"url"` is a URL, as `verify` and the checks judge it; a `"url"` placeholder
 * beside another type in the table (a number, a complex type) says nothing of the value.
 */
import { expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { URL_SAMPLE } from '../../src/extract/json-representation.js'
import { synthesiseValue } from '../../src/mock/synthesise.js'

const SHARING_LINK = `# sharingLink resource type

## Properties
| Property | Type | Description |
|:---|:---|:---|
| webUrl | String | A URL that opens the item in the browser. |

## JSON representation
<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.sharingLink" } -->
\`\`\`json
{ "webUrl": "url" }
\`\`\`
`

const WIDGET = `# widget resource type

## Properties
| Property | Type | Description |
|:---|:---|:---|
| id | String | The id. Read-only. |
| size | Int32 | Size. |
| link | [sharingLink](sharinglink.md) | Link. |
| mirrors | String collection | Other places to get it. |

## JSON representation
<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget", "keyProperty": "id" } -->
\`\`\`json
{
  "id": "String (identifier)",
  "size": "url",
  "link": "url",
  "mirrors": ["url"]
}
\`\`\`
`

it('makes a URL of a "url" String only', () => {
  const model = buildModel([
    { file: 'resources/sharinglink.md', text: SHARING_LINK },
    { file: 'resources/widget.md', text: WIDGET },
  ])
  const widget = synthesiseValue(
    { kind: 'named', name: 'widget', resolved: 'microsoft.graph.widget' },
    false,
    model,
  )
  expect(widget).toMatchObject({
    size: 0,
    link: { '@odata.type': '#microsoft.graph.sharingLink', webUrl: URL_SAMPLE },
    mirrors: [URL_SAMPLE],
  })
})
