/**
 * A paragraph or table (a run of lines between blank lines) with more markup characters than the
 * parser reads (`MAX_RUN_MARKUP`) outside fenced code is left unread and reported where it starts:
 * micromark's time on some constructs grows with the square of their number in one run (a 900 KB
 * line of `[a]` ran for minutes, and so did the same text split over the lines of one paragraph).
 * The rest of the page reads as before, and so does a code block's long line.
 */
import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import { MAX_RUN_MARKUP } from '../../src/parse/markdown.js'

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
    `{ "id": "String", "name": "${'[x]'.repeat(MAX_RUN_MARKUP)}" }`,
    '```',
  ].join('\n')

describe.each(['fast', 'remark'] as const)('a run flooded with markup in %s mode', (mode) => {
  it.each([
    ['[a]', '[a]'.repeat(300_000)],
    ['*', '*'.repeat(MAX_RUN_MARKUP + 1)],
    ['backslashes', '\\'.repeat(MAX_RUN_MARKUP + 1)],
    ['table row', `| x | ${'[a]'.repeat(10_000)} |`],
    ['lines of one paragraph', Array.from({ length: 32 }, () => '[a]'.repeat(400)).join('\n')],
  ])('of %s is reported where it starts and left unread', (_name, line) => {
    const model = extractPage('resources/widget.md', page(line), mode)
    expect(model.diagnostics.filter((each) => each.code === 'too-much-markup')).toEqual([
      expect.objectContaining({ file: 'resources/widget.md', line: 5, column: 1 }),
    ])
    const widget = model.types[0]
    expect(widget?.kind !== 'enum' && widget?.properties.map((property) => property.name)).toEqual([
      'id',
      'name',
    ])
  })

  it.each([
    ['in a code block (the page ends in one)', 'Plain text.'],
    [
      'a table of many rows, each under the limit',
      Array.from({ length: 5_000 }, (_, index) => `| p${index} | String | \`*/\` [x](y.md) |`).join('\n'),
    ],
    [
      'split into paragraphs under the limit',
      Array.from({ length: 4 }, () => '[a]'.repeat(1_000)).join('\n\n'),
    ],
    ['of plain words and spaces', `${'word '.repeat(20_000)}${' '.repeat(100_000)}end`],
  ])('%s is read', (_name, line) => {
    const model = extractPage('resources/widget.md', page(line), mode)
    expect(model.diagnostics.filter((each) => each.code === 'too-much-markup')).toEqual([])
  })
})
