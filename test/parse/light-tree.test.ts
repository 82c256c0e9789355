/**
 * The light reader on the shapes at its edges: what it accepts it reads as remark does, positions
 * included; what remark reads otherwise (a link made of a DocFX marker, a code span across lines,
 * a lazy quote line…) it leaves to remark. The corpus test (`fast-readers.corpus.test.ts`) holds
 * it to remark on every section of the sample.
 */
import { describe, expect, it } from 'vitest'
import { lightTree } from '../../src/parse/light-tree.js'
import { markersAreText, parseSectionBody } from '../../src/parse/section-tree.js'

const accepted: [string, string][] = [
  ['a heading with a link', '# [HTTP](#tab/http)\n'],
  ['a fence with its meta', '```http get-user\nGET /me\n```\n'],
  ['an annotation', '<!-- {\n  "blockType": "request"\n} -->\n```http\nGET /me\n```'],
  ['a paragraph of links and code', 'Returns a [user](user.md) and `id`.\nMore.'],
  ['a note', '> **Note:** This API is in preview.\n> Do not use it.\n'],
  ['a note without a space', '>**Note:** In preview.'],
  ['a note right after a paragraph', 'The response.\n>**Note:** Shortened.\n<!-- { "truncated": true } -->'],
  ['a quote of two paragraphs', '> [!NOTE]\n> First.\n>\n> Second.'],
  ['an include', '[!INCLUDE [sdk-documentation](../includes/snippets/sdk.md)]\n\n---\n'],
  ['strong closed after a mark', 'Say **Read-only.** and go.'],
  ['spaces at line ends', 'One \ntwo  \n**three**   \n[four](4.md) \nfive  '],
  ['a no-break space at a line end, which is text', 'One\u00a0 \ntwo\u00a0'],
  ['a break in a note', '> One  \n> two \n> three'],
  [
    'a list after a paragraph',
    'The following:\n- [List users](user-list.md)\n- **Note:** Read-only.  \n- c\n\nAfter.',
  ],
  ['a loose list, then another', '* one\n\n* two\n\n- three'],
  ['a list loose by two blank lines', '- a\n\n\n- b\n \t \n- c'],
  ['a list before a comment', '- one\n<!-- x -->'],
  ['character references', 'Bearer &lt;token&gt; &amp; &quot;x&quot;, Security & Compliance &'],
]

const refused: [string, string][] = [
  ['a marker before a target', '[!NOTE](https://example.com)'],
  ['a marker before a label', '[!NOTE][x]'],
  ['a code span across lines', 'Use `a\nb` here.'],
  ['a link across lines', 'Returns a [user\nobject](user.md).'],
  ['a tab at a line end', 'One line\t\ntwo.'],
  ['an indented line', 'One line\n  two.'],
  ['a lazy quote line', '> Quoted\nlazy'],
  ['a setext heading', 'Title\n---'],
  ['a list item with a second line', '- item\n  more'],
  ['a list item with a lazy line', '- item\nmore'],
  ['a nested list', '- item\n  - nested'],
  ['an ordered list', '1. item'],
  ['a fence whose info ends in a space', '```js x \ny\n```'],
  ['a heading that is a closing sequence', '# #'],
  ['a NUL', 'a\0b'],
  ['a control character in a link target', '[a](b\x01c)'],
  ['more emphasis than remark is let to read', Array.from({ length: 260 }, () => '- **a**').join('\n')],
  ['strong before a letter after a mark', '**Note:**text'],
  ['an unclosed fence', '```http\nGET /me'],
  ['another reference', 'Copyright &copy; 2021'],
  ['an ampersand before a letter', 'The T&C policy'],
]

const tree = (text: string, definitions: string, mode: 'fast' | 'remark') =>
  parseSectionBody(text, definitions, 7, mode).tree

describe('lightTree', () => {
  it.each(accepted)('reads %s as remark does', (_, text) => {
    expect(lightTree(text, 7, true)).toBeDefined()
    expect(tree(text, '', 'fast')).toEqual(tree(text, '', 'remark'))
  })

  it.each(refused)('leaves %s to remark', (_, text) => {
    expect(lightTree(text, 7, true)).toBeUndefined()
    expect(tree(text, '', 'fast')).toEqual(tree(text, '', 'remark'))
  })

  it.each([['[!NOTE]: https://example.com/note'], ['[ !note]: https://example.com/note']])(
    'leaves a marker to remark where the page defines one as a link (%s)',
    (definitions) => {
      expect(markersAreText(definitions)).toBe(false)
      const fast = tree('> [!NOTE]\n> Text.', definitions, 'fast')
      expect(fast).toEqual(tree('> [!NOTE]\n> Text.', definitions, 'remark'))
      expect(JSON.stringify(fast)).toContain('https://example.com/note')
    },
  )

  it('reads a section as remark does where a definition line is no definition to remark', () => {
    for (const body of ['a', 'a\n\n| a | b |\n|---|---|\n| c | d |'])
      expect(tree(body, '[a]: b c', 'fast')).toEqual(tree(body, '[a]: b c', 'remark'))
  })

  it('reads the text around a table, and its cells, as remark does', () => {
    const text =
      '> **Note:** Read.\n\n| a | b |\n|---|---|\n| Authorization | Bearer &lt;token&gt;. Required. |\n\nAfter [it](it.md).\n\n- one\n- two'
    expect(tree(text, '', 'fast')).toEqual(tree(text, '', 'remark'))
  })
})
