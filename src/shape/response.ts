/**
 * The response of an operation in the OData JSON format:
 *   no type and 204, a DELETE or nothing documented  → none (also any 204: no content is void)
 *   no type, a successful example showing an object  → object, of no documented type
 *   a collection (of objects or primitives)          → page   { "value": [ … ], "@odata.nextLink"? }
 *   a Stream                                         → binary, the media type of the example
 *   a String the example shows as a body not JSON    → binary, that media type (a report's CSV)
 *   an object the example shows as bytes not JSON    → binary, that media type (the same CSV
 *                                                      annotated as the `report` it is sent in)
 *   a primitive or an enum                           → value  { "value": x }
 *   an entity or complex type (or unresolved)        → object
 * A Stream's media type is the `Content-Type` of the response example of the documented status,
 * unless that says JSON (a Stream has no JSON form: the docs print its bytes), else
 * `application/octet-stream`.
 *
 * Reads: `OperationDef.response`, `routes`, the response examples' headers, `ApiModel.types`.
 */
import { isSuccess, mayCarryContent } from '../http-status.js'
import type { ApiModel, OperationDef, TypeRef } from '../model.js'
import { isRawValueRoute } from '../route-end.js'
import { isStream } from '../stream-type.js'
import { isJsonObject } from './examples.js'
import type { ExampleShape, OperationShape, ResponseShape } from './operation-shape.js'

export const OCTET_STREAM = 'application/octet-stream'

export function shapeResponse(
  operation: OperationDef,
  model: ApiModel,
  examples: readonly ExampleShape[],
): ResponseShape {
  const { response } = operation
  const type = response.type
  const status = type ? statusOfType(response) : response.status
  const deletes = operation.routes.length > 0 && operation.routes.every((route) => route.method === 'DELETE')
  const untyped = !type && (deletes || (response.source === 'none' && !showsObject(examples, status)))
  if (status === 204 || untyped) return { kind: 'none', status }
  if (!type) return { kind: 'object', status }
  const shaped = responseOfType(type, response.collection, status, model)
  if (response.collection) return shaped
  const shown = shownMediaType(examples, status)
  // A String shown as a file is the file; a number shown as text (`$count`'s `893`) stays a value.
  if (isStream(type) || (type.kind === 'primitive' && type.name === 'String' && shown))
    return { kind: 'binary', status, mediaType: shown ?? OCTET_STREAM }
  // An object has a JSON form: only bytes the example shows that are not JSON make it a file, on a
  // page that does not document its raw value apart (`/photo` and `/photo/$value`: the bytes shown
  // are the `$value`'s).
  if (
    shaped.kind === 'object' &&
    shown &&
    !operation.routes.some(isRawValueRoute) &&
    showsBytes(examples, status)
  )
    return { kind: 'binary', status, mediaType: shown }
  return shaped
}

/**
 * The status that answers the type the page names: the documented one, or where that carries no
 * content, the other success the Response section names that may (today's
 * securescorecontrolprofile-update.md: `204 No Content`, and `200 OK` with the updated object "if
 * the optional request header is used"); the documented one is then `statusWithoutContent`.
 */
function statusOfType(response: OperationDef['response']): number {
  if (mayCarryContent(response.status)) return response.status
  return response.otherSuccesses?.find(mayCarryContent) ?? response.status
}

/**
 * A successful response example shows a JSON object, where the page names no type: the call
 * answers that object (the preview action's `{ "getUrl": …, "postUrl": … }` under `### Response`),
 * not nothing.
 */
function showsObject(examples: readonly ExampleShape[], status: number): boolean {
  return examples.some(
    ({ example, body }) =>
      example.kind === 'response' &&
      isSuccess(shownStatus(example, status)) &&
      body.kind === 'json' &&
      isJsonObject(body.value),
  )
}

/** `type` (a collection of it when `collection`) as Graph answers it in JSON: a collection as a
 *  page, a primitive or an enum as `{ "value": x }`, else the object itself. An operation's
 *  response and a property path's (`route-shape.ts`) alike. */
export function responseOfType(
  type: TypeRef,
  collection: boolean,
  status: number,
  model: ApiModel,
): ResponseShape {
  if (collection) return { kind: 'page', status, item: type }
  return isValueType(type, model) ? { kind: 'value', status, type } : { kind: 'object', status, type }
}

/** `responseOfType` for a property a route answers (a property path), where a Stream
 *  is its bytes, in the media type the route's examples show (callrecording-get.md's
 *  `GET …/recordings/{id}/content`, a `content` of type Stream, answers `video/mp4`). */
export function responseOfProperty(
  type: TypeRef,
  collection: boolean,
  status: number,
  model: ApiModel,
  examples: readonly ExampleShape[],
): ResponseShape {
  if (!collection && isStream(type))
    return { kind: 'binary', status, mediaType: streamMediaType(examples, status) }
  return responseOfType(type, collection, status, model)
}

/** A primitive or an enum: travels as `{ "value": x }`. The one part of a response's shape that
 *  depends on other pages than the operation's (whether its named type is an enum). */
export function isValueType(type: TypeRef, model: ApiModel): boolean {
  if (type.kind === 'primitive') return true
  return type.kind === 'named' && !!type.resolved && model.types[type.resolved]?.kind === 'enum'
}

/** The media type of the bytes the response examples of `status` show (`Content-Type`), unless JSON. */
export function streamMediaType(examples: readonly ExampleShape[], status: number): string {
  return shownMediaType(examples, status) ?? OCTET_STREAM
}

/** The `Content-Type` a response example of `status` gives its body, where not JSON. */
function shownMediaType(examples: readonly ExampleShape[], status: number): string | undefined {
  for (const { example } of responsesOf(examples, status)) {
    const mediaType = mediaTypeOf(example)
    if (mediaType !== '' && !/\bjson\b/.test(mediaType)) return mediaType
  }
  return undefined
}

/** Whether the response examples of `status` that show a body all show one that is not JSON,
 *  under a media type that is not JSON either (a page showing the object and its `$value` alike
 *  documents the object). */
function showsBytes(examples: readonly ExampleShape[], status: number): boolean {
  const shown = responsesOf(examples, status).filter(({ body }) => body.kind !== 'empty')
  return (
    shown.length > 0 &&
    shown.every(
      ({ example, body }) => body.kind === 'fault' && !/\bjson\b/.test(mediaTypeOf(example) || 'json'),
    )
  )
}

function responsesOf(examples: readonly ExampleShape[], status: number): ExampleShape[] {
  return examples.filter(
    ({ example }) => example.kind === 'response' && shownStatus(example, status) === status,
  )
}

/**
 * The success a call may answer without content beside the documented one, where the Response
 * section or an example says so: an upsert answers `201 Created` with a new item, or `204 No
 * Content` where it updated one; an update answers `204 No Content` unless a request header asks
 * for the object (`statusOfType`). The client resolves `undefined` then, a handler may return
 * nothing for it, and the server answers it so.
 */
export function statusWithoutContent(
  shape: Pick<OperationShape, 'operation' | 'response' | 'examples'>,
): number | undefined {
  const shown = shape.examples.flatMap(({ example }) =>
    example.kind === 'response' && example.status !== undefined && isSuccess(example.status)
      ? [example.status]
      : [],
  )
  const { status, otherSuccesses = [] } = shape.operation.response
  return [status, ...otherSuccesses, ...shown].find(
    (status) => status !== shape.response.status && !mayCarryContent(status),
  )
}

/**
 * Whether the call answers its object only where the request asks for it (`Prefer:
 * return=representation`), and its documented status without content otherwise: its type answers
 * at another status than the documented one (`statusOfType`; today's plannerplan-update.md:
 * "returns `204 No Content` response and empty content. If the request specifies `Prefer` header
 * with `return=representation` preference, then this method returns a `200 OK` …").
 */
export function answersObjectWhenAsked(shape: Pick<OperationShape, 'operation' | 'response'>): boolean {
  return shape.operation.response.status !== shape.response.status
}

/** The statuses a page gives its call beside its shape's: the other successes its Response section
 *  names, and its own where its type answers at another (a `204 No Content` beside the `200 OK` and
 *  the object a request header asks for). */
export function otherStatedSuccesses(shape: Pick<OperationShape, 'operation' | 'response'>): number[] {
  const { status, otherSuccesses = [] } = shape.operation.response
  return answersObjectWhenAsked(shape) ? [status, ...otherSuccesses] : [...otherSuccesses]
}

/** The status a response example shows: its status line's, else (a JSON block without one, as
 *  another team writes its examples) the `documented` one. The mock, openapi.json and the shape
 *  read an example by it alike. */
export function shownStatus(example: ExampleShape['example'], documented: number): number {
  return example.status ?? documented
}

/** An example's `Content-Type` without parameters, lower case; '' when it gives none. */
function mediaTypeOf(example: ExampleShape['example']): string {
  const header = Object.entries(example.headers).find(([name]) => name.toLowerCase() === 'content-type')
  return header?.[1].split(';')[0]?.trim().toLowerCase() ?? ''
}
