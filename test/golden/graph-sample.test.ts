/**
 * The golden output of a sample of real Graph pages (`graph-sample/docs`, listed with what each
 * covers in `graph-sample/README.md`): generating it gives exactly the committed
 * `graph-sample/expected/`, whatever the page order (it compiles: `compiles.corpus.test.ts`).
 * `npm run update-fixtures` rewrites it, for review in the diff.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { expectCommittedTree } from '../support/committed-output.js'
import { GOLDEN, generateInMemory } from '../support/golden.js'

const { docs, out } = GOLDEN.graphSample

describe('golden output of the Graph sample', async () => {
  const files = await generateInMemory(docs)

  it('is the committed expected/, byte for byte', () => {
    expectCommittedTree(out, files, fileURLToPath(import.meta.url))
  })

  it('is the same with the pages read in the other order', async () => {
    expect(await generateInMemory(docs, true)).toEqual(files)
  })
})
