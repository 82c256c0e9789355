/**
 * The owner of a (verb, path) several pages document: the first by page id, unless that page is
 * listed only on a partial page of a type and another on the type's main page. On
 * test/fixtures/route-owner: `shelf` is documented by shelf.md (5 of 6 properties) and by
 * inventory-shelf.md (1 of 6); `bin` by archive-bin.md (4 of 6) and bin.md (2 of 6).
 *   GET /shelves/{id}        inventory-shelf-get (partial) · shelf-get (main)  → shelf-get
 *   GET /bins/{id}           archive-bin-get (main) · bin-get (partial)        → archive-bin-get
 *   GET /bins/{id}/shelves   bin-list-shelves (partial page of bin) · shelf-list (main page of
 *                            shelf, another type)                              → bin-list-shelves
 */
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { openApiDocument } from '../../src/emit/openapi/index.js'
import type { ApiModel, HttpMethod } from '../../src/model.js'
import { type PageInput, readDocs } from '../../src/read-docs.js'
import { baseTypesOf } from '../../src/shape/base-types.js'
import { listMethods } from '../../src/shape/method-listings.js'
import { indexRoutes } from '../../src/verify/answering-pages.js'
import { servedRoutes } from '../support/served-routes.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/route-owner', import.meta.url))

let pages: PageInput[]
let model: ApiModel

beforeAll(async () => {
  pages = (await readDocs(FIXTURE)).pages
  model = buildModel(pages)
})

/** Handler of each served route. */
const servedBy = (files: readonly { path: string; text: string }[]) =>
  servedRoutes(files.find((file) => file.path === 'server/routes.ts')?.text ?? '')

const OWNERS = {
  'GET /shelves/{shelf-id}': 'shelfGet',
  'GET /bins/{bin-id}': 'archiveBinGet',
  'GET /bins/{id}/shelves': 'binListShelves',
  'GET /shelves': 'shelfList',
}

describe('the page that owns a route several pages document', () => {
  it('splits listings into main and partial pages of each type', () => {
    const listings = listMethods(model)
    expect(Object.fromEntries(listings)).toEqual({
      'archive-bin-get': { main: ['microsoft.graph.bin'], partial: [] },
      'bin-get': { main: [], partial: ['microsoft.graph.bin'] },
      'bin-list-shelves': { main: [], partial: ['microsoft.graph.bin'] },
      'inventory-shelf-get': { main: [], partial: ['microsoft.graph.shelf'] },
      'shelf-get': { main: ['microsoft.graph.shelf'], partial: [] },
      'shelf-list': { main: ['microsoft.graph.shelf'], partial: [] },
    })
  })

  it('serves each route from its owner: the main page over a partial one of the same type only', () => {
    expect(servedBy(emitAll(model))).toEqual(OWNERS)
  })

  it('whatever the order of the pages', () => {
    expect(servedBy(emitAll(buildModel([...pages].reverse())))).toEqual(OWNERS)
  })

  it('gives the owner the lead in the client, the mock, verify and OpenAPI alike', () => {
    const files = emitAll(model)
    const client = files.find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(client).toContain('Docs: api/shelf-get.md, api/inventory-shelf-get.md')
    expect(client).toContain('Docs: api/archive-bin-get.md, api/bin-get.md')
    const mock = files.find((file) => file.path === 'server/mock-data.ts')?.text ?? ''
    expect(mock).toContain('"shelfGet"')
    // The other page's examples follow the owner's on its route (referenced, not served by it).
    const routes = files.find((file) => file.path === 'server/routes.ts')?.text ?? ''
    expect(routes).toContain('\\"operation\\":\\"shelfGet\\"')
    expect(routes).toContain('\\"examplesFrom\\":[\\"inventoryShelfGet\\"]')
    expect(mock).toContain('"inventoryShelfGet"')
    const answering = (method: HttpMethod, path: string) =>
      indexRoutes(model, listMethods(model), baseTypesOf(model.types))
        .answering(method, path)
        .map(({ operation }) => operation.id)
    expect(answering('GET', '/shelves/s1')).toEqual(['shelf-get', 'inventory-shelf-get'])
    expect(answering('GET', '/bins/b1')).toEqual(['archive-bin-get', 'bin-get'])
    expect(answering('GET', '/bins/b1/shelves')).toEqual(['bin-list-shelves', 'shelf-list'])
    const shelf = Object.entries(openApiDocument(model).paths).find(([path]) => path.startsWith('/shelves/'))
    expect(shelf?.[1].get?.description).toBe('Get shelf.')
    // The operation id is the route's, whichever page owns it.
    expect(shelf?.[1].get?.operationId).toBe('shelves.get')
  })

  it('leads with the main page among the pages that answer, a query-only page sorting first', () => {
    // A page of the main Methods table that writes the route only with a query, first by id.
    const shelfGet = pages.find((page) => page.file === 'api/shelf-get.md')?.text ?? ''
    const expanded = {
      file: 'api/a-shelf-get-expanded.md',
      text: shelfGet
        .replaceAll('Get shelf', 'Get shelf with its bins')
        .replace('GET /shelves/{shelf-id}\n', 'GET /shelves/{shelf-id}?$expand=bins\n'),
    }
    const listed = pages.map((page) =>
      page.file === 'resources/shelf.md'
        ? {
            ...page,
            text: page.text.replace(
              '|[List shelves]',
              '|[Get shelf with its bins](../api/a-shelf-get-expanded.md)|[shelf](shelf.md)|Read a shelf.|\n|[List shelves]',
            ),
          }
        : page,
    )
    const withExpanded = buildModel([...listed, expanded])
    expect(listMethods(withExpanded).get('a-shelf-get-expanded')?.main).toEqual(['microsoft.graph.shelf'])
    expect(servedBy(emitAll(withExpanded))['GET /shelves/{shelf-id}']).toBe('shelfGet')
    const shelf = Object.entries(openApiDocument(withExpanded).paths).find(([path]) =>
      path.startsWith('/shelves/'),
    )
    expect(shelf?.[1].get?.summary).toBe('Get shelf')
  })

  it('keeps the first page by id when no page documents more than half of the type', () => {
    // shelf.md left with `label` (table and JSON): one of the type's two properties.
    const thin = pages.map((page) =>
      page.file === 'resources/shelf.md'
        ? { ...page, text: page.text.replace(/^.*(capacity|aisle|height|color).*\n/gm, '') }
        : page,
    )
    expect(thin.find((page) => page.file === 'resources/shelf.md')?.text).not.toContain('|aisle|')
    expect(servedBy(emitAll(buildModel(thin)))['GET /shelves/{shelfId}']).toBe('inventoryShelfGet')
  })
})

// microsoftgraph/microsoft-graph-docs api-reference/v1.0/api/user-post-messages.md and
// singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md (2021), cut: "Create
// message" and "Create single-value extended property" both document `POST /me/messages`. The
// extended-property page's body is read as the message it creates the property in; it answers
// "the new or existing instance", no type.
describe('a route two pages about its type document, one answering with it', () => {
  const message = {
    file: 'resources/message.md',
    text: [
      '---\ndoc_type: resourcePageType\n---\n# message resource type\n\nNamespace: microsoft.graph\n',
      '## Properties\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Read-only. |\n| subject | String | The subject of the message. |\n',
      '## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.message" } -->',
      '```json\n{ "id": "String", "subject": "String" }\n```\n',
    ].join('\n'),
  }
  const createMessage = {
    file: 'api/user-post-messages.md',
    text: [
      '---\ndoc_type: apiPageType\n---\n# Create message\n\nNamespace: microsoft.graph\n',
      'Create a draft of a new message.\n',
      '## HTTP request\n<!-- { "blockType": "ignored" } -->\n```http\nPOST /me/messages\n```\n',
      '## Request body\nIn the request body, supply a JSON representation of [message](../resources/message.md) object.\n',
      '## Response\n\nIf successful, this method returns `201 Created` response code and [message](../resources/message.md) object in the response body.\n',
    ].join('\n'),
  }
  const createExtendedProperty = {
    file: 'api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md',
    text: [
      '---\ndoc_type: apiPageType\n---\n# Create single-value extended property\n\nNamespace: microsoft.graph\n',
      'Create one or more single-value extended properties in a new or existing instance of a resource.\n',
      '## HTTP request\n\nYou can create extended properties in a new or existing resource instance.\n',
      'To create one or more extended properties in a _new_ resource instance, use the same REST request as creating the instance. See the topics for creating a [message](../resources/message.md).\n',
      '<!-- { "blockType": "ignored" } -->\n\n```http\nPOST /me/messages\n```\n',
      '## Request body\n\nProvide a JSON body of each [singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md) object in the **singleValueExtendedProperties** collection property of the resource instance.\n',
      '| Property | Type | Description |\n| :-- | :-- | :-- |\n| singleValueExtendedProperties | [singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md) collection | An array of one or more single-valued extended properties. |\n| id | String | For each property in the **singleValueExtendedProperties** collection, specify this to identify the property. Required. |\n',
      'When creating an extended property in a _new_ resource instance, in addition to the new **singleValueExtendedProperties** collection, provide a JSON representation of that resource instance (that is, a [message](../resources/message.md), etc.)\n',
      '## Response\n\n#### Response code\n\nAn operation successful in creating an extended property in a new resource instance returns `201 Created`.\n',
      '#### Response body\n\nWhen creating an extended property, the response includes only the new or existing instance but not the new extended property.\n',
    ].join('\n'),
  }
  const pages = [message, createMessage, createExtendedProperty]

  it('is served by the page that answers with it, whatever the page order', () => {
    for (const order of [pages, [...pages].reverse()])
      expect(servedBy(emitAll(buildModel(order)))['POST /me/messages']).toBe('userPostMessages')
  })

  it('returns what that page answers in the client', () => {
    const client = emitAll(buildModel(pages)).find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(client).toContain('post(body: Bindable<T.Message>, options?: RequestOptions): Promise<T.Message>')
  })
})
