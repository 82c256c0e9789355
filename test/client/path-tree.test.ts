/**
 * The path tree and view model on tiny inline operations: routes merged by literal segments,
 * placeholders sharing `byId`, calls merged with same-named literals, deterministic output.
 */
import { describe, expect, it } from 'vitest'
import { clientIndex } from '../../src/emit/client/emit-client.js'
import { buildPathTree } from '../../src/emit/client/path-tree.js'
import { buildClientView } from '../../src/emit/client/view-model.js'
import { renderTemplate } from '../../src/emit/render-template.js'
import { assignTsNames } from '../../src/emit/type-names.js'
import type { OperationDef } from '../../src/model.js'
import { model, operation } from '../support/inline-operations.js'

describe('buildPathTree', () => {
  it('merges routes by literal segments, one byId for every placeholder name', () => {
    const { root } = buildPathTree([
      operation('a', 'GET', '/users/{id}/events', '/users/{id | userPrincipalName}/events'),
      operation('b', 'PATCH', '/users/{user-id}/events'),
    ])
    const users = root.literals.get('users')
    expect([...(users?.param?.names.keys() ?? [])].sort()).toEqual([
      '{id | userPrincipalName}',
      '{id}',
      '{user-id}',
    ])
    const events = users?.param?.node.literals.get('events')
    expect([...(events?.routes.keys() ?? [])]).toEqual(['GET', 'PATCH'])
    expect(events?.routes.get('GET')).toHaveLength(2)
  })

  it('treats a literal named like a function at the same position as the call without arguments', () => {
    const { root } = buildPathTree([
      operation('a', 'GET', '/sheets/{id}/range/format'),
      operation('b', 'GET', "/sheets/{id}/range(address='{address}')/format"),
      operation('c', 'GET', '/charts/{id}/image(width=640,height=480)'),
    ])
    const range = root.literals.get('sheets')?.param?.node.calls.get('range')
    expect(root.literals.get('sheets')?.param?.node.literals.has('range')).toBe(false)
    expect(range?.args).toEqual(['address'])
    expect(range?.variants).toEqual([[], ['address']])
    expect(range?.node.literals.get('format')?.routes.get('GET')).toHaveLength(2)
    expect(root.literals.get('charts')?.param?.node.calls.get('image')?.args).toEqual(['width', 'height'])
  })

  it('takes a route written with the docs ellipsis at its shallowest path, as the server and OpenAPI do', () => {
    const tree = buildPathTree([operation('a', 'GET', '/me/folders/{id}/.../messages')])
    const messages = tree.root.literals
      .get('me')
      ?.literals.get('folders')
      ?.param?.node.literals.get('messages')
    expect(messages?.routes.get('GET')).toHaveLength(1)
  })
})

describe('buildClientView', () => {
  const ops = [
    operation('b', 'GET', '/zeta/{id}', "/alpha/items/{id}/f(x='{x}')"),
    operation('a', 'POST', '/alpha/items', '/alpha/get/do'),
    operation('c', 'DELETE', '/alpha/items/{itemId}/delete'),
  ]
  const render = (operations: OperationDef[]) => {
    const m = model(operations)
    return clientIndex(buildClientView(m, assignTsNames(m), '// header\n')).text
  }

  it('is the same whatever the order of the operations', () => {
    expect(render([...ops].reverse())).toBe(render(ops))
  })

  it('names members after the segments and keeps the verbs free', () => {
    const m = model(ops)
    const view = buildClientView(m, assignTsNames(m), '')
    const alpha = view.nodes.find((node) => node.name === 'Alpha')
    expect(alpha?.children.map((child) => child.key)).toEqual(['get', 'items'])
    const item = view.nodes.find((node) => node.name === 'AlphaItemsItem')
    expect(item?.calls.map((call) => [call.key, call.parameter])).toEqual([
      ['f', 'args: { x: string | number | boolean }'],
    ])
    expect(view.nodes.map((node) => node.name)).toEqual([
      'GraphClient',
      'Alpha',
      'AlphaGet',
      'AlphaGetDo',
      'AlphaItems',
      'AlphaItemsItem',
      'AlphaItemsItemDelete',
      'AlphaItemsItemF',
      'Zeta',
      'ZetaItem',
    ])
  })
})

describe('the path that documents an item', () => {
  // Routes of today's site-getbypath.md, list-get.md and listitem-list.md
  // (test/fixtures/real-trees/graph-v1.0-today-core): the lists of a site are `/sites/{site-id}/lists`,
  // as most routes write the site, not the `{hostname}` one get-by-path page writes there.
  it('names the item as most routes do, not the first name in order', () => {
    const m = model([
      operation('site-getbypath', 'GET', '/sites/{hostname}:/{relative-path}'),
      operation('list-get', 'GET', '/sites/{site-id}/lists/{list-id}', '/sites/{site-id}/lists/{list-title}'),
      operation('listitem-list', 'GET', '/sites/{site-id}/lists/{list-id}/items'),
    ])
    const view = buildClientView(m, assignTsNames(m), '')
    expect(view.nodes.map((node) => node.path).filter((path) => path.includes('lists'))).toEqual([
      '/sites/{site-id}/lists',
      '/sites/{site-id}/lists/{list-id}',
      '/sites/{site-id}/lists/{list-id}/items',
    ])
  })
})

describe('renderTemplate', () => {
  it('fails on a view model field that is missing (strict mode)', () => {
    expect(() => renderTemplate('client/runtime', {})).toThrow(/header/)
  })
})
