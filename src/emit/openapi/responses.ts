/**
 * The Responses Object of an operation: the documented status with its schema in Graph's wire
 * shape (a collection or a primitive comes wrapped as `{ "value": … }`, a Stream as octet-stream),
 * the statuses the examples show, and `default` → the Graph error body.
 */
import type { OperationDef, ResponseDef } from '../../model.js'
import { exampleStatuses, responseExamples } from './examples.js'
import { schemaFromTypeRef } from './schema.js'
import type { MediaTypeObject, ResponseObject, ResponseOrRef, SchemaObject } from './spec.js'

export const ERROR_RESPONSE = 'error'

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  412: 'Precondition Failed',
  422: 'Unprocessable Entity',
}

export function responsesOf(operation: OperationDef): Record<string, ResponseOrRef> {
  const statuses = new Set([operation.response.status, ...exampleStatuses(operation)])
  const result: Record<string, ResponseOrRef> = {}
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const schema = status === operation.response.status ? responseSchema(operation.response) : undefined
    result[String(status)] = responseObject(status, schema, operation)
  }
  result.default = { $ref: `#/components/responses/${ERROR_RESPONSE}` }
  return result
}

function responseObject(status: number, body: Body | undefined, operation: OperationDef): ResponseObject {
  const description = REASONS[status] ?? `Status ${status}`
  const examples = responseExamples(operation, status)
  const hasExamples = Object.keys(examples).length > 0
  if (!body && !hasExamples) return { description }
  const media: MediaTypeObject = { schema: body?.schema ?? {} }
  if (hasExamples && body?.mediaType !== 'application/octet-stream') media.examples = examples
  return { description, content: { [body?.mediaType ?? 'application/json']: media } }
}

interface Body {
  mediaType: string
  schema: SchemaObject
}

/** The documented body, in the shape Graph sends it. */
function responseSchema(response: ResponseDef): Body | undefined {
  const type = response.type
  if (!type) return undefined
  if (type.kind === 'primitive' && type.name === 'Stream' && !response.collection)
    return { mediaType: 'application/octet-stream', schema: { type: 'string', format: 'binary' } }
  const item = schemaFromTypeRef(type)
  if (response.collection)
    return {
      mediaType: 'application/json',
      schema: {
        type: 'object',
        properties: {
          value: { type: 'array', items: item },
          '@odata.nextLink': { type: 'string', description: 'URL of the next page of results.' },
        },
      },
    }
  if (type.kind === 'primitive') return { mediaType: 'application/json', schema: wrapped(item) }
  return { mediaType: 'application/json', schema: item }
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
