/** `DOC2TS_PARSE=remark` turns every fast reader off: each view of a section is remark's tree. */
import { describe, expect, it } from 'vitest'
import { readPage } from '../../src/parse/page.js'
import { parseModeFrom } from '../../src/parse/parse-mode.js'

const PAGE = '---\ntitle: "x"\n---\n# X\n\n## Example\n```http\nGET /me\n```\nSee [me](me.md).\n'

describe('parse mode', () => {
  it('is remark only when DOC2TS_PARSE says so', () => {
    expect(parseModeFrom({ DOC2TS_PARSE: 'remark' })).toBe('remark')
    expect(parseModeFrom({})).toBe('fast')
    expect(parseModeFrom({ DOC2TS_PARSE: 'light' })).toBe('fast')
  })

  it.each([
    ['remark', true],
    ['fast', false],
  ] as const)('%s: blocks and links come from the tree: %s', (mode, fromTree) => {
    const page = readPage('api/x.md', PAGE, mode)
    const section = page.sections.find((s) => s.title === 'Example')
    if (!section) throw new Error('no section')
    expect(page.blocks(section) === page.tree(section)).toBe(fromTree)
    expect(page.frontMatter).toEqual({ title: 'x' })
  })
})
