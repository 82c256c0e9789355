/**
 * Routes an HTTP request block writes relative to a base that only the page's request examples show:
 *   ## HTTP request
 *   POST /workbook/names/add
 *   ## Example
 *   POST https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/names/add
 * The block is relative when none of its routes starts the way any request example does and an
 * example's path ends with one route's segments, after a base written as a template (it holds a
 * `{placeholder}`): the routes from the same root take that base, and each is reported
 * (`relative-route`), so the writer can give the route from its root. A concrete base
 * (`PATCH /subscriptions/{id}` beside OneDrive's example `PATCH /drive/root/subscriptions/{id}`) shows
 * another way to call, not a base: a route from a root of its own is not relative.
 */
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, ExampleDef, PathSegment, RouteTemplate } from '../model.js'
import { parseRouteTemplate } from './route-template.js'

export function anchorRelativeRoutes(
  routes: readonly RouteTemplate[],
  examples: readonly ExampleDef[],
  diagnostics: Diagnostic[],
): RouteTemplate[] {
  const called = examples.flatMap((example) => {
    if (example.kind !== 'request' || !example.method || !example.url) return []
    const { route } = parseRouteTemplate(`${example.method} ${example.url}`, example.position, 'keep')
    return route ? [route] : []
  })
  const roots = new Set(called.map((route) => rootOf(route.segments)))
  if (routes.some((route) => roots.has(rootOf(route.segments)))) return [...routes]
  // One base for the block: the first route that an example ends with after a template base (in
  // page order, whatever the order of the examples) shows it; the routes from its root take it too.
  const shown = routes
    .flatMap((route) =>
      called.map((example) => ({ route, base: templateBase(example.segments, route.segments), example })),
    )
    .find(({ base }) => base !== undefined)
  if (!shown?.base) return [...routes]
  const { example, base } = shown
  // Written from the parsed segments: the example's text may hold `//` or a `/` inside quotes.
  const baseRaw = base.map((segment) => `/${segment.kind === 'param' ? segment.raw : segment.value}`).join('')
  const root = rootOf(shown.route.segments)
  return routes.map((route) => {
    if (rootOf(route.segments) !== root) return route
    // Read again from its root, so that its placeholders are named as any route's (`{id}` twice
    // becomes `itemId` and `worksheetId`: OpenAPI and the server take a name once per path).
    const line = `${route.method} ${baseRaw}${route.raw}${route.query === undefined ? '' : `?${route.query}`}`
    const anchored = parseRouteTemplate(line, route.position).route
    if (!anchored) return route
    diagnostics.push(
      diagnostic(
        'relative-route',
        route.position,
        `Unexpected route \`${route.raw}\` relative to a base, expected a path from its root; the request example (line ${example.position.line}) shows the base: \`${example.raw}\`; read as \`${anchored.raw}\``,
      ),
    )
    return anchored
  })
}

/**
 * What `whole` has before it ends with `tail`, where that is a template base: literals and at
 * least one placeholder (`/me/drive/items/{id}`), not a concrete path, a call, an item path, or a
 * host and version an example wrote without its scheme (`graph.microsoft.com/v1.0/…`).
 */
function templateBase(
  whole: readonly PathSegment[],
  tail: readonly PathSegment[],
): Extract<PathSegment, { kind: 'literal' | 'param' }>[] | undefined {
  if (!endsWith(whole, tail)) return undefined
  const base = whole.slice(0, whole.length - tail.length)
  const plain = base.filter(
    (segment): segment is Extract<PathSegment, { kind: 'literal' | 'param' }> =>
      segment.kind === 'param' || (segment.kind === 'literal' && !HOST_OR_VERSION.test(segment.value)),
  )
  return plain.length === base.length && plain.some((segment) => segment.kind === 'param') ? plain : undefined
}

/** A host (`graph.microsoft.com`) or a version segment (`v1.0`, `beta`) left in a path. */
const HOST_OR_VERSION = /\.|^(?:v\d+|beta)$/i

function rootOf(segments: readonly PathSegment[]): string {
  const first = segments[0]
  return first?.kind === 'literal' ? first.value.toLowerCase() : ''
}

/** `whole` is longer than `tail` and ends with it: literals and calls by name, a placeholder matching any segment. */
function endsWith(whole: readonly PathSegment[], tail: readonly PathSegment[]): boolean {
  if (tail.length === 0 || whole.length <= tail.length) return false
  const offset = whole.length - tail.length
  return tail.every((segment, index) => sameSegment(whole[offset + index], segment))
}

function sameSegment(written: PathSegment | undefined, template: PathSegment): boolean {
  if (!written) return false
  if (template.kind === 'param') return true
  if (template.kind === 'itemPath') return written.kind === 'itemPath'
  return nameOf(written)?.toLowerCase() === nameOf(template)?.toLowerCase()
}

function nameOf(segment: PathSegment): string | undefined {
  if (segment.kind === 'literal') return segment.value
  return segment.kind === 'call' ? segment.name : undefined
}
