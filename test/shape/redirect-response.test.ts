/**
 * A call the docs say answers a redirect (`302 Found` to a download URL) returns what the redirect
 * leads to, as the page's example shows it followed: the usage reports, whose CSV file the client
 * gets once fetch has followed the `Location`. Excerpt of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/api/reportroot-getemailappusageappsusercounts.md
 * (073a3963b21637213e5f1e568a46929928f02ddf), cut short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { openApiDocument } from '../../src/emit/openapi/index.js'
import type { ApiModel } from '../../src/model.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { listenServer } from '../server/helpers.js'

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
  })

  it('is read by the client as bytes', () => {
    const client = emitAll(model).find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(client).toContain(`"GET /reports/getEmailAppUsageAppsUserCounts": "binary"`)
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
