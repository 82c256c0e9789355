/**
 * The client and the OpenAPI document address an entity as the docs write its key: in parentheses
 * (`GET businesscentralPrefix/companies({id})/currencies({id})`, excerpts in
 * test/support/business-central.ts), where a key segment (`/companies/c1`) is no URL of that service.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { CURRENCY_GET, CURRENCY_RESOURCE } from '../support/business-central.js'

const files = emitAll(
  buildModel([
    { file: 'resources/dynamics_currency.md', text: CURRENCY_RESOURCE },
    { file: 'api/dynamics_currency_get.md', text: CURRENCY_GET },
  ]),
)
const temp = mkdtempSync(join(tmpdir(), 'doc2ts-keys-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** The part of the client this test walks. */
interface Client {
  companies: { byId(id: string): { currencies: { byId(id: string): { get(): Promise<unknown> } } } }
}

/** The emitted client, transpiled to JavaScript and imported. */
async function importClient(): Promise<{ createClient(options: object): Client }> {
  for (const name of ['index', 'runtime']) {
    const source = files.find((file) => file.path === `client/${name}.ts`)?.text ?? ''
    const compilerOptions = { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    writeFileSync(join(temp, `${name}.js`), ts.transpileModule(source, { compilerOptions }).outputText)
  }
  return import(pathToFileURL(join(temp, 'index.js')).href)
}

describe('an OData key in parentheses', () => {
  it('is where the client writes the key', async () => {
    const urls: string[] = []
    const fetch = async (url: string) => {
      urls.push(url)
      return new Response('{}', { headers: { 'content-type': 'application/json' } })
    }
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
})
