/**
 * Whole pages: each `test/fixtures/pages/<case>/input.md` (real pages chosen for a hard construct)
 * must extract to its reviewed `expected.json`. `UPDATE_FIXTURES=1` rewrites the expectations.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'

const fixtures = fileURLToPath(new URL('../fixtures/pages', import.meta.url))

describe('page fixtures', () => {
  it.each(readdirSync(fixtures).sort())('%s', (name) => {
    const text = readFileSync(join(fixtures, name, 'input.md'), 'utf8')
    const model = extractPage(`resources/${name}.md`, text)
    const actual = `${JSON.stringify({ pageKind: model.pageKind, types: model.types, diagnostics: model.diagnostics }, null, 2)}\n`
    const expectedPath = join(fixtures, name, 'expected.json')
    if (process.env.UPDATE_FIXTURES || !existsSync(expectedPath)) writeFileSync(expectedPath, actual)
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
  })
})
