/**
 * The extraction pool gives exactly the in-process results, in page order, whatever the number
 * of workers. The workers run the current sources, built for them (`buildSource`): from the
 * TypeScript sources alone the pool falls back to this thread.
 */
import { afterAll, expect, it } from 'vitest'
import { extractOnPool } from '../../src/build/extract-pool.js'
import { extractAndCheck } from '../../src/extract/page-entry.js'
import type { PageInput } from '../../src/read-docs.js'
import { readDocs } from '../../src/read-docs.js'
import { buildSource } from '../support/source-build.js'

const build = await buildSource()
afterAll(build.remove)
const compiledWorker = build.url('build/extract-worker.js')
const inProcess = async (pages: readonly PageInput[]) =>
  pages.map((page) => extractAndCheck(page.file, page.text))

it('falls back to this thread for few pages or one thread', async () => {
  const { pages } = await readDocs('input-docs')
  let calls = 0
  const counted = async (input: readonly PageInput[]) => {
    calls++
    return inProcess(input)
  }
  await extractOnPool(counted, { threads: 1, workerUrl: compiledWorker })(pages)
  await extractOnPool(counted, { threads: 4, minPages: pages.length + 1, workerUrl: compiledWorker })(pages)
  expect(calls).toBe(2)
})

it('gives the in-process results in page order on workers', async () => {
  const { pages } = await readDocs('input-docs')
  const expected = await inProcess(pages)
  for (const threads of [2, 3])
    for (const batch of [1, 5]) {
      const pooled = await extractOnPool(
        async () => {
          throw new Error('not in process')
        },
        { threads, minPages: 1, batch, workerUrl: compiledWorker },
      )(pages)
      expect(pooled).toEqual(expected)
    }
})
