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
 * Reads: the operation's routes and response, the response type's properties (own and inherited);
 * for the route's shape (`shapeOfRoute`), the operation's shape. `ApiShape` derives both once per
 * operation and route.
 */
import { flattenProperties } from '../json-schema/type-schema.js'
import type { ApiModel, OperationDef, PathSegment, PropertyDef, RouteTemplate } from '../model.js'
import { pairExamples, requestPathOf } from './examples.js'
import type { ExampleShape, OperationShape, ResponseShape } from './operation-shape.js'
import { isValueType } from './response.js'
import { requestSegments, routeMatches } from './route-matches.js'

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
  const resources = new Set(
    operation.routes
      .filter((route) => route.query === undefined)
      .map((route) => `${route.method} ${segmentsKey(route.segments)}`),
  )
  let properties: Map<string, PropertyDef> | undefined
  for (const route of operation.routes) {
    const last = route.segments[route.segments.length - 1]
    if (last?.kind !== 'literal') continue
    if (!resources.has(`${route.method} ${segmentsKey(route.segments.slice(0, -1))}`)) continue
    properties ??= new Map(
      flattenProperties(type, model)
        .reverse()
        .map((property) => [property.name.toLowerCase(), property]),
    )
    const property = properties.get(last.value.toLowerCase())
    if (property) found.set(route, property)
  }
  return found
}

/**
 * The operation as `route` answers it. On a property path the response is the property's — a
 * primitive or enum `{ "value": x }`, an object as it is, a collection as a page — and each
 * response example shows the property, unless its request called that very path (as the mock
 * answers them). An example whose request called another property path of the page
 * (`…/automaticRepliesSetting` beside `…/dateFormat`) is that path's only.
 */
export function shapeOfRoute(
  shape: OperationShape,
  route: RouteTemplate,
  properties: ReadonlyMap<RouteTemplate, PropertyDef>,
  model: ApiModel,
): OperationShape {
  const property = properties.get(route)
  const otherProperties = [...properties.keys()].filter((other) => other !== route)
  if (!property && otherProperties.length === 0) return shape
  const shownOnRoute = (response: ExampleShape, request: ExampleShape | undefined): ExampleShape[] => {
    const url = request?.example.url
    const asked = url === undefined ? undefined : requestSegments(requestPathOf(url))
    if (asked && routeMatches(route, asked)) return [response]
    if (asked && otherProperties.some((other) => routeMatches(other, asked))) return []
    if (!property || response.body.kind !== 'json') return [response]
    return [{ ...response, body: { kind: 'json', value: propertyValue(response.body.value, property.name) } }]
  }
  const examples = pairExamples(shape.examples).flatMap(({ request, response }) => [
    ...(request ? [request] : []),
    ...(response ? shownOnRoute(response, request) : []),
  ])
  return {
    ...shape,
    response: property ? propertyResponse(property, shape.response.status, model) : shape.response,
    examples,
  }
}

function propertyResponse(property: PropertyDef, status: number, model: ApiModel): ResponseShape {
  const { type } = property
  if (property.collection) return { kind: 'page', status, item: type }
  return isValueType(type, model) ? { kind: 'value', status, type } : { kind: 'object', status, type }
}

/** A property of a resource's body as Graph answers its path: an object as it is, any other
 *  value as `{ "value": … }`; the body as it is where it lacks the property. */
function propertyValue(body: unknown, name: string): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !Object.hasOwn(body, name))
    return body
  const value = (body as Record<string, unknown>)[name]
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { value }
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
