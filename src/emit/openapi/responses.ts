/**
 * The Responses Object of an operation: the documented status with its schema in Graph's wire
 * shape (the operation's response shape: a page, `{ "value": … }` for a primitive or enum, bytes with
 * their media type for a Stream), the statuses the examples show, the redirect the docs say the
 * call answers first, each redirect with its `Location`, the headers a client reads that the
 * examples show or the Response section names, and `default` → the Graph error body.
 */
import { ANSWER_HEADERS, answerHeaderNamed } from '../../answer-headers.js'
import { isRedirect, mayCarryContent } from '../../http-status.js'
import type { OperationShape, ResponseShape } from '../../shape/operation-shape.js'
import { otherStatedSuccesses, shownStatus } from '../../shape/response.js'
import { exampleStatuses, responseExamples } from './examples.js'
import { schemaFromTypeRef } from './schema.js'
import type { MediaTypeObject, ResponseObject, ResponseOrRef, SchemaObject } from './spec.js'

export const ERROR_RESPONSE = 'error'

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  412: 'Precondition Failed',
  422: 'Unprocessable Entity',
}

/** The header a redirect (any 3xx) names where the result is. */
const LOCATION = {
  Location: {
    description: 'Where the result is: the client follows it.',
    schema: { type: 'string', format: 'uri' },
  },
} as const

export function responsesOf(shape: OperationShape): Record<string, ResponseOrRef> {
  const { redirect } = shape.operation.response
  // The sentence's other success codes answer with the same body ("In both cases, an onlineMeeting …"),
  // and a documented status without content none (`204 No Content` unless the request asks for the object).
  const documented = new Set([shape.response.status, ...otherStatedSuccesses(shape)])
  const statuses = new Set([
    ...documented,
    ...exampleStatuses(shape),
    ...(redirect === undefined ? [] : [redirect]),
  ])
  const result: Record<string, ResponseOrRef> = {}
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const body = documented.has(status) ? responseBody(shape.response) : undefined
    const response = responseObject(status, body, shape)
    const headers = isRedirect(status) ? { ...LOCATION } : answerHeadersOf(shape, status, documented)
    result[String(status)] = Object.keys(headers).length > 0 ? { ...response, headers } : response
  }
  result.default = { $ref: `#/components/responses/${ERROR_RESPONSE}` }
  return result
}

/**
 * The headers a client reads (`ANSWER_HEADERS`) of an answer of `status`: those its examples show,
 * and, for a documented status, those the Response section names (a `202 Accepted`'s "tracking
 * header named `location`"; a redirect's `Location` is the redirect's), in the list's order.
 */
function answerHeadersOf(
  shape: OperationShape,
  status: number,
  documented: ReadonlySet<number>,
): Record<string, { description: string; schema: SchemaObject }> {
  // Where the call answers a redirect first, the headers the section names are the redirect's.
  const { headers: stated = [], redirect } = shape.operation.response
  const named = new Set<string>(documented.has(status) && redirect === undefined ? stated : [])
  for (const { example } of shape.examples)
    if (example.kind === 'response' && shownStatus(example, shape.response.status) === status)
      for (const written of Object.keys(example.headers)) {
        const header = answerHeaderNamed(written)
        if (header) named.add(header)
      }
  const headers: Record<string, { description: string; schema: SchemaObject }> = {}
  for (const header of ANSWER_HEADERS)
    if (named.has(header))
      headers[header] = { description: HEADER_DESCRIPTIONS[header], schema: { type: 'string' } }
  return headers
}

const HEADER_DESCRIPTIONS: Record<(typeof ANSWER_HEADERS)[number], string> = {
  Location: 'Where the created item or the accepted job is.',
  'Operation-Location': 'Where the accepted operation reports its progress.',
  'Content-Location': 'Where the content sent is.',
  ETag: 'The version of the item: send it back in If-Match.',
  'Retry-After': 'When to ask again.',
}

function responseObject(status: number, body: Body | undefined, shape: OperationShape): ResponseObject {
  const description = REASONS[status] ?? `Status ${status}`
  // HTTP gives some no content, whatever a page's example shows after `HTTP/1.1 204 No Content`;
  // a redirect's result is where it leads (`Location`), not in its body.
  if (!mayCarryContent(status)) return { description }
  const examples = responseExamples(shape, status)
  const hasExamples = Object.keys(examples).length > 0
  if (!body && !hasExamples) return { description }
  const media: MediaTypeObject = { schema: body?.schema ?? {} }
  if (hasExamples && !body?.binary) media.examples = examples
  return { description, content: { [body?.mediaType ?? 'application/json']: media } }
}

interface Body {
  mediaType: string
  schema: SchemaObject
  /** Bytes: the JSON examples of the page are not this body. */
  binary?: true
}

/** The documented body, in the shape Graph sends it. */
function responseBody(response: ResponseShape): Body | undefined {
  switch (response.kind) {
    case 'none':
      return undefined
    case 'binary':
      return { mediaType: response.mediaType, schema: { type: 'string', format: 'binary' }, binary: true }
    case 'page':
      return {
        mediaType: 'application/json',
        schema: {
          type: 'object',
          properties: {
            value: { type: 'array', items: schemaFromTypeRef(response.item) },
            '@odata.nextLink': { type: 'string', description: 'URL of the next page of results.' },
          },
        },
      }
    case 'value':
      return { mediaType: 'application/json', schema: wrapped(schemaFromTypeRef(response.type)) }
    case 'object':
      return response.type
        ? { mediaType: 'application/json', schema: schemaFromTypeRef(response.type) }
        : undefined
  }
}

function wrapped(value: SchemaObject): SchemaObject {
  return { type: 'object', properties: { value } }
}

/** `components.responses.error`: Graph's error body `{ "error": { "code", "message" } }`. */
export function errorResponse(): ResponseObject {
  return {
    description: 'Error',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  }
}
