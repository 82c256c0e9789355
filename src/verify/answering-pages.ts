/**
 * Which pages answer a documented request: the routes whose template matches the request's path
 * (`routeMatches`, as the generated server routes it), the most
 * specific of them as a router picks them (a literal segment before a placeholder, left to right:
 * `/users/delta` is the delta page's, not `/users/{id}`), then the one rule for a (verb, path)
 * several pages document (`answeringOperations`).
 *   GET /users/48d31887-5fad-4d73-a9f5-3c356e68a038/messages   → the list-messages page, route /users/{id}/messages
 *
 * Reads: the model's operations and their routes.
 */
import { getOrCreate } from '../get-or-create.js'
import type { ApiModel, HttpMethod, OperationDef, RouteTemplate } from '../model.js'
import type { BaseTypes } from '../shape/base-types.js'
import type { MethodListings } from '../shape/method-listings.js'
import { requestSegments, routeMatches } from '../shape/route-matches.js'
import { answeringOperations, type RouteOfOperation } from '../shape/same-route.js'

interface IndexedRoute extends RouteOfOperation {
  /** One character per segment, lower is more specific: literal, call, placeholder, item path. */
  rank: string
}

export interface RouteIndex {
  /** The pages that answer `method path`, each with its matching route; none when no route matches. */
  answering(method: HttpMethod, path: string): RouteOfOperation[]
}

const RANK = { literal: '0', call: '1', param: '2', itemPath: '3' } as const

/** `listings`, `bases`: the model's method listings and base types, as its shape made them once
 *  (`ApiShape.listings`, `ApiShape.baseTypes`). */
export function indexRoutes(model: ApiModel, listings: MethodListings, bases: BaseTypes): RouteIndex {
  // A route matches only paths of as many segments: routes are looked up by verb and that count.
  const byVerbAndLength = new Map<string, IndexedRoute[]>()
  for (const operation of model.operations)
    for (const route of operation.routes)
      getOrCreate(byVerbAndLength, `${route.method} ${route.segments.length}`, () => []).push(
        indexedRoute(operation, route),
      )
  return {
    answering(method, path) {
      const segments = requestSegments(path)
      const matching = (byVerbAndLength.get(`${method} ${segments.length}`) ?? []).filter((indexed) =>
        routeMatches(indexed.route, segments),
      )
      if (matching.length === 0) return []
      const best = matching.map((route) => route.rank).sort()[0]
      return answeringOperations(
        method,
        matching.filter((route) => route.rank === best),
        listings,
        bases,
      ).map(({ operation, route }) => ({ operation, route }))
    },
  }
}

function indexedRoute(operation: OperationDef, route: RouteTemplate): IndexedRoute {
  return { operation, route, rank: route.segments.map((segment) => RANK[segment.kind]).join('') }
}
