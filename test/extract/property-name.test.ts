import { describe, expect, it } from 'vitest'
import { marksDeprecated, readPropertyName } from '../../src/extract/property-name.js'

describe('readPropertyName', () => {
  it.each([
    ['id', 'id'],
    ['**name**', 'name'],
    ['`displayName`', 'displayName'],
    ['organizer (deprecated)', 'organizer'],
    ['participants (preview)', 'participants'],
    // A footnote mark and a bracketed remark are no part of the name (else the row is dropped as
    // `invalid-property-name`).
    ['displayName <sup>1</sup>', 'displayName'],
    ['size [deprecated]', 'size'],
    // A Methods row's link text stays as it is, and is reported.
    ['List transitive memberOf', 'List transitive memberOf'],
    ['organizer_v2', 'organizer_v2'],
    ['@microsoft.graph.downloadUrl', '@microsoft.graph.downloadUrl'],
    ['@odata.type', '@odata.type'],
    ['odata.type', '@odata.type'],
  ])('%s → %s', (cell, name) => {
    expect(readPropertyName(cell)).toBe(name)
  })
})

describe('marksDeprecated', () => {
  it.each([
    ['owner (deprecated) ', true],
    ['organizer (Deprecated)', true],
    ['size [deprecated]', true],
    ['participants (preview)', false],
    ['deprecatedSince', false],
  ])('%s → deprecated %s', (cell, deprecated) => {
    expect(marksDeprecated(cell)).toBe(deprecated)
  })
})
