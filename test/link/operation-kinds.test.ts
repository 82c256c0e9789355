import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

const api = (title: string, line: string, body = '') =>
  `---\ndoc_type: apiPageType\n---\n# ${title}\n\n## HTTP request\n\`\`\`http\n${line}\n\`\`\`\n\n## Request body\n${body}\n\n## Response\nIf successful, this method returns a \`200 OK\` response code and a [workbookTableRow](../resources/tablerow.md) object in the response body.\n`
const kinds = (pages: { file: string; text: string }[]) =>
  Object.fromEntries(buildModel(pages).operations.map((operation) => [operation.id, operation.kind]))

describe('operation kinds the whole docs decide', () => {
  it('turns a create routed to a segment another page documents as an action into an action', () => {
    const model = buildModel([
      { file: 'api/tablecollection-add.md', text: api('TableCollection: add', 'POST /workbook/tables/add') },
      {
        file: 'api/table-post-rows.md',
        text: api(
          'Create TableRow',
          'POST /workbook/tables/{id}/rows/add',
          'In the request body, supply a JSON representation of [workbookTableRow](../resources/tablerow.md).',
        ),
      },
      {
        file: 'api/table-post-columns.md',
        text: api('Create TableColumn', 'POST /workbook/tables/{id}/columns'),
      },
    ])
    const byId = Object.fromEntries(model.operations.map((operation) => [operation.id, operation]))
    expect(byId['tablecollection-add']?.kind).toBe('action')
    expect(byId['table-post-rows']?.kind).toBe('action')
    expect(byId['table-post-rows']).not.toHaveProperty('requestBody')
    expect(byId['table-post-columns']?.kind).toBe('create')
  })

  it('reads a Methods row named after the segment (`[delta]`, `[x function]`) as the operation name', () => {
    const methods = (rows: string) =>
      `---\ndoc_type: resourcePageType\n---\n# event resource type\n\nNamespace: microsoft.graph\n\n## Methods\n|Method|Return Type|Description|\n|:--|:--|:--|\n${rows}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String||\n`
    expect(
      kinds([
        { file: 'api/event-delta.md', text: api('Get incremental changes', 'GET /me/events/delta') },
        { file: 'api/event-recent.md', text: api('List recent events', 'GET /me/events/recent') },
        { file: 'api/event-list.md', text: api('List events', 'GET /me/events') },
        {
          file: 'resources/event.md',
          text: methods(
            '|[delta](../api/event-delta.md)|[event](event.md) collection||\n|[recent function](../api/event-recent.md)|[event](event.md) collection||\n|[List events](../api/event-list.md)|[event](event.md) collection||',
          ),
        },
      ]),
    ).toEqual({ 'event-delta': 'function', 'event-recent': 'function', 'event-list': 'get' })
  })

  it('turns a create with no resource body, posted to a segment no type has as a property, into an action', () => {
    const resource = `---\ndoc_type: resourcePageType\n---\n# driveItem resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String||\n|children|[driveItem](driveitem.md) collection||\n`
    const parameters =
      'The request should be a JSON object with the following properties.\n\n|Name|Type|Description|\n|:--|:--|:--|\n|viewer|string|Optional. Preview app to use.|\n'
    const text = (title: string, line: string, body = parameters) =>
      `---\ndoc_type: apiPageType\n---\n# ${title}\n\n## HTTP request\n\`\`\`http\n${line}\n\`\`\`\n\n## Request body\n${body}\n\n## Response\nIf successful, this method returns a \`200 OK\` response code.\n`
    expect(
      kinds([
        { file: 'resources/driveitem.md', text: resource },
        {
          file: 'api/item-preview.md',
          text: text('Embeddable file previews', 'POST /drives/{id}/items/{id}/preview'),
        },
        {
          file: 'api/item-post-children.md',
          text: text('Create folder', 'POST /drives/{id}/items/{id}/children'),
        },
        {
          file: 'api/item-post-described.md',
          text: text(
            'Add a thing',
            'POST /drives/{id}/items/{id}/things',
            'In the request body, supply a JSON representation of [driveItem](../resources/driveitem.md).',
          ),
        },
        { file: 'api/site-post.md', text: text('Create site', 'POST /sites') },
      ]),
    ).toEqual({
      'item-preview': 'action',
      'item-post-children': 'create',
      'item-post-described': 'create',
      'site-post': 'create',
    })
  })

  // After today's tenantrelationship-put-multitenantorganization.md (test/fixtures/real-trees/
  // graph-v1.0-today-more), its Request body cut: a PUT that creates writes where its URL says.
  it('keeps a PUT that creates, without a resource body, to a segment no type has, a create', () => {
    const text = [
      '---\ndoc_type: apiPageType\n---\n# Create multiTenantOrganization\n',
      '## HTTP request\n```http\nPUT /tenantRelationships/multiTenantOrganization\n```\n',
      '## Response\nIf successful, this method returns a `201 Created` response code.\n',
    ].join('\n')
    expect(kinds([{ file: 'api/tenantrelationship-put-multitenantorganization.md', text }])).toEqual({
      'tenantrelationship-put-multitenantorganization': 'create',
    })
  })
})
