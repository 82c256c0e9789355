/**
 * A page that writes one query of a path other pages answer without one (the extended-property
 * page's `GET /me/calendars/{id}?$expand=multiValueExtendedProperties($filter=id eq '{id_value}')`)
 * shows its response examples on that path, not its response type: the client and the server answer
 * the path with the page that writes it plainly (`answeringAmong`), and so does openapi.json.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

const resource = (name: string) =>
  `# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}" } -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`
// The shared 2021 sample's calendar-get.md, cut.
const CALENDAR_GET = [
  '# Get calendar',
  '## HTTP request',
  '```http\nGET /me/calendars/{id}\n```',
  '## Response',
  'If successful, this method returns a `200 OK` response code and a [calendar](../resources/calendar.md) object in the response body.',
].join('\n\n')
// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/multivaluelegacyextendedproperty-get.md
// at 0c08aa9fe9534f8fb247f8eea1a258fc4ac2761b (test/fixtures/real-trees/graph-v1.0-today-users), cut.
const EXTENDED_GET = [
  '# Get multiValueLegacyExtendedProperty',
  'Get a resource instance that contains a multi-value extended property by using `$expand`.',
  '## HTTP request',
  'Get a **calendar** instance:\n<!-- { "blockType": "ignored" } -->\n```http\nGET /me/calendars/{id}?$expand=multiValueExtendedProperties($filter=id eq \'{id_value}\')\n```',
  '## Response',
  'If successful, this method returns a `200 OK` response code.',
  'The response body includes an object representing the requested resource instance, expanded with the matching [multiValueLegacyExtendedProperty](../resources/multivaluelegacyextendedproperty.md) object.',
].join('\n\n')
// Its resource page (same tree, resources/multivaluelegacyextendedproperty.md), cut: the Methods row
// whose Return type cell gives the page its response type (the first type it links).
const EXTENDED = `# multiValueLegacyExtendedProperty resource type

## Methods

| Method | Return Type | Description |
|:--|:--|:--|
|[Get multi-value property](../api/multivaluelegacyextendedproperty-get.md) |A supported resource instance ([message](../resources/message.md), [calendar](../resources/calendar.md)) expanded with a [multiValueLegacyExtendedProperty](multivaluelegacyextendedproperty.md) object. |Get a resource instance with an extended property using \`$expand\`.|

## Properties
| Property | Type | Description |
|:--|:--|:--|
|id|string|The property identifier. Read-only.|
`

const schemaOf = (pages: { file: string; text: string }[]) => {
  const files = emitAll(buildModel(pages))
  const document = JSON.parse(
    files.find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const media = document.paths['/me/calendars/{id}']?.get?.responses['200']
  return media && 'content' in media ? media.content?.['application/json']?.schema : undefined
}

describe('a page writing one query of a path another page answers', () => {
  it('leaves the path its answering page’s response type', () => {
    expect(
      schemaOf([
        { file: 'api/calendar-get.md', text: CALENDAR_GET },
        { file: 'api/multivaluelegacyextendedproperty-get.md', text: EXTENDED_GET },
        { file: 'resources/calendar.md', text: resource('calendar') },
        { file: 'resources/message.md', text: resource('message') },
        { file: 'resources/multivaluelegacyextendedproperty.md', text: EXTENDED },
      ]),
    ).toEqual({ $ref: '#/components/schemas/microsoft.graph.calendar' })
  })
})

describe('a page writing a query of a path, sorting before the page that answers it', () => {
  // A page about the same type that writes only a query of the path, and whose id sorts first.
  const EXPANDED_GET = [
    '# Get calendar with its events',
    '## HTTP request',
    '```http\nGET /me/calendars/{id}?$expand=events\n```',
    '## Response',
    'If successful, this method returns a `200 OK` response code and a [calendar](../resources/calendar.md) object in the response body.',
  ].join('\n\n')

  it('leaves the answering page the operation, as the server answers with it', () => {
    const files = emitAll(
      buildModel([
        { file: 'api/calendar-expand-get.md', text: EXPANDED_GET },
        { file: 'api/calendar-get.md', text: CALENDAR_GET },
        { file: 'resources/calendar.md', text: resource('calendar') },
      ]),
    )
    const document = JSON.parse(
      files.find((file) => file.path === 'openapi.json')?.text ?? '{}',
    ) as OpenApiDocument
    expect(document.paths['/me/calendars/{id}']?.get?.summary).toBe('Get calendar')
    const routes = files.find((file) => file.path === 'server/routes.ts')?.text ?? ''
    // The server answered with the plain page before openapi.json did too: this holds it there.
    expect(routes).toMatch(/calendarGet\b/)
  })
})
