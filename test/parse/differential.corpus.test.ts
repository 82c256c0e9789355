/**
 * The fast readers are an optimisation only: every corpus page gives the same page model and the
 * same page findings with them (`fast`) as with remark alone (`remark`), byte for byte as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkRules } from '../../src/check/rules/index.js'
import { extractAndCheck } from '../../src/extract/page-entry.js'
import { corpusDir } from '../support/corpus.js'

describe('fast readers against remark on the corpus', () => {
  it('give every page the same model and findings', () => {
    const files = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .sort()
    const differing: string[] = []
    for (const file of files) {
      const text = readFileSync(join(corpusDir, file), 'utf8')
      const fast = extractAndCheck(file, text, checkRules, 'fast')
      const remark = extractAndCheck(file, text, checkRules, 'remark')
      if (fast.model !== remark.model) differing.push(`${file}: page model`)
      if (fast.checks !== remark.checks) differing.push(`${file}: findings`)
    }
    expect(files.length).toBeGreaterThan(1000)
    expect(differing).toEqual([])
    // ≈ 25 s of CPU on the 1.9k pages; more on a busy machine.
  }, 600_000)
})
