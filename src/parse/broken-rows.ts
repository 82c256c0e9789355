/**
 * A line break inside a row of a table written with both outer pipes leaves the rest of the row on
 * a line of its own, without the leading pipe, which GFM reads as a row of the cells it writes:
 *   | [List x](../api/x-list.md) | [x](x.md) collection | R        ← ends without its pipe
 *   Get a list of [x](x.md) objects that contain recent activity. |  ← begins without one
 * `joinBrokenRows` reads such a line as the end of the row above it (the broken cell's text and the
 * line's first cell joined) where the cells so joined fit the header's, and returns the lines it
 * joined. A line of prose right under a table, after a row that ends with its pipe, stays a row:
 * no row is broken there.
 */
import type { Nodes, Root, TableCell, TableRow } from 'mdast'

/** A line read as the end of the row that begins at `row`. */
export interface JoinedLine {
  line: number
  row: number
}

/** Join the broken rows of the tables of `tree` (page positions; `lines`: the page's lines). */
export function joinBrokenRows(tree: Root, lines: readonly string[]): JoinedLine[] {
  const joined: JoinedLine[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'table') {
      const [header, ...rows] = node.children
      if (header && writesBothPipes(lines, lineOf(header)))
        node.children = [header, ...joinRows(header, rows)]
    } else if (CONTAINERS.has(node.type) && 'children' in node)
      for (const child of node.children) visit(child)
  }
  const joinRows = (header: TableRow, rows: readonly TableRow[]): TableRow[] => {
    const kept: TableRow[] = []
    for (const row of rows) {
      const line = lineOf(row)
      const last = kept.at(-1)
      const text = lines[line - 1] ?? ''
      const above = lines[line - 2] ?? ''
      if (
        last &&
        !text.trimStart().startsWith('|') &&
        !above.trimEnd().endsWith('|') &&
        last.children.length + row.children.length - 1 <= header.children.length
      ) {
        joined.push({ line, row: lineOf(last) })
        kept[kept.length - 1] = { ...last, children: joinedCells(last.children, row.children) }
      } else kept.push(row)
    }
    return kept
  }
  visit(tree)
  return joined
}

/** The blocks a table can sit in. */
const CONTAINERS = new Set<Nodes['type']>(['root', 'blockquote', 'list', 'listItem'])

const lineOf = (row: TableRow) => row.position?.start.line ?? 0

function writesBothPipes(lines: readonly string[], line: number): boolean {
  const text = (lines[line - 1] ?? '').trim()
  return text.startsWith('|') && text.endsWith('|') && !text.endsWith('\\|')
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
