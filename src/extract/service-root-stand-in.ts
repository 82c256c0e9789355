/**
 * A route that starts with the name request examples write as their host starts with a stand-in
 * for the service root, not with a segment of the path (Business Central's reference):
 *   ## HTTP request
 *   POST businesscentralPrefix/companies({id})/customers
 *   ## Example
 *   POST https://{businesscentralPrefix}/api/v2.0/companies({id})/customers
 * reads as `POST /companies({id})/customers`. The stand-in is the docs' convention: extract drops
 * the ones its page's examples show, link those the docs' other pages show (a page whose examples
 * write a real host, or none).
 */
import type { ExampleDef, RouteTemplate } from '../model.js'
import { parseRouteTemplate } from './route-template.js'

const PLACEHOLDER_HOST = /^https?:\/\/\{([^{}/\s]+)\}(?=[/:?]|$)/i

/** The placeholder a URL writes as its whole host, as written: `businesscentralPrefix`. */
export function placeholderHostOf(url: string): string | undefined {
  return PLACEHOLDER_HOST.exec(url)?.[1]
}

/** The placeholders the request examples write as their whole host, in lower case. */
export function placeholderHostsOf(examples: readonly ExampleDef[]): Set<string> {
  return new Set(
    examples.flatMap((example) => {
      const host = example.kind === 'request' ? placeholderHostOf(example.url ?? '') : undefined
      return host ? [host.toLowerCase()] : []
    }),
  )
}

/** The routes without a first segment that is one of `hosts` (`placeholderHostsOf`). */
export function dropServiceRootStandIn(
  routes: readonly RouteTemplate[],
  hosts: ReadonlySet<string>,
): RouteTemplate[] {
  if (hosts.size === 0) return [...routes]
  return routes.map((route) => {
    const [first, ...rest] = route.segments
    if (first?.kind !== 'literal' || rest.length === 0 || !hosts.has(first.value.toLowerCase())) return route
    // Read again without it, so that its placeholders are named from the path's own root.
    const path = route.raw.slice(route.raw.indexOf('/', 1))
    const line = `${route.method} ${path}${route.query === undefined ? '' : `?${route.query}`}`
    return parseRouteTemplate(line, route.position).route ?? route
  })
}
