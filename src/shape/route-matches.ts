/**
 * Whether a request path is one a route template answers, read segment by segment as the generated
 * server's router reads it (`fastify-url.ts`, and the runtime's `routableUrl` before it): a literal
 * matches itself in any letter case, a placeholder any one segment, a function call its name with
 * each argument's value (quoted or bare, up to `,` or `)`), an item path everything after `:/` up to
 * the next `:`, slashes included.
 *   /me/drive/root:/{item-path}:/children      ← /me/drive/root:/Reports/2024/book.xlsx:/children
 *   /me/drive/items/{id}/range(address='{a}')  ← /ME/drive/items/01/range(address='A1:B2')
 *   /users/{id}/messages                       ✗ /users/a/b/messages
 *
 * Reads: the route's segments.
 */
import { KEY_IN_PARENTHESES, keyInParentheses } from '../extract/route-template.js'
import type { PathSegment, RouteTemplate } from '../model.js'
import { normaliseSegment } from '../route-key.js'

/** `/me/drive/root:/a/b.txt:/content/` → `me`, `drive`, `root:`, `a%2Fb.txt:`, `content`: the
 *  slashes of an item path kept in its one segment, as the server's runtime does before routing;
 *  an OData key in parentheses is its own segment (`customers('a')` → `customers`, `a`). */
export function requestSegments(path: string): string[] {
  const trimmed = path.replace(/^\/|\/+$/g, '')
  if (trimmed === '') return []
  return trimmed
    .replace(
      /:\/([^:]*)(:|$)/g,
      (_, inside: string, end: string) => `:/${inside.replace(/\//g, '%2F')}${end}`,
    )
    .split('/')
    .flatMap((part) => {
      const key = KEY_IN_PARENTHESES.exec(part)
      return key ? [key[1] ?? '', keyInParentheses(key[2] ?? '')] : [part]
    })
}

/** `segments` are a request path's (`requestSegments`): one per segment of the route. */
export function routeMatches(route: RouteTemplate, segments: readonly string[]): boolean {
  const template = route.segments
  if (template.length !== segments.length) return false
  return template.every((segment, index) => {
    let part = segments[index] ?? ''
    // The segment before an item path ends in the `:` that opens it (`root:`, `{parent-id}:`).
    if (template[index + 1]?.kind === 'itemPath') {
      if (!part.endsWith(':')) return false
      part = part.slice(0, -1)
    }
    return segmentMatches(segment, part)
  })
}

function segmentMatches(segment: PathSegment, part: string): boolean {
  switch (segment.kind) {
    case 'literal':
      return part.toLowerCase() === segment.value.toLowerCase()
    case 'param':
      return part !== ''
    case 'itemPath':
      return /^[^:]+:$/.test(part)
    case 'call':
      return callMatches(segment, part)
  }
}

/** `range(address='A1:B2')` against `range(address={address})`: the name and each argument's name
 *  in order, in any letter case; no value holds `)` outside quotes. */
function callMatches(segment: Extract<PathSegment, { kind: 'call' }>, part: string): boolean {
  const open = part.indexOf('(')
  if (open === -1 || !part.endsWith(')')) return false
  if (part.slice(0, open).toLowerCase() !== segment.name.toLowerCase()) return false
  const args = callArguments(part.slice(open + 1, -1))
  return (
    args.length === segment.args.length &&
    segment.args.every((arg, index) => {
      const given = args[index] ?? ''
      const name = `${arg.name}=`.toLowerCase()
      return given.toLowerCase().startsWith(name) && !given.includes(')')
    })
  )
}

/** The `name=value` arguments of a call's parentheses: split at the commas outside quoted values,
 *  as the server reads them (`fastify-url.ts`), so a flags enum's members stay one value
 *  (`filterByCurrentUser(on='relatedPeopleAssignments,assignmentHistory')`, today's
 *  accesspackagesuggestions-filterbycurrentuser.md); `''` is a quote inside one. A space after a
 *  comma is none, as the server reads it (`getByUserIdAndRole(userId='…', role='…')`). */
export function callArguments(text: string): string[] {
  return (text.match(/(?:[^,']|'(?:[^']|'')*')+/g) ?? []).map((argument) => argument.trimStart())
}

/** The names, in lower case, of the arguments the routes' function calls write, as placeholders
 *  (`columnsAfter(count={n})`) or as values (`filterByCurrentUser(on='reviewer')`): what such a
 *  function's parameters are bound by, in the path, never the query string. */
export function callArgumentNames(routes: readonly RouteTemplate[]): Set<string> {
  return new Set(
    routes.flatMap((route) =>
      route.segments
        .map(normaliseSegment)
        .flatMap((segment) =>
          segment.kind === 'call' ? segment.args.map((arg) => arg.name.toLowerCase()) : [],
        ),
    ),
  )
}

/** A parameter's name as a page's table and its request lines both write it: letters and digits
 *  in any case (`{drive-id}` is `driveId`). */
export function parameterNameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}
