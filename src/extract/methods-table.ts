/**
 * Read the `## Methods` table of a resource page.
 *   | Method | Return Type | Description |
 *   |[Get user](../api/user-get.md)|[user](user.md)|Read properties of a user.|
 */
import type { Table } from 'mdast'
import type { Draft, MethodRow } from '../model.js'
import { cleanText, linksIn } from '../parse/inline-text.js'
import { columnOf, readTable } from '../parse/table.js'
import { resolveLinkTarget } from './link-target.js'
import { readTypeCell } from './type-cell.js'

export function extractMethodsTable(table: Table, file: string): MethodRow[] {
  const read = readTable(table)
  // Graph's pages head the column Method; other teams' pages Common task (OneDrive's reference).
  if (columnOf(read, 'method', 'common task') !== 0) return []
  const returnColumn = columnOf(read, 'return type', 'return value', 'returns')
  const descriptionColumn = columnOf(read, 'description')
  const rows: MethodRow[] = []
  for (const row of read.rows) {
    const [methodCell] = row.cells
    if (!methodCell) continue
    const title = cleanText(methodCell).replace(/\*\*/g, '').trim()
    const returnCell = returnColumn >= 0 ? row.cells[returnColumn] : undefined
    const returnText = returnCell ? cleanText(returnCell) : ''
    // Group titles (`|**Open extensions**|||`) have nothing but the title.
    if (title === '' || (returnText === '' && linksIn(methodCell).length === 0)) continue
    const method: Draft<MethodRow> = {
      title,
      returnsCollection: false,
      description:
        descriptionColumn >= 0 && row.cells[descriptionColumn] ? cleanText(row.cells[descriptionColumn]) : '',
      position: { file, line: row.line, column: row.column },
    }
    const link = linksIn(methodCell)[0]
    const target = link ? resolveLinkTarget(link.url, file) : undefined
    if (target) method.target = target
    if (returnCell && !/^none\.?$/i.test(returnText) && returnText !== '') {
      const read = readTypeCell(returnCell, file)
      if (read.type.kind !== 'unknown') {
        method.returnType = read.type
        method.returnsCollection = read.collection
      }
    }
    rows.push(method)
  }
  return rows
}
