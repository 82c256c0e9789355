/**
 * Routes are keyed by the requests they match: a function the docs write with example values is the
 * same route as one written with placeholders, as the server routes both (`fastify-url.ts`); two
 * pages documenting them are one route with one owner, not two registrations of one URL.
 */
import { expect, it } from 'vitest'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import { routeKey } from '../../src/route-key.js'

const at = { file: 'api/x.md', line: 1, column: 1 }
const keyOf = (line: string) => {
  const { route } = parseRouteTemplate(line, at)
  if (!route) throw new Error(`no route in ${line}`)
  return routeKey(route)
}

it('keys a call written with example values as the call written with placeholders', () => {
  expect(keyOf('GET /widgets/{id}/image(width=640)')).toBe(keyOf('GET /widgets/{id}/image(width={width})'))
  expect(keyOf("GET /me/drive/items/{id}/workbook/worksheets/{id}/range(address='A1:B2')")).toBe(
    keyOf("GET /me/drive/items/{item-id}/workbook/worksheets/{sheet}/range(address='{address}')"),
  )
  expect(keyOf('GET /widgets/{id}/image(width=640)')).not.toBe(keyOf('GET /widgets/{id}/image(height=480)'))
})
