/**
 * The operation as one of its routes answers it, where that route does not answer the operation's
 * own response:
 *   GET /me/mailboxSettings/dateFormat   a property path: the property (`route-property.ts`)
 *   GET /me/messages/{id}/$value         the raw value (OData's `$value`): bytes, not the JSON
 *                                        resource, with the media type the page's example shows
 *   PUT /me/photo/$value                 the raw value sent: a body of bytes
 *   GET /places/microsoft.graph.room     a type cast: the type it casts to (`route-cast.ts`)
 * An example whose request called such a route is that route's only; the other routes of the
 * page show the rest.
 *
 * Reads: the operation's shape (response, request body, examples), routes and, for property paths,
 * the response type's properties, for casts the types' bases. `ApiShape` derives the answers once
 * per operation and the shape once per route.
 */
import type { ApiModel, OperationDef, PropertyDef, RouteTemplate, TypeRef } from '../model.js'
import { isRawValueRoute } from '../route-end.js'
import type { BaseTypes } from './base-types.js'
import { pairExamples } from './examples.js'
import { carriesBody, type ExampleShape, type OperationShape, type ResponseShape } from './operation-shape.js'
import { responseOfProperty, responseOfType, streamMediaType } from './response.js'
import { routeCasts } from './route-cast.js'
import { routeMatches } from './route-matches.js'
import { routeProperties } from './route-property.js'

/** What a route answers instead of its operation's response: a property, the raw value, or the
 *  type it casts to (a collection of it where the operation answers one). */
export type RouteAnswer =
  | { kind: 'property'; property: PropertyDef }
  | { kind: 'raw' }
  | { kind: 'cast'; type: TypeRef; collection: boolean }

/** The routes of `operation` that answer otherwise than the operation (see the module comment). */
export function routeAnswers(
  operation: OperationDef,
  model: ApiModel,
  bases: () => BaseTypes,
): Map<RouteTemplate, RouteAnswer> {
  const answers = new Map<RouteTemplate, RouteAnswer>()
  for (const [route, property] of routeProperties(operation, model))
    answers.set(route, { kind: 'property', property })
  const { collection } = operation.response
  for (const [route, type] of routeCasts(operation, bases))
    answers.set(route, { kind: 'cast', type, collection })
  for (const route of operation.routes) if (isRawValueRoute(route)) answers.set(route, { kind: 'raw' })
  return answers
}

/**
 * The operation as `route` answers it. On a property path the response is the property's — a
 * primitive or enum `{ "value": x }`, an object as it is, a collection as a page, a Stream its
 * bytes in the media type an example of any route to that property shows — and each
 * response example shows the property, unless its request called that very path (as the mock
 * answers them). On a `$value` route the response is bytes (no content stays none) and a body
 * it takes is bytes; beside routes of the resource, it shows only the examples its own request
 * called, a JSON resource not being its raw value. On a cast route the response is the cast's
 * type, and it shows no example whose request called another of the operation's routes (that
 * route's type, not the cast's).
 */
export function shapeOfRoute(
  shape: OperationShape,
  route: RouteTemplate,
  answers: ReadonlyMap<RouteTemplate, RouteAnswer>,
  model: ApiModel,
): OperationShape {
  const answer = answers.get(route)
  const others = [...answers.keys()].filter((other) => other !== route)
  if (!answer && others.length === 0) return shape
  const onlyRaw = shape.operation.routes.every((other) => answers.get(other)?.kind === 'raw')
  const calledElsewhere = (asked: readonly string[]) =>
    shape.operation.routes.some((other) => other !== route && routeMatches(other, asked))
  const shownOnRoute = (response: ExampleShape, asked: readonly string[] | undefined): ExampleShape[] => {
    if (asked && routeMatches(route, asked)) return [response]
    if (asked && others.some((other) => routeMatches(other, asked))) return []
    if (answer?.kind === 'cast' && asked && calledElsewhere(asked)) return []
    if (answer?.kind === 'raw') return onlyRaw ? [response] : []
    if (answer?.kind !== 'property' || response.body.kind !== 'json') return [response]
    const value = propertyValue(response.body.value, answer.property.name)
    return [{ ...response, body: { kind: 'json', value } }]
  }
  const pairs = pairExamples(shape).map((pair) => ({
    ...pair,
    asked: pair.request?.target?.segments,
  }))
  const examples = pairs.flatMap(({ request, response, asked }) => [
    ...(request ? [request] : []),
    ...(response ? shownOnRoute(response, asked) : []),
  ])
  // The responses to the requests that called a route answering alike (`/me/…/$value` beside
  // `/users/{id}/…/$value`): the media type of a value's bytes is the one any of them shows.
  const answeredAlike = (alike: (other: RouteAnswer | undefined) => boolean) => {
    const routes = [...answers].flatMap(([other, otherAnswer]) => (alike(otherAnswer) ? [other] : []))
    return pairs.flatMap(({ response, asked }) =>
      response && asked && routes.some((other) => routeMatches(other, asked)) ? [response] : [],
    )
  }
  const { status } = shape.response
  if (answer?.kind === 'property') {
    const { type, collection, name } = answer.property
    const shown = answeredAlike((other) => other?.kind === 'property' && other.property.name === name)
    return { ...shape, response: responseOfProperty(type, collection, status, model, shown), examples }
  }
  if (answer?.kind === 'cast')
    return { ...shape, response: responseOfType(answer.type, answer.collection, status, model), examples }
  if (answer?.kind !== 'raw') return { ...shape, examples }
  const rawExamples = onlyRaw
    ? pairs.flatMap(({ response }) => (response ? [response] : []))
    : answeredAlike((other) => other?.kind === 'raw')
  return {
    ...shape,
    requestBody: carriesBody(route.method) ? { kind: 'binary' } : shape.requestBody,
    response: rawResponse(shape.response, rawExamples),
    examples,
  }
}

function rawResponse(response: ResponseShape, examples: readonly ExampleShape[]): ResponseShape {
  if (response.kind === 'none' || response.kind === 'binary') return response
  return { kind: 'binary', status: response.status, mediaType: streamMediaType(examples, response.status) }
}

/** A property of a resource's body as Graph answers its path: an object as it is, any other
 *  value as `{ "value": … }`; the body as it is where it lacks the property. */
function propertyValue(body: unknown, name: string): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !Object.hasOwn(body, name))
    return body
  const value = (body as Record<string, unknown>)[name]
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { value }
}
