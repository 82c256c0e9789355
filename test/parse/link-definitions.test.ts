import type { Link, Paragraph, Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { readPage } from '../../src/parse/page.js'

const page = [
  '# x resource type',
  '',
  '## Properties',
  '',
  '| Property | Type | Description |',
  '|:--|:--|:--|',
  '| owner | [identitySet][] | a |',
  '| parts | [gadgetPart] collection | b |',
  '',
  '## JSON representation',
  '',
  '```json',
  '[notADefinition]: nowhere.md',
  '```',
  '',
  '[identitySet]: identityset.md',
  '[gadgetpart]: gadgetpart.md',
].join('\n')

describe('reference links defined at the foot of the page', () => {
  const read = readPage('resources/x.md', page)
  const properties = read.sections.find((section) => section.title === 'Properties')
  const tree = properties ? read.tree(properties) : undefined

  it('become links in the sections that use them, and the appended definitions are dropped', () => {
    expect(tree?.children.map((node) => node.type)).toEqual(['table'])
    const table = tree?.children[0] as Table
    const urls = table.children.slice(1).map((row) => {
      const cell = row.children[1] as unknown as Paragraph
      return (cell.children.find((node) => node.type === 'link') as Link | undefined)?.url
    })
    expect(urls).toEqual(['identityset.md', 'gadgetpart.md'])
  })

  it('ignores definition-like lines inside fenced code', () => {
    const json = read.sections.find((section) => section.title === 'JSON representation')
    const code = json ? read.tree(json).children.find((node) => node.type === 'code') : undefined
    expect(code && 'value' in code ? code.value : '').toBe('[notADefinition]: nowhere.md')
  })
})
