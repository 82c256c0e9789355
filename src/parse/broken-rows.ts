/**
 * A line break inside a row of a table written with both outer pipes leaves the rest of the row on
 * a line of its own, without the leading pipe, which GFM reads as a row of the cells it writes:
 *   | [List x](../api/x-list.md) | [x](x.md) collection | R        ← ends without its pipe
 *   Get a list of [x](x.md) objects that contain recent activity. |  ← begins without one
 * `joinBrokenRows` reads such a line as the end of the row above it (the broken cell's text and the
 * line's first cell joined) where the cells so joined fit the header's, and returns the lines it
 * joined. A line of prose right under a table, after a row that ends with its pipe, stays a row:
 * no row is broken there. Lines are read from the table's column on (a table in a block quote or
 * a list item writes its rows after the `> ` or the item's indent).
 */
import type { Root, TableCell, TableRow } from 'mdast'
import { forEachTable } from './table.js'

/** A line read as the end of the row that begins at `row`. */
export interface JoinedLine {
  line: number
  row: number
}

/** Join the broken rows of the tables of `tree` (page positions; `lines`: the page's lines). */
export function joinBrokenRows(tree: Root, lines: readonly string[]): JoinedLine[] {
  const joined: JoinedLine[] = []
  forEachTable(tree, (table) => {
    const column = table.position?.start.column ?? 1
    const text = (line: number) => (lines[line - 1] ?? '').slice(column - 1)
    const [header, ...rows] = table.children
    if (!header || !opensRow(text(lineOf(header))) || !closesRow(text(lineOf(header)))) return
    const kept: TableRow[] = []
    for (const row of rows) {
      const line = lineOf(row)
      const last = kept.at(-1)
      if (
        last &&
        !opensRow(text(line)) &&
        !closesRow(text(line - 1)) &&
        last.children.length + row.children.length - 1 <= header.children.length
      ) {
        joined.push({ line, row: lineOf(last) })
        kept[kept.length - 1] = { ...last, children: joinedCells(last.children, row.children) }
      } else kept.push(row)
    }
    table.children = [header, ...kept]
  })
  return joined
}

const lineOf = (row: TableRow) => row.position?.start.line ?? 0

function opensRow(text: string): boolean {
  return text.trimStart().startsWith('|')
}

/** A closing pipe (an escaped one, `\|`, is text of the cell). */
function closesRow(text: string): boolean {
  const end = text.trimEnd()
  return end.endsWith('|') && !end.endsWith('\\|')
}

/** The cells of a row and of the line that continues it: the broken cell's text joined. */
function joinedCells(cells: readonly TableCell[], rest: readonly TableCell[]): TableCell[] {
  const [first, ...others] = rest
  const last = cells.at(-1)
  if (!last || !first) return [...cells, ...rest]
  const cell: TableCell = {
    ...last,
    children: [...last.children, { type: 'text', value: ' ' }, ...first.children],
  }
  return [...cells.slice(0, -1), cell, ...others]
}
