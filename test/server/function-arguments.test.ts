/**
 * A function's arguments reach the handler as the client sends them: a quoted string may hold `,`
 * and `)` (`search(q='Q1, draft (v2)')` was a 404: the route's pattern stopped at either), and a
 * quote is doubled inside one (`'budget''s'` reaches the handler as `budget's`).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { listenServer } from './helpers.js'

// OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_search.md (shortened)
const SEARCH = [
  '# Search for a DriveItems within a drive',
  '',
  '## HTTP request',
  '',
  '```http',
  "GET /me/drive/root/search(q='{search-text}')",
  '```',
  '',
  '## Response',
  '',
  'If successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) objects.',
].join('\n')

let base = ''
let close: () => Promise<void> = async () => {}
const received: unknown[] = []

beforeAll(async () => {
  const model = buildModel([{ file: 'api/driveitem_search.md', text: SEARCH }])
  ;({ base, close } = await listenServer(model, {
    handlers: {
      driveitemSearch: (request) => {
        received.push((request as { params?: { searchText?: unknown } }).params?.searchText)
        return { value: [] }
      },
    },
  }))
})
afterAll(() => close())

it.each([
  ['a,b', "'a,b'"],
  ['Q1 (draft)', "'Q1 (draft)'"],
  ["budget's", "'budget''s'"],
  ["a') x", "'a'') x'"],
  ['plain', "'plain'"],
])('passes %j to the handler', async (value, written) => {
  received.length = 0
  const answer = await fetch(`${base}/me/drive/root/search(q=${encodeURIComponent(written)})`)
  expect(answer.status).toBe(200)
  expect(received).toEqual([value])
})

it('refuses a quoted argument that is never closed', async () => {
  const answer = await fetch(`${base}/me/drive/root/search(q='open)`)
  expect(answer.status).toBe(404)
})
