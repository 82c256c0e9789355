/**
 * Whether a request body may not carry a property because it is read-only. It may when the
 * operation's own request-body table lists the property as required: the page says the request
 * carries it and the service keeps its value.
 *   | scope | [accessReviewScope](…) | … Read-only. Required but not updated. |
 * Names compare in any letter case, as Graph reads a body's.
 */
import type { OperationDef, PropertyDef } from '../model.js'

export function refusedInRequest(
  property: Pick<PropertyDef, 'name' | 'readOnly'>,
  operation: Pick<OperationDef, 'parameters'>,
): boolean {
  return (
    property.readOnly &&
    !operation.parameters.some(
      (parameter) =>
        parameter.in === 'body' &&
        parameter.required &&
        parameter.name.toLowerCase() === property.name.toLowerCase(),
    )
  )
}
