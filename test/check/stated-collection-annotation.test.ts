/**
 * A response annotation that states collection-ness (`Collection(…)`, `"isCollection"`) votes on it
 * with the Response sentence and the example, and extract reports the evidence that lost
 * (`response-collection-conflict`): a sentence that lost is reported there only, not again by
 * response-sentence-mismatch.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

// microsoftgraph/microsoft-graph-docs-contrib today's api-reference/v1.0/api/backuprestoreroot-list-protectionpolicies.md
// and resources/protectionpolicybase.md (cut to the minimum)
const resource = `# protectionPolicyBase resource type

Namespace: microsoft.graph

## Properties
|Property|Type|Description|
|:---|:---|:---|
|displayName|String|The name of the policy to be created.|

<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.protectionPolicyBase" } -->
\`\`\`json
{ "displayName": "String" }
\`\`\`
`
const api = `# List protectionPolicyBase

Namespace: microsoft.graph

## HTTP request
\`\`\` http
GET /solutions/backupRestore/protectionPolicies
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [protectionPolicyBase](../resources/protectionpolicybase.md) object in the response body.

## Examples

### Request
<!-- { "blockType": "request", "name": "protectionpolicybase_list" } -->
\`\`\` http
GET https://graph.microsoft.com/v1.0/solutions/backupRestore/ProtectionPolicies
\`\`\`

### Response
<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "Collection(microsoft.graph.protectionPolicyBase)"
}
-->
\`\`\` http
HTTP/1.1 200 OK

{
  "value": [{ "displayName": "SharePoint Protection Policy" }]
}
\`\`\`
`

describe('a response annotation stating collection-ness', () => {
  it('reports a Response sentence that the vote outvoted once, where it lost', async () => {
    const { model, diagnostics } = await checkDocs([
      { file: 'resources/protectionpolicybase.md', text: resource },
      { file: 'api/backuprestoreroot-list-protectionpolicies.md', text: api },
    ])
    expect(model.operations[0]?.response.collection).toBe(true)
    const found = diagnostics
      .filter((d) => /collection|sentence/.test(d.code))
      .map((d) => [d.code, d.line, d.column, d.message])
    expect(found).toEqual([
      [
        'response-collection-conflict',
        12,
        67,
        'Unexpected single response here, expected a collection as the other evidence says (line 30)',
      ],
    ])
  })
})
