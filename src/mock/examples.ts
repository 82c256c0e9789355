/**
 * The documented examples of an operation, ready for the mock server: each response example
 * with the request that precedes it, bodies as the operation's shape parsed them, single entities
 * wrapped in `"value": {…}` unwrapped, and a body synthesised from the response shape where the
 * page shows none (or where the example body is not valid JSON, or is left out where the stated
 * response has one). A binary response (a Stream, or
 * the route the example's request called answers bytes: `…/$value`) answers the example's text as
 * bytes, with the shape's media type.
 *
 *   ### Request   <!-- { "blockType": "request", "name": "get_upload" } -->   GET https://…/v1.0/x/{id}
 *   ### Response  <!-- { "blockType": "response" } -->                       HTTP/1.1 200 OK + JSON
 *
 * Reads: the operation's shape (examples, response) and the shapes its routes answer with.
 */
import { answerHeaderNamed, URL_HEADERS } from '../answer-headers.js'
import { exampleStatuses, keyRequestExamples, keyResponseExamples } from '../emit/openapi/examples.js'
import { mayCarryContent } from '../http-status.js'
import type { ApiModel } from '../model.js'
import { pairExamples, wireBody } from '../shape/examples.js'
import type { ExampleShape, OperationShape, ResponseShape } from '../shape/operation-shape.js'
import { shownStatus } from '../shape/response.js'
import { routeMatches } from '../shape/route-matches.js'
import { synthesiseResponseBody } from './synthesise.js'

export interface MockExample {
  /** The request annotation's `name`, or the example's ordinal (`1`, `2`…). Unique per operation. */
  name: string
  status: number
  /** Absent: answer without a body (or with `bytes`). */
  body?: unknown
  /** A binary answer: the bytes as text, sent with `mediaType`. */
  bytes?: string
  mediaType?: string
  /** Path of the example request, without host and version (`/x/{id}`), when the page shows one. */
  requestPath?: string
  /** The query options the example request writes (`$select=key` → `{ $select: 'key' }`), if any. */
  requestQuery?: Record<string, string>
  requestBody?: unknown
  /** The keys openapi.json gives this example and its request, where they are not `name` (`example-1`). */
  aliases?: string[]
  /** True when the body was synthesised from the response type, not copied from the docs. */
  synthesised: boolean
  /** The documented headers a client reads (`ANSWER_HEADERS`), by lower-case name. */
  headers?: Record<string, string>
}

/** A header value that can be sent as written: visible ASCII, spaces and tabs inside. */
const SENDABLE = /^[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?$/

/** The documented headers of an answer a client reads (`ANSWER_HEADERS`), ready to send; none when it shows none. */
function answerHeaders(shown: Readonly<Record<string, string>>): Record<string, string> | undefined {
  const headers: Record<string, string> = {}
  for (const [written, value] of Object.entries(shown)) {
    const name = written.toLowerCase()
    if (answerHeaderNamed(name) === undefined) continue
    // A URL is sent as its path, which the mock answers (`/v1.0` prefix and all).
    const sent = URL_HEADERS.has(name)
      ? value.trim().replace(/^https?:\/\/[^/?#]+(?=[/?#]|$)/i, '') || '/'
      : value.trim()
    if (SENDABLE.test(sent)) headers[name] = sent
  }
  return Object.keys(headers).length > 0 ? headers : undefined
}

/** The key openapi.json gives each example (`example-1`, or the annotation's name). */
function openApiKeys(shape: OperationShape): Map<ExampleShape, string> {
  const keys = new Map<ExampleShape, string>()
  const keyed = [
    keyRequestExamples(shape),
    ...exampleStatuses(shape).map((status) => keyResponseExamples(shape, status)),
  ]
  for (const map of keyed) for (const [key, example] of map) keys.set(example, key)
  return keys
}

/** `routeShapes`: the operation as its routes answer it (`ApiShape.ofRoute`); each response
 *  example is answered as the first of them that shows it as written (a `$value` route's: bytes),
 *  else as the operation. */
export function mockExamplesFor(
  shape: OperationShape,
  model: ApiModel,
  routeShapes: readonly OperationShape[] = [],
): MockExample[] {
  const { response } = shape
  const answers = answeringResponses(routeShapes)
  const examples: MockExample[] = []
  const keys = openApiKeys(shape)
  const names = new Set<string>()
  for (const { request, response: shown } of pairExamples(shape)) {
    if (!shown) continue
    const { example, body } = shown
    const answer = answers.get(shown) ?? response
    const status = shownStatus(example, answer.status)
    let name = request?.example.name ?? example.name ?? String(examples.length + 1)
    for (let n = 2; names.has(name); n++)
      name = `${request?.example.name ?? example.name ?? examples.length + 1}_${n}`
    names.add(name)
    const mock: MockExample = { name, status, synthesised: false }
    const headers = answerHeaders(example.headers)
    if (headers) mock.headers = headers
    if (answer.kind === 'binary' && status === answer.status) {
      mock.bytes = body.kind === 'empty' ? '' : (example.bodyText ?? '')
      mock.mediaType = answer.mediaType
    } else if (body.kind === 'json') mock.body = wireBody(body.value, shape)
    else if (
      mayCarryContent(status) &&
      (body.kind === 'fault' || promisesBody(answer, status, request, shape))
    ) {
      const synthesised = synthesiseResponseBody(answer, model)
      if (synthesised !== undefined) mock.body = synthesised
      mock.synthesised = true
    }
    const requestExample = request?.example
    if (requestExample?.url && request?.target) {
      mock.requestPath = request.target.path
      const query = queryOptionsOf(request.target.query)
      if (query) mock.requestQuery = query
    }
    if (request?.body.kind === 'json') mock.requestBody = request.body.value
    const aliases = new Set([keys.get(shown), request && keys.get(request)])
    aliases.delete(undefined)
    aliases.delete(name)
    if (aliases.size > 0) mock.aliases = [...aliases] as string[]
    examples.push(mock)
  }
  if (examples.length === 0) {
    const fallback: MockExample = { name: 'synthesised', status: response.status || 200, synthesised: true }
    if (response.kind === 'binary') {
      fallback.bytes = ''
      fallback.mediaType = response.mediaType
    } else {
      const body = synthesiseResponseBody(response, model)
      if (body !== undefined) fallback.body = body
    }
    examples.push(fallback)
  }
  return examples
}

/** Whether the response the docs state at `status` has a body (an example shown without one is
 *  cut short: "returns `201 Created` and an [Attachment](…) object" over `HTTP/1.1 201 Created`
 *  alone): the mock answers what OpenAPI and the client promise, not nothing. Only for a request
 *  of a route the operation documents: one of another (`…/memberOf/$count`) answers otherwise. */
function promisesBody(
  answer: ResponseShape,
  status: number,
  request: ExampleShape | undefined,
  shape: OperationShape,
): boolean {
  if (status !== answer.status || answer.kind === 'none') return false
  const asked = request?.target
  return !asked || shape.operation.routes.some((route) => routeMatches(route, asked.segments))
}

/** The response each example is answered with, by the first route shape that shows it. */
function answeringResponses(routeShapes: readonly OperationShape[]): Map<ExampleShape, ResponseShape> {
  const answers = new Map<ExampleShape, ResponseShape>()
  for (const routeShape of new Set(routeShapes))
    for (const example of routeShape.examples)
      if (!answers.has(example)) answers.set(example, routeShape.response)
  return answers
}

/** `$select=key&$top=1` → `{ $select: 'key', $top: '1' }`, each decoded where it can be; none for
 *  an empty query. */
function queryOptionsOf(query: string): Record<string, string> | undefined {
  const options: Record<string, string> = {}
  for (const pair of query.split('&')) {
    const [name = '', ...value] = pair.split('=')
    if (name.trim() !== '') options[decoded(name.trim())] = decoded(value.join('=').trim())
  }
  return Object.keys(options).length > 0 ? options : undefined
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
