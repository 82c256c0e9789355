/**
 * The block structure of a plain section without remark: for sections read only for their
 * annotated code blocks (examples), most of a page's bytes. A section is plain when every block
 * the line scanner finds is
 *   blank | a fence at column 1 (``` or ~~~, closed) with its body | a `<!--` comment at column 1
 *   (closed) | an ATX heading at column 1 (`# [HTTP](#tab/http)`) | `---` (setext underline or
 *   thematic break) | prose starting with a letter or `[` (not a link reference definition)
 * so it has no lists, quotes, tables or indented code. Its tree holds `code` and `html` nodes as
 * remark makes them and `heading` and `paragraph` nodes without inline content; anything else
 * gives undefined (the caller parses the section with remark).
 */
import type { Code, Heading, Html, Paragraph, Root, RootContent } from 'mdast'
import { scanLines } from './line-scanner.js'

export interface LightBlocks {
  tree: Root
  /** No `[` in headings or prose: no link. */
  linkFree: boolean
  /** The text with only its heading and prose lines kept (the rest blank): the same links. */
  prose: string
}

/** A letter, or `[` on a line that cannot be a link reference definition (`[!INCLUDE [a](b)]`). */
const PROSE = /^(?:[A-Za-z]|\[(?!.*\]:))/
const SETEXT = /^(?:(-{3,})|=+)[ \t]*$/

/** The blocks of `text` (whose first line is page line `firstLine`), or undefined when not plain. */
export function lightBlocks(text: string, firstLine: number): LightBlocks | undefined {
  const lines = text.split('\n')
  const children: RootContent[] = []
  let linkFree = true
  const prose: string[] = lines.map(() => '')
  const at = (index: number) => ({ line: firstLine + index, column: 1 })
  let inParagraph = false
  for (const block of scanLines(lines)) {
    const i = block.start
    const line = lines[i] as string
    if (block.kind === 'blank') {
      inParagraph = false
      continue
    }
    if (block.kind === 'fence') {
      const { info } = block.fence
      if (block.fence.indent > 0 || !block.closed || /[\\&]/.test(info)) return undefined
      const code: Code = {
        type: 'code',
        ...fenceInfo(info),
        value: lines.slice(i + 1, block.end).join('\n'),
        position: { start: at(i), end: at(block.end) },
      }
      children.push(code)
      inParagraph = false
      continue
    }
    if (block.kind === 'html') {
      if (!block.comment || !block.closed || line[0] !== '<') return undefined
      const html: Html = {
        type: 'html',
        value: lines.slice(i, block.end + 1).join('\n'),
        position: { start: at(i), end: at(block.end) },
      }
      children.push(html)
      inParagraph = false
      continue
    }
    if (block.kind === 'heading') {
      if (line[0] !== '#') return undefined
      const node: Heading = {
        type: 'heading',
        depth: block.depth as Heading['depth'],
        children: [],
        position: { start: at(i), end: at(i) },
      }
      children.push(node)
      if (line.includes('[')) linkFree = false
      prose[i] = line
      inParagraph = false
      continue
    }
    const underline = SETEXT.exec(line)
    if (underline && inParagraph) {
      // The paragraph above becomes a heading (`---` closing a tab group right after `[!INCLUDE …]`).
      const last = children.pop() as Paragraph
      const node: Heading = { type: 'heading', depth: underline[1] ? 2 : 1, children: [] }
      if (last.position) node.position = { start: last.position.start, end: at(i) }
      children.push(node)
      inParagraph = false
      continue
    }
    if (underline?.[1]) {
      children.push({ type: 'thematicBreak', position: { start: at(i), end: at(i) } })
      continue
    }
    if (!PROSE.test(line)) return undefined
    if (line.includes('[')) linkFree = false
    prose[i] = line
    if (!inParagraph) {
      const paragraph: Paragraph = { type: 'paragraph', children: [], position: { start: at(i), end: at(i) } }
      children.push(paragraph)
      inParagraph = true
    }
  }
  return { tree: { type: 'root', children }, linkFree, prose: prose.join('\n') }
}

/** A fence's info string as remark splits it: the language, then the rest as `meta`. */
export function fenceInfo(info: string): Pick<Code, 'lang' | 'meta'> {
  const [lang, ...meta] = info === '' ? [] : info.split(/[ \t]+/)
  return { lang: lang ?? null, meta: meta.length > 0 ? info.slice((lang ?? '').length).trim() : null }
}
