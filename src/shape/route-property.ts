/**
 * A page that documents its resource's path and, below it, paths of single properties answers each
 * of those with the property, not the whole resource:
 *
 *   GET /me/mailboxSettings              → mailboxSettings
 *   GET /me/mailboxSettings/dateFormat   → its `dateFormat` (a string: `{ "value": "…" }` on the wire)
 *
 * A route is such a property path when another route of the same operation, with the same verb and
 * no query (`GET /me?$expand=manager` addresses a user, not `/me/manager`'s answer), is its path less
 * the last segment, and that segment names a property of the response type (letter case aside, as
 * Graph reads URLs).
 *
 * Reads: the operation's routes and response, the response type's properties (own and inherited).
 * `route-shape.ts` shapes the operation as such a path answers it.
 */
import { flattenProperties } from '../json-schema/type-schema.js'
import type { ApiModel, OperationDef, PropertyDef, RouteTemplate } from '../model.js'
import { lastLiteral } from '../route-end.js'
import { routeKey, segmentsKey } from '../route-key.js'

/** The property each property path of `operation` answers with, by route (see the module
 *  comment); routes that address the resource itself are not in it. */
export function routeProperties(operation: OperationDef, model: ApiModel): Map<RouteTemplate, PropertyDef> {
  const found = new Map<RouteTemplate, PropertyDef>()
  const { response } = operation
  // An object response (`shapeResponse`): one value of a documented entity or complex type.
  if (operation.routes.length < 2 || response.collection || response.status === 204) return found
  if (response.type?.kind !== 'named') return found
  const type = response.type.resolved ? model.types[response.type.resolved] : undefined
  if (!type || type.kind === 'enum') return found
  const resources = new Set(operation.routes.filter((route) => route.query === undefined).map(routeKey))
  let properties: Map<string, PropertyDef> | undefined
  for (const route of operation.routes) {
    const last = lastLiteral(route)
    if (last === undefined) continue
    if (!resources.has(`${route.method} ${segmentsKey(route.segments.slice(0, -1))}`)) continue
    properties ??= new Map(
      flattenProperties(type, model)
        .reverse()
        .map((property) => [property.name.toLowerCase(), property]),
    )
    const property = properties.get(last.toLowerCase())
    if (property) found.set(route, property)
  }
  return found
}
