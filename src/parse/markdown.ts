/**
 * Section text → mdast, with positions that point into the whole page.
 * Only the GFM table construct is enabled: it is the one GFM construct the extractors read,
 * and autolink-literal alone costs about a fifth of a full GFM parse.
 */
import type { Nodes, Root } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import { scanLines } from './line-scanner.js'

function remarkGfmTables(this: Processor) {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  data.micromarkExtensions.push(gfmTable())
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown())
}

const processor = unified().use(remarkParse).use(remarkGfmTables)

/**
 * Deepest nesting kept (blockquotes, lists, emphasis…). Real pages nest a few levels; hostile ones
 * thousands, which would overflow the stack of every recursive walker downstream.
 */
export const MAX_NESTING = 64

/**
 * Most markup characters (`[`, `]`, `(`, `)`, `<`, `>`, `\`, `*`, `_`, `!`, backtick, `&`; not a
 * table's `|`) a paragraph (a run of lines between blank lines) or a table row outside fenced code
 * may hold and be read. Real pages hold under 2,000 in a paragraph; micromark's time on some constructs grows
 * with the square of their number in one run (a 900 KB line of `[a]` ran for minutes, and so did
 * the same split over lines of one paragraph), while runs of other characters read in linear time.
 */
export const MAX_RUN_MARKUP = 10_000

export interface ParsedMarkdown {
  tree: Root
  /** Page line of the first node cut off by `MAX_NESTING`, when something was cut. */
  truncatedAt?: number
  /** Page line where the first run of lines with more than `MAX_RUN_MARKUP` markup characters,
   *  left unread, starts. */
  markupCutAt?: number
}

/** Whether remark cut something off: deep nesting or a long line. */
export function cutOff(parsed: ParsedMarkdown): boolean {
  return parsed.truncatedAt !== undefined || parsed.markupCutAt !== undefined
}

/** Parse `text`, which starts at page line `firstLine`, into an mdast tree with page positions. */
export function parseMarkdown(text: string, firstLine = 1): Root {
  return parseMarkdownBounded(text, firstLine).tree
}

/** `parseMarkdown`, reporting where nesting deeper than `MAX_NESTING` was cut off. */
export function parseMarkdownBounded(text: string, firstLine = 1): ParsedMarkdown {
  const short = boundMarkupRuns(text)
  const long = short.cutLine === undefined ? {} : { markupCutAt: short.cutLine + firstLine - 1 }
  const bounded = boundContainerMarkers(boundEmphasisDelimiters(short.text))
  let tree: Root
  try {
    tree = processor.parse(bounded.text)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return { tree: { type: 'root', children: [] }, truncatedAt: firstLine, ...long }
  }
  const cutLine = bounded.cutLine === undefined ? undefined : bounded.cutLine + firstLine - 1
  const truncatedAt = shiftAndBound(tree, firstLine - 1) ?? cutLine
  return truncatedAt === undefined ? { tree, ...long } : { tree, truncatedAt, ...long }
}

/** Empty each run of lines between blank lines outside fenced code (a paragraph), or table row, that
 *  holds more than `MAX_RUN_MARKUP` markup characters (its lines stay, so positions hold); where the
 *  first starts. */
function boundMarkupRuns(text: string): { text: string; cutLine?: number } {
  if (text.length <= MAX_RUN_MARKUP || markupCount(text) <= MAX_RUN_MARKUP) return { text }
  const lines = text.split('\n')
  let cutLine: number | undefined
  let run: { start: number; end: number; markup: number } | undefined
  const close = () => {
    if (run && run.markup > MAX_RUN_MARKUP) {
      for (let index = run.start; index <= run.end; index++) lines[index] = ''
      cutLine ??= run.start + 1
    }
    run = undefined
  }
  for (const scanned of scanLines(lines)) {
    if (scanned.kind === 'fence' || scanned.kind === 'blank' || scanned.kind === 'table-row') close()
    if (scanned.kind === 'fence' || scanned.kind === 'blank') continue
    // A table row is a run of its own: micromark reads a table's cells one by one (a table of
    // 20,000 rows reads in linear time), while a paragraph's lines are read as one inline text.
    run ??= { start: scanned.start, end: scanned.end, markup: 0 }
    run.end = scanned.end
    for (let index = scanned.start; index <= scanned.end; index++)
      run.markup += markupCount(lines[index] as string)
    if (scanned.kind === 'table-row') close()
  }
  close()
  return cutLine === undefined ? { text } : { text: lines.join('\n'), cutLine }
}

const MARKUP = /[[\]()<>\\*_!`&]/g

function markupCount(text: string): number {
  return text.match(MARKUP)?.length ?? 0
}

/**
 * Drop the container markers (`>`, `-`, `*`, `+`, `1.`) a line opens beyond `MAX_NESTING`:
 *   > > > > … > text      - - - - … - text
 * micromark's time grows with the square of the nesting, so this runs before it.
 */
function boundContainerMarkers(text: string): { text: string; cutLine?: number } {
  let cutLine: number | undefined
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    const cut = containerCut(line)
    if (cut === undefined) continue
    cutLine ??= index + 1
    lines[index] = line.slice(0, cut.keep) + line.slice(cut.resume)
  }
  return cutLine === undefined ? { text } : { text: lines.join('\n'), cutLine }
}

/** Most `*`/`_` kept as emphasis delimiters in one paragraph or table row. */
export const MAX_DELIMITERS = 1000

/**
 * Escape `*` and `_` in a paragraph (lines between blank lines) or a table row that holds more
 * than `MAX_DELIMITERS` of them: micromark matches emphasis in time that grows with the square
 * of their number, so a hostile line of `x*` runs for hours. Fenced code is left alone; the
 * escaped text reads the same, only without emphasis.
 */
function boundEmphasisDelimiters(text: string): string {
  if (countDelimiters(text) <= MAX_DELIMITERS) return text
  const lines = text.split('\n')
  let block: number[] = []
  let count = 0
  const flush = () => {
    if (count > MAX_DELIMITERS)
      for (const index of block) lines[index] = escapeDelimiters(lines[index] as string)
    block = []
    count = 0
  }
  for (const scanned of scanLines(lines)) {
    if (scanned.kind === 'fence' || scanned.kind === 'blank' || scanned.kind === 'table-row') flush()
    if (scanned.kind === 'fence' || scanned.kind === 'blank') continue
    for (let index = scanned.start; index <= scanned.end; index++) {
      block.push(index)
      count += countDelimiters(lines[index] as string)
    }
    if (scanned.kind === 'table-row') flush()
  }
  flush()
  return lines.join('\n')
}

export function countDelimiters(text: string): number {
  let count = 0
  for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) count++
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) count++
  return count
}

/** `*` → `\*`, `_` → `\_`, keeping existing backslash escapes as they are. */
function escapeDelimiters(line: string): string {
  let out = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (ch === '\\') {
      out += ch + (line[i + 1] ?? '')
      i++
    } else out += ch === '*' || ch === '_' ? `\\${ch}` : ch
  }
  return out
}

/** Where the `MAX_NESTING`th container marker of `line` ends and the content after all markers starts. */
function containerCut(line: string): { keep: number; resume: number } | undefined {
  let i = 0
  let count = 0
  let keep = 0
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++
    const ch = line[i]
    let end = -1
    if (ch === '>') end = i + 1
    else if ((ch === '-' || ch === '*' || ch === '+') && /[ \t]/.test(line[i + 1] ?? '')) end = i + 1
    else if (ch !== undefined && ch >= '0' && ch <= '9') {
      let j = i
      while (j - i < 9 && (line[j] ?? '') >= '0' && (line[j] ?? '') <= '9') j++
      if ((line[j] === '.' || line[j] === ')') && /[ \t]/.test(line[j + 1] ?? '')) end = j + 1
    }
    if (end < 0) break
    count++
    i = end
    if (count === MAX_NESTING) keep = end
  }
  return count > MAX_NESTING ? { keep, resume: i } : undefined
}

/** Shift positions by `delta` lines and cut children below `MAX_NESTING`, iteratively. */
function shiftAndBound(root: Root, delta: number): number | undefined {
  let truncatedAt: number | undefined
  const stack: { node: Nodes; depth: number }[] = [{ node: root, depth: 0 }]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item
    if (node.position && delta !== 0) {
      node.position.start.line += delta
      node.position.end.line += delta
    }
    if (!('children' in node)) continue
    if (depth >= MAX_NESTING && node.children.length > 0) {
      truncatedAt ??= (node.position?.start.line ?? 1) + (node.position ? 0 : delta)
      node.children = []
      continue
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return truncatedAt
}
