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
 * Reads: the operation's routes and the response type's properties (own and inherited).
 */
import { flattenProperties } from '../json-schema/type-schema.js'
import type { ApiModel, PathSegment, PropertyDef, RouteTemplate } from '../model.js'
import type { OperationShape } from './operation-shape.js'

export function propertyOfRoute(
  shape: OperationShape,
  route: RouteTemplate,
  model: ApiModel,
): PropertyDef | undefined {
  const { response, operation } = shape
  const last = route.segments[route.segments.length - 1]
  if (response.kind !== 'object' || response.type?.kind !== 'named' || last?.kind !== 'literal')
    return undefined
  const type = response.type.resolved ? model.types[response.type.resolved] : undefined
  if (!type || type.kind === 'enum') return undefined
  const parent = segmentsKey(route.segments.slice(0, -1))
  const documented = operation.routes.some(
    (other) =>
      other.method === route.method && other.query === undefined && segmentsKey(other.segments) === parent,
  )
  if (!documented) return undefined
  const name = last.value.toLowerCase()
  return flattenProperties(type, model).find((property) => property.name.toLowerCase() === name)
}

/** Segments compared by what they match: parameter names aside. */
function segmentsKey(segments: readonly PathSegment[]): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'literal') return segment.value.toLowerCase()
      if (segment.kind === 'call') return `${segment.name}(${segment.args.map((arg) => arg.name).join(',')})`
      return segment.kind === 'param' ? '{}' : ':/{}:'
    })
    .join('/')
}
