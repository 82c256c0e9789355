/**
 * A table whose delimiter row has more or fewer cells than its header (`mendDelimiterRows`,
 * `src/parse/pipe-tables.ts`) is read as the table its writer meant, in both parse modes, and
 * reported at the delimiter row: today's api-reference/v1.0/api/authentication-list-methods.md
 * writes `|:---|:---|:---|` under a two-cell header, and its application permissions were lost.
 * Lines in a code block, and tables of matching rows, are left as they are.
 */
import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/parse/inline-text.js'
import { readPage } from '../../src/parse/page.js'
import type { ParseMode } from '../../src/parse/parse-mode.js'
import { forEachTable } from '../../src/parse/table.js'

function tablesOf(body: string, mode: ParseMode) {
  const page = readPage('api/x-list.md', `# List x\n\n## Permissions\n\n${body}\n`, mode)
  const section = page.sections.find((s) => s.title === 'Permissions')
  const tables: string[][][] = []
  const aligns: Table['align'][] = []
  if (section)
    forEachTable(page.tree(section), (table: Table) => {
      tables.push(table.children.map((row) => row.children.map((cell) => cleanText(cell))))
      aligns.push(table.align)
    })
  return { tables, aligns, findings: page.diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`) }
}

const ROWS =
  '| Delegated (work or school account) | A.Read.All |\n| Application | A.Read.All, A.ReadWrite.All |'

describe.each(['fast', 'remark'] as const)('delimiter rows of another width (%s)', (mode) => {
  it('reads a table whose delimiter row has more cells than its header, and reports it', () => {
    const { tables, findings } = tablesOf(`|Permission type | Permissions |\n|:---|:---|:---|\n${ROWS}`, mode)
    expect(tables).toEqual([
      [
        ['Permission type', 'Permissions'],
        ['Delegated (work or school account)', 'A.Read.All'],
        ['Application', 'A.Read.All, A.ReadWrite.All'],
      ],
    ])
    expect(findings).toEqual([
      "6 malformed-table Unexpected 3 cells in the table's delimiter row, expected 2 as its header has: GitHub shows no table here; read as a table of the header's cells",
    ])
  })

  it('reads one with fewer, keeping the alignments it gives', () => {
    const { tables, aligns, findings } = tablesOf('| a | b | c |\n|--:|\n| 1 | 2 | 3 |', mode)
    expect(aligns).toEqual([['right', null, null]])
    expect(tables).toEqual([
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ])
    expect(findings).toHaveLength(1)
  })

  it('reads one whose delimiter row pads its cells, on a page of no other table', () => {
    const { tables, findings } = tablesOf('| a | b |\n|  ---  |  ---  |  ---  |\n| 1 | 2 |', mode)
    expect(tables).toEqual([
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ])
    expect(findings).toHaveLength(1)
  })

  it('leaves such lines in a code block, and well-formed tables, alone', () => {
    const fenced = tablesOf(
      `\`\`\`md\n| a | b |\n|---|---|---|\n\`\`\`\n\n| a | b |\n|---|---|\n| 1 | 2 |`,
      mode,
    )
    expect(fenced.tables).toEqual([
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ])
    expect(fenced.findings).toEqual([])
  })
})
