/**
 * The whole mdast of a section body in the shapes most bodies take, read without micromark:
 * fenced code, HTML comments, ATX headings, `---` breaks, prose paragraphs, block quotes of prose
 * and bullet lists of one-line items (no tables, indented code or nested blocks), with inline
 * content in the shapes `simpleInline` reads. It is what remark makes of the text, positions and
 * offsets included, or undefined: anything else (an indented line, a tab at a line end, a link or
 * code span across lines, a setext heading, a reference link…) is left to remark.
 *   ## HTTP request                         heading
 *   <!-- { "blockType": "request" } -->     html
 *   ```http                                 code
 *   GET /me/events/{id}
 *   ```
 *   > **Note:** Returns a [user](user.md).  blockquote: paragraph: strong, text, link, text
 */
import type {
  Blockquote,
  Code,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
} from 'mdast'
import type { Point, Position } from 'unist'
import { fenceInfo } from './light-blocks.js'
import { type LineBlock, scanLines } from './line-scanner.js'
import { countDelimiters, MAX_DELIMITERS } from './markdown.js'
import { appendInline, simpleInline } from './simple-inline.js'

/** What a paragraph line may start with: a letter, `[` where no link reference definition can
 *  start, `**` before a non-space (not a list item or a break), a backtick not opening a fence. */
const PROSE = /^(?:[A-Za-z]|\[(?!.*\]:)|\*\*(?! )|`(?!``))/
/** The one thematic break it reads: dashes alone (`***`, `- - -` are left to remark). */
const DASHES = /^-{3,}$/
/** A bullet list item's line: its marker, one space, its content. */
const BULLET = /^[-*+] (?=\S)/
/** A block quote line: `>`, an optional space, its content. */
const QUOTE = /^>( ?)(.*)$/

/** A stretch of a paragraph's text: its line (0-based) and the column it starts at. */
interface Segment {
  line: number
  column: number
  text: string
}

/** The blocks remark makes of `text` (page line `firstLine` first): its root's children, or
 *  undefined. `markersAreText`: see `simpleInline`. Text that remark reads otherwise (a NUL it
 *  replaces, more emphasis delimiters than `parseMarkdownBounded` lets through) is left to it. */
export function lightTree(
  text: string,
  firstLine: number,
  markersAreText = false,
): RootContent[] | undefined {
  if (text.includes('\0') || countDelimiters(text) > MAX_DELIMITERS) return undefined
  return new LightReader(text.split('\n'), firstLine, markersAreText).blocks()
}

/** Offset of the start of each line in `lines.join('\n')`, and one past its end last. */
export function lineStarts(lines: readonly string[]): number[] {
  const starts = [0]
  for (const line of lines) starts.push((starts[starts.length - 1] as number) + line.length + 1)
  return starts
}

class LightReader {
  readonly #starts: number[]

  constructor(
    private readonly lines: readonly string[],
    private readonly firstLine: number,
    private readonly markersAreText: boolean,
  ) {
    this.#starts = lineStarts(lines)
  }

  blocks(): RootContent[] | undefined {
    const { lines } = this
    const children: RootContent[] = []
    const blocks = scanLines(lines)
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as LineBlock
      if (block.kind === 'blank') continue
      const line = lines[block.start] as string
      let node: RootContent | undefined
      if (block.kind === 'fence') node = this.code(block)
      else if (block.kind === 'html') {
        if (block.comment && block.closed && line[0] === '<')
          node = {
            type: 'html',
            value: lines.slice(block.start, block.end + 1).join('\n'),
            position: this.span(block.start, block.end),
          }
      } else if (block.kind === 'heading') node = this.heading(block)
      else if (block.kind === 'text' && DASHES.test(line))
        node = { type: 'thematicBreak', position: this.span(block.start, block.start) }
      else if (block.kind === 'text' && BULLET.test(line)) {
        const list = this.list(blocks, index)
        node = list?.node
        index = list?.last ?? index
      } else if (block.kind === 'text') {
        // This line and the text lines right after it: a block quote (a line after it without `>`
        // continues it lazily or ends it, either left to remark), or a paragraph, which a quote or
        // a list interrupts.
        const quoted = line[0] === '>'
        let last = index
        for (let next = blocks[last + 1]; next?.kind === 'text'; next = blocks[last + 1]) {
          const nextLine = lines[next.start] as string
          if (!quoted && (nextLine[0] === '>' || BULLET.test(nextLine))) break
          last++
        }
        const end = (blocks[last] as LineBlock).end
        node = quoted
          ? this.quote(block.start, end)
          : this.paragraph(
              lines
                .slice(block.start, end + 1)
                .map((text, at) => ({ line: block.start + at, column: 0, text })),
            )
        index = last
      }
      if (!node) return undefined
      children.push(node)
    }
    return children
  }

  private code(block: Extract<LineBlock, { kind: 'fence' }>): Code | undefined {
    const { info, indent, char } = block.fence
    const [opening, closing] = [this.lines[block.start] as string, this.lines[block.end] as string]
    // White space after the info string stays in remark's `meta`: left to it.
    const edgeSpace = /[ \t]$/
    if (indent > 0 || !block.closed || /[\\&]/.test(info) || edgeSpace.test(opening)) return undefined
    if (closing[0] !== char || edgeSpace.test(closing)) return undefined
    return {
      type: 'code',
      ...fenceInfo(info),
      value: this.lines.slice(block.start + 1, block.end).join('\n'),
      position: this.span(block.start, block.end),
    }
  }

  private heading(block: Extract<LineBlock, { kind: 'heading' }>): Heading | undefined {
    const line = this.lines[block.start] as string
    // A `#` at the end may close the heading or be its text (`# #`, `# C#`): left to remark.
    if (line[0] !== '#' || /[ \t]$/.test(line) || block.text.endsWith('#')) return undefined
    const children = this.inline({ line: block.start, column: block.offset, text: block.text })
    if (!children) return undefined
    const depth = block.depth as Heading['depth']
    return { type: 'heading', depth, children, position: this.span(block.start, block.start) }
  }

  /**
   * A paragraph of prose lines, none indented, read line by line (no construct spans lines), each
   * line's ending as remark reads it: a break after two spaces or more, else a line break in the
   * text, and the spaces before it left out.
   */
  private paragraph(segments: readonly Segment[]): Paragraph | undefined {
    const first = segments[0]
    const last = segments[segments.length - 1]
    if (!first || !last) return undefined
    const children: PhrasingContent[] = []
    for (const [index, segment] of segments.entries()) {
      // Spaces and tabs only: a no-break space is text to Markdown. The run is matched from its
      // start only (`(?<![ \t])`): once per run, not once per space (quadratic on a long run).
      const content = segment.text.replace(/(?<![ \t])[ \t]+$/, '')
      const trailing = segment.text.slice(content.length)
      if (!PROSE.test(segment.text) || trailing.includes('\t')) return undefined
      const nodes = this.inline({ ...segment, text: content })
      if (!nodes) return undefined
      for (const node of nodes) appendInline(children, node)
      if (index === segments.length - 1) break
      // From the end of the content, or of the line, to the start of the next line.
      const end = this.point(segment.line + 1, 0)
      if (trailing.length >= 2)
        children.push({
          type: 'break',
          position: { start: this.point(segment.line, segment.column + content.length), end },
        })
      else {
        const start = this.point(segment.line, segment.column + segment.text.length)
        appendInline(children, { type: 'text', value: '\n', position: { start, end } })
      }
    }
    const position = {
      start: this.point(first.line, first.column),
      end: this.point(last.line, last.column + last.text.length),
    }
    return { type: 'paragraph', children, position }
  }

  /**
   * A block quote whose every line is `>` and prose (after one space, if any), ending on prose:
   * its paragraphs, split at the lines of `>` alone.
   *   > **Note:** This API is in preview.
   *   > Do not use it in production.
   */
  private quote(first: number, last: number): Blockquote | undefined {
    const children: Paragraph[] = []
    let segments: Segment[] = []
    for (let index = first; index <= last + 1; index++) {
      const quoted = index <= last ? QUOTE.exec(this.lines[index] as string) : undefined
      if (index <= last && !quoted) return undefined
      const content = quoted?.[2] ?? ''
      if (content !== '') {
        segments.push({ line: index, column: 1 + (quoted?.[1] ?? '').length, text: content })
        continue
      }
      // A line of `>` alone, or the end: the paragraph so far.
      if (index > last && segments.length === 0) return undefined
      if (segments.length === 0) continue
      const paragraph = this.paragraph(segments)
      if (!paragraph) return undefined
      children.push(paragraph)
      segments = []
    }
    return { type: 'blockquote', children, position: this.span(first, last) }
  }

  /**
   * A bullet list from `blocks[index]` on: items of one line each, all with the same marker,
   * blank lines between them making it loose; undefined for anything else (a line continuing
   * an item, a nested block). `last`: the index of its last block.
   *   - [List users](user-list.md)
   *   - **Note:** Read-only.
   */
  private list(blocks: readonly LineBlock[], index: number): { node: List; last: number } | undefined {
    const marker = this.lines[(blocks[index] as LineBlock).start] as string
    const isItem = (block: LineBlock | undefined) => {
      const line = block?.kind === 'text' ? (this.lines[block.start] as string) : ''
      return line[0] === marker[0] && BULLET.test(line)
    }
    const items: ListItem[] = []
    let spread = false
    let last = index
    for (let at = index; at < blocks.length; at++) {
      const block = blocks[at] as LineBlock
      if (block.kind === 'blank') {
        // Blank lines, then an item of the same list: it is loose. Anything else ends it.
        let next = at
        while (blocks[next + 1]?.kind === 'blank') next++
        if (!isItem(blocks[next + 1])) break
        spread = true
        at = next
        continue
      }
      if (!isItem(block)) {
        if (block.kind === 'text') return undefined // a lazy line, or another list
        break
      }
      const line = this.lines[block.start] as string
      const paragraph = this.paragraph([{ line: block.start, column: 2, text: line.slice(2) }])
      if (!paragraph?.position) return undefined
      // Points of their own: a caller shifts each node's points (`parseRest`).
      const position = { start: this.point(block.start, 0), end: { ...paragraph.position.end } }
      items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position })
      last = at
    }
    const first = items[0]?.position
    const end = items.at(-1)?.position
    if (!first || !end) return undefined
    const position = { start: { ...first.start }, end: { ...end.end } }
    return { node: { type: 'list', ordered: false, start: null, spread, children: items, position }, last }
  }

  /** `simpleInline` of one segment. */
  private inline(segment: Segment): PhrasingContent[] | undefined {
    return simpleInline(
      segment.text,
      (index) => this.point(segment.line, segment.column + index),
      this.markersAreText,
    )
  }

  private point(line: number, column: number): Point {
    return {
      line: this.firstLine + line,
      column: column + 1,
      offset: (this.#starts[line] as number) + column,
    }
  }

  /** From the start of line `first` to the end of line `last`. */
  private span(first: number, last: number): Position {
    return { start: this.point(first, 0), end: this.point(last, (this.lines[last] as string).length) }
  }
}
