/**
 * A PUT replaces the whole resource its URL names: the members its Request body table marks
 * Required must be sent, as a create's must (a PATCH changes some, and requires none), but the key
 * the URL gives. Excerpts of today's microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0: api/externalconnectors-externalconnection-put-items.md ("Create
 * externalItem", an update by its verb: it answers `200 OK`) and
 * resources/externalconnectors-externalitem.md, cut short. The mock took a PUT of its `content`
 * alone (200), and OpenAPI required nothing.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { mockOfPages, sendJson, verifyPages } from '../support/pages-mock.js'

const ROUTE = '/external/connections/{connection-id}/items/{item-id}'
const PATH = '/external/connections/contosohr/items/TSP228082938'

const RESOURCE = `# externalItem resource type

Namespace: microsoft.graph.externalConnectors

An item added to a Microsoft Graph [connection](externalconnectors-externalconnection.md).

## Properties
|Property|Type|Description|
|:---|:---|:---|
|acl|[acl](../resources/externalconnectors-acl.md) collection|An array of access control entries. Each entry specifies the access granted to a user or group. Required.|
|content|[externalItemContent](../resources/externalconnectors-externalitemcontent.md)|A plain-text  representation of the contents of the item. The text in this property is full-text indexed. Optional.|
|id|String|Developer-provided unique ID of the item within the containing [externalConnection](externalconnectors-externalconnection.md). Must be alphanumeric and a maximum of 128 characters. Required.|
|properties|[properties](../resources/externalconnectors-properties.md)|A property bag with the properties of the item. The properties MUST conform to the [schema](externalconnector-schema.md) defined for the [externalConnection](externalconnectors-externalconnection.md). Required.|

## JSON representation
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.externalConnectors.externalItem",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.externalConnectors.externalItem",
  "id": "String (identifier)",
  "properties": {
    "@odata.type": "microsoft.graph.externalConnectors.properties"
  },
  "content": {
    "@odata.type": "microsoft.graph.externalConnectors.externalItemContent"
  },
  "acl": [
    {
      "@odata.type": "microsoft.graph.externalConnectors.acl"
    }
  ]
}
\`\`\`
`

const PUT_ITEMS = `# Create externalItem

Namespace: microsoft.graph.externalConnectors

Create a new [externalItem](../resources/externalconnectors-externalitem.md) object.

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
PUT ${ROUTE}
\`\`\`

## Request body
In the request body, supply a JSON representation of the [externalItem](../resources/externalconnectors-externalitem.md) object.

You can specify the following properties when creating an [externalItem](../resources/externalconnectors-externalitem.md).

|Property|Type| Description|
|:---|:---|:---|
|id|String|The item ID. Required.|
|properties|[microsoft.graph.externalConnectors.properties](../resources/externalconnectors-properties.md)|The item properties. The \`properties\` object must contain at least one property. All \`DateTime\` type properties must be in ISO 8601 format. Required.|
|content|[microsoft.graph.externalConnectors.externalItemContent](../resources/externalconnectors-externalitemcontent.md)|The external item content. Optional.|
|acl|[microsoft.graph.externalConnectors.acl](../resources/externalconnectors-acl.md) collection|The access control list. Required.|

## Response

If successful, this method returns \`200 OK\` response code.

## Examples

### Request

<!-- {
  "blockType": "request",
  "name": "create_externalitem_from_externalConnections",
  "sampleKeys": ["contosohr", "TSP228082938"]
}
-->
\`\`\` http
PUT https://graph.microsoft.com/v1.0${PATH}
Content-type: application/json

{
  "acl": [],
  "properties": {
    "title": "Error in the payment gateway"
  },
  "content": {
    "value": "Error in payment gateway...",
    "type": "text"
  }
}
\`\`\`

### Response

<!-- {
  "blockType": "response"
} -->

\`\`\` http
HTTP/1.1 200 OK
\`\`\`
`

const PAGES = [
  { file: 'resources/externalconnectors-externalitem.md', text: RESOURCE },
  { file: 'api/externalconnectors-externalconnection-put-items.md', text: PUT_ITEMS },
]

describe('a PUT body', () => {
  const mock = mockOfPages(PAGES)
  const put = (body: unknown) => sendJson(`${mock().url}${PATH}`, 'PUT', body)

  it('is refused by the mock without a member its page marks Required, naming it', async () => {
    const refused = await put({ content: { value: 'Error in payment gateway...', type: 'text' } })
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.text)).toEqual({
      error: { code: 'BadRequest', message: "Property 'properties' is required in the request body." },
    })
    expect(await put({ acl: [], properties: {} })).toMatchObject({ status: 200 })
  })

  it('requires those members in OpenAPI, but the key its URL gives', () => {
    const files = emitAll(buildModel(PAGES))
    const openapi = JSON.parse(files.find((file) => file.path === 'openapi.json')?.text ?? '')
    const [path] = Object.keys(openapi.paths)
    const schema = openapi.paths[path ?? ''].put.requestBody.content['application/json'].schema
    expect(schema.allOf).toContainEqual({ required: ['properties', 'acl'] })
  })

  it('leaves the docs’ own request agreeing with the mock', async () => {
    const { findings, summary } = await verifyPages(PAGES, mock().url)
    expect(findings).toEqual([])
    expect(summary).toMatchObject({ examples: 1, agreed: 1 })
  })
})
