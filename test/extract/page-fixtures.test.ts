/**
 * Whole pages: each `test/fixtures/pages/<case>/input.md` (real pages chosen for a hard construct)
 * must extract to its reviewed `expected.json`; a missing one fails too.
 * `DOC2TS_UPDATE_FIXTURES=1` writes the expectations, for review in the diff.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import { expectCommittedFile } from '../support/committed-output.js'

const fixtures = fileURLToPath(new URL('../fixtures/pages', import.meta.url))

describe('page fixtures', () => {
  it.each(readdirSync(fixtures).sort())('%s', (name) => {
    const text = readFileSync(join(fixtures, name, 'input.md'), 'utf8')
    const model = extractPage(`resources/${name}.md`, text)
    const actual = `${JSON.stringify({ pageKind: model.pageKind, types: model.types, diagnostics: model.diagnostics }, null, 2)}\n`
    expectCommittedFile(join(fixtures, name, 'expected.json'), actual, fileURLToPath(import.meta.url))
  })
})
