import type { Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { readTypeCell, readTypeText } from '../../src/extract/type-cell.js'
import { parseMarkdown } from '../../src/parse/markdown.js'

function cell(markdown: string, file = 'resources/user.md') {
  const paragraph = parseMarkdown(markdown).children[0] as Paragraph
  return readTypeCell(paragraph, file)
}

describe('readTypeCell', () => {
  it.each([
    ['Nullable DateTimeOffset', 'DateTimeOffset'],
    ['Nullable Long', 'Int64'],
    ['Nullable Enum', 'String'],
  ])('reads %s as a nullable %s', (markdown, name) => {
    expect(cell(markdown)).toEqual({ type: { kind: 'primitive', name }, collection: false, nullable: true })
  })

  it.each([
    ['String', { kind: 'primitive', name: 'String' }, false],
    ['string', { kind: 'primitive', name: 'String' }, false],
    ['Edm.Int32', { kind: 'primitive', name: 'Int32' }, false],
    ['GUID', { kind: 'primitive', name: 'Guid' }, false],
    ['String collection', { kind: 'primitive', name: 'String' }, true],
    ['Collection(String)', { kind: 'primitive', name: 'String' }, true],
    ['collection(string)', { kind: 'primitive', name: 'String' }, true],
    ['DateTimeOffset', { kind: 'primitive', name: 'DateTimeOffset' }, false],
    ['importance', { kind: 'named', name: 'importance' }, false],
    ['dayOfWeek collection', { kind: 'named', name: 'dayOfWeek' }, true],
    // Defender XDR's incidents API (MicrosoftDocs/defender-docs, api-update-incidents.md): `tags|string list|`.
    ['string list', { kind: 'primitive', name: 'String' }, true],
    ['roomList', { kind: 'named', name: 'roomList' }, false],
    [
      'microsoft.graph.externalConnectors.accessType',
      { kind: 'named', name: 'microsoft.graph.externalConnectors.accessType' },
      false,
    ],
    ['[user](user.md)', { kind: 'named', name: 'user', target: 'resources/user.md' }, false],
    [
      '[identitySet](identityset.md) collection',
      { kind: 'named', name: 'identitySet', target: 'resources/identityset.md' },
      true,
    ],
    [
      '[WorkbookChartFill](chartfill.md)',
      { kind: 'named', name: 'WorkbookChartFill', target: 'resources/chartfill.md' },
      false,
    ],
    ['Collection([x](x.md))', { kind: 'named', name: 'x', target: 'resources/x.md' }, true],
    [
      '[mobileApp](../resources/intune-apps-mobileapp.md) collection',
      { kind: 'named', name: 'mobileApp', target: 'resources/intune-apps-mobileapp.md' },
      true,
    ],
    [
      '[calendarRoleType](#calendarroletype-values)',
      { kind: 'named', name: 'calendarRoleType', target: 'resources/user.md#calendarroletype-values' },
      false,
    ],
    ['string (readonly)', { kind: 'primitive', name: 'String' }, false],
    // Defender for Endpoint's spellings: a list, an unnamed enum, an untyped array or object.
    ['List of strings', { kind: 'primitive', name: 'String' }, true],
    ['List&lt;String&gt;', { kind: 'primitive', name: 'String' }, true],
    ['Enum', { kind: 'primitive', name: 'String' }, false],
    ['array', { kind: 'primitive', name: 'Json' }, true],
    ['Class', { kind: 'primitive', name: 'Json' }, false],
    ['String collection (optional)', { kind: 'primitive', name: 'String' }, true],
    [
      '[microsoft.graph.callRecords.pstnCallLogRow collection](callrecords-pstncalllogrow.md)',
      {
        kind: 'named',
        name: 'microsoft.graph.callRecords.pstnCallLogRow',
        target: 'resources/callrecords-pstncalllogrow.md',
      },
      true,
    ],
    ['[DateTimeOffset](timestamp.md)', { kind: 'primitive', name: 'DateTimeOffset' }, false],
    [
      '[Json](../resources/intune-mam-json.md)',
      { kind: 'named', name: 'Json', target: 'resources/intune-mam-json.md' },
      false,
    ],
    ['Collection of String', { kind: 'primitive', name: 'String' }, true],
    ['collection of [user](user.md)', { kind: 'named', name: 'user', target: 'resources/user.md' }, true],
    ['Untyped JSON object', { kind: 'primitive', name: 'Json' }, false],
    ['Timestamp', { kind: 'primitive', name: 'DateTimeOffset' }, false],
    ['etag', { kind: 'primitive', name: 'String' }, false],
    // OneDrive/onedrive-api-docs resources/remoteitem.md (`| webUrl | Url |`) and
    // resources/webhooknotification.md (`| **resource** | Relative URL |`).
    ['Url', { kind: 'primitive', name: 'String' }, false],
    ['Relative URL', { kind: 'primitive', name: 'String' }, false],
    // OData v4 has no Edm.DateTime: the docs' `DateTime` is Graph's DateTimeOffset.
    ['DateTime', { kind: 'primitive', name: 'DateTimeOffset' }, false],
  ])('%s', (markdown, type, collection) => {
    expect(cell(markdown)).toEqual({ type, collection })
  })

  it.each([
    ['String - optional', { kind: 'primitive', name: 'String' }, false, 'optional'],
    ['Int64 - required', { kind: 'primitive', name: 'Int64' }, false, 'required'],
    ['Collection(String) - optional', { kind: 'primitive', name: 'String' }, true, 'optional'],
    [
      '[identitySet](identityset.md) – optional',
      { kind: 'named', name: 'identitySet', target: 'resources/identityset.md' },
      false,
      'optional',
    ],
    ['String \u2014 Read only', { kind: 'primitive', name: 'String' }, false, 'read only'],
    // The last dash before the letters that end the cell separates the qualifier.
    ['String - a - optional', { kind: 'unknown', text: 'String - a' }, false, 'optional'],
    // Today's microsoft-graph-docs-contrib api/chat-post.md: `|topic|(Optional) String|`.
    ['(Optional) String', { kind: 'primitive', name: 'String' }, false, 'optional'],
    [
      '(Required) [identitySet](identityset.md) collection',
      { kind: 'named', name: 'identitySet', target: 'resources/identityset.md' },
      true,
      'required',
    ],
  ])(
    '%s: the type, and the qualifier after a dash or in parentheses before it',
    (markdown, type, collection, qualifier) => {
      expect(cell(markdown)).toEqual({ type, collection, qualifier })
    },
  )

  it('reads no qualifier in a long cell of dashes that does not end in letters (read in linear time)', () => {
    const text = `${'a - '.repeat(12_500)}1`
    expect(cell(text)).toEqual({ type: { kind: 'unknown', text }, collection: false })
  })

  it.each([
    ['[identity](identity.md) collectionn', 'collectionn'],
    ['[identity](identity.md) collection', undefined],
    ['[itemAnalytics](itemanalytics.md) resource', undefined],
    ['The requested, derived type of [place](place.md)', undefined],
    ['[user](user.md) or [group](group.md)', undefined],
  ])('%s: the word after the link the notation does not know', (markdown, unread) => {
    expect(cell(markdown).unread).toBe(unread)
  })

  it('keeps unreadable notations as unknown', () => {
    expect(readTypeText('The requested, derived type of place').type.kind).toBe('unknown')
    // An empty collection names nothing: only `array` is a collection of what the description tells.
    expect(readTypeText('Collection()').type.kind).toBe('unknown')
  })
})
