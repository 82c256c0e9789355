/**
 * Section bodies with pipe tables read by the table scanner give the tree remark gives: the same
 * nodes, positions and key order, or the scanner steps aside.
 */
import { describe, expect, it } from 'vitest'
import { resolveLinkReferences } from '../../src/parse/link-definitions.js'
import { parseMarkdownBounded } from '../../src/parse/markdown.js'
import { scanPipeTables } from '../../src/parse/pipe-tables.js'
import { parseSectionBody, withDefinitions } from '../../src/parse/section-tree.js'

/** remark's tree of `body` (page line 5 onwards), references resolved, as JSON. */
function remarkTree(body: string, definitions = ''): string {
  const parsed = parseMarkdownBounded(withDefinitions(body, definitions), 5)
  if (definitions !== '') resolveLinkReferences(parsed.tree, 5 + body.split('\n').length - 1)
  return JSON.stringify(parsed)
}

function expectSameAsRemark(body: string, definitions = ''): void {
  expect(JSON.stringify(parseSectionBody(body, definitions, 5, 'fast'))).toBe(remarkTree(body, definitions))
}

const TABLES: Record<string, string> = {
  plain: '| Property | Type | Description |\n|:---|:---:|---:|\n| id | String | The id. |\n',
  'escaped pipes': '| a | b |\n|---|---|\n| c \\| x | y\\\\|\n| \\\\\\| z | w |',
  'inline code with pipes': '| a | b |\n|---|---|\n| `x|y` | `p\\|q` |\n| `a \\| b` | ` c ` |',
  'missing trailing pipes': '| a | b\n|---|---|\n| c | d  \n| e |   f',
  'ragged rows': '| a | b |\n|---|---|\n| c |\n| d | e | f |\n||x|\n| | |',
  'trailing spaces': '| a | b |  \n|---|---|  \n| c | d |   ',
  'right after a paragraph':
    'The following table lists the properties.\n| a | b |\n|---|---|\n| c | d |\n\nAfter.',
  'HTML in cells': '| a | b |\n|---|---|\n| x<br>y | <br/> |\n| <b>bold</b> | a <!-- c --> |',
  'inline markup': [
    '| Name | Type | Description |',
    '|---|---|---|',
    '| **id** | [user](user.md) | The `id`; see [x][] and _this_ &amp; *that*. |',
    '| ![i](i.png) | [a](<b c>) "t" | \\* not emphasis, \\[not link] |',
    '| # not a heading | - not a list | > not a quote |',
  ].join('\n'),
  'simple inline shapes': [
    '| a | b | c | d | e | f |',
    '|---|---|---|---|---|---|',
    '| a **b** [c](d.md) `e` f<br>g<br/>h<br />i | **a**b | a**b** | (**a**). | **a****b** | ***a*** |',
    '| ** a** | **a ** | `` `x` `` | ` a ` | `  ` | [ a ](b) |',
    '| [a](b c) | [a]() | [a](b)(c) | <br> | <BR> | `a`` |',
  ].join('\n'),
  'two tables and prose':
    'Intro.\n\n| a |\n|---|\n| b |\n\nMiddle [link](x.md).\n\n| c | d |\n|--|--|\n| e | f |\n',
  'only a table': '| a |\n|---|\n| b |',
  'table then a lazy line': '| a |\n|---|\n| b |\nlazy text',
  'header and delimiter differ': '| a | b |\n|---|\n| c |',
  'in a list': '- item\n| a | b |\n|---|---|\n| c | d |',
  'after a list, then indented': '- item\n\n| a |\n|---|\n| b |\n\n  continued',
  'in a fence': '```\n| a |\n|---|\n| b |\n```',
  'in an HTML comment': '<!--\n\n| a |\n|---|\n| b |\n\n-->',
  'after a quote': '> note\n| a |\n|---|\n| b |',
  'after HTML': '<div>\n| a |\n|---|\n| b |',
  'a NUL': '| a\t| b |\n|---|---|\n| c\0 | d |',
  // Excel pages align their header cells with tabs.
  tabs: '| Property\t   | Type\t|Description|\n|:---|\t:--|:--\t|\n| a\t| b | c\td |',
  'a defined link in the body': '| a |\n|---|\n| [x] |\n\n- [x]: list.md\n\n[y]: y.md',
}

describe('parseSectionBody', () => {
  for (const [name, body] of Object.entries(TABLES))
    it(`reads a table (${name}) as remark does`, () => {
      expectSameAsRemark(body)
      expectSameAsRemark(body, '[x]: x.md\n[user]: other.md')
    })

  it('stays bounded on a huge row and many cells', () => {
    const row = `| ${'a `b` '.repeat(4_000)} |`
    const body = `| h |\n|---|\n${row}\n${'| x '.repeat(4_000)}|`
    expectSameAsRemark(body)
  })

  it('leaves deep nesting and emphasis floods to remark', () => {
    expectSameAsRemark(`| h |\n|---|\n| ${'*a '.repeat(1_200)} |`)
    expectSameAsRemark(`| h |\n|---|\n| ${'['.repeat(200)}x${']'.repeat(200)} |\n\n${'> '.repeat(100)}q`)
  })
})

describe('scanPipeTables', () => {
  const scan = (name: string) => scanPipeTables((TABLES[name] as string).split('\n'))

  it('finds well-formed tables with their alignment, rows and cells', () => {
    const [table] = scan('plain')
    expect(table).toMatchObject({ first: 0, last: 2, align: ['left', 'center', 'right'] })
    expect(table?.rows.map((row) => row.cells.length)).toEqual([3, 3])
    expect(scan('two tables and prose').map((t) => [t.first, t.last])).toEqual([
      [2, 4],
      [8, 10],
    ])
    expect(scan('ragged rows')[0]?.rows.map((row) => row.cells.length)).toEqual([2, 1, 3, 2, 2])
  })

  it('does not split cells at escaped pipes', () => {
    const [table] = scan('escaped pipes')
    const line = (TABLES['escaped pipes'] as string).split('\n')[2] as string
    expect(table?.rows[1]?.cells.map((cell) => line.slice(cell.contentStart, cell.contentEnd))).toEqual([
      'c \\| x',
      'y\\\\',
    ])
  })

  it('leaves lazy rows, mismatched delimiters and NUL to remark', () => {
    for (const name of ['table then a lazy line', 'header and delimiter differ', 'a NUL'])
      expect(scan(name)).toEqual([])
  })

  it('reads the cells of a table aligned with tabs without them', () => {
    const [table] = scan('tabs')
    const line = (TABLES.tabs as string).split('\n')[2] as string
    expect(table?.rows[1]?.cells.map((cell) => line.slice(cell.contentStart, cell.contentEnd))).toEqual([
      'a',
      'b',
      'c\td',
    ])
  })
})
