/**
 * The client and the OpenAPI document address an entity as the docs write its key: in parentheses
 * (`GET businesscentralPrefix/companies({id})/currencies({id})`, excerpts in
 * test/support/business-central.ts), where a key segment (`/companies/c1`) is no URL of that service.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { CURRENCY_GET, CURRENCY_RESOURCE } from '../support/business-central.js'
import { importClient as importGeneratedClient } from '../support/import-client.js'

const files = emitAll(
  buildModel([
    { file: 'resources/dynamics_currency.md', text: CURRENCY_RESOURCE },
    { file: 'api/dynamics_currency_get.md', text: CURRENCY_GET },
  ]),
)
/** A route that quotes its key, as OData writes a string key (`/widgets('O''Brien')`). */
const quotedFiles = emitAll(
  buildModel([
    {
      file: 'api/widget-get.md',
      text: "# Get widget\n\n## HTTP request\n\n```http\nGET /widgets('{id}')\n```\n",
    },
  ]),
)
const temp = mkdtempSync(join(tmpdir(), 'doc2ts-keys-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** The part of the client this test walks. */
interface Client {
  companies: { byId(id: string): { currencies: { byId(id: string): { get(): Promise<unknown> } } } }
}

/** The client of `emitted`, run from its own folder. */
function importClient<C = Client>(
  emitted = files,
  name = 'bare',
): Promise<{ createClient(options: object): C }> {
  return importGeneratedClient<C>(emitted, join(temp, name))
}

/** A fetch that answers `{}` and records the URLs it is asked for. */
function recording(): { urls: string[]; fetch: (url: string) => Promise<Response> } {
  const urls: string[] = []
  return {
    urls,
    fetch: async (url: string) => {
      urls.push(url)
      return new Response('{}', { headers: { 'content-type': 'application/json' } })
    },
  }
}

describe('an OData key in parentheses', () => {
  it('is where the client writes the key', async () => {
    const { urls, fetch } = recording()
    const { createClient } = await importClient()
    const client = createClient({ baseUrl: 'https://api.example.com/v2.0', fetch })
    await client.companies.byId('c1').currencies.byId('k 1').get()
    // A key's own parentheses and quote, which would end it, are encoded.
    await client.companies.byId("a)b'c").currencies.byId('(x)').get()
    expect(urls).toEqual([
      'https://api.example.com/v2.0/companies(c1)/currencies(k%201)',
      'https://api.example.com/v2.0/companies(a%29b%27c)/currencies(%28x%29)',
    ])
  })

  it('is where the OpenAPI path writes the key', () => {
    const openapi = JSON.parse(files.find((file) => file.path === 'openapi.json')?.text ?? '{}')
    expect(Object.keys(openapi.paths)).toEqual(['/companies({companyId})/currencies({currencyId})'])
  })

  it('is quoted where the route quotes it, a quote in the key doubled', async () => {
    const { urls, fetch } = recording()
    const { createClient } = await importClient<{
      widgets: { byId(id: string): { get(): Promise<unknown> } }
    }>(quotedFiles, 'quoted')
    await createClient({ baseUrl: 'https://api.example.com/v1.0', fetch }).widgets.byId("O'Brien").get()
    expect(urls).toEqual(["https://api.example.com/v1.0/widgets('O''Brien')"])
    const openapi = JSON.parse(quotedFiles.find((file) => file.path === 'openapi.json')?.text ?? '{}')
    expect(Object.keys(openapi.paths)).toEqual(["/widgets('{id}')"])
  })
})
