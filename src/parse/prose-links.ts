/**
 * The inline content of a plain section's prose (`LightBlocks`: headings and paragraph lines)
 * read line by line without micromark, when every line is in a shape `simpleInline` reads:
 *   # [HTTP](#tab/http)                                   ← heading content
 *   The following example shows how to [list users](x.md). ← paragraph line
 *   [!INCLUDE [sample-code](../includes/snippets/x.md)]    ← text `[!INCLUDE `, link, text `]`
 * Those shapes cannot open anything that a later line closes, so each line reads as it does
 * inside its paragraph, whatever the page's link definitions (a bare `[!NOTE]`, which one could
 * name, is not read). Anything else gives undefined (remark parses).
 */
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast'
import type { Point } from 'unist'
import { readAtxHeading } from './line-scanner.js'
import { countDelimiters, MAX_DELIMITERS } from './markdown.js'
import { appendInline, simpleInline } from './simple-inline.js'

/** A tree holding the links of `prose` (page line `firstLine` first) as remark gives them, or undefined. */
export function proseLinks(prose: string, firstLine: number): Root | undefined {
  const links: Link[] = []
  let lineStart = 0
  let line = firstLine
  for (const text of prose.split('\n')) {
    const found = text === '' ? [] : lineInline(text, line, lineStart)
    if (!found) return undefined
    for (const node of found) if (node.type === 'link') links.push(node)
    lineStart += text.length + 1
    line++
  }
  return { type: 'root', children: links.length > 0 ? [{ type: 'paragraph', children: links }] : [] }
}

/**
 * The paragraphs of a plain section (`text`, page line `firstLine` first, whose light blocks are
 * `blocks`) with the inline content remark gives them, without positions; undefined when a line
 * is in another shape.
 */
export function plainParagraphs(text: string, blocks: Root, firstLine: number): Paragraph[] | undefined {
  if (countDelimiters(text) > MAX_DELIMITERS) return undefined
  const lines = text.split('\n')
  const paragraphs: Paragraph[] = []
  for (const [index, block] of blocks.children.entries()) {
    if (block.type !== 'paragraph' || !block.position) continue
    const children: PhrasingContent[] = []
    // The light paragraph's position is its first line; it runs to a blank line or the next block.
    const first = block.position.start.line
    const next = blocks.children[index + 1]?.position?.start.line ?? Number.POSITIVE_INFINITY
    for (let line = first; line < next && (lines[line - firstLine] ?? '').trim() !== ''; line++) {
      const content = lines[line - firstLine] ?? ''
      const nodes = lineInline(content.trimEnd(), line, 0)
      if (!nodes || /[^ ]$/.test(content.slice(content.trimEnd().length))) return undefined
      if (line > first) appendInline(children, { type: 'text', value: '\n' })
      for (const node of nodes)
        appendInline(children, node.type === 'text' ? { type: 'text', value: node.value } : node)
    }
    paragraphs.push({ type: 'paragraph', children })
  }
  return paragraphs
}

/** The inline content of one heading or paragraph line, or undefined when it is not in a simple shape. */
function lineInline(text: string, line: number, lineStart: number): PhrasingContent[] | undefined {
  const heading = readAtxHeading(text)
  const start = heading ? heading.offset : 0
  const end = text.trimEnd().length
  if (heading && end > start && text[end - 1] === '#') return undefined // a closing sequence, or not
  const at = (index: number): Point => ({
    line,
    column: start + index + 1,
    offset: lineStart + start + index,
  })
  return simpleInline(text.slice(start, end), at)
}
