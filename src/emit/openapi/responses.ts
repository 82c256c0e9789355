/**
 * The Responses Object of an operation: the documented status with its schema in Graph's wire
 * shape (the operation's response shape: a page, `{ "value": … }` for a primitive or enum, bytes with
 * their media type for a Stream), the statuses the examples show, the redirect the docs say the
 * call answers first, each redirect with its `Location`, and `default` → the Graph error body.
 */
import { isRedirect, mayCarryContent } from '../../http-status.js'
import type { OperationShape, ResponseShape } from '../../shape/operation-shape.js'
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
  const { redirect, otherSuccesses = [] } = shape.operation.response
  // The sentence's other success codes answer with the same body ("In both cases, an onlineMeeting …").
  const documented = new Set([shape.response.status, ...otherSuccesses])
  const statuses = new Set([
    ...documented,
    ...exampleStatuses(shape),
    ...(redirect === undefined ? [] : [redirect]),
  ])
  const result: Record<string, ResponseOrRef> = {}
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const body = documented.has(status) ? responseBody(shape.response) : undefined
    const response = responseObject(status, body, shape)
    result[String(status)] = isRedirect(status) ? { ...response, headers: { ...LOCATION } } : response
  }
  result.default = { $ref: `#/components/responses/${ERROR_RESPONSE}` }
  return result
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
