/**
 * The request body of an operation: the resource type the page names (create, update), raw bytes
 * when that type is a Stream, else the parameter object of its `## Request body` table (actions),
 * each name once (the first row wins), else none.
 *   | Parameter | Type   | Description |
 *   | comment   | String | A comment.  |     → { kind: 'parameters', parameters: [comment] }
 *
 * Reads: `OperationDef.requestBody` and `parameters` (`in: 'body'`).
 */
import type { OperationDef, ParameterDef } from '../model.js'
import type { BodyShape } from './operation-shape.js'

export function shapeRequestBody(operation: OperationDef): BodyShape {
  const documented = operation.requestBody
  if (documented) {
    const { type, collection } = documented
    if (type.kind === 'primitive' && type.name === 'Stream' && !collection) return { kind: 'binary' }
    return { kind: 'json', type, collection }
  }
  const seen = new Set<string>()
  const parameters: ParameterDef[] = []
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'body' || seen.has(parameter.name)) continue
    seen.add(parameter.name)
    parameters.push(parameter)
  }
  return parameters.length === 0 ? { kind: 'none' } : { kind: 'parameters', parameters }
}
