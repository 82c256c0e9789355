/**
 * The Request Body Object of a POST, PATCH or PUT: the documented resource type (create, update;
 * a create's members its Request body table marks Required, required, as the server requires them),
 * raw bytes for a Stream, the object of the `## Request body` parameter rows (actions), else any
 * JSON when only the example shows a body.
 *
 * Reads: the operation's shape (request body, request examples) and, for a create's required
 * members, its resource type's properties.
 */
import { requiredBodyMembers } from '../../json-schema/operation-schemas.js'
import type { ApiModel, HttpMethod } from '../../model.js'
import { carriesBody, type OperationShape, requiresBody } from '../../shape/operation-shape.js'
import { typesOfParameter } from '../../shape/parameters.js'
import { OCTET_STREAM } from '../../shape/response.js'
import { requestExamples } from './examples.js'
import { schemaFromValue, schemaFromValues } from './schema.js'
import type { RequestBodyObject, SchemaObject } from './spec.js'

export function requestBodyOf(
  shape: OperationShape,
  method: HttpMethod,
  model: ApiModel,
): RequestBodyObject | undefined {
  if (!carriesBody(method)) return undefined
  const body = shape.requestBody
  if (body.kind === 'binary')
    return { required: true, content: { [OCTET_STREAM]: { schema: { type: 'string', format: 'binary' } } } }
  const examples = requestExamples(shape)
  const schema = requestSchema(shape, model)
  if (!schema && Object.keys(examples).length === 0) return undefined
  return {
    required: schema !== undefined && requiresBody(body),
    content: {
      'application/json': {
        schema: schema ?? {},
        ...(Object.keys(examples).length === 0 ? {} : { examples }),
      },
    },
  }
}

function requestSchema(shape: OperationShape, model: ApiModel): SchemaObject | undefined {
  const body = shape.requestBody
  if (body.kind === 'json') {
    // The members the server requires too (`requiredBodyMembers`: the rows it must send, a required
    // `@odata.type`), of the object or of each item of a collection.
    const required = requiredBodyMembers(shape, model)
    const resource = schemaFromValue(body.type, false, false)
    const item = required.length === 0 ? resource : { allOf: [resource, { required }] }
    return body.collection ? { type: 'array', items: item } : item
  }
  if (body.kind !== 'parameters') return undefined
  const properties: Record<string, SchemaObject> = {}
  for (const row of body.parameters) {
    // An optional parameter may be sent as null, as the client and the server take it.
    const value = schemaFromValues(typesOfParameter(row), row.collection, !row.required)
    properties[row.name] = row.description === '' ? value : { ...value, description: row.description }
  }
  const required = body.parameters.filter((row) => row.required).map((row) => row.name)
  return { type: 'object', properties, ...(required.length === 0 ? {} : { required }) }
}
