/**
 * The Request Body Object of a POST, PATCH or PUT: the documented resource type (create, update),
 * else an object of the `## Request body` parameter rows (actions), else any JSON when only the
 * example shows a body.
 */
import type { HttpMethod, OperationDef } from '../../model.js'
import { requestExamples } from './examples.js'
import { schemaFromValue } from './schema.js'
import type { RequestBodyObject, SchemaObject } from './spec.js'

export function requestBodyOf(operation: OperationDef, method: HttpMethod): RequestBodyObject | undefined {
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return undefined
  const examples = requestExamples(operation)
  const schema = requestSchema(operation)
  if (!schema && Object.keys(examples).length === 0) return undefined
  return {
    required: schema !== undefined,
    content: {
      'application/json': {
        schema: schema ?? {},
        ...(Object.keys(examples).length === 0 ? {} : { examples }),
      },
    },
  }
}

function requestSchema(operation: OperationDef): SchemaObject | undefined {
  if (operation.requestBody)
    return schemaFromValue(operation.requestBody.type, operation.requestBody.collection, false)
  const rows = operation.parameters.filter((parameter) => parameter.in === 'body')
  if (rows.length === 0) return undefined
  const properties: Record<string, SchemaObject> = {}
  for (const row of rows) {
    const value = schemaFromValue(row.type, row.collection, false)
    properties[row.name] = row.description === '' ? value : { ...value, description: row.description }
  }
  const required = rows.filter((row) => row.required).map((row) => row.name)
  return { type: 'object', properties, ...(required.length === 0 ? {} : { required }) }
}
