import { describe, expect, it } from 'vitest'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import { endingName, isRawValueRoute, isReferenceRoute, lastLiteral } from '../../src/route-end.js'

const at = { file: 'api/x.md', line: 10, column: 1 }
const route = (line: string) => parseRouteTemplate(line, at).route

describe('lastLiteral', () => {
  const cases: [string, string | undefined][] = [
    ['GET /me/mailboxSettings/dateFormat', 'dateFormat'],
    ['GET /users/{id}/microsoft.graph.user', 'microsoft.graph.user'],
    ['GET /users/{id}', undefined],
    ['GET /me/drive/root:/{item-path}:', undefined],
    ["GET /me/drive/items/{id}/workbook/worksheets/{id}/range(address='<address>')", undefined],
    ["GET /reports/getOffice365ActiveUserCounts(period='D7')", "getOffice365ActiveUserCounts(period='D7')"],
  ]
  it.each(cases)('%s → %s', (line, expected) => {
    expect(lastLiteral(route(line))).toBe(expected)
  })
})

describe('isReferenceRoute, isRawValueRoute', () => {
  const cases: [string, boolean, boolean][] = [
    ['POST /groups/{id}/members/$ref', true, false],
    ['DELETE /groups/{id}/members/{id}/$REF', true, false],
    ['GET /me/photo/$value', false, true],
    ['PUT /me/photo/$Value', false, true],
    ['GET /me/photo', false, false],
    ['GET /me/$refs', false, false],
  ]
  it.each(cases)('%s → reference %s, raw value %s', (line, reference, raw) => {
    expect(isReferenceRoute(route(line))).toBe(reference)
    expect(isRawValueRoute(route(line))).toBe(raw)
  })
})

describe('endingName', () => {
  const cases: [string, { name: string; call: boolean } | undefined][] = [
    ['POST /me/sendMail', { name: 'sendMail', call: false }],
    ['GET /users/{id}/microsoft.graph.user', { name: 'user', call: false }],
    [
      "GET /me/drive/items/{id}/workbook/worksheets/{id}/range(address='<address>')",
      { name: 'range', call: true },
    ],
    ['GET /me/photo/microsoft.graph.image(width=640)', { name: 'image', call: true }],
    ['GET /me/photo/$value', undefined],
    ['GET /users/{id}', undefined],
  ]
  it.each(cases)('%s', (line, expected) => {
    expect(endingName(route(line))).toEqual(expected)
  })
})
