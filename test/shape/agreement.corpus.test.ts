/**
 * Client, server and OpenAPI agree on every response kind. A small API written for this test
 * (test/fixtures/shape-api: an entity, a derived type, an enum, eleven API pages) is generated;
 * each operation is called through the generated client against the generated server — once as
 * the mock, once with handlers typed against `Handlers` — and the value the client returns, the
 * bytes and content type the server sends and openapi.json's response schema must all agree with
 * the page's own example. A consumer file type-checks the right assignments and refuses the wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { ApiModel, OperationDef } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { pairExamples, shapeExamples } from '../../src/shape/examples.js'
import { typeErrors } from '../server/compile.js'
import { outFolder, ROOT, readFile, rm, writeFiles } from '../server/helpers.js'
import { validatorFor } from './response-schema.js'

const FIXTURE = `${ROOT}test/fixtures/shape-api`

/** Typed uses of the client and the server: each right one compiles, each wrong one must not. */
const CONSUMER = `
import { createClient, type Page } from './client/index.js'
import type { Handlers } from './server/index.js'
import type * as T from './types/index.js'

const shelf: T.Shelf = { id: 'shelf-1', label: 'Fruit', color: 'green', capacity: 40 }

export const handlers: Handlers = {
  shelfGet: async ({ request }) =>
    request.url.endsWith('/$value') ? new TextEncoder().encode('Shelf 1: Fruit, 40 places') : shelf,
  shelfList: async () => ({ value: [shelf] }),
  coldshelfList: async () => ({ value: [] }),
  shelfGetcolor: async () => ({ value: 'red' }),
  shelfCountitems: async () => ({ value: 17 }),
  shelfGetlabels: async () => ({ value: ['Fruit', 'Organic'] }),
  shelfGetPhoto: async () => new TextEncoder().encode('JPEG bytes of the shelf photo'),
  shelfRestock: async ({ body }) => ({ ...shelf, capacity: (shelf.capacity ?? 0) + body.count }),
  shelfDelete: async () => undefined,
  shelfUpdate: async ({ body }) => ({ ...shelf, ...body }),
  shelfCreate: async ({ body }) => ({ ...body, id: 'shelf-3' }),
}

export async function typed(baseUrl: string) {
  const shelves = createClient({ baseUrl }).kiosk.shelves
  const one = shelves.byId('shelf-1')
  const got: T.Shelf = await one.get()
  const card: Uint8Array = await one.$value.get()
  const page: Page<T.Shelf> = await shelves.get()
  const color: T.ShelfColor = await one.getColor.get()
  const count: number = await one.countItems.get()
  const labels: string[] = (await one.getLabels.get()).value
  const photo: Uint8Array = await one.photo.$value.get()
  const restocked: T.Shelf = await one.restock.post({ count: 5 })
  const deleted: void = await one.delete()
  return { got, card, page, color, count, labels, photo, restocked, deleted }
}

export async function wrong(baseUrl: string) {
  const one = createClient({ baseUrl }).kiosk.shelves.byId('shelf-1')
  // @ts-expect-error an enum result is the member, not its { value } wrapper
  const color: { value: T.ShelfColor } = await one.getColor.get()
  // @ts-expect-error a primitive result is the value itself
  const count: { value: number } = await one.countItems.get()
  // @ts-expect-error a Stream is bytes, not text
  const photo: string = await one.photo.$value.get()
  // @ts-expect-error the raw value of a resource (\`$value\`) is bytes, not the resource
  const card: T.Shelf = await one.$value.get()
  // @ts-expect-error the action's count is required
  await one.restock.post({ note: 'no count' })
  // @ts-expect-error a 204 has no content
  const deleted: T.Shelf = await one.delete()
  // @ts-expect-error a collection is a page, not an array
  const list: T.Shelf[] = await createClient({ baseUrl }).kiosk.shelves.get()
  return { color, count, photo, card, deleted, list }
}

export const wrongHandlers: Partial<Handlers> = {
  // @ts-expect-error the handler of an enum result answers { value }
  shelfGetcolor: async () => 'red',
  // @ts-expect-error the handler of a Stream answers bytes
  shelfGetPhoto: async () => ({ value: 'JPEG' }),
  // @ts-expect-error the handler of a collection answers a page
  shelfList: async () => [shelf],
}
`

interface Call {
  operation: string
  /** The call through the generated client, given the client's root. */
  call: (client: Root) => Promise<unknown>
  /** The request the mock receives, to read its raw answer. */
  method: string
  path: string
  body?: unknown
}

// The generated client's surface, reached untyped here (the consumer file checks the types).
// biome-ignore lint/suspicious/noExplicitAny: a generated module loaded at run time
type Root = any

const CALLS: Call[] = [
  {
    operation: 'shelf-get',
    call: (c) => c.kiosk.shelves.byId('shelf-1').get(),
    method: 'GET',
    path: '/kiosk/shelves/shelf-1',
  },
  {
    operation: 'shelf-get',
    call: (c) => c.kiosk.shelves.byId('shelf-1').$value.get(),
    method: 'GET',
    path: '/kiosk/shelves/shelf-1/$value',
  },
  { operation: 'shelf-list', call: (c) => c.kiosk.shelves.get(), method: 'GET', path: '/kiosk/shelves' },
  {
    operation: 'coldshelf-list',
    call: (c) => c.kiosk.coldShelves.get(),
    method: 'GET',
    path: '/kiosk/coldShelves',
  },
  {
    operation: 'shelf-getcolor',
    call: (c) => c.kiosk.shelves.byId('shelf-1').getColor.get(),
    method: 'GET',
    path: '/kiosk/shelves/shelf-1/getColor',
  },
  {
    operation: 'shelf-countitems',
    call: (c) => c.kiosk.shelves.byId('shelf-1').countItems.get(),
    method: 'GET',
    path: '/kiosk/shelves/shelf-1/countItems',
  },
  {
    operation: 'shelf-getlabels',
    call: (c) => c.kiosk.shelves.byId('shelf-1').getLabels.get(),
    method: 'GET',
    path: '/kiosk/shelves/shelf-1/getLabels',
  },
  {
    operation: 'shelf-get-photo',
    call: (c) => c.kiosk.shelves.byId('shelf-1').photo.$value.get(),
    method: 'GET',
    path: '/kiosk/shelves/shelf-1/photo/$value',
  },
  {
    operation: 'shelf-restock',
    call: (c) => c.kiosk.shelves.byId('shelf-1').restock.post({ count: 5, note: 'Morning delivery' }),
    method: 'POST',
    path: '/kiosk/shelves/shelf-1/restock',
    body: { count: 5, note: 'Morning delivery' },
  },
  {
    operation: 'shelf-delete',
    call: (c) => c.kiosk.shelves.byId('shelf-1').delete(),
    method: 'DELETE',
    path: '/kiosk/shelves/shelf-1',
  },
  {
    operation: 'shelf-update',
    call: (c) => c.kiosk.shelves.byId('shelf-1').patch({ label: 'Fresh fruit' }),
    method: 'PATCH',
    path: '/kiosk/shelves/shelf-1',
    body: { label: 'Fresh fruit' },
  },
  {
    operation: 'shelf-create',
    call: (c) => c.kiosk.shelves.post({ label: 'Bread', color: 'red', capacity: 20 }),
    method: 'POST',
    path: '/kiosk/shelves',
    body: { label: 'Bread', color: 'red', capacity: 20 },
  },
]

/** The page's own response example of the call's path (the first, where no request shows the
 *  path): status, content type and body text. */
function pageExample(operation: OperationDef, call: Call) {
  const pairs = pairExamples({ examples: shapeExamples(operation), operation })
  const own = pairs.find(({ request }) => request?.example.url?.endsWith(call.path))
  const example = (own ?? pairs.find(({ response }) => response))?.response?.example
  if (!example?.status) throw new Error(`${operation.id}: no response example`)
  const contentType = Object.entries(example.headers).find(
    ([name]) => name.toLowerCase() === 'content-type',
  )?.[1]
  return { status: example.status, contentType, text: example.bodyText?.trim() ?? '' }
}

let dir = ''
let model: ApiModel
let openapi: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
let mock: { close(): Promise<unknown>; listen(options: object): Promise<string> }
let baseUrl = ''
let client: Root

beforeAll(async () => {
  model = buildModel((await readDocs(FIXTURE)).pages)
  dir = await outFolder('shape-agreement')
  await writeFiles(dir, [...emitAll(model), { path: 'consumer.ts', text: CONSUMER }])
  openapi = JSON.parse(await readFile(`${dir}/openapi.json`, 'utf8'))
  const server = await import(/* @vite-ignore */ `${dir}/server/index.ts`)
  mock = server.buildServer({ mock: true, log: false })
  baseUrl = await mock.listen({ port: 0, host: '127.0.0.1' })
  const generated = await import(/* @vite-ignore */ `${dir}/client/index.ts`)
  client = generated.createClient({ baseUrl })
})
afterAll(async () => {
  await mock?.close()
  await rm(dir, { recursive: true, force: true })
})

function operationOf(id: string): OperationDef {
  const found = model.operations.find((operation) => operation.id === id)
  if (!found) throw new Error(`no operation ${id}`)
  return found
}

/** The mock links pages relative to the service root (`/kiosk/coldShelves?$skiptoken=2`), where
 *  Graph's SDK and the client follow them back to the mock. */
function asServed(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body
  const link = (body as { '@odata.nextLink'?: unknown })['@odata.nextLink']
  if (typeof link !== 'string') return body
  return { ...body, '@odata.nextLink': link.replace(/^https:\/\/graph\.microsoft\.com\/v1\.0/, '') }
}

/** The OpenAPI Response Object of the documented status of the call's route. */
function openApiResponse(call: Call, status: number): { content?: Record<string, { schema: object }> } {
  const path = call.path.replace('shelf-1', '{shelfId}')
  const item = openapi.paths[path]?.[call.method.toLowerCase()]
  const response = item?.responses[String(status)]
  if (!response) throw new Error(`openapi.json has no ${status} for ${call.method} ${path}`)
  return response as { content?: Record<string, { schema: object }> }
}

describe('every response kind: client, server and OpenAPI agree with the page', () => {
  it.each(CALLS.map((call) => [`${call.operation}: ${call.method} ${call.path}`, call] as const))(
    '%s',
    async (_name, call) => {
      const example = pageExample(operationOf(call.operation), call)
      const raw = await fetch(`${baseUrl}${call.path}`, {
        method: call.method,
        ...(call.body === undefined
          ? {}
          : { body: JSON.stringify(call.body), headers: { 'content-type': 'application/json' } }),
      })
      const bytes = new Uint8Array(await raw.arrayBuffer())
      const returned = await call.call(client)
      const response = openApiResponse(call, example.status)
      expect(raw.status).toBe(example.status)
      if (example.text === '') {
        // No content: nothing sent, nothing returned, nothing described.
        expect(bytes.length).toBe(0)
        expect(returned).toBeUndefined()
        expect(response.content).toBeUndefined()
        return
      }
      const mediaTypes = Object.keys(response.content ?? {})
      const sentType = raw.headers.get('content-type')?.split(';')[0]
      expect(mediaTypes).toEqual([sentType])
      const schema = response.content?.[sentType ?? '']?.schema ?? {}
      if (sentType !== 'application/json') {
        // Bytes: as documented, with the documented media type, returned as they came.
        expect(sentType).toBe(example.contentType)
        expect(new TextDecoder().decode(bytes)).toBe(example.text)
        expect(returned).toBeInstanceOf(Uint8Array)
        expect(returned).toEqual(bytes)
        expect(schema).toMatchObject({ type: 'string', format: 'binary' })
        return
      }
      const documented = asServed(JSON.parse(example.text) as unknown)
      expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(documented)
      const validate = validatorFor(openapi, schema)
      expect(validate(documented), JSON.stringify(validate.errors)).toBe(true)
      const wrapped =
        typeof documented === 'object' && documented !== null && Object.keys(documented).join() === 'value'
      const isPage = Array.isArray((documented as { value?: unknown }).value)
      if (wrapped && !isPage) {
        // A primitive or enum: `{ "value": x }` on the wire and in OpenAPI, `x` in the client.
        expect(returned).toEqual((documented as { value: unknown }).value)
        expect(validate((documented as { value: unknown }).value)).toBe(false)
      } else expect(returned).toEqual(documented)
    },
  )

  it('covers every operation of the fixture', () => {
    expect([...new Set(CALLS.map((call) => call.operation))].sort()).toEqual(
      model.operations.map((op) => op.id).sort(),
    )
  })
})

describe('the consumer of the generated client and server', () => {
  it('compiles the right assignments and refuses every wrong one', () => {
    expect(typeErrors(dir, ['consumer.ts'])).toEqual([])
  })

  it('gets from handlers typed against Handlers what the client is typed to return', async () => {
    const consumer = await import(/* @vite-ignore */ `${dir}/consumer.ts`)
    const server = await import(/* @vite-ignore */ `${dir}/server/index.ts`)
    const app = server.buildServer({ handlers: consumer.handlers, log: false })
    const url: string = await app.listen({ port: 0, host: '127.0.0.1' })
    try {
      const photo = await fetch(`${url}/kiosk/shelves/shelf-1/photo/$value`)
      expect(photo.headers.get('content-type')).toBe('image/jpeg')
      const result = await consumer.typed(url)
      expect(result).toMatchObject({
        got: { id: 'shelf-1' },
        page: { value: [{ id: 'shelf-1' }] },
        color: 'red',
        count: 17,
        labels: ['Fruit', 'Organic'],
        restocked: { capacity: 45 },
        deleted: undefined,
      })
      expect(new TextDecoder().decode(result.photo)).toBe('JPEG bytes of the shelf photo')
      expect(new TextDecoder().decode(result.card)).toBe('Shelf 1: Fruit, 40 places')
    } finally {
      await app.close()
    }
  })
})
