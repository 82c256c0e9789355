import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { globToRegExp } from '../../src/check/glob.js'
import { docsFolderSuppressions } from '../../src/cli/jobs.js'
import { checkDocs } from '../support/check-docs.js'

const page = (body: string) => `---\ntitle: "x"\ndoc_type: conceptualPageType\n---\n\n# X\n\n${body}\n`

describe('suppressions', () => {
  const pages = [
    { file: 'api/intune-a.md', text: page('TODO: one') },
    {
      file: 'api/other.md',
      text: page('TODO: two\n\n<!-- doc2ts-disable todo-placeholder -->\n\nTODO: three'),
    },
    { file: 'api/next.md', text: page('<!-- doc2ts-disable-next-line -->\nTODO: four\nTODO: five') },
    { file: 'api/bad.md', text: page('<!-- doc2ts-disable no-such-code -->') },
  ]
  const codes = async (suppress = [] as { code: string; files?: string }[]) =>
    (await checkDocs(pages, suppress)).diagnostics
      .filter((d) => d.code !== 'unknown-page-kind')
      .map((d) => `${d.file}:${d.line} ${d.code}`)

  it('honours inline comments and reports unknown codes in them', async () => {
    expect(await codes()).toEqual([
      'api/bad.md:8 invalid-suppression',
      'api/intune-a.md:8 todo-placeholder',
      'api/next.md:10 todo-placeholder',
      'api/other.md:8 todo-placeholder',
    ])
  })

  it('honours config entries by code (or check name) and glob', async () => {
    expect(await codes([{ code: 'todo-placeholder', files: 'api/intune-*.md' }])).not.toContain(
      'api/intune-a.md:8 todo-placeholder',
    )
    expect(await codes([{ code: 'todo-placeholder' }])).toEqual(['api/bad.md:8 invalid-suppression'])
  })

  it.each([
    ['api/intune-*.md', 'api/intune-x.md', true],
    ['api/intune-*.md', 'api/sub/intune-x.md', false],
    ['**/intune-*.md', 'api/sub/intune-x.md', true],
    ['**/intune-*.md', 'intune-x.md', true],
    ['api/?ser.md', 'api/user.md', true],
  ])('glob %s matches %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected)
  })

  it('reads the docs folder config and rejects one that is not { suppress: [{ code, files }] }', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'doc2ts-suppress-'))
    onTestFinished(() => rmSync(docs, { recursive: true, force: true }))
    const withConfig = async (text: string) => {
      writeFileSync(join(docs, 'doc2ts.config.json'), text)
      return docsFolderSuppressions(docs)
    }
    expect(await withConfig('{"suppress":[{"code":"todo-placeholder","files":"a/*.md"}]}')).toEqual([
      { code: 'todo-placeholder', files: 'a/*.md' },
    ])
    await expect(withConfig('{"suppress":[{"code":"x"}]}')).rejects.toThrow(
      /Unexpected code "x" in suppress\.0\.code, expected a diagnostic code or check name/,
    )
    await expect(withConfig('{"suppress":{}}')).rejects.toThrow(/Unexpected value of suppress: must be array/)
    await expect(withConfig('{"suppress":[{"files":"x"}]}')).rejects.toThrow(
      /Unexpected value of suppress\.0: must have required property 'code'/,
    )
    await expect(withConfig('{')).rejects.toThrow(/doc2ts\.config\.json: Unexpected text, expected JSON/)
  })
})

describe('check names', () => {
  it('are the rules’ names, in the order the rules run', async () => {
    const { checkRules } = await import('../../src/check/rules/index.js')
    const { CHECK_NAMES } = await import('../../src/check/check-names.js')
    expect(checkRules.map((rule) => rule.name)).toEqual([...CHECK_NAMES])
  })
})
