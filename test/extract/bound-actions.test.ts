/**
 * Actions a resource page documents in prose under `## Bound actions`, without API pages of their
 * own (Business Central's reference), are operations: POST to the route the example line writes
 * (whatever verb it writes, reported), answered as the prose after it states.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { extractPage } from '../../src/extract/index.js'
import { importClient } from '../support/import-client.js'

/** MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/resources/dynamics_salesinvoice.md
 *  (test/fixtures/real-trees/business-central), cut to one property and two of its six actions. */
const SALES_INVOICE = `# salesInvoice resource type

## Bound Actions

The salesInvoice resource type offers a bound action called \`cancelAndSend\` which cancels and sends the corresponding salesInvoice batch.
This is illustrated in the following example:
\`CANCELANDSEND https://<server address>:<server API port>/<server instance name>/api/v2.0/companies({id})/salesInvoices({id})/Microsoft.NAV.cancelAndSend\`

The response has no content; the response code is 204.

The salesInvoice resource type offers a bound action called \`post\` which posts the corresponding salesInvoice batch.
This is illustrated in the following example:
\`POST https://<server address>:<server API port>/<server instance name>/api/v2.0/companies({id})/salesInvoices({id})/Microsoft.NAV.post\`

The response has no content; the response code is 204.

## Properties

| Property           | Type   |Description     |
|:-------------------|:-------|:---------------|
|id|GUID|The unique ID of the sales invoice. Non-editable.|
`

const FILE = 'resources/dynamics_salesinvoice.md'

describe('a bound action written in prose', () => {
  const page = extractPage(FILE, SALES_INVOICE)

  it('is an action posted to the route its example line writes, answered as the prose states', () => {
    expect(
      page.operations.map(({ id, kind, routes, response }) => ({
        id,
        kind,
        routes: routes.map((route) => `${route.method} ${route.raw}`),
        status: response.status,
      })),
    ).toEqual([
      {
        id: 'dynamics_salesinvoice-cancelAndSend',
        kind: 'action',
        routes: ['POST /companies({id})/salesInvoices({id})/Microsoft.NAV.cancelAndSend'],
        status: 204,
      },
      {
        id: 'dynamics_salesinvoice-post',
        kind: 'action',
        routes: ['POST /companies({id})/salesInvoices({id})/Microsoft.NAV.post'],
        status: 204,
      },
    ])
    expect(page.operations[0]?.description).toBe(
      'The salesInvoice resource type offers a bound action called `cancelAndSend` which cancels and sends the corresponding salesInvoice batch.',
    )
  })

  it('reports a verb other than POST at its line', () => {
    expect(page.diagnostics.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
      {
        code: 'unparsable-route',
        line: 7,
        message:
          'Unexpected `CANCELANDSEND` for the bound action `cancelAndSend`, expected `POST` (an OData action is posted)',
      },
    ])
  })
})

describe('the bound actions section', () => {
  const section = (body: string) =>
    `# widget resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n\n## Bound actions\n\n${body}\n`
  const read = (body: string) =>
    extractPage('resources/widget.md', section(body)).operations.map(
      ({ id, routes, response }) => `${id} ${routes.map((route) => route.raw).join()} ${response.status}`,
    )

  it('answers with the status the prose states after the request, never a number of the request line', () => {
    expect(
      read(
        [
          'The widget resource type offers a bound action called `post` which posts the widget.',
          '`POST https://example.com:443/api/v2.0/companies(123)/widgets(456)/Microsoft.NAV.post`',
          'The request body may hold up to 250 lines.',
          'If successful, the action returns `200 OK` and the posted widget.',
        ].join('\n\n'),
      ),
    ).toEqual(['widget-post /companies(123)/widgets(456)/Microsoft.NAV.post 200'])
  })

  it('gives an action the section names twice an id of its own each time', () => {
    const twice = (collection: string) =>
      `The widget resource type offers a bound action called \`post\` which posts it.\n\`POST https://example.com/api/v2.0/${collection}({id})/Microsoft.NAV.post\``
    expect(read([twice('widgets'), twice('batches')].join('\n\n'))).toEqual([
      'widget-post /widgets({id})/Microsoft.NAV.post 204',
      'widget-post-2 /batches({id})/Microsoft.NAV.post 204',
    ])
  })

  it('takes no request line from further on than the block after the naming paragraph', () => {
    expect(
      read(
        [
          'The widget resource type has no action called `post` yet.',
          'It is planned.',
          'Read a widget with `GET https://example.com/api/v2.0/widgets`.',
        ].join('\n\n'),
      ),
    ).toEqual([])
  })
})

const temp = mkdtempSync(join(tmpdir(), 'doc2ts-bound-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('the client of a bound action', () => {
  it('posts to the action below the item, keys in parentheses', async () => {
    const files = emitAll(buildModel([{ file: FILE, text: SALES_INVOICE }]))
    type Item = { 'Microsoft.NAV.post': { post(body?: unknown): Promise<unknown> } }
    const { createClient } = await importClient<{
      companies: { byId(id: string): { salesInvoices: { byId(id: string): Item } } }
    }>(files, temp)
    const sent: string[] = []
    const fetch = async (url: string, init: { method: string }) => {
      sent.push(`${init.method} ${url}`)
      return new Response(null, { status: 204 })
    }
    const client = createClient({ baseUrl: 'https://api.example.com/v2.0', fetch })
    await expect(
      client.companies.byId('c1').salesInvoices.byId('s1')['Microsoft.NAV.post'].post(),
    ).resolves.toBeUndefined()
    expect(sent).toEqual([
      'POST https://api.example.com/v2.0/companies(c1)/salesInvoices(s1)/Microsoft.NAV.post',
    ])
  })
})
