/** The prose links read without micromark are remark's links, or the reader declines. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { cleanText, linksIn } from '../../src/parse/inline-text.js'
import { lightBlocks } from '../../src/parse/light-blocks.js'
import { plainParagraphs, proseLinks } from '../../src/parse/prose-links.js'
import { parseSectionBody } from '../../src/parse/section-tree.js'
import { type Section, splitSections } from '../../src/parse/sections.js'
import { corpusDir, hasCorpus } from '../support/corpus.js'

const DEFINITIONS = '[sample-code]: https://example.com/defined\n[user]: ../resources/group.md'

/** Each link's target, text and positions. */
const summary = (root: Parameters<typeof linksIn>[0]) =>
  linksIn(root).map((link) => ({ url: link.url, text: JSON.stringify(link.children), at: link.position }))

/** remark's links of `prose` (as `page.links` parsed it before), with and without definitions. */
function expectRemarkLinks(prose: string, firstLine = 7) {
  const fast = proseLinks(prose, firstLine)
  expect(fast).toBeDefined()
  if (!fast) return
  for (const definitions of ['', DEFINITIONS])
    expect(summary(fast)).toEqual(summary(parseSectionBody(prose, definitions, firstLine, 'remark').tree))
}

function forEachCorpusSection(visit: (name: string, section: Section) => void) {
  for (const folder of ['api', 'resources'])
    for (const name of readdirSync(join(corpusDir, folder)).filter((file) => file.endsWith('.md'))) {
      const text = readFileSync(join(corpusDir, folder, name), 'utf8').replace(/\r\n?/g, '\n')
      for (const section of splitSections(text).sections) visit(name, section)
    }
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
  ])('reads %s as remark does', (_, prose) => expectRemarkLinks(prose))

  it.each([
    ['an image', '![a](a.png)'],
    ['a note', '[!NOTE]'],
    ['a reference', 'See [user] and [sample-code][].'],
    ['an include with a tail', '[!INCLUDE [a](a.md)] more'],
    ['emphasis', 'An *x* [a](a.md)'],
    ['a code span across lines', 'An `x\ny` [a](a.md)'],
    ['a closing sequence', '# [HTTP](#tab/http) #'],
    ['an escape', 'A \\[a](a.md)'],
    ['an autolink', 'See <https://example.com>.'],
    ['a link title', 'See [a](a.md "title").'],
  ])('leaves %s to remark', (_, prose) => {
    expect(proseLinks(prose, 1)).toBeUndefined()
  })

  it.skipIf(!hasCorpus)('reads every corpus section it accepts as remark does', () => {
    let accepted = 0
    forEachCorpusSection((name, section) => {
      const scanned = lightBlocks(section.text, section.bodyLine)
      const fast = scanned && !scanned.linkFree && proseLinks(scanned.prose, section.bodyLine)
      if (!scanned || !fast) return
      accepted++
      const remark = parseSectionBody(scanned.prose, '', section.bodyLine, 'remark').tree
      expect(summary(fast), `${name} line ${section.line}`).toEqual(summary(remark))
    })
    expect(accepted).toBeGreaterThan(1000)
  })
})

/** What readers of `page.paragraphs` see: each paragraph's clean text and links. */
const readable = (paragraphs: readonly Paragraph[]) =>
  paragraphs.map((paragraph) => ({
    text: cleanText(paragraph),
    links: linksIn(paragraph).map((link) => ({ url: link.url, text: cleanText(link) })),
  }))

/** `plainParagraphs` of a plain `body`, or undefined. */
function fastParagraphs(body: string, firstLine: number) {
  const scanned = lightBlocks(body, firstLine)
  return scanned && plainParagraphs(body, scanned.tree, firstLine)
}

const remarkParagraphs = (body: string, firstLine: number) =>
  parseSectionBody(body, DEFINITIONS, firstLine, 'remark').tree.children.filter(
    (node): node is Paragraph => node.type === 'paragraph',
  )

describe('plainParagraphs', () => {
  it.each([
    [
      'a description',
      'Namespace: microsoft.graph\n\n[!INCLUDE [todo](x.md)]\n\nGet a [user](../resources/user.md)\nobject  \nof `x`.\n',
    ],
    ['a paragraph before a heading', 'Text [a](a.md)\n# [HTTP](#tab/http)\nMore'],
    ['a paragraph before a fence and a comment', 'Text\n```http\nGET /x\n```\nA\n<!-- x -->\nB **c**<br>d'],
    ['a setext heading', 'Title [a](a.md)\n---\nText'],
  ])('reads %s as remark does', (_, body) => {
    const fast = fastParagraphs(body, 5)
    expect(fast).toBeDefined()
    expect(readable(fast ?? [])).toEqual(readable(remarkParagraphs(body, 5)))
  })

  it.each([
    ['emphasis', 'An *x*'],
    ['a tab at a line end', 'A\t\nb'],
    ['an entity', 'A &amp; b'],
  ])('leaves %s to remark', (_, body) => {
    expect(fastParagraphs(body, 1)).toBeUndefined()
  })

  it.skipIf(!hasCorpus)('reads every corpus section it accepts as remark does', () => {
    let accepted = 0
    forEachCorpusSection((name, section) => {
      const fast = fastParagraphs(section.text, section.bodyLine)
      if (!fast) return
      accepted++
      const remark = remarkParagraphs(section.text, section.bodyLine)
      expect(readable(fast), `${name} line ${section.line}`).toEqual(readable(remark))
    })
    expect(accepted).toBeGreaterThan(1000)
  })
})
