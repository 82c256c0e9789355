/**
 * A line with more markup characters than the parser reads (`MAX_LINE_MARKUP`) outside fenced
 * code is left unread and reported with its page line: micromark's time on some constructs grows
 * with the square of their number (a 900 KB line of `[a]` ran for minutes). The rest of the page
 * reads as before, a code block's long line too.
 */
import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import { MAX_LINE_MARKUP } from '../../src/parse/markdown.js'

const page = (inserted: string) =>
  [
    '# widget resource type',
    '',
    '## Properties',
    '',
    inserted,
    '',
    '| Property | Type | Description |',
    '|:--|:--|:--|',
    '| id | String | The id. |',
    '| name | String | The name. |',
    '',
    '## JSON representation',
    '',
    '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget" } -->',
    '```json',
    `{ "id": "String", "name": "${'[x]'.repeat(MAX_LINE_MARKUP)}" }`,
    '```',
  ].join('\n')

describe.each(['fast', 'remark'] as const)('a long line in %s mode', (mode) => {
  it.each([
    ['[a]', '[a]'.repeat(300_000)],
    ['*', '*'.repeat(MAX_LINE_MARKUP + 1)],
    ['backslashes', '\\'.repeat(MAX_LINE_MARKUP + 1)],
    ['table row', `| x | ${'[a]'.repeat(10_000)} |`],
  ])('of %s is reported at its line and left unread', (_name, line) => {
    const model = extractPage('resources/widget.md', page(line), mode)
    expect(model.diagnostics.filter((each) => each.code === 'line-too-long')).toEqual([
      expect.objectContaining({ file: 'resources/widget.md', line: 5, column: 1 }),
    ])
    const widget = model.types[0]
    expect(widget?.kind !== 'enum' && widget?.properties.map((property) => property.name)).toEqual([
      'id',
      'name',
    ])
  })

  it.each([
    ['in a code block', 'Plain text.'],
    ['of plain words and spaces', `${'word '.repeat(20_000)}${' '.repeat(100_000)}end`],
  ])('%s is read', (_name, line) => {
    const model = extractPage('resources/widget.md', page(line), mode)
    expect(model.diagnostics.filter((each) => each.code === 'line-too-long')).toEqual([])
  })
})
