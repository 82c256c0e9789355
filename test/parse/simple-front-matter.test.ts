/** Front matter read without the YAML parser is what the YAML parser reads, or the reader declines. */
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { readPage } from '../../src/parse/page.js'
import { simpleFrontMatter } from '../../src/parse/simple-front-matter.js'

describe('simpleFrontMatter', () => {
  it.each([
    [
      'quoted and plain values',
      'title: "user: get"\ndescription: \'Read a user.\'\nms.prod: microsoft-identity-platform',
    ],
    ['inner spaces and symbols', 'title: "  a  #b [c] {d} \'e\'  "\nauthor: a b  c (d) e/f_g.h  '],
    ['blank lines', '\ntitle: "x"\n\ndoc_type: apiPageType\n'],
    ['nothing', ''],
    ['words YAML reads as strings', 'a: yes\nb: No\nc: on\nd: nulls'],
  ])('reads %s as YAML does', (_, yaml) => {
    expect(simpleFrontMatter(yaml)).toEqual(parseYaml(yaml) ?? {})
  })

  it.each([
    ['a null', 'title: null'],
    ['a boolean', 'doc_type: True'],
    ['a boolean key', 'true: x'],
    ['a number', 'ms.date: 09/12/2023'],
    ['a duplicate key', 'title: a\ntitle: b'],
    ['an escape', 'title: "a\\tb"'],
    ['a quote inside quotes', "title: 'it''s'"],
    ['a comment', 'title: a # b'],
    ['a continued value', 'title: a\n  b'],
    ['a list', 'authors:\n  - a'],
    ['a mapping value', 'title: a: b'],
    ['a tab', 'title:\ta'],
    ['an anchor', 'title: &a x'],
  ])('leaves %s to the YAML parser', (_, yaml) => {
    expect(simpleFrontMatter(yaml)).toBeUndefined()
  })
})

// From a fuzzing run: front matter nested 5,000 lists deep overflows the YAML parser's stack.
describe('front matter the YAML parser cannot read', () => {
  it('is reported at the page, in words, without the parser’s internal error', () => {
    const page = readPage('api/deep.md', `---\n${'- '.repeat(5000)}x\n---\n# Deep\n`)
    expect(page.diagnostics.map((each) => [each.code, each.line, each.message])).toEqual([
      ['invalid-json', 2, 'Front matter is not valid YAML: nested too deeply'],
    ])
  })
})
