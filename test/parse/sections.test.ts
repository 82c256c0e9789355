import { describe, expect, it } from 'vitest'
import { headingSlug, splitSections } from '../../src/parse/sections.js'

describe('splitSections', () => {
  it('splits at headings, not inside fences, and keeps code-tab headings as content', () => {
    const page = [
      '---',
      'title: x',
      '---',
      '# Get user',
      'Namespace: microsoft.graph',
      '## HTTP request',
      '```http',
      '# not a heading',
      'GET /users/{id}',
      '```',
      '## Example',
      '# [HTTP](#tab/http)',
      'text',
      '### Response',
    ].join('\n')
    const split = splitSections(page)
    expect(split.frontMatter).toBe('title: x')
    expect(split.sections.map((s) => [s.depth, s.title, s.line])).toEqual([
      [0, '', 4],
      [1, 'Get user', 4],
      [2, 'HTTP request', 6],
      [2, 'Example', 11],
      [3, 'Response', 14],
    ])
    expect(split.sections[3]?.text).toContain('# [HTTP](#tab/http)')
  })

  it('makes anchors as the docs do', () => {
    expect(headingSlug('calendarRoleType values')).toBe('calendarroletype-values')
  })
})
