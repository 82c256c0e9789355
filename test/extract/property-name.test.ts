import { describe, expect, it } from 'vitest'
import { readPropertyName } from '../../src/extract/property-name.js'

describe('readPropertyName', () => {
  it.each([
    ['id', 'id'],
    ['**name**', 'name'],
    ['`displayName`', 'displayName'],
    ['organizer (deprecated)', 'organizer'],
    ['participants (preview)', 'participants'],
    ['organizer_v2', 'organizer_v2'],
    ['@microsoft.graph.downloadUrl', '@microsoft.graph.downloadUrl'],
    ['@odata.type', '@odata.type'],
    ['odata.type', '@odata.type'],
  ])('%s → %s', (cell, name) => {
    expect(readPropertyName(cell)).toBe(name)
  })
})
