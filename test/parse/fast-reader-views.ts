/** What the fast readers' tests compare with remark: links and paragraphs as their readers see them. */
import type { Paragraph } from 'mdast'
import { cleanText, linksIn } from '../../src/parse/inline-text.js'
import { lightBlocks } from '../../src/parse/light-blocks.js'
import { plainParagraphs } from '../../src/parse/prose-links.js'
import { parseSectionBody } from '../../src/parse/section-tree.js'

export const DEFINITIONS = '[sample-code]: https://example.com/defined\n[user]: ../resources/group.md'

/** Each link's target, text and positions. */
export const linkSummary = (root: Parameters<typeof linksIn>[0]) =>
  linksIn(root).map((link) => ({ url: link.url, text: JSON.stringify(link.children), at: link.position }))

/** What readers of `page.paragraphs` see: each paragraph's clean text and links. */
export const readable = (paragraphs: readonly Paragraph[]) =>
  paragraphs.map((paragraph) => ({
    text: cleanText(paragraph),
    links: linksIn(paragraph).map((link) => ({ url: link.url, text: cleanText(link) })),
  }))

/** `plainParagraphs` of a plain `body`, or undefined. */
export function fastParagraphs(body: string, firstLine: number) {
  const scanned = lightBlocks(body, firstLine)
  return scanned && plainParagraphs(body, scanned.tree, firstLine)
}

export const remarkParagraphs = (body: string, firstLine: number) =>
  parseSectionBody(body, DEFINITIONS, firstLine, 'remark').tree.children.filter(
    (node): node is Paragraph => node.type === 'paragraph',
  )
