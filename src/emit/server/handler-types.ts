/**
 * The TypeScript types of one operation's handler: params, query, body and reply, written with
 * `tsTypeOf` in the scope of `server/handlers.ts` (`T.` for types, `U.` for undocumented ones).
 *
 * Reads: `OperationDef` (parameters, requestBody, response, queryOptions) and the served routes' params.
 */
import type { ApiModel, OperationDef, TypeRef } from '../../model.js'
import { propertyKey } from '../escape.js'
import { type TsNames, type TsScope, tsTypeOf, withCardinality } from '../type-names.js'

export const HANDLER_SCOPE: TsScope = { typesPrefix: 'T.', undocumentedPrefix: 'U.' }

export interface HandlerTypes {
  params: string
  query: string
  body: string
  reply: string
}

function objectType(members: readonly { name: string; type: string; required: boolean }[]): string {
  if (members.length === 0) return 'Record<string, never>'
  return `{ ${members.map((m) => `${propertyKey(m.name)}${m.required ? '' : '?'}: ${m.type}`).join('; ')} }`
}

/** `routeParams` holds the parameter names of each served route of the operation. */
export function handlerTypesFor(
  operation: OperationDef,
  routeParams: readonly (readonly string[])[],
  model: ApiModel,
  names: TsNames,
): HandlerTypes {
  const typeOf = (ref: TypeRef) => tsTypeOf(ref, names, HANDLER_SCOPE)
  const allParams = [...new Set(routeParams.flat())].sort()
  const params = objectType(
    allParams.map((name) => ({ name, type: 'string', required: routeParams.every((r) => r.includes(name)) })),
  )
  const queryNames = new Map<string, boolean>()
  for (const option of operation.queryOptions) queryNames.set(option, false)
  for (const p of operation.parameters) if (p.in === 'query') queryNames.set(p.name, p.required)
  const queryMembers = [...queryNames].map(
    ([name, required]) => `${propertyKey(name)}${required ? '' : '?'}: string`,
  )
  const query = `{ ${[...queryMembers, '[name: string]: string | undefined'].join('; ')} }`
  return { params, query, body: bodyType(operation, typeOf), reply: replyType(operation, model, typeOf) }
}

function bodyType(operation: OperationDef, typeOf: (ref: TypeRef) => string): string {
  if (operation.requestBody)
    return withCardinality(typeOf(operation.requestBody.type), operation.requestBody.collection, false)
  const bodyParameters = operation.parameters.filter((p) => p.in === 'body')
  if (bodyParameters.length === 0) return 'unknown'
  return objectType(
    bodyParameters.map((p) => ({
      name: p.name,
      type: withCardinality(typeOf(p.type), p.collection, !p.required),
      required: p.required,
    })),
  )
}

function replyType(operation: OperationDef, model: ApiModel, typeOf: (ref: TypeRef) => string): string {
  const response = operation.response
  if (!response.type || response.status === 204) return 'void'
  const item = typeOf(response.type)
  if (response.collection) return `CollectionReply<${item}>`
  if (response.type.kind === 'primitive') return `{ value: ${item} }`
  if (
    response.type.kind === 'named' &&
    response.type.resolved &&
    model.types[response.type.resolved]?.kind === 'enum'
  )
    return `{ value: ${item} }`
  return item
}
