/**
 * A request header the docs call required (`| If-Match | … Required. |`) must be sent: OpenAPI
 * declares it required, the client's method takes it as a required member of its options, and the
 * mock refuses a request without it, as it refuses one without a required query parameter. The
 * headers the client and fetch set themselves (`Authorization`, `Content-Type`, `Content-Length`)
 * are not the caller's to pass. The docs' own example sends the header, and verify agrees.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { verify } from '../../src/index.js'
import { mockOfDocs } from '../verify/servers.js'

// The sample's api/plannerbucket-update.md, cut: its `Optional request headers` rows say they are
// required, its example sends `If-Match` (and a `Content-length`).
const UPDATE = [
  '# Update plannerbucket',
  'Namespace: microsoft.graph',
  'Update the properties of **plannerbucket** object.',
  '## HTTP request',
  '<!-- { "blockType": "ignored" } -->',
  '```http\nPATCH /planner/buckets/{id}\n```',
  '## Optional request headers',
  '| Name       | Description|',
  '|:-----------|:-----------|',
  '| Authorization  | Bearer {token}. Required. |',
  '| If-Match  | Last known ETag value for the **plannerBucket** to be updated. Required.|',
  '',
  '## Request body',
  '| Property	   | Type	|Description|',
  '|:---------------|:--------|:----------|',
  '|name|String|Name of the bucket.|',
  '',
  '## Response',
  'If successful, this method returns `204 No Content` response and empty content. If the request specifies `Prefer` header with `return=representation` preference, then this method returns a `200 OK` response code and updated [plannerBucket](../resources/plannerbucket.md) object in the response body.',
  '## Example',
  '##### Request',
  '<!-- {\n  "blockType": "request",\n  "name": "update_plannerbucket"\n}-->',
  '```http\nPATCH https://graph.microsoft.com/v1.0/planner/buckets/{bucket-id}\nContent-type: application/json\nContent-length: 27\nPrefer: return=representation\nIf-Match: W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="\n\n{\n  "name": "Development"\n}\n```',
  '##### Response',
  '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.plannerBucket"\n} -->',
  '```http\nHTTP/1.1 200 OK\nContent-type: application/json\nContent-length: 245\n\n{\n  "name": "Development",\n  "planId": "xqQg5FS2LkCp935s-FIFm2QAFkHM",\n  "orderHint": "85752723360752+",\n  "id": "hsOf2dhOJkqyYYZEtdzDe2QAIUCR"\n}\n```',
  '',
].join('\n')

// The sample's api/plannerbucket-delete.md, cut: its example's request line alone, without the
// `If-Match` it requires (a slip of the docs).
const DELETE = [
  '# Delete plannerBucket',
  'Namespace: microsoft.graph',
  '## HTTP request',
  '<!-- { "blockType": "ignored" } -->',
  '```http\nDELETE /planner/buckets/{id}\n```',
  '## Request headers',
  '| Name       | Description|',
  '|:---------------|:----------|',
  '| Authorization  | Bearer {token}. Required. |',
  '| If-Match  | Last known ETag value for the **plannerBucket** to be deleted. Required.|',
  '',
  '## Response',
  'If successful, this method returns `204 No Content` response code. It does not return anything in the response body.',
  '## Example',
  '##### Request',
  '<!-- {\n  "blockType": "request",\n  "name": "delete_plannerbucket"\n}-->',
  '```http\nDELETE https://graph.microsoft.com/v1.0/planner/buckets/{id}\n```',
  '',
].join('\n')

// The sample's resources/plannerbucket.md, cut.
const BUCKET = [
  '# plannerBucket resource type',
  'Namespace: microsoft.graph',
  '## Properties',
  '| Property	   | Type	|Description|',
  '|:---------------|:--------|:----------|',
  '|id|String| Read-only. ID of the bucket.|',
  '|name|String|Name of the bucket.|',
  '|orderHint|String|Hint used to order items of this type in a list view.|',
  '|planId|String|Plan ID to which the bucket belongs.|',
  '',
].join('\n')

const PAGES = [
  { file: 'api/plannerbucket-update.md', text: UPDATE },
  { file: 'api/plannerbucket-delete.md', text: DELETE },
  { file: 'resources/plannerbucket.md', text: BUCKET },
]
const docs = mkdtempSync(join(tmpdir(), 'doc2ts-required-headers-'))
for (const { file, text } of PAGES) {
  mkdirSync(dirname(join(docs, file)), { recursive: true })
  writeFileSync(join(docs, file), text)
}
afterAll(() => rmSync(docs, { recursive: true, force: true }))
const files = emitAll(buildModel(PAGES))
const mock = mockOfDocs(docs)

describe('a request header the docs call required', () => {
  it('is a required header parameter of OpenAPI', () => {
    const openapi = JSON.parse(files.find((file) => file.path === 'openapi.json')?.text ?? '{}')
    const headers = openapi.paths['/planner/buckets/{id}'].patch.parameters.filter(
      (parameter: { in: string }) => parameter.in === 'header',
    )
    expect(
      headers.map(({ name, required }: { name: string; required: boolean }) => [name, required]),
    ).toEqual([['If-Match', true]])
  })

  it("is no parameter of OpenAPI where the transport sets it (the sample's message-send.md, cut)", () => {
    const send = [
      '# message: send',
      'Namespace: microsoft.graph',
      'Send an existing draft message.',
      '## HTTP request',
      '<!-- { "blockType": "ignored" } -->',
      '```http\nPOST /me/messages/{id}/send\n```',
      '## Request headers',
      '| Name       | Type | Description|',
      '|:---------------|:--------|:----------|',
      '| Authorization  | string  | Bearer {token}. Required. |',
      '| Content-Length | number | 0. Required. |',
      '## Response',
      'If successful, this method returns `202 Accepted` response code. It does not return anything in the response body.',
    ].join('\n')
    const document = emitAll(buildModel([{ file: 'api/message-send.md', text: send }])).find(
      (file) => file.path === 'openapi.json',
    )
    const post = JSON.parse(document?.text ?? '{}').paths['/me/messages/{id}/send'].post
    expect(post.parameters.filter((parameter: { in: string }) => parameter.in === 'header')).toEqual([])
  })

  it("is a required member of the client method's options, the token's header is not", () => {
    const index = files.find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(index).toContain(
      'patch(body: Bindable<T.PlannerBucket>, options: RequestOptions & { headers: { "If-Match": string } })',
    )
  })

  it('is refused by the mock where the request lacks it, with a Graph error body', async () => {
    const send = (headers: Record<string, string>) =>
      fetch(`${mock().url}/planner/buckets/hsOf2dhOJkqyYYZEtdzDe2QAIUCR`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"name":"Development"}',
      })
    const refused = await send({})
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({
      error: { code: 'BadRequest', message: "Header 'if-match' is required in the request." },
    })
    expect((await send({ 'If-Match': 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="' })).status).toBeLessThan(300)
  })

  it("is sent by the docs' own example, which the mock answers as the docs do; an example without it is the docs' contradiction", async () => {
    const { summary, findings } = await verify({ docs, baseUrl: mock().url, unsafe: true })
    expect(summary).toMatchObject({ examples: 2, agreed: 1, contradicted: 1, mismatched: 0 })
    expect(findings.map(({ code, message }) => [code, message.replace(/^.*\(/, '')])).toEqual([
      ['verify-docs-contradiction', 'it sends no If-Match header, which the page requires)'],
    ])
  })
})
