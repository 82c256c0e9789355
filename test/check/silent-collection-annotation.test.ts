/**
 * A response annotation that names the type but states no collection-ness (neither
 * `Collection(…)` nor `"isCollection"`) does not vote on it: the operation's response, which the
 * Response sentence and the example decide, is what the checks hold the sentence and examples to.
 * Where those two disagree, the annotation's silence (one value, as ApiDoctor reads it) decides.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/cloudcommunications-getpresencesbyuserid.md
// at 02b4cba04d0426b41fe35819922b100050c5c441 and resources/presence.md (cut to the minimum)
const resource = `# presence resource type

Namespace: microsoft.graph

## Properties
| Property | Type | Description |
|:--|:--|:--|
| id | string | The user object id |

<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.presence" }-->
\`\`\`json
{ "id": "string" }
\`\`\`
`
const api = (sentence: string, body: string) => `# cloudCommunications: getPresencesByUserId

Namespace: microsoft.graph

## HTTP Request
\`\`\`http
POST /communications/getPresencesByUserId
\`\`\`

## Request body
| Parameter | Type | Description |
|:--|:--|:--|
|ids|String collection|The user object IDs.|

## Response

${sentence}

## Examples

### Request
<!-- { "blockType": "request", "name": "get-presence-multiple-users" }-->
\`\`\`http
POST https://graph.microsoft.com/v1.0/communications/getPresencesByUserId
Content-Type: application/json

{ "ids": ["fa8bf3dc-eca7-46b7-bad1-db199b62afc3"] }
\`\`\`

### Response
<!-- {
  "blockType": "response",
  "name": "get-presence-multiple-users",
  "truncated": "true",
  "@odata.type": "microsoft.graph.presence"
}-->
\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json

${body}
\`\`\`
`
const collectionSentence =
  'If successful, this method returns a `200 OK` response code and a collection of [presence](../resources/presence.md) objects in the response body.'
const singleSentence =
  'If successful, this method returns a `200 OK` response code and a [presence](../resources/presence.md) object in the response body.'
const collectionBody = '{\n\t"value": [{\n\t\t\t"id": "fa8bf3dc-eca7-46b7-bad1-db199b62afc3"\n\t\t}\n\t]\n}'

const findings = async (sentence: string, body: string) => {
  const { model, diagnostics } = await checkDocs([
    { file: 'resources/presence.md', text: resource },
    { file: 'api/cloudcommunications-getpresencesbyuserid.md', text: api(sentence, body) },
  ])
  const codes = diagnostics
    .filter((d) => /collection|sentence/.test(d.code))
    .map((d) => [d.code, d.line, d.message])
  return { collection: model.operations[0]?.response.collection, codes }
}

describe('a response annotation silent on collection-ness', () => {
  it('blames neither the sentence nor the example where both say collection', async () => {
    expect(await findings(collectionSentence, collectionBody)).toEqual({ collection: true, codes: [] })
  })

  it('reports the collection sentence where the example shows one object: the silence breaks the tie', async () => {
    const { collection, codes } = await findings(
      collectionSentence,
      '{ "id": "fa8bf3dc-eca7-46b7-bad1-db199b62afc3" }',
    )
    expect(collection).toBe(false)
    expect(codes.map(([code]) => code)).toEqual(['response-sentence-mismatch'])
  })

  it('still reports a single-object sentence beside a collection the example shows', async () => {
    const { codes } = await findings(singleSentence, collectionBody)
    // The sentence decides the single object; the example's collection is what is reported.
    expect(codes.map(([code]) => code)).toEqual(['example-collection-mismatch'])
  })
})
