/**
 * A call the docs say answers a redirect (`302 Found` to a download URL) returns what the redirect
 * leads to, as the page's example shows it followed: the usage reports, whose CSV file the client
 * gets once fetch has followed the `Location`. Excerpt of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/api/reportroot-getemailappusageappsusercounts.md
 * (073a3963b21637213e5f1e568a46929928f02ddf), cut short.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { openApiDocument } from '../../src/emit/openapi/index.js'
import { verify } from '../../src/index.js'
import type { ApiModel } from '../../src/model.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { listenServer } from '../server/helpers.js'
import { clientReads } from '../support/client-kinds.js'

const CSV_HEADER = 'Report Refresh Date,Mail For Mac,Outlook For Mac,Report Period'

const PAGE = `# reportRoot: getEmailAppUsageAppsUserCounts

Namespace: microsoft.graph

Get the count of unique users per email app.

## HTTP request

\`\`\`http
GET /reports/getEmailAppUsageAppsUserCounts(period='{period_value}')
\`\`\`

## Response

If successful, this method returns a \`302 Found\` response that redirects to a preauthenticated download URL for the report. That URL can be found in the \`Location\` header in the response.

## Example

#### Request

<!--{
  "blockType": "request",
  "name": "reportroot_getemailappusageappsusercounts"
}-->

\`\`\`msgraph-interactive
GET https://graph.microsoft.com/v1.0/reports/getEmailAppUsageAppsUserCounts(period='D7')
\`\`\`

#### Response

<!-- {
  "blockType": "ignored"
} -->

\`\`\`http
HTTP/1.1 302 Found
Content-Type: text/plain
Location: https://reports.office.com/data/download/JDFKdf2_eJXKS034dbc7e0t__XDe
\`\`\`

Follow the 302 redirection and the CSV file that downloads will have the following schema.

<!-- {
  "blockType": "response",
  "@odata.type": "String"
} -->

\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/octet-stream

${CSV_HEADER}
\`\`\`
`

let model: ApiModel
beforeAll(() => {
  model = buildModel([{ file: 'api/reportroot-getemailappusageappsusercounts.md', text: PAGE }])
})

describe('a response the docs say is a redirect', () => {
  it('is the result the redirect leads to, the redirect kept beside it', () => {
    const [operation] = model.operations
    expect(operation?.response).toMatchObject({ status: 200, redirect: 302 })
    // A String the example shows as a file, not as JSON: the bytes, in the example's media type.
    expect(operation && shapeApi(model).of(operation).response).toEqual({
      kind: 'binary',
      status: 200,
      mediaType: 'application/octet-stream',
    })
  })

  it('is documented in OpenAPI as the file, and the redirect with its Location', () => {
    const responses = Object.values(openApiDocument(model).paths)[0]?.get?.responses ?? {}
    expect(responses['200']).toEqual({
      description: 'OK',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    })
    expect(responses['302']).toMatchObject({
      description: 'Found',
      headers: { Location: { schema: { type: 'string', format: 'uri' } } },
    })
    expect(responses['302']).not.toHaveProperty('content')
    // Any redirect names where the result is: a page whose own status is the 302 too.
    const plain = buildModel([{ file: 'api/x.md', text: PAGE.replace(/Follow the 302[\s\S]*$/, '') }])
    expect(plain.operations[0]?.response).toMatchObject({ status: 302 })
    const own = Object.values(openApiDocument(plain).paths)[0]?.get?.responses['302']
    expect(own).toMatchObject({ headers: { Location: { schema: { type: 'string', format: 'uri' } } } })
  })

  it('is read by the client as bytes', () => {
    const client = emitAll(model).find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(clientReads(client, 'GET', '/reports/getEmailAppUsageAppsUserCounts')).toBe('binary')
  })

  it('is the file the example shows under an object type too (a report page annotating `report`)', () => {
    const annotated = PAGE.replace('"@odata.type": "String"', '"@odata.type": "microsoft.graph.report"')
    const report = buildModel([{ file: 'api/x.md', text: annotated }])
    const [operation] = report.operations
    // The model keeps what the docs declare; the wire carries the CSV.
    expect(operation?.response.type).toMatchObject({ name: 'microsoft.graph.report' })
    expect(operation && shapeApi(report).of(operation).response).toEqual({
      kind: 'binary',
      status: 200,
      mediaType: 'application/octet-stream',
    })
    // The same type shown as JSON stays the object.
    const json = annotated.replace(
      `Content-Type: application/octet-stream\n\n${CSV_HEADER}`,
      'Content-Type: application/json\n\n{ "content": "x" }',
    )
    const object = buildModel([{ file: 'api/x.md', text: json }])
    const [typed] = object.operations
    expect(typed && shapeApi(object).of(typed).response.kind).toBe('object')
    // A page showing the object as JSON and, in another example, its bytes documents the object.
    const both = annotated.replace(
      'Follow the 302 redirection',
      `<!-- { "blockType": "response", "@odata.type": "microsoft.graph.report" } -->

\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json

{ "content": "x" }
\`\`\`

Follow the 302 redirection`,
    )
    const mixed = buildModel([{ file: 'api/x.md', text: both }])
    const [shownBoth] = mixed.operations
    expect(shownBoth && shapeApi(mixed).of(shownBoth).response.kind).toBe('object')
  })

  it('is not the file a page shows for the raw value it documents apart (`/photo/$value`)', () => {
    const photo = `# Get profilePhoto

## HTTP request

\`\`\`http
GET /me/photo
GET /me/photo/$value
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [profilePhoto](../resources/profilephoto.md) object in the response body.

## Example

<!-- { "blockType": "request", "name": "get_photo_value" } -->

\`\`\`http
GET https://graph.microsoft.com/v1.0/me/photo/$value
\`\`\`

<!-- { "blockType": "response", "@odata.type": "microsoft.graph.profilePhoto" } -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: image/jpeg

Binary data for the image
\`\`\`
`
    const model = buildModel([{ file: 'api/profilephoto-get.md', text: photo }])
    const [operation] = model.operations
    expect(operation && shapeApi(model).of(operation).response.kind).toBe('object')
  })

  it('is a file only for a String: a number shown as text stays a value ($count)', () => {
    const count = `# Count users

## HTTP request

\`\`\`http
GET /users/$count
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and an Int32 in the response body.

## Example

<!-- { "blockType": "request", "name": "count_users" } -->

\`\`\`http
GET https://graph.microsoft.com/v1.0/users/$count
\`\`\`

<!-- { "blockType": "response", "@odata.type": "Int32" } -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: text/plain

893
\`\`\`
`
    const counted = buildModel([{ file: 'api/user-count.md', text: count }])
    const [operation] = counted.operations
    expect(operation && shapeApi(counted).of(operation).response.kind).toBe('value')
  })

  it('leads only where the example after its own shows, not to a later request', () => {
    // A download page's shape (onedrive driveitem_get_content): the 302, then another request, to
    // the download URL, answering 206 Partial Content.
    const ranged = PAGE.replace(
      'Follow the 302 redirection',
      `### Partial range downloads

<!-- { "blockType": "request", "name": "download-range" } -->

\`\`\`http
GET https://b0mpua-by3301.files.1drv.com/y23vmag
Range: bytes=0-1023
\`\`\`

<!-- { "blockType": "ignored" } -->

\`\`\`http
HTTP/1.1 206 Partial Content
Content-Range: bytes 0-1023/2048
\`\`\`

Follow the 302 redirection`,
    )
    const [operation] = buildModel([{ file: 'api/x.md', text: ranged }]).operations
    expect(operation?.response.status).toBe(302)
    expect(operation?.response).not.toHaveProperty('redirect')
  })

  it('agrees, in verify, with a service that answers the redirect (verify does not follow it)', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'doc2ts-redirect-'))
    mkdirSync(join(docs, 'api'))
    writeFileSync(join(docs, 'api', 'reportroot-getemailappusageappsusercounts.md'), PAGE)
    const service = createServer((_request, response) => {
      response.writeHead(302, {
        Location: 'https://reports.office.com/data/download/x',
        'Content-Type': 'text/plain',
      })
      response.end()
    })
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = service.address() as AddressInfo
      const { summary } = await verify({ docs, baseUrl: `http://127.0.0.1:${port}` })
      expect(summary).toMatchObject({ examples: 1, agreed: 1, mismatched: 0, contradicted: 0 })
    } finally {
      await new Promise((resolve) => service.close(resolve))
      rmSync(docs, { recursive: true, force: true })
    }
  })

  describe('from the mock', () => {
    let base = ''
    let close: () => Promise<void> = async () => {}
    beforeAll(async () => {
      ;({ base, close } = await listenServer(model))
    })
    afterAll(() => close())

    it("answers the file the docs' example shows", async () => {
      const answer = await fetch(`${base}/reports/getEmailAppUsageAppsUserCounts(period='D7')`)
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toBe('application/octet-stream')
      expect((await answer.text()).trim()).toBe(CSV_HEADER)
    })
  })
})
