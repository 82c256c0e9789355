/** Tiny inline operations (one per id, its routes from `METHOD path` texts) and a model of them
 *  alone, for the client's path tree and views. */
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type { ApiModel, HttpMethod, OperationDef } from '../../src/model.js'

const position = { file: 'api/x.md', line: 1, column: 1 }

export function operation(id: string, method: HttpMethod, ...paths: string[]): OperationDef {
  return {
    id,
    file: `api/${id}.md`,
    title: id,
    description: '',
    kind: method === 'GET' ? 'get' : 'action',
    routes: paths.flatMap((raw) => {
      const { route } = parseRouteTemplate(`${method} ${raw}`, position)
      return route ? [route] : []
    }),
    parameters: [],
    response: { status: 200, collection: false, source: 'none' },
    queryOptions: [],
    permissions: [],
    examples: [],
    position,
  }
}

export function model(operations: OperationDef[]): ApiModel {
  return { types: {}, undocumented: {}, operations, diagnostics: [], pages: operations.length }
}
