/**
 * A read-only property that an operation's own request-body table lists as required is accepted in
 * that request: excerpts of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/api/accessreviewinstance-update.md (08c3f1adce9289f969482abcc056bab29c7bb511:
 * "the **scope** property is also required in the request body", its row "Read-only. Required but
 * not updated.") and resources/accessreviewinstance.md (15afa84e91a87ef51281f3bbc32373d19f9db431),
 * cut to a few rows. The generated server refused the docs' own request (400, scope is read-only).
 */
import { describe, expect, it } from 'vitest'
import { mockOfPages, sendJson, verifyPages } from '../support/pages-mock.js'
import { plainService } from '../verify/servers.js'

const PATH = '/identityGovernance/accessReviews/definitions/5dcfcc88/instances/720b8ee0'

const RESOURCE = `# accessReviewInstance resource type

Namespace: microsoft.graph

Inherits from [entity](../resources/entity.md).

## Properties
| Property | Type | Description |
| :---| :--- | :---------- |
| id | String | Unique identifier of the instance. Supports \`$select\`. Read-only.|
| reviewers   |[accessReviewReviewerScope](../resources/accessreviewreviewerscope.md) collection| This collection of access review scopes is used to define who the reviewers are.|
| scope | [accessReviewScope](accessreviewscope.md) | Defines the scope of users reviewed in a group. Read-only. |
| status | String | Specifies the status of an accessReview. Read-only.|

## JSON representation

<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.accessReviewInstance",
  "baseType": "microsoft.graph.entity"
}
-->
\`\`\`json
{
  "id": "string (identifier)",
  "reviewers": [{ "@odata.type": "microsoft.graph.accessReviewReviewerScope" }],
  "scope": { "@odata.type": "microsoft.graph.accessReviewScope" },
  "status": "string"
}
\`\`\`
`

const UPDATE = `# Update accessReviewInstance
Namespace: microsoft.graph

Only the **reviewers** and **fallbackReviewers** properties can be updated but the **scope** property is also required in the request body.

## Permissions

None.

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\`http
PUT /identityGovernance/accessReviews/definitions/{accessReviewScheduleDefinitionId}/instances/{accessReviewInstanceId}
\`\`\`

## Request body

|Property|Type|Description|
|:---|:---|:---|
|reviewers|[accessReviewReviewerScope](../resources/accessreviewreviewerscope.md) collection|This collection of access review scopes is used to define who the reviewers are. Optional. Updatable.|
|scope|[accessReviewScope](../resources/accessreviewscope.md)|Defines the scope of users reviewed in a group. Read-only. Required but not updated.|

## Response

If successful, this method returns a \`200 OK\` response code and an updated [accessReviewInstance](../resources/accessreviewinstance.md) object in the response body.

## Examples

<!-- { "blockType": "request", "name": "update_accessreviewinstance" } -->
\`\`\`http
PUT https://graph.microsoft.com/v1.0${PATH}
Content-Type: application/json

{ "scope": { "query": "/v1.0/users" }, "reviewers": [{ "query": "/users/1ed8ac56", "queryType": "MicrosoftGraph" }] }
\`\`\`
`

const PAGES = [
  { file: 'resources/accessreviewinstance.md', text: RESOURCE },
  { file: 'api/accessreviewinstance-update.md', text: UPDATE },
]
const mock = mockOfPages(PAGES)
const put = async (body: unknown) => (await sendJson(`${mock().url}${PATH}`, 'PUT', body)).status

describe('a read-only property the request-body table requires', () => {
  it('is accepted in that request; another read-only property is still refused', async () => {
    const reviewers = [{ query: '/users/1ed8ac56', queryType: 'MicrosoftGraph' }]
    expect(await put({ scope: { query: '/v1.0/users' }, reviewers })).toBe(200)
    expect(await put({ scope: { query: '/v1.0/users' }, status: 'Completed' })).toBe(400)
  })
  it('makes a service that refuses it disagree with the docs, not the docs contradict themselves', async () => {
    const refusing = await plainService((_, response) => {
      const error = { error: { code: 'BadRequest', message: 'scope is read-only' } }
      response.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify(error))
    })
    try {
      const result = await verifyPages(PAGES, refusing.url)
      const codes = result.findings.map((finding) => finding.code)
      expect(codes.length).toBeGreaterThan(0)
      expect(codes).not.toContain('verify-docs-contradiction')
    } finally {
      await refusing.close()
    }
  })
})

// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/
// crosstenantaccesspolicyconfigurationpartner.md ("tenantId … Read-only. Key.", `"keyProperty":
// "tenantId"`) and api/crosstenantaccesspolicy-post-partners.md (its Request body table lists
// tenantId, not as required; its example sends it), cut to a few rows and renamed.
const PARTNER = `# partner resource type

Namespace: microsoft.graph

## Properties
|Property|Type|Description|
|:---|:---|:---|
|isServiceProvider|Boolean|Identifies the partner as a service provider.|
|tenantId|String|The tenant identifier for the partner Microsoft Entra organization. Read-only. Key.|
|region|String|The region of the partner. Read-only.|

## JSON representation
<!-- { "blockType": "resource", "keyProperty": "tenantId", "@odata.type": "microsoft.graph.partner" } -->
\`\`\`json
{ "isServiceProvider": "Boolean", "tenantId": "String", "region": "String" }
\`\`\`
`

const CREATE_PARTNER = `# Create partner

Create a new partner configuration.

## HTTP request
\`\`\`http
POST /policies/crossTenantAccessPolicy/partners
\`\`\`

## Request body

|Property|Type|Description|
|:---|:---|:---|
| isServiceProvider | Boolean | Identifies the partner as a service provider. |
| tenantId | String | The tenant identifier for the partner Microsoft Entra organization. |

## Response

If successful, this method returns a \`201 Created\` response code and a [partner](../resources/partner.md) object in the response body.
`

describe('the key an entity is keyed by in place of id, listed in a create table', () => {
  const mock = mockOfPages([
    { file: 'resources/partner.md', text: PARTNER },
    { file: 'api/crosstenantaccesspolicy-post-partners.md', text: CREATE_PARTNER },
  ])
  const post = async (body: unknown) =>
    (await sendJson(`${mock().url}/policies/crossTenantAccessPolicy/partners`, 'POST', body)).status

  it('is accepted on create; a read-only property the table does not list is still refused', async () => {
    expect(await post({ tenantId: '3d0f5dec', isServiceProvider: true })).toBe(201)
    expect(await post({ tenantId: '3d0f5dec', region: 'EU' })).toBe(400)
  })
})
