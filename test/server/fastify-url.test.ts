import { describe, expect, it } from 'vitest'
import { fastifyUrlFor } from '../../src/emit/server/fastify-url.js'
import { parseRouteTemplate } from '../../src/extract/route-template.js'

const at = { file: 'api/x.md', line: 1, column: 1 }
/** A function argument's pattern: a quoted string (a quote doubled inside) or a bare value. */
const ARG = String.raw`(^(?:[\w.]*'(?:[^']|'')*'|[^,\x29']*))`

describe('fastifyUrlFor', () => {
  it.each([
    [
      'GET /deviceManagement/uploads/{uploadId}',
      '/deviceManagement/uploads/:uploadId',
      [],
      '/deviceManagement/uploads/:',
    ],
    [
      "GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>')",
      `/me/drive/items/:itemId/workbook/worksheets/:worksheetId/range(address=:address${ARG})`,
      ['address'],
      `/me/drive/items/:/workbook/worksheets/:/range(address=:${ARG})`,
    ],
    [
      // The sample's chart-image.md writes example values: the client sends any.
      'GET /workbook/charts/{id}/image(width=640,height=480)',
      `/workbook/charts/:id/image(width=:width${ARG},height=:height${ARG})`,
      ['width', 'height'],
      `/workbook/charts/:/image(width=:${ARG},height=:${ARG})`,
    ],
    [
      'GET /me/drive/root:/{item-path}:/children',
      '/me/drive/root::/:itemPath(^[^:]+)::/children',
      [],
      '/me/drive/root::/:(^[^:]+)::/children',
    ],
    [
      // OneDrive/onedrive-api-docs docs/rest-api/api/site_getbypath.md: without the pattern,
      // find-my-way names the first parameter `hostname::`, and the route never has `hostname`.
      'GET /sites/{hostname}:/{relative-path}',
      '/sites/:hostname(^[^:]+)::/:relativePath(^[^:]+)::',
      [],
      '/sites/:(^[^:]+)::/:(^[^:]+)::',
    ],
  ])('%s', (line, url, callParams, shape) => {
    const route = parseRouteTemplate(line, at).route
    expect(route).toBeDefined()
    if (!route) return
    const result = fastifyUrlFor(route)
    expect(result.url).toBe(url)
    expect([...result.callArguments.keys()]).toEqual(callParams)
    expect(result.shape).toBe(shape)
  })
})
