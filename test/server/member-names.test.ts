/**
 * Member names of a request body in another letter case take the documented name before the body
 * is validated, as Graph reads them, where the schema is open to unlisted members too (a type
 * whose base chain leaves the tree, an open type, a base type with derived types): the handler
 * then reads the documented name, and a read-only member sent in another letter case is refused
 * as it is under its own. Pages: test/fixtures/verify-name-case (real sample pages), without
 * entity.md, so that conversation's schema takes unlisted members.
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { assignHandlerNames } from '../../src/emit/server/index.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import { readDocs } from '../../src/read-docs.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/verify-name-case', import.meta.url))

let base = ''
let received: unknown[] = []
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  const pages = (await readDocs(FIXTURE)).pages.filter((page) => !page.file.endsWith('entity.md'))
  const model = buildModel(pages)
  const handler = assignHandlerNames(model).get('group-post-conversations')
  if (!handler) throw new Error('no handler name for group-post-conversations')
  const loaded = await loadGeneratedServer(emitAll(model))
  const app = loaded.module.buildServer({
    handlers: {
      [handler]: async ({ body }: { body: unknown }) => {
        received.push(body)
        return { id: 'c-1' }
      },
    },
    log: false,
  })
  base = await app.listen({ port: 0, host: '127.0.0.1' })
  close = async () => {
    await app.close()
    await loaded.dispose()
  }
})
afterAll(() => close())

const post = async (body: unknown) => {
  received = []
  const answer = await fetch(`${base}/groups/g-1/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: answer.status, text: await answer.text() }
}

describe('a body whose schema takes unlisted members', () => {
  it('reaches the handler under the documented names', async () => {
    const { status } = await post({ Topic: 'New locations', UNIQUESENDERS: ['a'], colour: 'red' })
    expect(status).toBeLessThan(300)
    expect(received).toEqual([{ topic: 'New locations', uniqueSenders: ['a'], colour: 'red' }])
  })

  it('refuses a read-only member in another letter case as under its own name', async () => {
    for (const name of ['threads', 'Threads']) {
      const { status, text } = await post({ topic: 't', [name]: [{ posts: [] }] })
      expect(status).toBe(400)
      expect(text).toContain("Property 'threads' is read-only")
    }
    expect(received).toEqual([])
  })
})
