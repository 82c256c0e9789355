/**
 * The request body of an operation: the resource type the page names (create, update), raw bytes
 * when that type is a Stream, else the parameter object of its `## Request body` table (actions),
 * each name once (the first row wins), which the request may leave out where the page says so or
 * shows it called without one, else none. One resource object the page says must name its type in
 * `@odata.type` (a required body row of that name) requires it (`typeRequired`). And whether a
 * request sends the whole resource, and so the members the page marks required (`sendsWholeResource`,
 * `requiredBodyRows`).
 *   | Parameter | Type   | Description |
 *   | comment   | String | A comment.  |     → { kind: 'parameters', parameters: [comment] }
 *
 * Reads: `OperationDef.requestBody`, `requestBodyOptional`, `parameters` (`in: 'body'`) and the
 * request examples of its own calls (`examplesOfOwnCalls`, which reads `routes`).
 */
import { examplesOfOwnCalls } from '../extract/examples.js'
import { TYPE_ANNOTATION } from '../format-defaults.js'
import type { OperationDef, ParameterDef } from '../model.js'
import { isStream } from '../stream-type.js'
import { showsBody } from './examples.js'
import type { BodyShape } from './operation-shape.js'

export function shapeRequestBody(operation: OperationDef): BodyShape {
  const documented = operation.requestBody
  if (documented) {
    const { type, collection } = documented
    if (isStream(type) && !collection) return { kind: 'binary' }
    const typeRequired = !collection && requiresTypeAnnotation(operation)
    return { kind: 'json', type, collection, ...(typeRequired && { typeRequired }) }
  }
  const seen = new Set<string>()
  const parameters: ParameterDef[] = []
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'body' || seen.has(parameter.name)) continue
    seen.add(parameter.name)
    parameters.push(parameter)
  }
  if (parameters.length === 0) return { kind: 'none' }
  return { kind: 'parameters', parameters, optional: sendsNoBody(operation, parameters) }
}

/**
 * Whether the request sends the whole resource, so that it carries every member its page marks
 * required: a create, or an update by PUT, which replaces the resource its URL names (today's
 * externalconnectors-externalconnection-put-items.md: `PUT …/items/{externalItemId}` under
 * `|properties|…|… Required.|`). A PATCH sends only the members it changes, and requires none
 * but those its lead-in requires for updating (`requiredBodyRows`).
 */
export function sendsWholeResource(operation: Pick<OperationDef, 'kind' | 'routes'>): boolean {
  if (operation.kind === 'create') return true
  return operation.kind === 'update' && operation.routes.some((route) => route.method === 'PUT')
}

/** The Request body rows a request must send: those its page marks required where it sends the
 *  whole resource, else (a PATCH) those its own lead-in requires for updating ("The following table
 *  shows the properties that are required when you update the [teamworkTag](…).", today's
 *  teamworktag-update.md: `ParameterDef.requiredWhen`). */
export function requiredBodyRows(
  operation: Pick<OperationDef, 'kind' | 'routes' | 'parameters'>,
): ParameterDef[] {
  const whole = sendsWholeResource(operation)
  return operation.parameters.filter(
    (parameter) =>
      parameter.in === 'body' && parameter.required && (whole || parameter.requiredWhen === 'updating'),
  )
}

/** Whether the page says the body must carry `@odata.type` (a required body row of that name). */
function requiresTypeAnnotation(operation: OperationDef): boolean {
  return operation.parameters.some(
    (parameter) => parameter.in === 'body' && parameter.name === TYPE_ANNOTATION && parameter.required,
  )
}

/**
 * Whether the action may be called without a body, no parameter being required: its Request body
 * prose says so (`requestBodyOptional`: "you can optionally include a JSON representation of the
 * **lockState** property.", today's filestoragecontainer-lock.md), or the page shows it called
 * without one (`POST …/estimateStatistics` with no body under a table whose one parameter is
 * optional). A table that marks nothing required does not say its parameters are optional (most
 * say nothing), so the prose or the example decides.
 */
function sendsNoBody(operation: OperationDef, parameters: readonly ParameterDef[]): boolean {
  return (
    parameters.every((parameter) => !parameter.required) &&
    (operation.requestBodyOptional === true ||
      examplesOfOwnCalls(operation).some((example) => example.kind === 'request' && !showsBody(example)))
  )
}
