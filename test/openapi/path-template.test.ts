import { describe, expect, it } from 'vitest'
import { pathTemplateFromRoute, templateShape } from '../../src/emit/openapi/path-template.js'
import { parseRouteTemplate } from '../../src/extract/route-template.js'

const at = { file: 'api/x.md', line: 3, column: 1 }

function template(line: string) {
  const { route } = parseRouteTemplate(line, at)
  if (!route) throw new Error(`no route in ${line}`)
  return pathTemplateFromRoute(route)
}

describe('pathTemplateFromRoute', () => {
  const cases: [string, string, string[]][] = [
    // request line, OpenAPI path, inexact reasons (by a word each)
    ['GET /users', '/users', []],
    ['GET /users/{id | userPrincipalName}/messages', '/users/{id}/messages', []],
    ['GET /me/calendars/{id}/events/{id}', '/me/calendars/{calendarId}/events/{eventId}', ['repeated']],
    [
      'GET /me/drive/root:/{item-path}:/workbook/tables',
      '/me/drive/root:/{itemPath}:/workbook/tables',
      ['item path'],
    ],
    [
      "GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>')",
      "/me/drive/items/{itemId}/workbook/worksheets/{worksheetId}/range(address='{address}')",
      ['function', 'repeated'],
    ],
    [
      'POST /me/x/range/resizedRange(deltaRows={n}, deltaColumns={n})',
      '/me/x/range/resizedRange(deltaRows={deltaRows},deltaColumns={deltaColumns})',
      ['function', 'repeated'],
    ],
    [
      "GET /me/x/image(width=640,height=480,fittingMode='fit')",
      "/me/x/image(width=640,height=480,fittingMode='fit')",
      [],
    ],
    ['GET /me/mailFolders/{id}/.../messages', '/me/mailFolders/{id}/messages', ['/.../']],
    ['GET /me/settings/', '/me/settings', []],
    ['GET /', '/', []],
  ]
  it.each(cases)('%s', (line, path, reasons) => {
    const result = template(line)
    expect(result.path).toBe(path)
    expect(result.inexact).toHaveLength(reasons.length)
    for (const [index, reason] of reasons.entries()) expect(result.inexact[index]).toContain(reason)
  })

  it('lists path parameters in path order with the placeholder as written', () => {
    expect(template('GET /users/{id | userPrincipalName}/events/{event-id}').params).toEqual([
      { name: 'id', raw: '{id | userPrincipalName}' },
      { name: 'eventId', raw: '{event-id}' },
    ])
  })

  it('gives equivalent templates one shape', () => {
    expect(templateShape('/users/{id}/x')).toBe(templateShape('/users/{userId}/x'))
  })
})
