/**
 * The documented parameters of an operation by where they travel: path, query, header (body
 * parameters belong to the request body, see `request-body.ts`).
 *
 * Reads: `OperationDef.parameters`.
 */
import type { OperationDef } from '../model.js'
import type { ParameterShapes } from './operation-shape.js'

export function shapeParameters(operation: OperationDef): ParameterShapes {
  const { parameters } = operation
  return {
    path: parameters.filter((parameter) => parameter.in === 'path'),
    query: parameters.filter((parameter) => parameter.in === 'query'),
    header: parameters.filter((parameter) => parameter.in === 'header'),
  }
}
