import type { Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/parse/inline-text.js'
import { parseMarkdown } from '../../src/parse/markdown.js'

const textOf = (markdown: string) => cleanText(parseMarkdown(markdown).children[0] as Paragraph)

describe('cleanText', () => {
  it.each([
    ['The id. <!-- TODO: say more --> Read-only.', 'The id. Read-only.'],
    ['First line<br>second<br/>third', 'First line second third'],
    // today's domaindnsrecord.md and synchronizationjobrestartcriteria.md
    ['Key of the record.</br></br>Supports $filter.', 'Key of the record. Supports $filter.'],
    ['The scope: <ol><li>ForceDeletes</li><li>Full</li></ol>', 'The scope: ForceDeletes Full'],
    ['Proxy as <server>:<port>.', 'Proxy as <server>:<port>.'],
    ['Values are `a` and [b](b.md).', 'Values are `a` and b.'],
  ])('%s', (markdown, text) => {
    expect(textOf(markdown)).toBe(text)
  })
})
