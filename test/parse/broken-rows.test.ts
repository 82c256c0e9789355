/**
 * A table row broken across two lines (`src/parse/broken-rows.ts`) is joined where the page shows
 * the break (the row above without its closing pipe, the line without its leading one, a table
 * written with both outer pipes, the cells so joined within the header's), in both parse modes,
 * and reported once at the line joined; every other shape keeps GFM's rows.
 */
import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/parse/inline-text.js'
import { readPage } from '../../src/parse/page.js'
import type { ParseMode } from '../../src/parse/parse-mode.js'
import { forEachTable } from '../../src/parse/table.js'

/** Each row of the page's tables as its cells' texts, and the page's findings as [code, line]. */
function rowsOf(body: string, mode: ParseMode) {
  const page = readPage('resources/x.md', `# x resource type\n\n## Properties\n\n${body}\n`, mode)
  const section = page.sections.find((s) => s.title === 'Properties')
  const rows: string[][] = []
  if (section)
    forEachTable(page.tree(section), (table: Table) => {
      for (const row of table.children) rows.push(row.children.map((cell) => cleanText(cell)))
    })
  return { rows, findings: page.diagnostics.map((d) => [d.code, d.line]) }
}

const HEADER = '| Property | Type | Description |\n|:--|:--|:--|'

describe.each(['fast', 'remark'] as const)('broken table rows (%s)', (mode) => {
  it('joins a line without its leading pipe to the row above without its closing one', () => {
    const { rows, findings } = rowsOf(
      `${HEADER}\n| id | String | The first\npart of it. |\n| name | String | The name. |`,
      mode,
    )
    expect(rows.slice(1)).toEqual([
      ['id', 'String', 'The first part of it.'],
      ['name', 'String', 'The name.'],
    ])
    expect(findings).toEqual([['broken-table-row', 8]])
  })

  it('joins in a block quote, and after an escaped pipe that closes nothing', () => {
    const quoted = rowsOf(
      `> ${HEADER.replace('\n', '\n> ')}\n> | id | String | The first\n> part of it. |`,
      mode,
    )
    expect(quoted.rows.slice(1)).toEqual([['id', 'String', 'The first part of it.']])
    const escaped = rowsOf(`${HEADER}\n| id | String | a \\|\nb. |`, mode)
    expect(escaped.rows.slice(1)).toEqual([['id', 'String', 'a | b.']])
  })

  it('keeps the rows where no row is shown broken', () => {
    const shapes = [
      // a header without outer pipes: its rows' ends say nothing
      'Property | Type | Description\n:--|:--|:--\nid | String\nThe id. |',
      // the two lines' cells would not fit the header's
      `${HEADER}\n| id | String\nname | Int32 | The name. |`,
      // prose right under a row that ends with its pipe
      `${HEADER}\n| id | String | The id. |\nSee also the guide.`,
    ]
    for (const shape of shapes) {
      const { rows, findings } = rowsOf(shape, mode)
      expect(rows.length, shape).toBe(3)
      expect(findings, shape).toEqual([])
    }
  })
})
