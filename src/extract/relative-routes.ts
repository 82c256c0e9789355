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
    const { route } = parseRouteTemplate(`${example.method} ${example.url}`, example.position)
    return route ? [route] : []
  })
  const roots = new Set(called.map((route) => rootOf(route.segments)))
  if (routes.some((route) => roots.has(rootOf(route.segments)))) return [...routes]
  // One base for the block: the first route an example ends with shows it; the routes from the same root take it too.
  const shown = routes
    .map((route) => ({ route, example: called.find((call) => endsWith(call.segments, route.segments)) }))
    .find(({ example }) => example !== undefined)
  if (!shown?.example) return [...routes]
  const { example } = shown
  const base = example.segments.slice(0, example.segments.length - shown.route.segments.length)
  const baseRaw = example.raw
    .split('/')
    .slice(0, base.length + 1)
    .join('/')
  const template =
    base.every((s) => s.kind === 'literal' || s.kind === 'param') && base.some((s) => s.kind === 'param')
  if (!template) return [...routes]
  const root = rootOf(shown.route.segments)
  return routes.map((route) => {
    if (rootOf(route.segments) !== root) return route
    // Read again from its root, so that its placeholders are named as any route's (`{id}` twice
    // becomes `driveItemId` and `worksheetId`: OpenAPI and the server take a name once per path).
    const raw = `${baseRaw}${route.raw}`
    const anchored = parseRouteTemplate(`${route.method} ${raw}`, route.position).route ?? {
      ...route,
      raw,
      segments: [...base, ...route.segments],
    }
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
