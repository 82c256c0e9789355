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
 * for the route's shape (`shapeOfRoute`), the operation's shape.
 */
import { flattenProperties } from '../json-schema/type-schema.js'
import type { ApiModel, OperationDef, PathSegment, PropertyDef, RouteTemplate } from '../model.js'
import { requestPathOf } from './examples.js'
import type { ExampleShape, OperationShape, ResponseShape } from './operation-shape.js'
import { isValueType } from './response.js'

export function propertyOfRoute(
  operation: OperationDef,
  route: RouteTemplate,
  model: ApiModel,
): PropertyDef | undefined {
  const { response } = operation
  const last = route.segments[route.segments.length - 1]
  // An object response (`shapeResponse`): one value of a documented entity or complex type.
  if (
    response.collection ||
    response.status === 204 ||
    response.type?.kind !== 'named' ||
    last?.kind !== 'literal'
  )
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

/**
 * The operation as `route` answers it. On a property path the response is the property's — a
 * primitive or enum `{ "value": x }`, an object as it is, a collection as a page — and each
 * response example shows the property, unless its request called that very path (as the mock
 * answers them). An example whose request called another property path of the page
 * (`…/automaticRepliesSetting` beside `…/dateFormat`) is that path's only.
 */
export function shapeOfRoute(shape: OperationShape, route: RouteTemplate, model: ApiModel): OperationShape {
  const { operation } = shape
  if (operation.routes.length < 2) return shape
  const property = propertyOfRoute(operation, route, model)
  const otherProperties = operation.routes.filter(
    (other) => other !== route && propertyOfRoute(operation, other, model) !== undefined,
  )
  if (!property && otherProperties.length === 0) return shape
  let request: ExampleShape | undefined
  const examples = shape.examples.flatMap((current): ExampleShape[] => {
    if (current.example.kind === 'request') {
      request = current
      return [current]
    }
    const asked = request?.example.url
    request = undefined
    if (asked !== undefined && callsRoute(asked, route)) return [current]
    if (asked !== undefined && otherProperties.some((other) => callsRoute(asked, other))) return []
    if (!property || current.body.kind !== 'json') return [current]
    return [{ ...current, body: { kind: 'json', value: propertyValue(current.body.value, property.name) } }]
  })
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

/** Whether an example's request URL calls `route` (placeholders match any segment). */
function callsRoute(url: string, route: RouteTemplate): boolean {
  const asked = requestPathOf(url)
    .split('/')
    .filter((part) => part !== '')
  const { segments } = route
  return (
    asked.length === segments.length &&
    segments.every((segment, index) =>
      segment.kind === 'literal' ? segment.value.toLowerCase() === asked[index]?.toLowerCase() : true,
    )
  )
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
