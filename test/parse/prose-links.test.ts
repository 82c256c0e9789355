/** The prose links read without micromark are remark's links, or the reader declines. */
import { describe, expect, it } from 'vitest'
import { proseLinks } from '../../src/parse/prose-links.js'
import { parseSectionBody } from '../../src/parse/section-tree.js'
import { DEFINITIONS, fastParagraphs, linkSummary, readable, remarkParagraphs } from './fast-reader-views.js'

/** remark's links of `prose` (as `page.links` parsed it before), with and without definitions. */
function expectRemarkLinks(prose: string, firstLine = 7) {
  const fast = proseLinks(prose, firstLine)
  expect(fast).toBeDefined()
  if (!fast) return
  for (const definitions of ['', DEFINITIONS])
    expect(linkSummary(fast)).toEqual(
      linkSummary(parseSectionBody(prose, definitions, firstLine, 'remark').tree),
    )
}

describe('proseLinks', () => {
  it.each([
    ['tab headings', '# [HTTP](#tab/http)\n\n\n\n# [C#](#tab/csharp)\n'],
    ['includes', '[!INCLUDE [sample-code](../includes/snippets/x.md)]\n[!INCLUDE[user](y.md)]  '],
    [
      'paragraph lines',
      'The following example shows a request.\nSee [user](../resources/user.md) and `[x](y)`.\n\nA **bold** [b](b.md)<br/>end',
    ],
    ['a heading without links', '## Request\ntext [a](a.md)'],
    ['trailing spaces', 'Get [a](a.md)   \nand [b](https://example.com/b?x=1)'],
    ['an empty heading', '#\n[a](a.md) x'],
    ['an include with a tail', '[!INCLUDE [a](a.md)] more'],
  ])('reads %s as remark does', (_, prose) => expectRemarkLinks(prose))

  it.each([
    ['an image', '![a](a.png)'],
    ['a note', '[!NOTE]'],
    ['a reference', 'See [user] and [sample-code][].'],
    ['an include before a target', '[!INCLUDE [a](a.md)](b.md)'],
    ['emphasis', 'An *x* [a](a.md)'],
    ['a code span across lines', 'An `x\ny` [a](a.md)'],
    ['a closing sequence', '# [HTTP](#tab/http) #'],
    ['an escape', 'A \\[a](a.md)'],
    ['an autolink', 'See <https://example.com>.'],
    ['a link title', 'See [a](a.md "title").'],
  ])('leaves %s to remark', (_, prose) => {
    expect(proseLinks(prose, 1)).toBeUndefined()
  })
})

describe('plainParagraphs', () => {
  it.each([
    [
      'a description',
      'Namespace: microsoft.graph\n\n[!INCLUDE [todo](x.md)]\n\nGet a [user](../resources/user.md)\nobject  \nof `x`.\n',
    ],
    ['a paragraph before a heading', 'Text [a](a.md)\n# [HTTP](#tab/http)\nMore'],
    ['a paragraph before a fence and a comment', 'Text\n```http\nGET /x\n```\nA\n<!-- x -->\nB **c**<br>d'],
    ['a setext heading', 'Title [a](a.md)\n---\nText'],
    ['a character reference', 'A &amp; b &lt;c&gt;'],
  ])('reads %s as remark does', (_, body) => {
    const fast = fastParagraphs(body, 5)
    expect(fast).toBeDefined()
    expect(readable(fast ?? [])).toEqual(readable(remarkParagraphs(body, 5)))
  })

  it.each([
    ['emphasis', 'An *x*'],
    ['a tab at a line end', 'A\t\nb'],
  ])('leaves %s to remark', (_, body) => {
    expect(fastParagraphs(body, 1)).toBeUndefined()
  })
})
