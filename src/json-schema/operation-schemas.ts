/**
 * One operation → the JSON Schemas Fastify validates a request with: `params`, `querystring`,
 * `headers`, `body`. Create and PUT bodies carry the writable properties (read-only ones are
 * refused by name), PATCH bodies the same with nothing required but the `@odata.type` a page may
 * ask for and the rows its lead-in requires for updating, actions their body parameters.
 *
 * Reads: the operation's shape (request body, query parameters, required headers), `queryOptions`,
 * and for a resource body which body parameters it must send (`requiredBodyRows`).
 */
import { TYPE_ANNOTATION } from '../format-defaults.js'
import type { ApiModel, ObjectTypeDef, OperationDef, ParameterDef, TypeRef } from '../model.js'
import type { OperationShape } from '../shape/operation-shape.js'
import { typesOfParameter } from '../shape/parameters.js'
import { naturalKey, refusedInRequest, sentByRequestExamples } from '../shape/read-only-in-request.js'
import { requiredBodyRows } from '../shape/request-body.js'
import {
  acceptsUnlistedProperties,
  eitherSchema,
  flattenProperties,
  type JsonSchema,
  objectSchema,
  schemaForProperty,
  schemaForTypeRef,
  withShape,
} from './type-schema.js'

export interface RequestSchemas {
  params?: JsonSchema
  querystring?: JsonSchema
  headers?: JsonSchema
  body?: JsonSchema
}

/** The body schema of an operation's shape, or undefined when it takes no JSON body. */
export function bodySchemaForOperation(
  shape: OperationShape,
  model: ApiModel,
  derived: Set<string>,
): JsonSchema | undefined {
  const body = shape.requestBody
  switch (body.kind) {
    case 'none':
      return undefined
    case 'binary':
      // Bytes arrive as a Buffer: nothing to validate.
      return {}
    case 'parameters':
      return objectSchema(
        body.parameters.map((p) => ({ name: p.name, schema: parameterSchema(p, model) })),
        requiredBodyMembers(shape, model),
        false,
      )
    case 'json':
      return resourceSchema(body.type, body.collection, shape, model, derived)
  }
}

/** The members a request body must carry: an action's Request body parameters marked required; the
 *  Request body rows it must send that are properties of its resource (`requiredBodyRows`: those
 *  marked required of a create or a PUT; of a PATCH, those its lead-in requires for updating), but
 *  the key a PUT's URL gives (`keyInUrl`); a resource's `@odata.type` where the page says it must
 *  be sent (`typeRequired`), whatever the verb. What the server requires, and what `verify` holds
 *  the docs' own requests to. `properties`: the resource's, flattened, where the caller has them
 *  already. */
export function requiredBodyMembers(
  shape: OperationShape,
  model: ApiModel,
  properties?: readonly { name: string }[],
): string[] {
  const body = shape.requestBody
  if (body.kind === 'parameters') return body.parameters.filter((p) => p.required).map((p) => p.name)
  if (body.kind !== 'json' || body.type.kind !== 'named') return []
  const resolved = body.type.resolved ? model.types[body.type.resolved] : undefined
  if (!resolved || resolved.kind === 'enum') return []
  const typed = body.typeRequired ? [TYPE_ANNOTATION] : []
  const { operation } = shape
  const rows = requiredBodyRows(operation)
  if (rows.length === 0) return typed
  const known = new Set((properties ?? flattenProperties(resolved, model)).map((p) => p.name))
  const given = keyInUrl(operation, resolved, model)
  return [...typed, ...rows.filter((p) => known.has(p.name) && p.name !== given).map((p) => p.name)]
}

/** The key of the resource a PUT's URL names in its last segment, which the body need not repeat:
 *  today's externalconnectors-externalconnection-put-items.md marks `id` required and its request,
 *  `PUT …/items/TSP228082938`, sends no `id`. */
function keyInUrl(operation: OperationDef, resource: ObjectTypeDef, model: ApiModel): string | undefined {
  const addressed = operation.routes.every(
    (route) => route.method === 'PUT' && route.segments.at(-1)?.kind === 'param',
  )
  return addressed ? (naturalKey(resource, (name) => model.types[name]) ?? 'id') : undefined
}

/** A create or PUT body carries the writable properties (required ones as its table says); a
 *  PATCH body the same with nothing required but a `@odata.type` its page asks for and the rows its
 *  lead-in requires for updating; read-only properties are refused by name. */
function resourceSchema(
  type: TypeRef,
  collection: boolean,
  shape: OperationShape,
  model: ApiModel,
  derived: Set<string>,
): JsonSchema {
  const resolved = type.kind === 'named' && type.resolved ? model.types[type.resolved] : undefined
  if (!resolved || resolved.kind === 'enum')
    return withShape(schemaForTypeRef(type, model), collection, false)
  const { operation } = shape
  const flattened = flattenProperties(resolved, model)
  const key = naturalKey(resolved, (name) => model.types[name])
  const sent = sentByRequestExamples(shape)
  const properties = flattened.map((p) => ({
    name: p.name,
    // A read-only property in a request body is refused with its name (`false` schema).
    schema: refusedInRequest(p, operation, key, sent) ? false : schemaForProperty(p, model),
  }))
  const item = objectSchema(
    properties as { name: string; schema: JsonSchema }[],
    requiredBodyMembers(shape, model, flattened),
    acceptsUnlistedProperties(resolved, model, derived),
  )
  return collection ? { type: 'array', items: item } : item
}

/** An optional action parameter accepts `null`, as Graph's do; a required one needs a value, as
 *  the handler's type and the client's say. */
function parameterSchema(parameter: ParameterDef, model: ApiModel): JsonSchema {
  const item = typesOfParameter(parameter)
    .map((type) => schemaForTypeRef(type, model))
    .reduce(eitherSchema)
  return withShape(item, parameter.collection, !parameter.required)
}

/** A value that arrives as text (a query string's, a function's argument): numbers and booleans
 *  are checked by pattern, not coerced; an enum's by its members. */
function textValueSchema({ type }: Pick<ParameterDef, 'type'>, model: ApiModel): JsonSchema {
  if (type.kind === 'primitive') {
    if (/^(Int|Byte|SByte)/.test(type.name)) return { type: 'string', pattern: '^-?[0-9]+$' }
    if (type.name === 'Boolean') return { type: 'string', enum: ['true', 'false'] }
  }
  if (type.kind === 'named' && type.resolved && model.types[type.resolved]?.kind === 'enum')
    return schemaForTypeRef(type, model)
  return { type: 'string' }
}

const QUERY_OPTION_SCHEMA: Record<string, JsonSchema> = {
  $top: { type: 'string', pattern: '^[0-9]+$' },
  $skip: { type: 'string', pattern: '^[0-9]+$' },
  $count: { type: 'string', enum: ['true', 'false'] },
}

/** Documented query parameters and OData options; other keys pass (Graph ignores unknown ones). */
export function querySchemaForOperation(
  { operation, parameters }: OperationShape,
  model: ApiModel,
): JsonSchema | undefined {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const option of operation.queryOptions)
    properties[option] = QUERY_OPTION_SCHEMA[option] ?? { type: 'string' }
  for (const parameter of parameters.query) {
    properties[parameter.name] = textValueSchema(parameter, model)
    if (parameter.required) required.push(parameter.name)
  }
  if (Object.keys(properties).length === 0) return undefined
  const schema: JsonSchema = { type: 'object', properties }
  if (required.length > 0) schema.required = required
  return schema
}

/** The headers a caller must send (`If-Match`), by the lower-case names Node gives them. */
export function headersSchemaForOperation({ parameters }: OperationShape): JsonSchema | undefined {
  const names = parameters.requiredHeaders.map((name) => name.toLowerCase())
  if (names.length === 0) return undefined
  const properties = Object.fromEntries(names.map((name) => [name, { type: 'string' }]))
  return { type: 'object', properties, required: names }
}

/** Route parameters: non-empty strings, a function's arguments (`callArguments`, each with the row
 *  documenting it) as `routeArgumentSchema` judges them. */
export function paramsSchemaFor(
  names: readonly string[],
  callArguments: ReadonlyMap<string, ParameterDef | undefined>,
  model: ApiModel,
): JsonSchema | undefined {
  if (names.length === 0) return undefined
  const schemaOf = (name: string): JsonSchema =>
    callArguments.has(name)
      ? routeArgumentSchema(callArguments.get(name), model)
      : { type: 'string', minLength: 1 }
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, schemaOf(name)])),
    required: [...names],
  }
}

/** A function's argument, read once its quotes are off (the runtime's `unquoteCallParams`), is a
 *  value of the type its row documents: `filterByCurrentUser(on='bogus')` is no member of `on`'s
 *  enum (accesspackageassignmentrequest-filterbycurrentuser.md). */
function routeArgumentSchema(row: ParameterDef | undefined, model: ApiModel): JsonSchema {
  return row ? textValueSchema(row, model) : { type: 'string' }
}
