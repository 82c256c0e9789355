/**
 * Hostile lines: a run of 50,000 spaces (or 50,000 characters of mixed text) where a reader's
 * pattern had a suffix set off by spaces. Each pattern tried every split of the run (seconds per
 * line, quadratic); now each run is tried once. The cases hold the results, which are those of
 * the short lines the readers are written for.
 */
import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import { readPropertyName } from '../../src/extract/property-name.js'
import { readRequestLine } from '../../src/extract/request-line.js'
import { readTypeText } from '../../src/extract/type-cell.js'
import type { ObjectTypeDef } from '../../src/model.js'

const RUN = ' '.repeat(50_000)
const MIXED = 'a (b) [c] |d| *e* `f` collection object, and '.repeat(1_100)

describe('readers on long space runs', () => {
  it.each([
    [`GET /me${RUN}x`, { method: 'GET', target: `/me${RUN}x` }],
    [`GET /me${RUN}HTTP/1.1${RUN}`, { method: 'GET', target: '/me' }],
    [`GET /me${RUN}`, { method: 'GET', target: '/me' }],
    [`GET ${MIXED}${RUN}x`, { method: 'GET', target: `${MIXED}${RUN}x` }],
    [RUN, undefined],
  ])('reads request line %#', (line, expected) => {
    expect(readRequestLine(line)).toEqual(expected)
  })

  it.each([
    [`String${RUN}collection`, { type: { kind: 'primitive', name: 'String' }, collection: true }],
    [`String${RUN}(readonly)`, { type: { kind: 'primitive', name: 'String' }, collection: false }],
    [`Untyped JSON${RUN}object`, { type: { kind: 'primitive', name: 'Json' }, collection: false }],
    [`${RUN}collection${RUN}x`, { type: { kind: 'unknown', text: `collection${RUN}x` }, collection: false }],
  ])('reads type text %#', (text, expected) => {
    expect(readTypeText(text)).toEqual(expected)
  })

  it.each([
    [`name${RUN}(deprecated)`, 'name'],
    [`name${RUN}[preview]${RUN}`, `name${RUN}[preview]`],
    [`${MIXED}${RUN}x`, `${MIXED.replace(/[*`]/g, '')}${RUN}x`],
  ])('reads property name %#', (text, expected) => {
    expect(readPropertyName(text)).toBe(expected)
  })

  it('reads a resource page with a long run in its header, a list and a table', () => {
    const page = extractPage(
      'resources/widget.md',
      [
        '# widget resource type',
        '',
        'Namespace: microsoft.graph',
        '',
        `Base type of [a](a.md)${RUN}x [b](b.md).`,
        '',
        '## Properties',
        '',
        '| Property | Type | Description |',
        '|:---|:---|:---|',
        `| id${RUN}(key) | String${RUN}collection | The id. |`,
        '',
        '## Links',
        '',
        `${RUN}x`,
        '',
        `|${RUN}**Relationship**${RUN}| Type | Description |`,
        '|:---|:---|:---|',
        '| owner | [user](user.md) | The owner. |',
        '',
      ].join('\n'),
    )
    const type = page.types[0] as ObjectTypeDef
    expect(type.derivedTypes).toEqual([{ kind: 'named', name: 'a', target: 'resources/a.md' }])
    expect(type.properties.map((p) => [p.name, p.collection, p.relationship])).toEqual([
      ['id', true, false],
      ['owner', false, true],
    ])
  })
})
