/**
 * link and the corpus checks never write into the page models they are given: watch mode keeps
 * page models in memory and relinks them on every save. Frozen page models (any write throws)
 * must link to the same model as unfrozen copies, and linking twice must give the same model.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkExtracted } from '../../src/check/check-docs.js'
import { extractAndCheck, type PageChecks } from '../../src/check/page-checks.js'
import { linkModel } from '../../src/link/index.js'
import type { PageModel } from '../../src/model.js'
import type { PageInput } from '../../src/pipeline.js'
import { readDocs } from '../../src/read-docs.js'
import { corpusDir, hasCorpus } from '../support/corpus.js'
import { deepFreeze } from './deep-freeze.js'

const inputDocs = fileURLToPath(new URL('../../input-docs', import.meta.url))
/** Every n-th corpus page: enough resource and API pages to merge types, link methods and examples. */
const CORPUS_STEP = 6

interface Extracted {
  inputs: PageInput[]
  pages: PageModel[]
  checks: PageChecks[]
}

function extract(inputs: PageInput[]): Extracted {
  const entries = inputs.map((input) => extractAndCheck(input.file, input.text))
  return {
    inputs,
    pages: entries.map((entry) => JSON.parse(entry.model) as PageModel),
    checks: entries.map((entry) => JSON.parse(entry.checks) as PageChecks),
  }
}

function expectLinkLeavesPagesAlone({ inputs, pages, checks }: Extracted): void {
  const expected = JSON.stringify(checkExtracted(inputs, structuredClone(pages), structuredClone(checks)))
  const frozenPages = deepFreeze(structuredClone(pages))
  const frozenChecks = deepFreeze(structuredClone(checks))
  expect(JSON.stringify(linkModel(frozenPages))).toBe(JSON.stringify(linkModel(structuredClone(pages))))
  expect(JSON.stringify(checkExtracted(inputs, frozenPages, frozenChecks))).toBe(expected)
  expect(frozenPages).toEqual(pages)
}

function expectRelinkIdentical({ inputs, pages, checks }: Extracted): void {
  expect(JSON.stringify(linkModel(pages))).toBe(JSON.stringify(linkModel(pages)))
  const first = JSON.stringify(checkExtracted(inputs, pages, checks))
  expect(JSON.stringify(checkExtracted(inputs, pages, checks))).toBe(first)
}

describe('link leaves the page models alone', async () => {
  const seed = extract((await readDocs(inputDocs)).pages)

  it('links frozen input-docs page models as it links unfrozen copies', () => {
    expectLinkLeavesPagesAlone(seed)
  })

  it('links the same input-docs page models twice to the same model', () => {
    expectRelinkIdentical(seed)
  })

  describe.skipIf(!hasCorpus)('on corpus pages', async () => {
    const sample = hasCorpus
      ? extract((await readDocs(corpusDir)).pages.filter((_, index) => index % CORPUS_STEP === 0))
      : seed

    it('links frozen page models as it links unfrozen copies', () => {
      expectLinkLeavesPagesAlone(sample)
    })

    it('links the same page models twice to the same model', () => {
      expectRelinkIdentical(sample)
    })
  })
})
