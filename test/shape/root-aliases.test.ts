/** Other names of a collection's item at the root of a path, read from the pages' request lines. */
import { describe, expect, it } from 'vitest'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type { OperationDef, RouteTemplate } from '../../src/model.js'
import { MIN_PAGES, rootAliases } from '../../src/shape/root-aliases.js'

/** An operation of page `file` documenting `lines`, its request examples calling `called` (only
 *  what the rule reads). */
function page(file: string, lines: string[], called: string[] = []): OperationDef {
  const routes = lines.map(
    (line, index) => parseRouteTemplate(line, { file, line: index + 1, column: 1 }).route as RouteTemplate,
  )
  const examples = called.map((url) => ({ kind: 'request', url, headers: {} }))
  return { file, routes, examples } as unknown as OperationDef
}

// Request lines as the sample's pages write them (api/user-get.md, event-list.md,
// user-list-messages.md, user-list-calendarview.md).
const USER_PAGES = [
  page('api/user-get.md', ['GET /me', 'GET /users/{id | userPrincipalName}']),
  page('api/user-list-events.md', ['GET /me/events', 'GET /users/{id | userPrincipalName}/events']),
  page('api/user-list-messages.md', [
    'GET /me/messages',
    'GET /users/{id | userPrincipalName}/messages',
    'GET /me/mailFolders/{id}/messages',
    'GET /users/{id | userPrincipalName}/mailFolders/{id}/messages',
  ]),
  page('api/user-list-calendarview.md', [
    'GET /me/calendar/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}',
    'GET /users/{id | userPrincipalName}/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}',
  ]),
]

describe('rootAliases', () => {
  it('takes /me for a user where pages document /me beside /users/{id}, the user itself among them', () => {
    expect(rootAliases(USER_PAGES)).toEqual([{ alias: 'me', collection: 'users' }])
  })

  it('needs a page documenting the root itself beside the item: paired paths alone are not one resource', () => {
    // Intune's pages document the same rest under /deviceManagement and /users/{id}
    // (api/intune-devices-manageddevice-get.md and its siblings).
    const intune = ['get', 'update', 'delete', 'wipe'].map((verb) =>
      page(`api/intune-devices-manageddevice-${verb}.md`, [
        'GET /users/{usersId}/managedDevices/{managedDeviceId}',
        'GET /deviceManagement/managedDevices/{managedDeviceId}',
      ]),
    )
    expect(rootAliases(intune)).toEqual([])
    expect(rootAliases(USER_PAGES.slice(1))).toEqual([])
  })

  it('takes the root a page calls its item by in its request example as that item itself', () => {
    // Today's api-reference/v1.0/api/user-update.md: `PATCH /users/{id | userPrincipalName}`,
    // its example `PATCH https://graph.microsoft.com/v1.0/me`; no page of the tree documents `GET /me`.
    const update = page(
      'api/user-update.md',
      ['PATCH /users/{id | userPrincipalName}'],
      ['https://graph.microsoft.com/v1.0/me'],
    )
    const contacts = page('api/user-list-contacts.md', [
      'GET /me/contacts',
      'GET /users/{id | userPrincipalName}/contacts',
    ])
    const paired = [...USER_PAGES.slice(1), contacts]
    expect(rootAliases([update, ...paired])).toEqual([{ alias: 'me', collection: 'users' }])
    const other = page('api/user-update.md', ['PATCH /users/{id | userPrincipalName}'], ['/users/87d349ed'])
    expect(rootAliases([other, ...paired])).toEqual([])
  })

  it('takes the root a request example calls a route under the item by, on a tree of one page', () => {
    // microsoft-graph-docs-contrib api/opentypeextension-delete.md documents
    // `DELETE /users/{id|userPrincipalName}/messages/{id}/extensions/{extensionId}` and calls it as `/me/…`.
    const lines = [
      'DELETE /users/{id|userPrincipalName}/messages/{id}/extensions/{extensionId}',
      'DELETE /groups/{id}/events/{id}/extensions/{extensionId}',
    ]
    const called = (url: string) => rootAliases([page('api/opentypeextension-delete.md', lines, [url])])
    expect(
      called('https://graph.microsoft.com/v1.0/me/messages/AAMk==/extensions/Com.Contoso.Referral'),
    ).toEqual([{ alias: 'me', collection: 'users' }])
    // An example calling a documented route as written, or a path of another rest, names no alias.
    expect(
      called('https://graph.microsoft.com/v1.0/groups/f5/events/AAM/extensions/Com.Contoso.Referral'),
    ).toEqual([])
    expect(called('https://graph.microsoft.com/v1.0/me/events/AAM')).toEqual([])
  })

  it('takes no root from an example that could call the routes of two collections so', () => {
    const events = page(
      'api/event-list.md',
      ['GET /users/{id}/events', 'GET /groups/{id}/events'],
      ['https://graph.microsoft.com/v1.0/me/events'],
    )
    expect(rootAliases([events])).toEqual([])
  })

  it('takes the collection most pages pair the root with, on at least three pages', () => {
    // OneDrive's drive pages list a drive under every owner (docs/rest-api/api/drive_get.md).
    const drive = (file: string, rest: string) =>
      page(file, [
        `GET /drive${rest}`,
        `GET /drives/{drive-id}${rest}`,
        `GET /groups/{group-id}/drive${rest}`,
        `GET /me/drive${rest}`,
      ])
    const pages = [
      drive('drive_get.md', ''),
      drive('drive_list_children.md', '/root/children'),
      drive('drive_recent.md', '/recent'),
    ]
    expect(rootAliases(pages)).toEqual([{ alias: 'drive', collection: 'drives' }])
    expect(rootAliases(pages.slice(0, MIN_PAGES - 1))).toEqual([])
  })

  it('of two collections paired with the root itself, takes the one more pages pair it with', () => {
    // A made-up API where /me stands for a user on more pages than for a group.
    const pair = (collection: string, count: number) =>
      Array.from({ length: count }, (_, index) =>
        page(`api/${collection}-${index}.md`, [
          `GET /me${index ? `/x${index}` : ''}`,
          `GET /${collection}/{id}${index ? `/x${index}` : ''}`,
        ]),
      )
    expect(rootAliases([...pair('groups', MIN_PAGES), ...pair('users', MIN_PAGES + 1)])).toEqual([
      { alias: 'me', collection: 'users' },
    ])
    expect(rootAliases([...pair('users', MIN_PAGES + 1), ...pair('groups', MIN_PAGES + 2)])).toEqual([
      { alias: 'me', collection: 'groups' },
    ])
    expect(rootAliases(pair('users', MIN_PAGES - 1))).toEqual([])
  })
})
