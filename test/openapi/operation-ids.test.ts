import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

/** An API page documenting `requests` (`GET /x`), returning `returns`. */
const api = (
  file: string,
  title: string,
  requests: string[],
  returns = 'a [part](../resources/part.md) object',
) => ({
  file: `api/${file}.md`,
  text: `---\ndoc_type: apiPageType\n---\n# ${title}\n\nNamespace: microsoft.graph\n\n## HTTP request\n\n\`\`\`http\n${requests.join('\n')}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and ${returns} in the response body.\n`,
})
const resource = (name: string, base: string | undefined, methods: string[]) => ({
  file: `resources/${name}.md`,
  text: `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n\n${base ? `Inherits from [${base}](${base}.md).\n\n` : ''}## Methods\n\n| Method | Return type | Description |\n|:---|:---|:---|\n${methods.map((page) => `| [${page}](../api/${page}.md) | [${name}](${name}.md) | ${page} |`).join('\n')}\n\n## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n| ${name}Size | Int32 | The size. |\n`,
})

const parts = 'a collection of [part](../resources/part.md) objects'
const pages = [
  // part derives from entity, which this tree does not document (as in a partial tree).
  resource('part', 'entity', ['part-list']),
  resource('gear', 'part', ['a-gear-list', 'a-gear-create']),
  resource('cog', 'part', ['a-cog-create']),
  api('part-list', 'List parts', ['GET /parts'], parts),
  // Sorts first by page id, yet the path lists parts of every kind: it is tagged `part`.
  api('a-gear-list', 'List gears', ['GET /parts'], parts),
  // No page of part's creates one, but each kind of part's: the path is still part's.
  api('a-gear-create', 'Create gear', ['POST /parts']),
  api('a-cog-create', 'Create cog', ['POST /parts']),
  api('part-get', 'Get part', ['GET /parts/{id}']),
  api('part-update', 'Update part', ['PATCH /parts/{id}']),
  api('part-content', 'Get part content', ['GET /parts/{id}/$value']),
  api('part-cast', 'List gears', ['GET /parts/microsoft.graph.gear'], parts),
  api('part-range', 'Get range', ["GET /parts/{id}/range(address='{address}')"]),
  api('table-add', 'Add table', ['POST /tables/add', 'POST /tables/{id}/add']),
]

const document = JSON.parse(
  emitAll(buildModel(pages)).find((file) => file.path === 'openapi.json')?.text ?? '{}',
) as OpenApiDocument
const operation = (path: string, method: 'get' | 'post' | 'patch') => document.paths[path]?.[method]

describe('OpenAPI operation ids and tags', () => {
  it('say what the operation does, from its path and kind', () => {
    expect(operation('/parts', 'get')?.operationId).toBe('parts.list')
    expect(operation('/parts/{id}', 'get')?.operationId).toBe('parts.get')
    expect(operation('/parts/{id}', 'patch')?.operationId).toBe('parts.update')
    expect(operation('/parts/{id}/$value', 'get')?.operationId).toBe('parts.value.get')
    expect(operation('/parts/microsoft.graph.gear', 'get')?.operationId).toBe('parts.gear.list')
    expect(operation("/parts/{id}/range(address='{address}')", 'get')?.operationId).toMatch(
      /^parts\.rangeWithAddress(\.get)?$/,
    )
  })

  it('name the keys of paths that would otherwise read alike, and are unique', () => {
    expect(operation('/tables/add', 'post')?.operationId).toBe('tables.add')
    expect(operation('/tables/{id}/add', 'post')?.operationId).toBe('tables.item.add')
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    )
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('tag a path documented by several resources with the one the others derive from', () => {
    expect(operation('/parts', 'get')?.tags).toEqual(['part'])
    expect(operation('/parts', 'post')?.tags).toEqual(['part'])
  })
})
