/**
 * The one line scanner: which lines of a Markdown text are fenced code, HTML (comments included),
 * ATX headings, table rows, blank or other text, by the CommonMark rules for the blocks that span
 * or split lines. Every reader of lines (sections, prose lines, link definitions, the fast
 * readers) goes through it, so a line means the same thing to all of them:
 *   ```http            ← fence: ≥ 3 backticks or tildes, indent ≤ 3; a backtick fence's info has no backtick
 *   ```json            ← code: not a close (it has an info string)
 *   ```                ← close: the same character, at least as long, indent ≤ 3, then only white space
 *   <!-- { "a": 1 }    ← HTML comment, up to the line holding `-->` (other HTML blocks by their own end)
 *   -->
 *   ## Response        ← ATX heading: 1–6 `#`, then a space, a tab or the end
 *   | id | String |    ← table row: `|` first (indent ≤ 3)
 * An unclosed fence or HTML block runs to the end of the text. Lines are read as if at the top
 * level: list items and block quotes are not tracked (their fences and headings are recognised at
 * an indent of at most 3, as written in the reference pages).
 */

export interface FenceOpening {
  /** `` ` `` or `~`. */
  char: string
  /** Number of fence characters (≥ 3). */
  size: number
  /** Spaces before the fence (0–3). */
  indent: number
  /** The info string, trimmed: `http`, `json extra`, ''. */
  info: string
}

export interface AtxHeading {
  depth: number
  /** The heading's raw content, without the `#`s, the closing sequence and surrounding white space. */
  text: string
  /** Index in the line where the content (or, when empty, the rest of the line) starts. */
  offset: number
}

/** A run of lines (0-based `start`..`end`, inclusive) that the scanner read as one thing. */
export type LineBlock =
  | { kind: 'blank' | 'text' | 'table-row'; start: number; end: number }
  | ({ kind: 'heading'; start: number; end: number } & AtxHeading)
  | { kind: 'fence'; start: number; end: number; fence: FenceOpening; closed: boolean }
  | { kind: 'html'; start: number; end: number; comment: boolean; closed: boolean }

const FENCE_OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/
// The text is empty or ends before a space run, never inside one (`(?<![ \t])`): the same match,
// tried once per run, not once per space (a long run in a heading line was quadratic).
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(|.*?(?<![ \t])))?(?:[ \t]+#+)?[ \t]*$/
const HEADING_PREFIX = /^ {0,3}#{1,6}[ \t]*/
const BLANK = /^[ \t]*$/
/** A setext underline, which ends the paragraph above it. */
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/

/** `text` with each line ended by `\n` alone, as every reader of a page's lines reads it (a CRLF
 *  page's `\r` would end no fence and close no comment). */
export function withLineFeeds(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** The fence `line` opens, if any. */
export function readFenceOpening(line: string): FenceOpening | undefined {
  const match = FENCE_OPENING.exec(line)
  if (!match) return undefined
  const marker = match[2] as string
  const info = (match[3] as string).trim()
  if (marker[0] === '`' && info.includes('`')) return undefined
  return { char: marker[0] as string, size: marker.length, indent: (match[1] as string).length, info }
}

/** Whether `line` closes `fence`: its character, at least as many, indent ≤ 3, then only white space. */
export function closesFence(line: string, fence: FenceOpening): boolean {
  let i = 0
  while (i < 3 && line[i] === ' ') i++
  let count = 0
  while (line[i + count] === fence.char) count++
  return count >= fence.size && BLANK.test(line.slice(i + count))
}

/** The ATX heading `line` is, if any: `## Response`, `# Get user #`, `###`. */
export function readAtxHeading(line: string): AtxHeading | undefined {
  const match = ATX_HEADING.exec(line)
  if (!match) return undefined
  const offset = (HEADING_PREFIX.exec(line)?.[0] ?? '').length
  return { depth: (match[1] as string).length, text: match[2] ?? '', offset }
}

/** The blocks of `lines` from index `from` on, each line in exactly one block, in order. */
export function scanLines(lines: readonly string[], from = 0): LineBlock[] {
  const blocks: LineBlock[] = []
  let inParagraph = false
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as string
    const block = readBlock(lines, index, inParagraph)
    blocks.push(block)
    index = block.end
    inParagraph =
      block.kind === 'table-row' || (block.kind === 'text' && continuesParagraph(line, inParagraph))
  }
  return blocks
}

/** The block that starts at `lines[index]`. */
function readBlock(lines: readonly string[], index: number, inParagraph: boolean): LineBlock {
  const line = lines[index] as string
  const first = firstNonSpace(line)
  const single = (kind: 'blank' | 'text' | 'table-row'): LineBlock => ({ kind, start: index, end: index })
  if (first < 0) return single('blank')
  if (first > 3) return single('text')
  const ch = line[first]
  if (ch === '`' || ch === '~') {
    const fence = readFenceOpening(line)
    if (fence) {
      let end = index + 1
      while (end < lines.length && !closesFence(lines[end] as string, fence)) end++
      const closed = end < lines.length
      return { kind: 'fence', start: index, end: closed ? end : lines.length - 1, fence, closed }
    }
  } else if (ch === '#') {
    const heading = readAtxHeading(line)
    if (heading) return { kind: 'heading', start: index, end: index, ...heading }
  } else if (ch === '<') {
    const html = htmlBlockEnd(lines, index, first, inParagraph)
    if (html) return { kind: 'html', start: index, ...html }
  } else if (ch === '|') return single('table-row')
  return single('text')
}

/** Index of the first character that is not a space or tab, or -1 for a blank line. */
function firstNonSpace(line: string): number {
  let i = 0
  while (line[i] === ' ' || line[i] === '\t') i++
  if (i === line.length) return -1
  // A tab before the first character counts as reaching the next multiple of 4.
  return line.slice(0, i).includes('\t') ? 4 : i
}

/** Whether a paragraph is open after text `line`: not after an underline, a break or indented code. */
function continuesParagraph(line: string, inParagraph: boolean): boolean {
  if (inParagraph) return !UNDERLINE.test(line) && !THEMATIC_BREAK.test(line)
  return firstNonSpace(line) <= 3 && !THEMATIC_BREAK.test(line)
}

/** HTML blocks by CommonMark kind: the start, and the end condition (`undefined`: a blank line). */
const HTML_KINDS: { start: RegExp; end?: RegExp; comment?: boolean; interrupts: boolean }[] = [
  {
    start: /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i,
    end: /<\/(?:pre|script|style|textarea)>/i,
    interrupts: true,
  },
  { start: /^<!--/, end: /-->/, comment: true, interrupts: true },
  { start: /^<\?/, end: /\?>/, interrupts: true },
  { start: /^<![A-Za-z]/, end: />/, interrupts: true },
  { start: /^<!\[CDATA\[/, end: /\]\]>/, interrupts: true },
  {
    start:
      /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i,
    interrupts: true,
  },
  {
    start:
      /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/,
    interrupts: false,
  },
]

const RAW_TAG = /^<\/?(?:pre|script|style|textarea)\b/i

/** Where the HTML block starting at `lines[index]` (its `<` at `first`) ends, if one starts there. */
function htmlBlockEnd(
  lines: readonly string[],
  index: number,
  first: number,
  inParagraph: boolean,
): { end: number; comment: boolean; closed: boolean } | undefined {
  const rest = (lines[index] as string).slice(first)
  const kind = HTML_KINDS.find(
    (candidate) => (candidate.interrupts || !inParagraph) && candidate.start.test(rest),
  )
  if (!kind) return undefined
  // Any tag but those of the first kind, which end only at their closing tag.
  if (!kind.interrupts && RAW_TAG.test(rest)) return undefined
  const comment = kind.comment === true
  const { end } = kind
  if (!end) {
    let last = index
    while (last + 1 < lines.length && !BLANK.test(lines[last + 1] as string)) last++
    return { end: last, comment, closed: true }
  }
  for (let last = index; last < lines.length; last++)
    if (end.test(last === index ? rest : (lines[last] as string))) return { end: last, comment, closed: true }
  return { end: lines.length - 1, comment, closed: false }
}
