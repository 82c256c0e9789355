/**
 * A GFM table as a header and rows of cells, with the column of a header found by name.
 *   | Property | Type | Description |
 */
import type { Nodes, Root, Table, TableCell } from 'mdast'
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
}

export function readTable(table: Table): ReadTable {
  const [head, ...body] = table.children
  const header = head
    ? head.children.map((cell) => cleanText(cell).replace(/[*`]/g, '').trim().toLowerCase())
    : []
  // `|Property|Type|Description|  |` — an empty last header cell is a stray pipe, not a column.
  const width = header.length
  while (header.length > 1 && header[header.length - 1] === '') header.pop()
  return {
    header,
    width,
    rows: body.map((row) => ({
      cells: row.children,
      line: row.position?.start.line ?? 0,
      column: row.position?.start.column ?? 1,
    })),
    line: table.position?.start.line ?? 0,
  }
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

/** The blocks a table can sit in. */
const CONTAINERS = new Set<Nodes['type']>(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'])

/** Call `visit` with each table of `tree` (which it may change). */
export function forEachTable(tree: Root, visit: (table: Table) => void): void {
  const walk = (node: Nodes): void => {
    if (node.type === 'table') visit(node)
    else if (CONTAINERS.has(node.type) && 'children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
}
