/** The mock of pages in memory, for tests that send it requests and replay the pages' examples. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { verify } from '../../src/index.js'
import { type RunningMock, startMockServer } from '../../src/mock/serve.js'
import type { PageInput } from '../../src/read-docs.js'

/** `doc2ts mock` of `pages` on a free port of 127.0.0.1, started before the tests of the calling
 *  file (or describe block) and closed after them; the result gives the running mock. */
export function mockOfPages(pages: readonly PageInput[]): () => RunningMock {
  let mock: RunningMock | undefined
  beforeAll(async () => {
    mock = await startMockServer([...pages], { port: 0, host: '127.0.0.1', log: false })
  })
  afterAll(() => mock?.close())
  return () => {
    if (!mock) throw new Error('the mock of the pages did not start')
    return mock
  }
}

/** `body` sent as JSON to `url` with `method`: the answer's status and text. */
export async function sendJson(
  url: string,
  method: string,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, text: await response.text() }
}

/** `verify` of `pages`, written to a folder of their own for the run, against `baseUrl`. */
export async function verifyPages(pages: readonly PageInput[], baseUrl: string) {
  const docs = await mkdtemp(join(tmpdir(), 'doc2ts-pages-'))
  try {
    for (const page of pages) {
      await mkdir(dirname(join(docs, page.file)), { recursive: true })
      await writeFile(join(docs, page.file), page.text)
    }
    return await verify({ docs, baseUrl, unsafe: true })
  } finally {
    await rm(docs, { recursive: true, force: true })
  }
}
