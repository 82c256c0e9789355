/**
 * Which routes Fastify's router refuses: every route registered, then the 405 answers of each path
 * shape, in a throwaway Fastify instance (no listening socket), exactly as the generated server
 * registers them. It runs on the emit worker when there is one (`src/emit/worker/`): on a large
 * API it takes seconds, which the other output groups fill.
 *
 * Reads: the methods, URLs and path shapes of the routes, and Fastify.
 */
import { createRequire } from 'node:module'
import type { HttpMethod } from '../../model.js'

/** What the probe reads of a route. */
export interface ProbedRoute {
  method: HttpMethod
  url: string
  /** The URL with parameter names erased, in lower case: routes of one shape share a path. */
  shape: string
}

const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']

/** The router of the generated runtime matches paths in any letter case, as Graph does. */
export const ROUTER_OPTIONS = { caseSensitive: false }

const requireHere = createRequire(import.meta.url)

/** The version of the Fastify the probe registers routes in (its answer depends on it). */
export function fastifyVersion(): string {
  return (requireHere('fastify/package.json') as { version: string }).version
}

/** Import Fastify now (the worker does, while it waits for its first job). */
export function loadRouter(): void {
  requireHere('fastify')
}

interface RouterProbe {
  route(options: { method: string | string[]; url: string; handler: () => void }): unknown
}

/** The routes Fastify refuses, by index, with its reason. `registered`: called after each route. */
export function findUnroutable(
  routes: readonly ProbedRoute[],
  registered: () => void = () => {},
): Map<number, string> {
  const refused = new Map<number, string>()
  const Fastify = requireHere('fastify') as (options?: object) => RouterProbe
  const probe = Fastify({ routerOptions: ROUTER_OPTIONS })
  const handler = () => {}
  routes.forEach((route, index) => {
    try {
      probe.route({ method: route.method, url: route.url, handler })
    } catch (error) {
      refused.set(index, error instanceof Error ? error.message : String(error))
    }
    registered()
  })
  const accepted = routes.filter((_, index) => !refused.has(index))
  for (const group of groupByPath(accepted)) {
    if (group.missing.length === 0) continue
    try {
      probe.route({ method: group.missing, url: group.url, handler })
    } catch (error) {
      const index = routes.findIndex(
        (route) => route.url === group.url && !refused.has(routes.indexOf(route)),
      )
      refused.set(index, error instanceof Error ? error.message : String(error))
    }
  }
  return refused
}

export interface PathGroup {
  /** The URL of the first route of this shape: where the 405 answers are registered. */
  url: string
  allowed: HttpMethod[]
  missing: HttpMethod[]
}

/** Routes grouped by path shape: the documented verbs, and the ones answered with 405. */
export function groupByPath(routes: readonly ProbedRoute[]): PathGroup[] {
  const groups = new Map<string, { url: string; methods: Set<HttpMethod> }>()
  for (const route of routes) {
    const group = groups.get(route.shape) ?? { url: route.url, methods: new Set<HttpMethod>() }
    group.methods.add(route.method)
    groups.set(route.shape, group)
  }
  return [...groups.values()].map(({ url, methods }) => ({
    url,
    allowed: HTTP_METHODS.filter((m) => methods.has(m)),
    missing: HTTP_METHODS.filter((m) => !methods.has(m)),
  }))
}
