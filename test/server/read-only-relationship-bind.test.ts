/**
 * A create may bind a relationship its resource page marks Read-only, as Graph takes it: excerpts
 * of microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/
 * accesspackageresourcerequest.md (0abc194265b88e9988d630b76c8e18b65b365ed5: "|catalog|
 * [accessPackageCatalog](accesspackagecatalog.md)| Read-only.|") and
 * api/entitlementmanagement-post-resourcerequests.md (03b4f8ad574024e7f235a96cbe647091a19dfaae:
 * its request sends `"catalog": {"id": …}`), cut to a few rows. The generated server refused the
 * docs' own request (400, catalog is read-only), and verify called the docs self-contradictory.
 */
import { describe, expect, it } from 'vitest'
import { mockOfPages, sendJson, verifyPages } from '../support/pages-mock.js'

const PATH = '/identityGovernance/entitlementManagement/resourceRequests'

const RESOURCE = `# accessPackageResourceRequest resource type

Namespace: microsoft.graph

## Properties

| Property     | Type        | Description |
|:-------------|:------------|:------------|
|createdDateTime|DateTimeOffset|The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. Read-only.|
|id|String| Read-only.|
|requestType|String|The type of the request. Use \`adminAdd\` to add a resource, if the caller is an administrator or resource owner. |

## Relationships

| Relationship | Type        | Description |
|:-------------|:------------|:------------|
|resource|[accessPackageResource](accesspackageresource.md)| Nullable.|
|catalog|[accessPackageCatalog](accesspackagecatalog.md)| Read-only.|

## JSON representatio

<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.accessPackageResourceRequest",
  "keyProperty": "id"
}-->

\`\`\`json
{
  "createdDateTime": "String (timestamp)",
  "id": "String (identifier)",
  "requestType": "String"
}
\`\`\`
`

const CREATE = `# Create accessPackageResourceRequest

Namespace: microsoft.graph

Create a new [accessPackageResourceRequest](../resources/accesspackageresourcerequest.md) object.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
POST ${PATH}
\`\`\`

## Request body

In the request body, supply a JSON representation of an [accessPackageResourceRequest](../resources/accesspackageresourcerequest.md) object.

If successful, this method returns a \`201 Created\` response code and a new [accessPackageResourceRequest](../resources/accesspackageresourcerequest.md) object in the response body.

## Examples

#### Request

<!-- {
  "blockType": "request",
  "name": "create_accesspackageresourcerequest_from_accesspackageresourcerequests4"
}-->

\`\`\`http
POST https://graph.microsoft.com/v1.0${PATH}
Content-type: application/json

{
  "requestType": "adminAdd",
  "catalog": {
    "id": "beedadfe-01d5-4025-910b-84abb9369997"
  }
}
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.accessPackageResourceRequest"
} -->

\`\`\`http
HTTP/1.1 201 Created
Content-type: application/json

{
  "id": "acc2294e-f37f-42d3-981d-4e83847ed0ce",
  "requestType": "adminAdd"
}
\`\`\`
`

const RESOURCE_PAGE = { file: 'resources/accesspackageresourcerequest.md', text: RESOURCE }
const CREATE_FILE = 'api/entitlementmanagement-post-resourcerequests.md'
const PAGES = [RESOURCE_PAGE, { file: CREATE_FILE, text: CREATE }]
const mock = mockOfPages(PAGES)
const post = async (body: unknown) => (await sendJson(`${mock().url}${PATH}`, 'POST', body)).status

describe('a read-only relationship in a create request', () => {
  it('is taken as the create binds it; a read-only property is still refused', async () => {
    expect(await post({ requestType: 'adminAdd', catalog: { id: 'beedadfe' } })).toBe(201)
    expect(await post({ requestType: 'adminAdd', createdDateTime: '2024-01-01T00:00:00Z' })).toBe(400)
  })

  it("makes the page's own request agree with the mock", async () => {
    const result = await verifyPages(PAGES, mock().url)
    expect(result.findings).toEqual([])
  })

  it('is judged, like a read-only property in another letter case, as the server judges it', async () => {
    const sendsCreated = CREATE.replace(
      '"requestType": "adminAdd",',
      '"requestType": "adminAdd",\n  "CreatedDateTime": "2024-01-01T00:00:00Z",',
    )
    const result = await verifyPages([RESOURCE_PAGE, { file: CREATE_FILE, text: sendsCreated }], mock().url)
    expect(result.findings).toMatchObject([
      {
        code: 'verify-docs-contradiction',
        message: expect.stringContaining(
          'does not fit the documented request (CreatedDateTime is read-only)',
        ),
      },
    ])
  })
})

describe('a read-only relationship no request of the page sends', () => {
  const unbound = mockOfPages([
    RESOURCE_PAGE,
    { file: CREATE_FILE, text: CREATE.replace(/,\n {2}"catalog": \{[^}]*\}/, '') },
  ])

  it('is refused in a create, as any read-only member is', async () => {
    const { status, text } = await sendJson(`${unbound().url}${PATH}`, 'POST', {
      requestType: 'adminAdd',
      catalog: { id: 'beedadfe' },
    })
    expect(status).toBe(400)
    expect(text).toContain("Property 'catalog' is read-only")
  })
})
