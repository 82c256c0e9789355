/**
 * The well-formed GFM pipe tables of the reference pages, found among the line scanner's table
 * rows so that remark need not tokenize them (micromark spends most of extraction on tables):
 *   | Property | Type   | Description |     ← header: starts with `|`
 *   |:---------|--------|-------------|     ← delimiter: `|`, cells of `:?-+:?`, `|` at the end
 *   | id       | String | The id.     |     ← rows: every line starting with `|`, up to a blank line
 * It recognises only that shape (no NUL, each line a table row at column 1, the same
 * number of header and delimiter cells, a blank line or the end after the last row) and splits
 * rows into cells as micromark does (`\|` and `\\` do not split; spaces and tabs around a cell's
 * content are not content). Whether a table so found is
 * really a table in its context (not inside a list or a quote) is for the caller to confirm.
 */
import type { AlignType } from 'mdast'
import { scanLines } from './line-scanner.js'

export interface ScannedCell {
  /** 0-based indexes in the line: the cell from its leading pipe, its content without the
   *  surrounding spaces. */
  start: number
  end: number
  contentStart: number
  contentEnd: number
}

export interface ScannedRow {
  /** 0-based line index. */
  line: number
  cells: ScannedCell[]
}

export interface ScannedTable {
  /** 0-based line indexes of the header and of the last row. */
  first: number
  last: number
  align: AlignType[]
  /** The header row, then the body rows (the delimiter row makes no node). */
  rows: ScannedRow[]
}

const UNSAFE = /\0/

/** The tables of `lines` that have the recognised shape. */
export function scanPipeTables(lines: readonly string[]): ScannedTable[] {
  const tables: ScannedTable[] = []
  const isRow = columnOneRows(lines)
  for (let index = 0; index + 1 < lines.length; index++) {
    const header = lines[index] as string
    if (!isRow[index] || UNSAFE.test(header)) continue
    const align = isRow[index + 1] ? delimiterAlign(lines[index + 1] as string) : undefined
    const headerCells = align && splitRow(header)
    if (!align || headerCells?.length !== align.length) continue
    const rows: ScannedRow[] = [{ line: index, cells: headerCells }]
    let end = index + 2
    let wellFormed = true
    for (; end < lines.length && isRow[end]; end++) {
      const line = lines[end] as string
      const cells = UNSAFE.test(line) ? undefined : splitRow(line)
      if (cells) rows.push({ line: end, cells })
      else wellFormed = false
    }
    // A non-blank line right after the rows would be a row too (or end the table): not ours.
    if (wellFormed && (end >= lines.length || (lines[end] as string).trim() === ''))
      tables.push({ first: index, last: end - 1, align, rows })
    index = end - 1
  }
  return tables
}

/**
 * A table whose delimiter row has more or fewer cells than its header is no table for GFM (GitHub
 * shows its lines as text), though its writer meant one (today's authentication-list-methods.md):
 *   |Permission type | Permissions (from least to most privileged) |
 *   |:---|:---|:---|                                          ← three cells under two
 * Each such delimiter row (the line scanner's table rows at column 1, so never in a code block) is
 * rewritten with the header's number of cells, its alignments in order and then `---`, so that the
 * table is read as its writer meant it; returns the 0-based lines rewritten, which the page reports.
 */
export function mendDelimiterRows(lines: string[]): MendedRow[] {
  const candidates: MendedRow[] = []
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as string
    if (!DELIMITER_LIKE.test(line) || (lines[index - 1] as string)[0] !== '|') continue
    const align = delimiterAlign(line)
    const header =
      align &&
      delimiterAlign(lines[index - 1] as string) === undefined &&
      splitRow(lines[index - 1] as string)
    if (align && header && header.length !== align.length)
      candidates.push({ line: index, cells: align.length, expected: header.length })
  }
  if (candidates.length === 0) return []
  const isRow = columnOneRows(lines)
  const mended = candidates.filter(({ line }) => isRow[line] && isRow[line - 1])
  for (const { line, expected } of mended) {
    const align = delimiterAlign(lines[line] as string) ?? []
    const cells = Array.from({ length: expected }, (_, cell) => DELIMITER_CELLS[align[cell] ?? 'none'])
    lines[line] = `|${cells.join('|')}|`
  }
  return mended
}

/** A delimiter row rewritten: its 0-based line, its cells and the header's. */
export interface MendedRow {
  line: number
  cells: number
  expected: number
}

/** What a delimiter row may hold: pipes, colons, dashes and spaces, from a pipe at column 1. */
const DELIMITER_LIKE = /^\|[|:\- \t]*$/

const DELIMITER_CELLS: Record<NonNullable<AlignType> | 'none', string> = {
  left: ':---',
  right: '---:',
  center: ':---:',
  none: '---',
}

/** For each line, whether the line scanner reads it as a table row starting at column 1. */
function columnOneRows(lines: readonly string[]): boolean[] {
  const rows = lines.map(() => false)
  for (const block of scanLines(lines))
    if (block.kind === 'table-row' && (lines[block.start] as string)[0] === '|') rows[block.start] = true
  return rows
}

/** `|:--|--:|:-:|---|` → left, right, center, null; undefined for any other line. */
export function delimiterAlign(line: string): AlignType[] | undefined {
  if (UNSAFE.test(line)) return undefined
  const parts = line.split('|')
  if ((parts[parts.length - 1] as string).trim() !== '' || parts.length < 3) return undefined
  const align: AlignType[] = []
  for (const part of parts.slice(1, -1)) {
    const match = /^[ \t]*(:?)-+(:?)[ \t]*$/.exec(part)
    if (!match) return undefined
    const left = match[1] === ':'
    const right = match[2] === ':'
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null)
  }
  return align
}

/**
 * The cells of a row line starting with `|`, as micromark's table tokenizer splits them; the
 * last cell runs to the end of the line. Undefined for a row without cells (`|`).
 */
export function splitRow(line: string): ScannedCell[] | undefined {
  const cells: ScannedCell[] = []
  let start = 0
  for (;;) {
    let pipe = start + 1
    while (pipe < line.length && line[pipe] !== '|')
      pipe += line[pipe] === '\\' && (line[pipe + 1] === '|' || line[pipe + 1] === '\\') ? 2 : 1
    let contentStart = start + 1
    let contentEnd = Math.min(pipe, line.length)
    while (contentStart < contentEnd && isSpace(line[contentStart])) contentStart++
    while (contentEnd > contentStart && isSpace(line[contentEnd - 1])) contentEnd--
    if (pipe >= line.length) {
      // After the last pipe: trailing spaces belong to the last cell, text is a cell of its own.
      if (contentStart < contentEnd) cells.push({ start, end: line.length, contentStart, contentEnd })
      else if (cells.length > 0) (cells[cells.length - 1] as ScannedCell).end = line.length
      return cells.length > 0 ? cells : undefined
    }
    cells.push({ start, end: pipe, contentStart, contentEnd })
    start = pipe
  }
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t'
