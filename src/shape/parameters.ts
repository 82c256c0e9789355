/**
 * The documented parameters of an operation by where they travel: path, query, header (body
 * parameters belong to the request body, see `request-body.ts`), each name once in its place (the
 * first row wins: a table listing `mode` twice would make a schema requiring it twice); a header's
 * rows all, each writing one value of it (`Prefer: outlook.timezone`, `Prefer: outlook.body-content-type`).
 *
 * Reads: `OperationDef.parameters`.
 */
import type { OperationDef, ParameterDef } from '../model.js'
import type { ParameterShapes } from './operation-shape.js'

export function shapeParameters(operation: OperationDef): ParameterShapes {
  const { parameters } = operation
  return {
    path: firstOfEachName(parameters, 'path'),
    query: firstOfEachName(parameters, 'query'),
    header: parameters.filter((parameter) => parameter.in === 'header'),
  }
}

function firstOfEachName(parameters: readonly ParameterDef[], place: ParameterDef['in']): ParameterDef[] {
  const seen = new Set<string>()
  return parameters.filter((parameter) => {
    if (parameter.in !== place || seen.has(parameter.name)) return false
    seen.add(parameter.name)
    return true
  })
}
