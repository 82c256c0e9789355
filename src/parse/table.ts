/**
 * A GFM table as a header and rows of cells, with the column of a header found by name.
 *   | Property | Type | Description |
 */
import type { TableRow as MdastTableRow, Table, TableCell } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../model.js'
import { cleanText } from './inline-text.js'

export interface TableRow {
  cells: TableCell[]
  line: number
  column: number
}

export interface ReadTable {
  /** Header cell texts, lower-cased, bold markers removed. */
  header: string[]
  /** The columns as written, a stray empty last header cell included (`|…|Description|  |`). */
  width: number
  rows: TableRow[]
  line: number
  /** The lines that continue the row above them (`continuedRows`), read as the end of that row. */
  continuations: { line: number; row: number }[]
}

export function readTable(table: Table): ReadTable {
  const [head, ...body] = table.children
  const header = head
    ? head.children.map((cell) => cleanText(cell).replace(/[*`]/g, '').trim().toLowerCase())
    : []
  // `|Property|Type|Description|  |` — an empty last header cell is a stray pipe, not a column.
  const width = header.length
  while (header.length > 1 && header[header.length - 1] === '') header.pop()
  const rows: TableRow[] = []
  const continuations: ReadTable['continuations'] = []
  const piped = head?.children[0] !== undefined && startsWithPipe(head.children[0])
  for (const row of body) {
    const line = row.position?.start.line ?? 0
    const above = rows.at(-1)
    if (piped && above && continuesRow(above, row, width)) {
      continuations.push({ line, row: above.line })
      rows[rows.length - 1] = { ...above, cells: joinedCells(above.cells, row.children) }
      continue
    }
    rows.push({ cells: row.children, line, column: row.position?.start.column ?? 1 })
  }
  return { header, width, rows, line: table.position?.start.line ?? 0, continuations }
}

/**
 * A line break inside a row of a table written with leading pipes: the rest of the row is a line
 * of its own, without the leading pipe, which GFM reads as a row of the cells it writes.
 *   | [List x](../api/x-list.md) | [x](x.md) collection | R
 *   Get a list of [x](x.md) objects. |
 * It continues the row above where the two rows' cells, the broken one joined, fit the columns.
 */
function continuesRow(above: TableRow, row: MdastTableRow, width: number): boolean {
  const first = row.children[0]
  return (
    first !== undefined && !startsWithPipe(first) && above.cells.length + row.children.length - 1 <= width
  )
}

/** `broken-table-row` for each line of the table that continues the row above it. */
export function reportContinuations(table: ReadTable, file: string, diagnostics: Diagnostic[]): void {
  for (const { line, row } of table.continuations)
    diagnostics.push(
      diagnostic(
        'broken-table-row',
        { file, line, column: 1 },
        `Unexpected line without the table's leading pipe, expected a row of its own or the end of the row at line ${row} (a line break inside that row?); read as the end of that row`,
      ),
    )
}

/** Whether the cell's text begins after a pipe (an empty cell: as if it did). */
function startsWithPipe(cell: TableCell): boolean {
  const text = cell.children[0]?.position?.start.column
  const start = cell.position?.start.column
  return text === undefined || start === undefined || text > start
}

/** The cells of a row and of the line that continues it: the broken cell's text joined. */
function joinedCells(cells: readonly TableCell[], rest: readonly TableCell[]): TableCell[] {
  const [first, ...others] = rest
  const last = cells.at(-1)
  if (!last || !first) return [...cells, ...rest]
  const joined: TableCell = {
    ...last,
    children: [...last.children, { type: 'text', value: ' ' }, ...first.children],
  }
  return [...cells.slice(0, -1), joined, ...others]
}

/** Index of the first header cell that is one of `names`, or -1. */
export function columnOf(table: ReadTable, ...names: string[]): number {
  return table.header.findIndex((cell) => names.includes(cell))
}

/**
 * A row's cells in the named columns: a row that fills the stray empty columns the header writes
 * with nothing but blanks or dots (`| inviteRedeemUrl | String | … Read-only | . |` under
 * `| Property | Type | Description |     |`) leaves them out; any other row keeps every cell (an
 * unescaped `|` splits a description in two, and text in a stray column is text of the row).
 */
export function namedCells(table: ReadTable, row: TableRow): TableCell[] {
  return fillsStrayColumns(table, row) ? row.cells.slice(0, table.header.length) : row.cells
}

/** A row whose cells fit neither the named columns nor the stray empty ones the header writes. */
export function hasUnexpectedCells(table: ReadTable, row: TableRow): boolean {
  return row.cells.length !== table.header.length && !fillsStrayColumns(table, row)
}

function fillsStrayColumns(table: ReadTable, row: TableRow): boolean {
  return (
    table.width > table.header.length &&
    row.cells.length === table.width &&
    row.cells.slice(table.header.length).every((cell) => /^[\s.]*$/.test(cleanText(cell)))
  )
}

/**
 * A group title between rows: nothing but bold text, in the first cell, the row written short of
 * the table's columns (`|**Device management**|`, Intune's pages, whose types serve several
 * workloads). A heading of the rows after it, not a row; a row that writes every column
 * (`|**name**|||`) is a row, its empty cells the page's fault.
 */
export function isGroupTitle(table: ReadTable, row: TableRow): boolean {
  if (row.cells.length >= table.header.length) return false
  const [first, ...rest] = row.cells
  const bold = first?.children.filter((child) => child.type !== 'text' || child.value.trim() !== '') ?? []
  return bold.length === 1 && bold[0]?.type === 'strong' && rest.every((cell) => cleanText(cell) === '')
}
