/**
 * Which routes Fastify's router refuses: every route registered in a throwaway Fastify instance
 * (no listening socket), exactly as the generated server registers them. It runs on the emit worker when there is one (`src/emit/worker/`): on a large
 * API it takes seconds, which the other output groups fill.
 *
 * Reads: the methods and URLs of the routes, and Fastify.
 */
import { createRequire } from 'node:module'
import type { HttpMethod } from '../../model.js'

/** What the probe reads of a route. */
export interface ProbedRoute {
  method: HttpMethod
  url: string
}

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
  route(options: { method: string; url: string; handler: () => void }): unknown
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
  return refused
}
