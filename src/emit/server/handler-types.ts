/**
 * The TypeScript types of one operation's handler: params, query, body and reply, written with
 * `tsTypeOf` in the scope of `server/handlers.ts` (`T.` for types, `U.` for undocumented ones).
 *
 * Reads: the operation's shape (query parameters), its `queryOptions`, the served routes'
 * params, request bodies and responses, and the kind of a body's type (`model.types`).
 */
import type { ApiModel, TypeRef } from '../../model.js'
import {
  type BodyShape,
  type OperationShape,
  type ResponseShape,
  requiresBody,
} from '../../shape/operation-shape.js'
import { statusWithoutContent } from '../../shape/response.js'
import { propertyKey } from '../escape.js'
import {
  bodyTypeText,
  parameterTypeText,
  refTo,
  type TsNames,
  type TsScope,
  tsTypeOf,
  withCardinality,
} from '../type-names.js'

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

/** `routeParams` holds the parameter names of each served route of the operation, `routeShapes`
 *  the operation as each answers it (`ApiShape.ofRoute`): the body and reply of any of them.
 *  `otherBodies`: the types the served routes also take a body of, by its `@odata.type` (the
 *  other pages' types on a route several derived types document; `ServerRoute.bodyTypes`). A body
 *  of a documented type may carry links to existing entities too (`Bindable`). */
export function handlerTypesFor(
  shape: OperationShape,
  routeParams: readonly (readonly string[])[],
  routeShapes: readonly OperationShape[],
  otherBodies: readonly string[],
  names: TsNames,
  model: Pick<ApiModel, 'types'>,
): HandlerTypes {
  const { operation } = shape
  const typeOf = (ref: TypeRef) => tsTypeOf(ref, names, HANDLER_SCOPE)
  const allParams = [...new Set(routeParams.flat())].sort()
  const params = objectType(
    allParams.map((name) => ({ name, type: 'string', required: routeParams.every((r) => r.includes(name)) })),
  )
  const queryNames = new Map<string, boolean>()
  for (const option of operation.queryOptions) queryNames.set(option, false)
  for (const p of shape.parameters.query) queryNames.set(p.name, p.required)
  const queryMembers = [...queryNames].map(
    ([name, required]) => `${propertyKey(name)}${required ? '' : '?'}: string`,
  )
  const query = `{ ${[...queryMembers, '[name: string]: string | undefined'].join('; ')} }`
  return {
    params,
    query,
    body: unionOf([
      ...routeShapes.map((route) =>
        bodyTypeText(bodyType(route.requestBody, typeOf), route.requestBody, model),
      ),
      ...otherBodies.map((name) => `Bindable<${typeOf(refTo(name))}>`),
    ]),
    // A call that may answer without content (an upsert's 204) may resolve with nothing.
    reply: unionOf([
      ...routeShapes.map((route) => replyType(route.response, typeOf)),
      ...(routeShapes.some((route) => statusWithoutContent(route) !== undefined) ? ['undefined'] : []),
    ]),
  }
}

function unionOf(types: readonly string[]): string {
  return [...new Set(types)].join(' | ')
}

/** The body a handler receives: JSON as parsed, the parameter object, or the raw bytes. */
function bodyType(body: BodyShape, typeOf: (ref: TypeRef) => string): string {
  switch (body.kind) {
    case 'none':
      return 'unknown'
    case 'binary':
      return 'Uint8Array'
    case 'json':
      return withCardinality(typeOf(body.type), body.collection, false)
    case 'parameters': {
      const object = objectType(
        body.parameters.map((p) => ({
          name: p.name,
          type: parameterTypeText(p, typeOf),
          required: p.required,
        })),
      )
      // A request may leave out a body whose parameters are all optional.
      return requiresBody(body) ? object : `${object} | undefined`
    }
  }
}

/** What a handler resolves with: the wire body (a page, `{ value }`, the object), bytes, or nothing. */
function replyType(response: ResponseShape, typeOf: (ref: TypeRef) => string): string {
  switch (response.kind) {
    case 'none':
      return 'void'
    case 'binary':
      return 'Uint8Array'
    case 'page':
      return `CollectionReply<${typeOf(response.item)}>`
    case 'value':
      return `{ value: ${typeOf(response.type)} }`
    case 'object':
      return response.type ? typeOf(response.type) : 'unknown'
  }
}
