import { describe, expect, it } from 'vitest'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import { matchesRouteGlob, parseRouteGlob } from '../../src/select/route-glob.js'

const at = { file: 'api/x.md', line: 1, column: 1 }

function segmentsOf(path: string) {
  const { route } = parseRouteTemplate(`GET ${path}`, at)
  if (!route) throw new Error(`unparsable test route ${path}`)
  return route.segments
}

// [glob, route as the docs write it, matches]
const CASES: [string, string, boolean][] = [
  // `**`: any number of segments, none too
  ['/users/**', '/users', true],
  ['/users/**', '/users/{id}', true],
  ['/users/**', '/users/{id | userPrincipalName}/messages/{id}/attachments', true],
  ['/users/**', '/me/messages', false],
  ['/users/**', '/usersX/{id}', false],
  ['/**', '/', true],
  ['/**/attachments', '/me/messages/{id}/attachments', true],
  ['/**/attachments', '/me/messages/{id}/attachments/{id}', false],
  ['/me/**/{id}', '/me/events/{id}', true],
  ['/me/**/**/events', '/me/calendars/{id}/events', true],
  // `*`: exactly one segment, of any kind
  ['/me/messages/*', '/me/messages/{id}', true],
  ['/me/messages/*', '/me/messages', false],
  ['/me/messages/*', '/me/messages/{id}/attachments', false],
  ['/me/messages/*', '/me/messages/delta', true],
  ['/me/*/{id}', '/me/events/{id}', true],
  ['/me/*Folders/**', '/me/mailFolders/{id}/messages', true],
  ['/me/*Folders/**', '/me/contactFolders', true],
  ['/me/*Folders/**', '/me/messages', false],
  // a placeholder matches any placeholder, whatever its name
  ['/groups/{id}/members', '/groups/{group-id}/members', true],
  ['/groups/{x}/members', '/groups/{id | name}/members', true],
  ['/groups/<id>/members', '/groups/{id}/members', true],
  ['/groups/{id}/members', '/groups/members/members', false],
  ['/groups/{id}/members', '/groups/{id}/members/{id}', false],
  // literal segments compare without case
  ['/Users/{id}/MailFolders', '/users/{id}/mailFolders', true],
  ['/deviceManagement/**', '/devicemanagement/managedDevices', true],
  // function calls: by their name, by `*`, by `**`
  [
    '/me/drive/items/{id}/workbook/worksheets/{id}/range',
    "/me/drive/items/{id}/workbook/worksheets/{id}/range(address='{address}')",
    true,
  ],
  [
    "/me/drive/items/*/workbook/worksheets/*/range(address='A1')",
    "/me/drive/items/{id}/workbook/worksheets/{id}/range(address='<address>')",
    true,
  ],
  [
    '/me/drive/items/*/workbook/worksheets/*/*',
    "/me/drive/items/{id}/workbook/worksheets/{id}/range(address='{address}')",
    true,
  ],
  [
    '/me/drive/**/entireRow',
    "/me/drive/items/{id}/workbook/worksheets/{id}/range(address='{address}')/entireRow",
    true,
  ],
  ['/me/drive/**/range', '/me/drive/items/{id}/workbook/worksheets/{id}/usedRange', false],
  // item paths: the `{x}` after `name:` is one placeholder segment; `*` and `**` match it too
  ['/me/drive/root:/{item-path}:/content', '/me/drive/root:/{item-path}:/content', true],
  ['/me/drive/root/{path}/content', '/me/drive/root:/{item-path}:/content', true],
  ['/me/drive/root/*/content', '/me/drive/root:/{item-path}:/content', true],
  ['/me/drive/**/content', '/me/drive/root:/{item-path}:/content', true],
  ['/me/drive/root:/{item-path}:/content', '/me/drive/root/content', false],
  // type casts are literal segments
  [
    '/deviceAppManagement/mobileApps/*/microsoft.graph.mobileLobApp/**',
    '/deviceAppManagement/mobileApps/{id}/microsoft.graph.mobileLobApp/contentVersions',
    true,
  ],
  [
    '/deviceAppManagement/mobileApps/*/microsoft.graph.mobileLobApp',
    '/deviceAppManagement/mobileApps/{id}/microsoftXgraphXmobileLobApp',
    false,
  ],
  // a query string and a trailing slash are not part of the path; the leading slash is optional
  ['/me/calendarView?startDateTime={s}', '/me/calendarView?startDateTime={start_datetime}', true],
  ['/me/events/', '/me/events', true],
  ['me/events', '/me/events', true],
  ['https://graph.microsoft.com/v1.0/me/events/*', '/me/events/{id}', true],
]

describe('route globs', () => {
  it.each(CASES)('%s on %s → %s', (glob, route, expected) => {
    expect(matchesRouteGlob(parseRouteGlob(glob), segmentsOf(route))).toBe(expected)
  })
})
