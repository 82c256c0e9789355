/**
 * The path tree and view model on tiny inline operations: routes merged by literal segments,
 * placeholders sharing `byId`, calls merged with same-named literals (but a collection's alternate
 * key), deterministic output.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { clientIndex } from '../../src/emit/client/emit-client.js'
import { buildPathTree } from '../../src/emit/client/path-tree.js'
import { buildClientView } from '../../src/emit/client/view-model.js'
import { renderTemplate } from '../../src/emit/render-template.js'
import { assignTsNames } from '../../src/emit/type-names.js'
import type { OperationDef } from '../../src/model.js'
import { importClient } from '../support/import-client.js'
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

  // Routes of the sample's calendargroup-list-calendars.md, event-delete.md and
  // calendargroup-get.md: the request lines spell the same segment `calendarGroups` and
  // `calendargroups`, and Graph (and the generated server) read them alike.
  it('merges literals spelt alike but for letter case under the spelling most routes write', () => {
    const { root } = buildPathTree([
      operation('a', 'GET', '/me/calendarGroups/{id}/calendars', '/me/calendarGroups/{id}'),
      operation('b', 'DELETE', '/me/calendargroups/{id}/calendars/{id}/events/{id}'),
    ])
    const me = root.literals.get('me')
    expect([...(me?.literals.keys() ?? [])]).toEqual(['calendarGroups'])
    const calendars = me?.literals.get('calendarGroups')?.param?.node.literals.get('calendars')
    expect(calendars?.routes.get('GET')).toHaveLength(1)
    expect(calendars?.param?.node.literals.get('events')?.param?.node.routes.get('DELETE')).toHaveLength(1)
    const lowerFirst = buildPathTree([
      operation('a', 'GET', '/me/contactfolders/{id}', '/me/contactfolders'),
      operation('b', 'GET', '/me/contactFolders'),
    ])
    expect([...(lowerFirst.root.literals.get('me')?.literals.keys() ?? [])]).toEqual(['contactfolders'])
    // As many routes each way: the spelling with capitals (the property's own) is kept, and a verb
    // both document meets at one node.
    const tie = buildPathTree([
      operation('a', 'GET', '/me/mailfolders'),
      operation('b', 'GET', '/me/mailFolders'),
    ]).root.literals.get('me')
    expect([...(tie?.literals.keys() ?? [])]).toEqual(['mailFolders'])
    expect(tie?.literals.get('mailFolders')?.routes.get('GET')).toHaveLength(2)
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

  // Routes of today's application-post-applications.md, application-get.md (test/fixtures/real-trees/
  // graph-v1.0-today-core): `/applications(appId='{appId}')` addresses one application by an
  // alternate key; `/applications` stays the collection it lists and creates in.
  it('keeps a collection beside a call of its name that addresses an item by an alternate key', () => {
    const alternateKey = [
      operation('application-post-applications', 'POST', '/applications'),
      operation('application-get', 'GET', '/applications/{id}', "/applications(appId='{appId}')"),
    ]
    for (const operations of [alternateKey, [...alternateKey].reverse()]) {
      const { root } = buildPathTree(operations)
      expect(root.literals.get('applications')?.routes.has('POST')).toBe(true)
      expect(root.literals.get('applications')?.param).toBeDefined()
      expect(root.calls.get('applications')?.variants).toEqual([['appId']])
      expect(root.calls.get('applications')?.node.routes.get('GET')).toHaveLength(1)
    }
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

describe('a collection also called with an alternate key', () => {
  it('takes the arguments of one written key form, all of them', () => {
    const m = model([
      { ...operation('application-post-applications', 'POST', '/applications'), kind: 'create' },
      operation(
        'application-get',
        'GET',
        '/applications/{id}',
        "/applications(appId='{appId}')",
        "/applications(uniqueName='{uniqueName}')",
      ),
    ])
    expect(clientIndex(buildClientView(m, assignTsNames(m), '')).text).toContain(
      'readonly applications: Applications & ((args: { appId: string | number | boolean } | { uniqueName: string | number | boolean }) => ApplicationsByKey)',
    )
  })

  it('is one member: the collection, callable for the item', () => {
    const m = model([
      { ...operation('application-post-applications', 'POST', '/applications'), kind: 'create' },
      operation('application-get', 'GET', '/applications/{id}', "/applications(appId='{appId}')"),
    ])
    const text = clientIndex(buildClientView(m, assignTsNames(m), '')).text
    expect(text).toContain(
      'readonly applications: Applications & ((args: { appId: string | number | boolean }) => ApplicationsByKey)',
    )
    const body = (name: string) => text.slice(text.indexOf(`export interface ${name} {`)).split('\n}\n')[0]
    expect(body('Applications')).toContain('byId(id: string | number): ApplicationsItem')
    expect(body('Applications')).toContain('POST /applications')
    expect(body('ApplicationsByKey')).toContain("GET /applications(appId='{appId}')")
    expect(text).not.toMatch(/^ {2}applications\(/m)
  })

  it('sends the collection, the item by key and the item by the alternate key to their URLs', async () => {
    const files = emitAll(buildModel(ALTERNATE_KEY_PAGES))
    const temp = mkdtempSync(join(tmpdir(), 'doc2ts-alternate-key-'))
    try {
      type Node = { get(): Promise<unknown>; post(body: object): Promise<unknown> }
      const { createClient } = await importClient<{
        applications: Node & ((args: { appId: string }) => Node) & { byId(id: string): Node }
      }>(files, temp)
      const urls: string[] = []
      const fetch = async (url: string, init?: { method?: string }) => {
        urls.push(`${init?.method ?? 'GET'} ${url}`)
        return new Response('{}', { headers: { 'content-type': 'application/json' } })
      }
      const client = createClient({ baseUrl: 'https://graph.example.com/v1.0', fetch })
      await client.applications.post({ displayName: 'a' })
      await client.applications.byId('o1').get()
      await client.applications({ appId: 'a1' }).get()
      expect(urls).toEqual([
        'POST https://graph.example.com/v1.0/applications',
        'GET https://graph.example.com/v1.0/applications/o1',
        "GET https://graph.example.com/v1.0/applications(appId='a1')",
      ])
    } finally {
      rmSync(temp, { recursive: true, force: true })
    }
  })
})

/** Today's application-post-applications.md and application-get.md, cut. */
const ALTERNATE_KEY_PAGES = [
  {
    file: 'api/application-post-applications.md',
    text: [
      '# Create application\n\nNamespace: microsoft.graph\n\nCreate a new application object.\n',
      '## HTTP request\n<!-- { "blockType": "ignored" } -->\n```http\nPOST /applications\n```\n',
      '## Request body\nIn the request body, supply a JSON representation of an [application](../resources/application.md) object.\n',
      '## Response\nIf successful, this method returns `201 Created` response code and an [application](../resources/application.md) object in the response body.\n',
    ].join('\n'),
  },
  {
    file: 'api/application-get.md',
    text: [
      '# Get application\n\nNamespace: microsoft.graph\n\nGet the properties and relationships of an application object.\n',
      '## HTTP request\n<!-- { "blockType": "ignored" } -->\n```http\nGET /applications/{applicationObjectId}\nGET /applications(appId=\'{appId}\')\n```\n',
      '## Response\nIf successful, this method returns a `200 OK` response code and an [application](../resources/application.md) object in the response body.\n',
    ].join('\n'),
  },
  {
    file: 'resources/application.md',
    text: '# application resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n| displayName | String | The name. |\n',
  },
]

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
