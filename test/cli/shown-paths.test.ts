/**
 * Printed diagnostics name files from where doc2ts runs, as compilers and linters do, so that a
 * terminal or an editor opens them: in a monorepo run from its root, `packages/api-docs/api/x.md`,
 * not the docs-relative `api/x.md` (which opened nothing there).
 */
import { describe, expect, it } from 'vitest'
import { shownPath, withShownPaths } from '../../src/shown-paths.js'

describe('the printed path of a diagnostic', () => {
  it('is relative to the working directory, with / separators', () => {
    expect(shownPath('packages/api-docs', '/repo')('api/x.md')).toBe('packages/api-docs/api/x.md')
    expect(shownPath('/repo/packages/api-docs', '/repo')('api/x.md')).toBe('packages/api-docs/api/x.md')
    expect(shownPath('.', '/repo')('api/x.md')).toBe('api/x.md')
    expect(shownPath('/repo', '/repo')('api/x.md')).toBe('api/x.md')
  })
  it('is relative for a folder whose name starts with two dots', () => {
    expect(shownPath('..docs', '/repo')('api/x.md')).toBe('..docs/api/x.md')
  })
  it('is absolute for docs outside the working directory', () => {
    expect(shownPath('../docs', '/repo/packages/app')('api/x.md')).toBe('/repo/packages/docs/api/x.md')
  })
  it('leaves everything but the file as it is', () => {
    const [shown] = withShownPaths([{ file: 'api/x.md', line: 3, column: 1 }], 'docs')
    expect(shown).toEqual({ file: 'docs/api/x.md', line: 3, column: 1 })
  })
})
