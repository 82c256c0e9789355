import { describe, expect, it } from 'vitest'
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
})
