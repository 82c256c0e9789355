import { describe, expect, it } from 'vitest'
import { globToRegExp } from '../../src/check/glob.js'
import { readCheckConfig } from '../../src/check/load-config.js'
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

  it('rejects a config that is not { suppress: [{ code, files }] }', () => {
    expect(readCheckConfig('{"suppress":[{"code":"x","files":"a/*.md"}]}', 'c.json')).toEqual([
      { code: 'x', files: 'a/*.md' },
    ])
    expect(() => readCheckConfig('{"suppress":{}}', 'c.json')).toThrow(/expected an array/)
    expect(() => readCheckConfig('{"suppress":[{"files":"x"}]}', 'c.json')).toThrow(
      /Unexpected suppress\[0\]/,
    )
    expect(() => readCheckConfig('{', 'c.json')).toThrow(/expected JSON/)
  })
})
