/**
 * link and the corpus checks never write into the page models they are given: watch mode keeps
 * page models in memory and relinks them on every save. Frozen page models (any write throws)
 * must link to the same model as unfrozen copies, and linking twice must give the same model.
 * The linked model is read-only too: the checks and the emitters read a deep-frozen one.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { emitAll } from '../../src/build/in-memory.js'
import { CheckMemo } from '../../src/check/check-memo.js'
import type { PageChecks } from '../../src/check/page-checks.js'
import { runChecks } from '../../src/check/run-checks.js'
import { extractAndCheck } from '../../src/extract/page-entry.js'
import { linkModel } from '../../src/link/index.js'
import type { ApiModel, PageModel } from '../../src/model.js'
import type { PageInput } from '../../src/read-docs.js'
import { readDocs } from '../../src/read-docs.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { corpusDir } from '../support/corpus.js'
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

/** The build's link and check steps on page models already extracted. */
function checkExtracted(
  inputs: readonly PageInput[],
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
) {
  const model = linkModel(pages)
  return { model, diagnostics: runChecks(inputs, pages, checks, model, shapeApi(model), new CheckMemo()) }
}

/** The checks and the emitters leave the linked model alone: on a deep-frozen model (any write
 *  throws) they report and print what they do on an unfrozen copy. */
function expectChecksAndEmitLeaveModelAlone({ inputs, pages, checks }: Extracted): void {
  const model = linkModel(pages)
  const copy = structuredClone(model)
  const frozen: ApiModel = deepFreeze(model)
  const check = (linked: ApiModel) =>
    runChecks(inputs, pages, checks, linked, shapeApi(linked), new CheckMemo())
  expect(check(frozen)).toEqual(check(copy))
  const files = (linked: ApiModel) => emitAll(linked).map((file) => [file.path, file.text])
  expect(files(frozen)).toEqual(files(copy))
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

  it('checks and emits a frozen linked model of input-docs as an unfrozen copy', () => {
    expectChecksAndEmitLeaveModelAlone(seed)
  })

  describe('on corpus pages', async () => {
    const sample = extract((await readDocs(corpusDir)).pages.filter((_, index) => index % CORPUS_STEP === 0))

    it('links frozen page models as it links unfrozen copies', () => {
      expectLinkLeavesPagesAlone(sample)
    })

    it('links the same page models twice to the same model', () => {
      expectRelinkIdentical(sample)
    })

    it('checks and emits a frozen linked model as an unfrozen copy', () => {
      expectChecksAndEmitLeaveModelAlone(sample)
    })
  })
})
