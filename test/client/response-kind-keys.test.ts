/**
 * The client's table of routes not answered with plain JSON is keyed by the shortest end of each
 * route's pattern that no route answering another way shares (a browser app ships the table), and
 * the runtime finds a route's kind by the same ends: each documented route reads as its own kind,
 * whatever other routes end alike.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import {
  type ResponseKind,
  type RouteKind,
  responseKindKeys,
} from '../../src/emit/client/response-kind-keys.js'
import { responseKindOf } from '../support/client-kinds.js'
import { importClient } from '../support/import-client.js'

const ROUTES: RouteKind[] = [
  { verb: 'GET', pattern: '/me/photo/$value', kind: 'binary' },
  { verb: 'GET', pattern: '/users/*/photo/$value', kind: 'binary' },
  { verb: 'GET', pattern: '/drives/*/items/*/content', kind: 'binary' },
  // Another route ends in `content` and answers JSON: the bytes need a longer end.
  { verb: 'GET', pattern: '/sites/*/pages/*/content', kind: 'json' },
  { verb: 'GET', pattern: '/me/mailboxSettings/timeZone', kind: 'value' },
  // The same end under another verb answers otherwise: verbs never share a key.
  { verb: 'PUT', pattern: '/me/mailboxSettings/timeZone', kind: 'json' },
  { verb: 'GET', pattern: '/reports/getEmailActivityCounts', kind: 'binary' },
  { verb: 'GET', pattern: '/users', kind: 'json' },
]

describe('the response kinds table', () => {
  const table = responseKindKeys(ROUTES)

  it('keys each route by the shortest end no route of another kind shares', () => {
    expect(table).toEqual([
      ['GET $value', 'binary'],
      ['GET getEmailActivityCounts', 'binary'],
      ['GET items/*/content', 'binary'],
      ['GET timeZone', 'value'],
    ])
  })

  it('gives every route its own kind when read by its ends', () => {
    const kinds = new Map(table)
    for (const { verb, pattern, kind } of ROUTES) expect(responseKindOf(kinds, verb, pattern)).toBe(kind)
  })

  it('keys item paths, function segments and the root as the runtime names them', () => {
    const routes: RouteKind[] = [
      { verb: 'GET', pattern: '/drives/*/root:*:/content', kind: 'binary' },
      { verb: 'GET', pattern: '/drives/*/root:*:', kind: 'json' },
      { verb: 'GET', pattern: '/reports/getEmailActivityUserDetail', kind: 'binary' },
      { verb: 'GET', pattern: '/reports', kind: 'json' },
      { verb: 'GET', pattern: '', kind: 'value' },
    ]
    const kinds = new Map<string, ResponseKind>(responseKindKeys(routes))
    for (const { verb, pattern, kind } of routes) expect(responseKindOf(kinds, verb, pattern)).toBe(kind)
  })

  it('falls back on the whole pattern, with its leading slash, when every end is shared', () => {
    const nested: RouteKind[] = [
      { verb: 'GET', pattern: '/a/b', kind: 'binary' },
      { verb: 'GET', pattern: '/x/a/b', kind: 'json' },
    ]
    expect(responseKindKeys(nested)).toEqual([['GET /a/b', 'binary']])
    const kinds = new Map<string, ResponseKind>(responseKindKeys(nested))
    for (const { verb, pattern, kind } of nested) expect(responseKindOf(kinds, verb, pattern)).toBe(kind)
  })
})

/** Two pages whose routes end in `content`: one answers bytes, the other a JSON object. */
const PAGES = [
  {
    file: 'api/driveitem-get-content.md',
    text: [
      '# Download driveItem content',
      '## HTTP request',
      '```http',
      'GET /drives/{drive-id}/items/{item-id}/content',
      '```',
      '## Response',
      'If successful, this method returns a `200 OK` response code and a Stream in the response body.',
      '## Example',
      '### Request',
      '```http\nGET https://graph.microsoft.com/v1.0/drives/d1/items/i1/content\n```',
      '### Response',
      '```http\nHTTP/1.1 200 OK\nContent-Type: application/octet-stream\n\nbytes of the file\n```',
    ].join('\n\n'),
  },
  {
    file: 'api/sitepage-get-content.md',
    text: [
      '# Get page content',
      '## HTTP request',
      '```http',
      'GET /sites/{site-id}/pages/{page-id}/content',
      '```',
      '## Response',
      'If successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.',
    ].join('\n\n'),
  },
  {
    file: 'resources/widget.md',
    text: [
      '# widget resource type',
      'Namespace: microsoft.graph',
      '## Properties',
      '| Property | Type | Description |\n|:---|:---|:---|\n| name | String | The name. |',
    ].join('\n\n'),
  },
]

const temp = mkdtempSync(join(tmpdir(), 'doc2ts-kinds-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

interface Client {
  drives: { byId(id: string): { items: { byId(id: string): { content: { get(): Promise<unknown> } } } } }
  sites: { byId(id: string): { pages: { byId(id: string): { content: { get(): Promise<unknown> } } } } }
}

describe('the generated client', () => {
  it('reads bytes and JSON at routes that end alike, each as its page says', async () => {
    const files = emitAll(buildModel(PAGES))
    const index = files.find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(index).toContain('"GET items/*/content": "binary"')
    const { createClient } = await importClient<Client>(files, temp)
    // Both answer the same JSON text: only the client's table tells bytes from an object.
    const fetch = async () =>
      new Response('{"name":"a"}', { headers: { 'content-type': 'application/json' } })
    const client = createClient({ baseUrl: 'https://api.example.com/v1.0', fetch })
    const bytes = await client.drives.byId('d').items.byId('i').content.get()
    const page = await client.sites.byId('s').pages.byId('p').content.get()
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(bytes as Uint8Array)).toBe('{"name":"a"}')
    expect(page).toEqual({ name: 'a' })
  })
})
