/**
 * Which pages answer a documented request: the routes whose template matches the request's path
 * (placeholders match a segment, an item path after `:/` anything up to its `:`), the most
 * specific of them as a router picks them (a literal segment before a placeholder, left to right:
 * `/users/delta` is the delta page's, not `/users/{id}`), then the one rule for a (verb, path)
 * several pages document (`answeringOperations`).
 *   GET /users/48d31887-5fad-4d73-a9f5-3c356e68a038/messages   → the list-messages page, route /users/{id}/messages
 *
 * Reads: the model's operations and their routes.
 */
import type { ApiModel, HttpMethod, OperationDef, RouteTemplate } from '../model.js'
import { listMethods } from '../shape/method-listings.js'
import { answeringOperations, type RouteOfOperation } from '../shape/same-route.js'

interface IndexedRoute extends RouteOfOperation {
  pattern: RegExp
  /** One character per segment, lower is more specific: literal, call, placeholder, item path. */
  rank: string
}

export interface RouteIndex {
  /** The pages that answer `method path`, each with its matching route; none when no route matches. */
  answering(method: HttpMethod, path: string): RouteOfOperation[]
}

const RANK = { literal: '0', call: '1', param: '2', itemPath: '3' } as const

export function indexRoutes(model: ApiModel): RouteIndex {
  const byMethod = new Map<HttpMethod, IndexedRoute[]>()
  const listings = listMethods(model)
  for (const operation of model.operations)
    for (const route of operation.routes) {
      const list = byMethod.get(route.method) ?? []
      list.push(indexedRoute(operation, route))
      byMethod.set(route.method, list)
    }
  return {
    answering(method, path) {
      const wanted = path.length > 1 ? path.replace(/\/+$/, '') : path
      const matching = (byMethod.get(method) ?? []).filter((route) => route.pattern.test(wanted))
      if (matching.length === 0) return []
      const best = matching.map((route) => route.rank).sort()[0]
      return answeringOperations(
        method,
        matching.filter((route) => route.rank === best),
        listings,
      ).map(({ operation, route }) => ({ operation, route }))
    },
  }
}

function indexedRoute(operation: OperationDef, route: RouteTemplate): IndexedRoute {
  return {
    operation,
    route,
    pattern: routePattern(route.raw),
    rank: route.segments.map((segment) => RANK[segment.kind]).join(''),
  }
}

/** `/users/{id}/range(address='<a>')` → /^\/users\/[^/]+\/range\(address='[^/]+'\)$/i (Graph reads
 *  paths in any letter case); a placeholder after `:/` is an item path and may hold slashes. */
function routePattern(raw: string): RegExp {
  const parts = raw.split(/(\{[^{}]*\}|<[^<>]*>)/)
  const source = parts
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      return (parts[index - 1] ?? '').endsWith(':/') ? '.+?' : '[^/]+'
    })
    .join('')
  return new RegExp(`^${source}$`, 'i')
}
