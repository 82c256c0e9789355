/** Which documented pages answer a concrete request path: the most specific matching routes, then
 *  the one rule for a (verb, path) several pages document. */
import { describe, expect, it } from 'vitest'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type { ApiModel, OperationDef, OperationKind, RouteTemplate } from '../../src/model.js'
import { baseTypesOf } from '../../src/shape/base-types.js'
import { listMethods } from '../../src/shape/method-listings.js'
import { indexRoutes } from '../../src/verify/answering-pages.js'

const at = { file: 'api/x.md', line: 1, column: 1 }

function operation(id: string, kind: OperationKind, ...lines: string[]): OperationDef {
  const routes = lines.map((line) => parseRouteTemplate(line, at).route as RouteTemplate)
  return { id, kind, routes, response: { status: 200 } } as unknown as OperationDef
}

const model = {
  types: {},
  operations: [
    operation('user-get', 'get', 'GET /users/{id | userPrincipalName}', 'GET /me'),
    operation('user-delta', 'function', 'GET /users/delta'),
    operation('user-list-messages', 'list', 'GET /users/{id}/messages', 'GET /me/messages'),
    operation('opentypeextension-get', 'get', 'GET /users/{id}/messages?$expand=extensions'),
    operation('driveitem-get-content', 'get', 'GET /me/drive/root:/{item-path}:/content'),
    operation(
      'range-get',
      'get',
      "GET /me/drive/items/{id}/workbook/worksheets/{id}/range(address='{address}')",
    ),
  ],
} as unknown as ApiModel

const routes = indexRoutes(model, listMethods(model), baseTypesOf(model.types))
const answering = (path: string) => routes.answering('GET', path).map(({ operation }) => operation.id)

describe('indexRoutes().answering', () => {
  it.each([
    ['/users/48d31887-5fad-4d73-a9f5-3c356e68a038', ['user-get']],
    ['/USERS/abc', ['user-get']],
    ['/users/delta', ['user-delta']],
    ['/users/delta/', ['user-delta']],
    ['/users/{id}/messages', ['user-list-messages']],
    ['/me/messages', ['user-list-messages']],
    ['/me/drive/root:/folder/book.xlsx:/content', ['driveitem-get-content']],
    ["/me/drive/items/01/workbook/worksheets/Sheet1/range(address='A1:B2')", ['range-get']],
    ['/me/nothing', []],
    ['/users/a/b/c', []],
  ])('%s → %j', (path, expected) => {
    expect(answering(path)).toEqual(expected)
  })

  it('answers only for the verb documented', () => {
    expect(routes.answering('DELETE', '/users/abc')).toEqual([])
  })
})
