import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import type { ObjectTypeDef } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'
import { readZones } from '../../src/parse/zones.js'

describe('readZones', () => {
  it('blanks the markers, keeps every line, and records each zone with its pivot', () => {
    const text = [
      '# x',
      ':::zone pivot="graph-v1"',
      '| a | String | A. |',
      ':::zone-end',
      '',
      '::: zone pivot="graph-preview"',
      'B.',
      '::: zone-end',
    ].join('\n')
    const read = readZones(text)
    expect(read.text.split('\n')).toEqual(['# x', '', '| a | String | A. |', '', '', '', 'B.', ''])
    expect(read.zones).toEqual([
      { pivot: 'graph-v1', start: 3, end: 3 },
      { pivot: 'graph-preview', start: 7, end: 7 },
    ])
  })

  it.each([
    ['no markers', 'Just ::: text.\n', []],
    ['markers in fenced code are text', '```md\n:::zone pivot="a"\n:::zone-end\n```\n', []],
    [
      'a zone left open runs to the end',
      ':::zone target="docs" pivot="a"\nA.\n',
      [{ pivot: 'a', start: 2, end: 3 }],
    ],
  ])('%s', (_name, text, zones) => {
    const read = readZones(text)
    expect(read.zones).toEqual(zones)
    if (zones.length === 0) expect(read.text).toBe(text)
  })

  it('keeps a marker out of the table and the paragraph it is written against', () => {
    const page = readPage(
      'resources/x.md',
      '# x\n\n:::zone pivot="graph-preview"\n[!INCLUDE [beta](../includes/beta.md)]\n:::zone-end\n\n## Properties\n:::zone pivot="graph-v1"\n| Property | Type | Description |\n|:--|:--|:--|\n| a | String | A. |\n:::zone-end\n',
    )
    const [, head, properties] = page.sections
    const table = page.tree(properties!).children.find((node) => node.type === 'table')
    expect(table?.type === 'table' && table.children.length).toBe(2)
    expect(page.tree(head!).children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['paragraph', 4],
    ])
    expect([3, 4, 11, 12, 13].map((line) => page.pivotAt(line))).toEqual([
      undefined,
      'graph-preview',
      'graph-v1',
      undefined,
      undefined,
    ])
  })

  // A blank line ends a table: a marker blanked between rows left the rows below it a paragraph.
  const zonedTable = [
    '# x',
    '',
    '## Properties',
    '| Property | Type | Description |',
    '|:--|:--|:--|',
    '| a | String | A. |',
    ':::zone pivot="graph-v1"',
    '| b | String | B in v1. |',
    ':::zone-end',
    ':::zone pivot="graph-preview"',
    '| b | Int32 | B in beta. |',
    ':::zone-end',
    '| c | String | C. |',
    '',
  ].join('\n')

  it('makes a marker between table rows an empty row, and a marker by pipes outside a table blank', () => {
    expect(readZones(zonedTable).text.split('\n').slice(5, 12)).toEqual([
      '| a | String | A. |',
      '| |',
      '| b | String | B in v1. |',
      '| |',
      '| |',
      '| b | Int32 | B in beta. |',
      '| |',
    ])
    expect(readZones(zonedTable).markerRows).toEqual([7, 9, 10, 12])
    const noDelimiter = '| a |\n:::zone pivot="x"\n| b |\n:::zone-end\n'
    expect(readZones(noDelimiter)).toEqual({
      text: '| a |\n\n| b |\n\n',
      zones: [{ pivot: 'x', start: 3, end: 3 }],
      markerRows: [],
    })
  })

  it.each(['fast', 'remark'] as const)('reads a table that markers cut as one table (%s)', (mode) => {
    const page = readPage('resources/x.md', zonedTable, mode)
    const properties = page.sections.find((section) => section.title === 'Properties')
    const nodes = page.tree(properties!).children
    expect(nodes.map((node) => node.type)).toEqual(['table'])
    const table = nodes[0]
    const rows = table?.type === 'table' ? table.children : []
    expect(rows.map((row) => row.position?.start.line)).toEqual([4, 6, 8, 11, 13])
    expect([6, 8, 11, 13].map((line) => page.pivotAt(line))).toEqual([
      undefined,
      'graph-v1',
      'graph-preview',
      undefined,
    ])
  })

  it('reads each row of a table that markers cut once, a property its pivots repeat once', () => {
    const text = `---\ndoc_type: resourcePageType\n---\n${zonedTable.replace('# x', '# x resource type')}`
    const page = extractPage('resources/x.md', text)
    const type = page.types[0] as ObjectTypeDef
    expect(type.properties.map((property) => [property.name, property.type, property.position.line])).toEqual(
      [
        ['a', { kind: 'primitive', name: 'String' }, 9],
        ['b', { kind: 'primitive', name: 'String' }, 11],
        ['c', { kind: 'primitive', name: 'String' }, 16],
      ],
    )
    expect(page.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-property')).toEqual([])
  })
})
