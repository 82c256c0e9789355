/**
 * The documented parameters of an operation by where they travel: path, query, header (body
 * parameters belong to the request body, see `request-body.ts`), each name once in its place (the
 * first row wins: a table listing `mode` twice would make a schema requiring it twice); a header's
 * rows each writing one value of it (`Prefer: outlook.timezone`, `Prefer: outlook.body-content-type`),
 * a row written twice once; and the headers a caller must send.
 *
 * Reads: `OperationDef.parameters`.
 */
import type { OperationDef, ParameterDef, TypeRef } from '../model.js'
import type { ParameterShapes } from './operation-shape.js'
import { parameterNameKey } from './route-matches.js'

export function shapeParameters(operation: OperationDef): ParameterShapes {
  const { parameters } = operation
  return {
    path: firstOfEachName(parameters, 'path'),
    query: firstOfEachName(parameters, 'query'),
    header: eachHeaderValueOnce(parameters),
    requiredHeaders: requiredHeaders(parameters),
  }
}

/** Headers of the connection, which fetch and HTTP set (`Content-Length`, `Host`…): never copied
 *  from the docs, by a client or by verify's replay. */
const CONNECTION_HEADERS = new Set([
  'connection',
  'content-length',
  'expect',
  'host',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
])

/** The transport's headers: the connection's and those the client's runtime sets itself
 *  (`Authorization` from its token, `Accept`, `Content-Type`): never the caller's to send, and not
 *  parameters of openapi.json (which ignores those three by its rules). */
const TRANSPORT_HEADERS = new Set([...CONNECTION_HEADERS, 'authorization', 'accept', 'content-type'])

/**
 * The headers a caller must send, each name once as first written: the header rows that say they
 * are required (the parameter table's `Required.`), but the transport's.
 *   | If-Match | Last known ETag value for the **plannerBucket** to be updated. Required. |  (plannerbucket-update.md)
 */
function requiredHeaders(parameters: readonly ParameterDef[]): string[] {
  const names = new Map<string, string>()
  for (const { in: place, name, required } of parameters) {
    const key = name.toLowerCase()
    if (place === 'header' && required && !isTransportHeader(key) && !names.has(key)) names.set(key, name)
  }
  return [...names.values()]
}

/** Whether the transport sets the header `name` (`TRANSPORT_HEADERS`). */
export function isTransportHeader(name: string): boolean {
  return TRANSPORT_HEADERS.has(name.toLowerCase())
}

/** Whether the header `name` belongs to the connection (`CONNECTION_HEADERS`). */
export function isConnectionHeader(name: string): boolean {
  return CONNECTION_HEADERS.has(name.toLowerCase())
}

/** The header rows, a row written twice (the same header, value and description) once. */
function eachHeaderValueOnce(parameters: readonly ParameterDef[]): ParameterDef[] {
  const seen = new Set<string>()
  return parameters.filter((parameter) => {
    const key = `${parameter.name.toLowerCase()}\0${parameter.value ?? ''}\0${parameter.description}`
    if (parameter.in !== 'header' || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function firstOfEachName(parameters: readonly ParameterDef[], place: ParameterDef['in']): ParameterDef[] {
  const seen = new Set<string>()
  return parameters.filter((parameter) => {
    if (parameter.in !== place || seen.has(parameter.name)) return false
    seen.add(parameter.name)
    return true
  })
}

/** The types a parameter's value may be: each its Type cell offers where the docs document no base
 *  they share (`ParameterDef.otherTypes`, call-answer.md's `mediaConfig`), else its type. */
export function typesOfParameter(parameter: ParameterDef): readonly TypeRef[] {
  return [parameter.type, ...(parameter.otherTypes ?? [])]
}

/** The page's table row for a parameter a route writes, by the first of its `names` a row has
 *  (`parameterNameKey`): a function's argument by its own name, then its placeholder's
 *  (`columnsAfter(count={n})`: the table's `count`), a key by its placeholder's. */
export function documentedRouteParameter(
  documented: readonly ParameterDef[],
  names: readonly string[],
): ParameterDef | undefined {
  for (const name of names) {
    const key = parameterNameKey(name)
    const row = documented.find((parameter) => parameterNameKey(parameter.name) === key)
    if (row) return row
  }
  return undefined
}
