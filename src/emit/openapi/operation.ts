/**
 * The Operation Object for one documented route of an operation, and the merge of several pages
 * documenting the same (verb, path): Intune documents `GET /deviceManagement/deviceConfigurations/{id}`
 * once per derived type; the merged operation accepts and returns any of their bodies.
 */
import { eitherSchema } from '../../json-schema/type-schema.js'
import type { ApiModel, OperationDef, RouteTemplate } from '../../model.js'
import type { OperationShape } from '../../shape/operation-shape.js'
import { operationParameters, parameterKey } from './parameters.js'
import type { PathTemplate } from './path-template.js'
import { requestBodyOf } from './request-body.js'
import { responsesOf } from './responses.js'
import { securityOf } from './security.js'
import type { MediaTypeObject, OperationObject, ParameterOrRef, ResponseOrRef } from './spec.js'

export interface OperationInput {
  operation: OperationDef
  route: RouteTemplate
  template: PathTemplate
  /** Placeholder names of the path item this route belongs to, in template order. */
  names: readonly string[]
  operationId: string
  tag: string
  /** The page documents another use of the path (`takesAnotherType`, `src/shape/same-route.ts`). */
  anotherUse: boolean
  /** The page writes one query of a path other pages answer without one (`?$expand=…` on another
   *  type's item path): `answeringAmong` leaves it out of the answer, so its responses add examples. */
  queryUse: boolean
}

export function operationObject(
  input: OperationInput,
  shape: OperationShape,
  model: ApiModel,
): OperationObject {
  const { operation, route, template } = input
  const result: OperationObject = {
    tags: [input.tag],
    summary: operation.title,
    ...(operation.description === '' ? {} : { description: operation.description }),
    operationId: input.operationId,
    'x-doc2ts-pages': [operation.file],
    responses: responsesOf(shape),
  }
  const parameters = operationParameters(shape, route, template, input.names)
  if (parameters.length > 0) result.parameters = parameters
  const requestBody = requestBodyOf(shape, route.method, model)
  if (requestBody) result.requestBody = requestBody
  const security = securityOf(operation.permissions)
  if (security) result.security = security
  if (template.inexact.length > 0) result['x-doc2ts-inexact'] = template.inexact
  return orderedOperation(result)
}

/** `primary` widened by `other`, another page's operation on the same (verb, path); of a page
 *  documenting another use of the path (`anotherUse`), the request body's examples, not its type;
 *  of a page writing one query of it (`queryUse`), the response examples, not their types. */
export function mergeOperations(
  primary: OperationObject,
  other: OperationObject,
  anotherUse = false,
  queryUse = false,
): OperationObject {
  const merged: OperationObject = { ...primary }
  merged['x-doc2ts-pages'] = [...new Set([...primary['x-doc2ts-pages'], ...other['x-doc2ts-pages']])].sort()
  const parameters = [
    ...requiredWhereBoth(primary.parameters ?? [], other.parameters ?? []),
    ...requiredWhereBoth(other.parameters ?? [], primary.parameters ?? []).filter(
      (parameter) =>
        !(primary.parameters ?? []).some((known) => parameterKey(known) === parameterKey(parameter)),
    ),
  ]
  if (parameters.length > 0) merged.parameters = parameters
  if (other.requestBody) {
    const base = primary.requestBody
    merged.requestBody = base
      ? {
          ...base,
          required: base.required && other.requestBody.required,
          content: mergeContent(
            base.content,
            anotherUse ? withSchemasOf(other.requestBody.content, base.content) : other.requestBody.content,
          ),
        }
      : {
          ...other.requestBody,
          required: false,
          ...(anotherUse ? { content: examplesOnly(other.requestBody.content) } : {}),
        }
  }
  const responses: Record<string, ResponseOrRef> = { ...primary.responses }
  for (const [status, response] of Object.entries(other.responses)) {
    const known = responses[status]
    if (!known || !('description' in known)) responses[status] = response
    else if ('content' in response && response.content) {
      const shown = queryUse ? withSchemasOf(response.content, known.content ?? {}) : response.content
      responses[status] = { ...known, content: mergeContent(known.content ?? {}, shown) }
    }
  }
  merged.responses = Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => statusOrder(a) - statusOrder(b)),
  )
  const security = [...(primary.security ?? [])]
  for (const requirement of other.security ?? [])
    if (!security.some((known) => JSON.stringify(known) === JSON.stringify(requirement)))
      security.push(requirement)
  if (security.length > 0) merged.security = security
  const inexact = [...new Set([...(primary['x-doc2ts-inexact'] ?? []), ...(other['x-doc2ts-inexact'] ?? [])])]
  if (inexact.length > 0) merged['x-doc2ts-inexact'] = inexact
  return orderedOperation(merged)
}

/**
 * `parameters` of one page, each required only where the other page's operation requires it too:
 * one page's condition (the `$expand` of its example, a header "required" for its `$search`) is
 * no condition of the other's requests on the same route.
 */
function requiredWhereBoth(
  parameters: readonly ParameterOrRef[],
  others: readonly ParameterOrRef[],
): ParameterOrRef[] {
  return parameters.map((parameter) => {
    if ('$ref' in parameter || !parameter.required || parameter.in === 'path') return parameter
    const other = others.find((known) => parameterKey(known) === parameterKey(parameter))
    return other && !('$ref' in other) && other.required ? parameter : { ...parameter, required: false }
  })
}

function statusOrder(status: string): number {
  return status === 'default' ? 1000 : Number(status)
}

/** `content` with the schemas `base` gives its media types (its examples kept). */
function withSchemasOf(
  content: Record<string, MediaTypeObject>,
  base: Record<string, MediaTypeObject>,
): Record<string, MediaTypeObject> {
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, media]) => [
      mediaType,
      { ...media, schema: base[mediaType]?.schema ?? media.schema },
    ]),
  )
}

/** The content's examples with a schema that takes any value: another use's body, where the path's
 *  own takes none (the server takes any body there). */
function examplesOnly(content: Record<string, MediaTypeObject>): Record<string, MediaTypeObject> {
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, media]) => [mediaType, { ...media, schema: {} }]),
  )
}

function mergeContent(
  a: Record<string, MediaTypeObject>,
  b: Record<string, MediaTypeObject>,
): Record<string, MediaTypeObject> {
  const result = { ...a }
  for (const [mediaType, media] of Object.entries(b)) {
    const known = result[mediaType]
    if (!known) {
      result[mediaType] = media
      continue
    }
    const examples = { ...media.examples, ...known.examples }
    result[mediaType] = {
      schema: eitherSchema(known.schema, media.schema),
      ...(Object.keys(examples).length === 0 ? {} : { examples }),
    }
  }
  return result
}

/** Fields in the order of the Operation Object in the specification. */
function orderedOperation(operation: OperationObject): OperationObject {
  const { tags, summary, description, operationId, parameters, requestBody, responses, security } = operation
  return {
    tags,
    summary,
    ...(description === undefined ? {} : { description }),
    operationId,
    ...(parameters === undefined ? {} : { parameters }),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses,
    ...(security === undefined ? {} : { security }),
    ...(operation['x-doc2ts-inexact'] === undefined
      ? {}
      : { 'x-doc2ts-inexact': operation['x-doc2ts-inexact'] }),
    'x-doc2ts-pages': operation['x-doc2ts-pages'],
  }
}
