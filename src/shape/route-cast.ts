/**
 * A route whose last segment is a type cast answers the type it casts to, not its operation's
 * response type: Graph answers only the items of that derived type. Where a page's routes cast to
 * several types, the operation returns the base type they share, and each such route its own
 * (today's place-list.md):
 *
 *   GET /places/microsoft.graph.room                                     → room objects
 *   GET /places/microsoft.graph.roomlist                                 → roomList objects
 *   GET /places/{room-list-emailaddress}/microsoft.graph.roomlist/rooms  → the operation's place objects
 *
 * The segment names a type in any letter case, as Graph reads a cast (`roomlist` for `roomList`),
 * and casts only to a documented type derived from the response type: a qualified name of
 * anything else is no cast to answer.
 *
 * Reads: the operation's routes and resolved response type, each type's base type.
 * `route-shape.ts` shapes the operation as such a route answers it.
 */
import type { OperationDef, RouteTemplate, TypeRef } from '../model.js'
import { castName } from '../route-end.js'
import { type BaseTypes, derivesFrom } from './base-types.js'

/** The type each cast route of `operation` answers, by route (see the module comment); `bases`
 *  is asked only where a route ends in a qualified name. */
export function routeCasts(operation: OperationDef, bases: () => BaseTypes): Map<RouteTemplate, TypeRef> {
  const found = new Map<RouteTemplate, TypeRef>()
  const base = operation.response.type?.kind === 'named' ? operation.response.type.resolved : undefined
  if (base === undefined) return found
  for (const route of operation.routes) {
    const name = castName(route)
    const cast = name === undefined ? undefined : derivedTypeNamed(name, base, bases())
    if (cast !== undefined) found.set(route, { kind: 'named', name: cast, resolved: cast })
  }
  return found
}

/** The qualified name of the type derived from `base` that `name` names, letter case aside. */
function derivedTypeNamed(name: string, base: string, bases: BaseTypes): string | undefined {
  const wanted = name.toLowerCase()
  for (const type of bases.keys())
    if (type.toLowerCase() === wanted && derivesFrom(bases, type, base)) return type
  return undefined
}
