/**
 * A response example whose annotation names a primitive (`"@odata.type": "string"`) is judged
 * against it, as one naming a resource is: the service-message actions of today's v1.0 docs
 * (microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api/serviceupdatemessage-markread.md)
 * annotate `string` over `{ "value": true }`. Where the Response sentence names the Boolean the
 * example shows, the operation returns it; where no sentence says, the annotation stands and the
 * example is reported.
 */
import { expect, it } from 'vitest'
import type { Diagnostic } from '../../src/model.js'
import type { PageInput } from '../../src/read-docs.js'
import { checkDocs } from '../support/check-docs.js'

const page = (sentence: string): PageInput => ({
  file: 'api/message-markread.md',
  text: `---
doc_type: apiPageType
---
# message: markRead

Namespace: microsoft.graph

## HTTP request
\`\`\`http
POST /admin/messages/markRead
\`\`\`

## Response

If successful, this action returns a \`200 OK\` response code and ${sentence}

## Example

### Request
<!-- { "blockType": "request", "name": "message_markread" } -->
\`\`\`http
POST https://graph.microsoft.com/v1.0/admin/messages/markRead
\`\`\`

### Response
<!-- { "blockType": "response", "truncated": true, "@odata.type": "string" } -->
\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json

{
  "value": true
}
\`\`\`
`,
})

const reported = (diagnostics: readonly Diagnostic[]) =>
  diagnostics
    .filter((d) => d.code === 'response-type-conflict' || d.code.startsWith('example-'))
    .map((d) => `${d.line} ${d.code} ${d.message}`)

it('reads the Boolean a sentence names with its value, and reports the `string` annotation once', async () => {
  const { model, diagnostics } = await checkDocs([
    page('a Boolean value `true` in the response body. Otherwise, will return `false` in the response body.'),
  ])
  expect(model.operations[0]?.response).toMatchObject({ type: { kind: 'primitive', name: 'Boolean' } })
  expect(reported(diagnostics)).toEqual([
    expect.stringMatching(
      /^15 response-type-conflict The Response sentence names `Boolean` but the response annotation .* names `String`; using `Boolean`, the type the response example shows$/,
    ),
  ])
})

it('reports an example whose value is not the primitive its annotation names', async () => {
  const { model, diagnostics } = await checkDocs([page('the result.')])
  expect(model.operations[0]?.response).toMatchObject({ type: { kind: 'primitive', name: 'String' } })
  expect(reported(diagnostics)).toEqual([
    '32 example-type-mismatch Unexpected boolean true for value, expected String',
  ])
})
