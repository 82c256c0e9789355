/** Whether a request path is one a route template answers, segment by segment, as the generated
 *  server routes it. */
import { describe, expect, it } from 'vitest'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type { RouteTemplate } from '../../src/model.js'
import { requestSegments, routeMatches } from '../../src/shape/route-matches.js'

const at = { file: 'api/x.md', line: 1, column: 1 }
const route = (path: string) => parseRouteTemplate(`GET ${path}`, at).route as RouteTemplate

describe('requestSegments', () => {
  it.each([
    ['/users/abc/messages/', ['users', 'abc', 'messages']],
    ['/', []],
    ['/drive/root:/a/b.txt:/children', ['drive', 'root:', 'a%2Fb.txt:', 'children']],
    ['/sites/contoso.com:/teams/hr', ['sites', 'contoso.com:', 'teams%2Fhr']],
    // OData keys in parentheses (Business Central's examples; Graph's `worksheets({id})`)
    ['/companies(f2a5738a)/customers(f3a5)', ['companies', 'f2a5738a', 'customers', 'f3a5']],
    [
      "/workbook/worksheets('Sheet1')/range(address='A1')",
      ['workbook', 'worksheets', 'Sheet1', "range(address='A1')"],
    ],
    // A quote within a quoted key is written twice; a key holds no slash, and is not empty.
    ["/names('O''Brien')/x", ['names', "O'Brien", 'x']],
    ["/companies('c1/currencies/x1')", ["companies('c1", 'currencies', "x1')"]],
    ["/currencies('')", ["currencies('')"]],
  ])('%s → %j', (path, expected) => {
    expect(requestSegments(path)).toEqual(expected)
  })
})

describe('routeMatches', () => {
  it.each([
    // A route that writes a literal key in parentheses is the key segment it stands for, as requests are read.
    ["/currencies('default')", "/currencies('default')", true],
    ["/currencies('default')", '/currencies/default', true],
    ["/workbook/tables('{id}')/rows", "/workbook/tables('T1')/rows", true],
    ['/users/{id}/messages', '/users/48d31887/messages', true],
    ['/users/{id}/messages', '/USERS/abc/Messages', true],
    ['/users/{id}/messages', '/users/a/b/messages', false],
    ['/users/{id}/messages', '/users//messages', false],
    ['/users/{id}/messages', '/users/abc', false],
    ['/groups/{id}/members/$ref', '/groups/g1/members/$ref', true],
    ['/groups/{id}/members/$ref', '/groups/g1/members/$count', false],
    ['/drive/root:/{item-path}:/children', '/drive/root:/path:/children', true],
    ['/drive/root:/{item-path}:/children', '/drive/root:/Reports/2024/book (1).xlsx:/children', true],
    ['/drive/root:/{item-path}:/children', '/drive/root:/a:b:/children', false],
    ['/drive/root:/{item-path}:/children', '/drive/root/children', false],
    ['/drive/items/{parent-id}:/{filename}:/content', '/drive/items/01AB:/f.txt:/content', true],
    ['/drive/items/{parent-id}:/{filename}:/content', '/drive/items/01AB/f.txt/content', false],
    ["/f(a='{x}')", "/f(a='x')", true],
    ["/f(a='{x}')", '/F(A=x)', true],
    ["/f(a='{x}')", "/g(a='x')", false],
    ["/f(a='{x}')", "/f(b='x')", false],
    ["/f(a='{x}')", "/f(a='x',b='y')", false],
    // A flags enum's members in one quoted value (today's accesspackagesuggestions-filterbycurrentuser.md).
    ["/f(on='{on}')", "/f(on='relatedPeopleAssignments,assignmentHistory')", true],
    ['/r/resizedRange(deltaRows={n}, deltaColumns={n})', '/r/resizedRange(deltaRows=1,deltaColumns=2)', true],
    // A space after the comma, as the page's route writes it too (today's virtualeventwebinar-getbyuseridandrole.md).
    [
      "/webinars/getByUserIdAndRole(userId='{userId}', role='{role}')",
      "/webinars/getByUserIdAndRole(userId='b7ef', role='organizer')",
      true,
    ],
    ["/f(a='{x}', b='{y}')", "/f(a='x', c='y')", false],
    ['/users/delta', '/users/delta', true],
    ['/users/{id}', '/users/delta', true],
  ])('%s ← %s: %s', (template, path, expected) => {
    expect(routeMatches(route(template), requestSegments(path))).toBe(expected)
  })
})
