import type { Table } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { type ApiChange, change, inNew, inOld } from '../../src/diff/api-change.js'
import { formatChangesGithub } from '../../src/diff/format-changes-github.js'
import { formatChangesMarkdown } from '../../src/diff/format-changes-markdown.js'
import { cleanText } from '../../src/parse/inline-text.js'

const CHANGES: ApiChange[] = [
  change(
    'property-removed',
    'both',
    'microsoft.graph.x.a|b',
    'Property a|b was removed\nfrom <x>',
    inOld({ file: 'resources/x.md', line: 7, column: 3 }),
  ),
  change(
    'property-added',
    undefined,
    'microsoft.graph.x.`c`',
    'Property c: 100%, added',
    inNew({ file: 'resources/x.md', line: 9, column: 1 }),
  ),
]

/** The Markdown as GitHub reads it: the first table, each row as its cells' text (code spans in backticks). */
function tableOf(markdown: string): string[][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const table = tree.children.find((node): node is Table => node.type === 'table')
  return (table?.children ?? []).map((row) => row.children.map((cell) => cleanText(cell)))
}

describe('formatChangesMarkdown', () => {
  it('is a table with one row per change whose cells survive pipes, newlines and backticks', () => {
    expect(tableOf(formatChangesMarkdown(CHANGES))).toEqual([
      ['Change', 'Subject', 'Breaking', 'Breaks', 'Details'],
      [
        'property-removed',
        '`microsoft.graph.x.a|b`',
        'yes',
        'request writers and response readers',
        'Property a|b was removed from <x>',
      ],
      ['property-added', '`microsoft.graph.x.`c``', 'no', '', 'Property c: 100%, added'],
    ])
  })

  it('says so when nothing changed', () => {
    expect(formatChangesMarkdown([])).toBe('No API changes.\n')
  })
})

describe('formatChangesGithub', () => {
  it('annotates the old docs for removals and the new docs otherwise, escaping workflow-command syntax', () => {
    expect(formatChangesGithub(CHANGES, { old: 'base/docs', new: 'docs\\' })).toBe(
      '::error file=base/docs/resources/x.md,line=7,col=3,title=property-removed%3A breaks request writers and response readers::Property a|b was removed%0Afrom <x>\n' +
        '::notice file=docs/resources/x.md,line=9,col=1,title=property-added::Property c: 100%25, added\n',
    )
  })
})
