/**
 * The whole mdast of a section body in the shapes most bodies take, read without micromark:
 * fenced code, HTML comments, ATX headings, `---` breaks, prose paragraphs and block quotes of
 * prose (no lists, tables, indented code or nested blocks), with inline content in the shapes
 * `simpleInline` reads. It is what remark makes of the text, positions and offsets included,
 * or undefined: anything else (a paragraph line with white space at an end, a code span across
 * lines, a setext heading, a reference link…) is left to remark.
 *   ## HTTP request                         heading
 *   <!-- { "blockType": "request" } -->     html
 *   ```http                                 code
 *   GET /me/events/{id}
 *   ```
 *   > **Note:** Returns a [user](user.md).  blockquote: paragraph: strong, text, link, text
 */
import type { Blockquote, Code, Heading, Paragraph, PhrasingContent, RootContent } from 'mdast'
import type { Point, Position } from 'unist'
import { type LineBlock, scanLines } from './line-scanner.js'
import { simpleInline } from './simple-inline.js'

/** What a paragraph line may start with: a letter, `[` where no link reference definition can
 *  start, `**` before a non-space (not a list item or a break), a backtick not opening a fence. */
const PROSE = /^(?:[A-Za-z]|\[(?!.*\]:)|\*\*(?! )|`(?!``))/
const EDGE_SPACE = /^[ \t]|[ \t]$/
const THEMATIC_BREAK = /^-{3,}$/
/** A block quote line: `>`, an optional space, its content. */
const QUOTE = /^>( ?)(.*)$/

/** A stretch of a paragraph's text: its line (0-based) and the column it starts at. */
interface Segment {
  line: number
  column: number
  text: string
}

/** The blocks remark makes of `text` (page line `firstLine` first): its root's children, or
 *  undefined. `markers`: see `simpleInline`. */
export function lightTree(text: string, firstLine: number, markers = false): RootContent[] | undefined {
  return new LightReader(text.split('\n'), firstLine, markers).blocks()
}

class LightReader {
  /** Offset of the start of each line in the text, and one past its end last. */
  readonly #starts: number[] = [0]

  constructor(
    private readonly lines: readonly string[],
    private readonly firstLine: number,
    private readonly markers: boolean,
  ) {
    for (const line of lines)
      this.#starts.push((this.#starts[this.#starts.length - 1] as number) + line.length + 1)
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
      } else if (block.kind === 'heading') node = this.heading(block, line)
      else if (block.kind === 'text' && THEMATIC_BREAK.test(line))
        node = { type: 'thematicBreak', position: this.span(block.start, block.start) }
      else if (block.kind === 'text') {
        // This line and the text lines right after it: a paragraph, or a block quote.
        let last = index
        while ((blocks[last + 1] as LineBlock | undefined)?.kind === 'text') last++
        const end = (blocks[last] as LineBlock).end
        node =
          line[0] === '>' ? this.quote(block.start, end) : this.paragraph(this.lineSegments(block.start, end))
        index = last
      }
      if (!node) return undefined
      children.push(node)
    }
    return children
  }

  private code(block: Extract<LineBlock, { kind: 'fence' }>): Code | undefined {
    const { info, indent, char } = block.fence
    const closing = this.lines[block.end] as string
    if (indent > 0 || !block.closed || /[\\&]/.test(info) || closing[0] !== char || /[ \t]$/.test(closing))
      return undefined
    const [lang, ...meta] = info === '' ? [] : info.split(/[ \t]+/)
    return {
      type: 'code',
      lang: lang ?? null,
      meta: meta.length > 0 ? info.slice((lang ?? '').length).trim() : null,
      value: this.lines.slice(block.start + 1, block.end).join('\n'),
      position: this.span(block.start, block.end),
    }
  }

  private heading(block: Extract<LineBlock, { kind: 'heading' }>, line: string): Heading | undefined {
    if (line[0] !== '#' || /[ \t]$/.test(line)) return undefined
    const children = this.inline([{ line: block.start, column: block.offset, text: block.text }])
    if (!children) return undefined
    const depth = block.depth as Heading['depth']
    return { type: 'heading', depth, children, position: this.span(block.start, block.start) }
  }

  /** A paragraph of prose lines, each without white space at its ends. */
  private paragraph(segments: readonly Segment[]): Paragraph | undefined {
    const first = segments[0]
    const last = segments[segments.length - 1]
    if (!first || !last || !segments.every((each) => PROSE.test(each.text) && !EDGE_SPACE.test(each.text)))
      return undefined
    const children = this.inline(segments)
    if (!children) return undefined
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

  private lineSegments(first: number, last: number): Segment[] {
    return this.lines.slice(first, last + 1).map((text, index) => ({ line: first + index, column: 0, text }))
  }

  /** `simpleInline` of the segments joined with line breaks, unless a code span in it crosses a
   *  line (remark reads its line ending as a space). */
  private inline(segments: readonly Segment[]): PhrasingContent[] | undefined {
    // The index in the joined text just past each segment.
    const ends: number[] = []
    for (const segment of segments)
      ends.push((ends.length === 0 ? 0 : (ends.at(-1) as number) + 1) + segment.text.length)
    const at = (index: number): Point => {
      let which = 0
      while (index > (ends[which] as number) && which + 1 < segments.length) which++
      const segment = segments[which] as Segment
      return this.point(
        segment.line,
        segment.column + index - ((ends[which] as number) - segment.text.length),
      )
    }
    const content = segments.map((segment) => segment.text).join('\n')
    const nodes = simpleInline(content, at, this.markers)
    const crosses = nodes?.some(
      (node) => node.type === 'inlineCode' && node.position?.start.line !== node.position?.end.line,
    )
    return crosses ? undefined : nodes
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
