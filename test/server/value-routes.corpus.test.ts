/**
 * `$value` routes end to end, typed: the generated client fetches the raw bytes from the generated
 * mock and from a server of handlers written against `Handlers`, and sends bytes in a PUT; the
 * app is type-checked with the generated files under `strict`, then run over real HTTP.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { MIME_TEXT, VALUE_ROUTE_PAGES } from '../shape/value-route-pages.js'
import { typeErrors } from './compile.js'
import { outFolder, rm, writeFiles } from './helpers.js'

const APP = `
import { createClient } from './client/index.js'
import type * as T from './types/index.js'
import { buildServer, type Handlers } from './server/index.js'

async function served<R>(app: ReturnType<typeof buildServer>, use: (baseUrl: string) => Promise<R>): Promise<R> {
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    return await use(baseUrl)
  } finally {
    await app.close()
  }
}

export async function run() {
  const fromMock = await served(buildServer({ mock: true, log: false }), async (baseUrl) => {
    const note = createClient({ baseUrl }).me.notes.byId('n7')
    const bytes: Uint8Array = await note.$value.get()
    const resource: T.Note = await note.get()
    const answer = await fetch(\`\${baseUrl}/me/notes/n7/$value\`)
    return { isBytes: bytes instanceof Uint8Array, text: new TextDecoder().decode(bytes), resource, contentType: answer.headers.get('content-type') }
  })
  const stored = new Map<string, Uint8Array>()
  const handlers: Partial<Handlers> = {
    noteGet: async ({ params, request }) =>
      request.url.endsWith('/$value') ? (stored.get(params.id) ?? new Uint8Array()) : { id: params.id, subject: 'Lunch' },
    noteUpdate: async ({ params, body }) => {
      stored.set(params.id, body)
    },
  }
  const fromHandlers = await served(buildServer({ handlers }), async (baseUrl) => {
    const note = createClient({ baseUrl }).me.notes.byId('n8')
    await note.$value.put(new TextEncoder().encode('MIME-Version: 1.0'))
    const bytes = await note.$value.get()
    return { isBytes: bytes instanceof Uint8Array, text: new TextDecoder().decode(bytes), resource: await note.get() }
  })
  return { fromMock, fromHandlers }
}
`

const files = emitAll(buildModel(VALUE_ROUTE_PAGES))
let dir = ''
beforeAll(async () => {
  dir = await outFolder('value-routes')
  await writeFiles(dir, [...files, { path: 'app.ts', text: APP }])
})
afterAll(() => rm(dir, { recursive: true, force: true }))

it('the client gets and puts the bytes of a `$value` route, on the mock and on handlers', async () => {
  expect(typeErrors(dir, ['app.ts'])).toEqual([])
  const app = (await import(/* @vite-ignore */ `${dir}/app.ts`)) as {
    run: () => Promise<Record<string, unknown>>
  }
  expect(await app.run()).toEqual({
    fromMock: {
      isBytes: true,
      text: MIME_TEXT,
      resource: { id: 'n1', subject: 'Lunch' },
      contentType: expect.stringMatching(/^text\/plain\b/),
    },
    fromHandlers: { isBytes: true, text: 'MIME-Version: 1.0', resource: { id: 'n8', subject: 'Lunch' } },
  })
  const document = JSON.parse(
    files.find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const ok = document.paths['/me/notes/{id}/$value']?.get?.responses['200']
  expect(ok && 'content' in ok ? ok.content : undefined).toEqual({
    'text/plain': { schema: { type: 'string', format: 'binary' } },
  })
}, 120_000)
