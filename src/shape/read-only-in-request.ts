/**
 * Whether a request body may not carry a property because it is read-only. It may when the
 * operation's own request-body table lists the property as required: the page says the request
 * carries it and the service keeps its value.
 *   | scope | [accessReviewScope](…) | … Read-only. Required but not updated. |
 * It may also when the table lists the key the entity is keyed by in place of `id` (`naturalKey`):
 * such a key is the caller's to give, not the service's to assign.
 *   | tenantId | String | The tenant identifier for the partner organization. |   ("Read-only. Key." on its resource page)
 * An update may carry the key of the entity it addresses (`id`, or its natural key) as its
 * representation holds it: a PUT replaces the whole entity (today's
 * accessreviewscheduledefinition-update.md sends `"id"` with the definition it replaces), and a PATCH
 * echoes it (today's unifiedrolemanagementpolicyrule-update.md: `"id": "Expiration_EndUser_Assignment"`).
 * A create may bind a read-only relationship to an entity that exists where the page's own request
 * sends it, as Graph takes it (`sent`, `sentByRequestExamples`):
 *   | catalog | [accessPackageCatalog](…) | Read-only. |     (today's accesspackageresourcerequest.md)
 *   { "requestType": "adminAdd", "catalog": { "id": "beedadfe-…" } }   (its create page's request)
 * Names compare in any letter case, as Graph reads a body's.
 */
import type { ObjectTypeDef, OperationDef, PropertyDef, TypeDef, TypeRef } from '../model.js'
import { requestMembers } from './examples.js'
import type { OperationShape } from './operation-shape.js'

const UPDATES: ReadonlySet<string> = new Set(['PUT', 'PATCH'])

export function refusedInRequest(
  property: Pick<PropertyDef, 'name' | 'readOnly' | 'relationship'>,
  operation: Pick<OperationDef, 'kind' | 'parameters' | 'routes'>,
  key?: string,
  sent: ReadonlySet<string> = new Set(),
): boolean {
  const name = property.name.toLowerCase()
  if (name === (key ?? 'id').toLowerCase() && operation.routes.some((route) => UPDATES.has(route.method)))
    return false
  if (property.relationship && operation.kind === 'create' && sent.has(name)) return false
  return (
    property.readOnly &&
    !operation.parameters.some(
      (parameter) =>
        parameter.in === 'body' &&
        parameter.name.toLowerCase() === name &&
        (parameter.required || name === key?.toLowerCase()),
    )
  )
}

/** The members, lower-cased, that the JSON bodies of the page's request examples send. */
export function sentByRequestExamples(shape: Pick<OperationShape, 'examples'>): Set<string> {
  return new Set(requestMembers(shape.examples).flatMap((members) => [...members]))
}

/** The key an entity type is keyed by in place of `id` (`ObjectTypeDef.key`): its own or a base type's. */
export function naturalKey(
  type: ObjectTypeDef,
  lookup: (qualifiedName: string) => TypeDef | undefined,
): string | undefined {
  const seen = new Set<string>()
  for (let current: TypeDef | undefined = type; current && current.kind !== 'enum'; ) {
    if (current.key !== undefined || seen.has(current.qualifiedName)) return current.key
    seen.add(current.qualifiedName)
    const base: TypeRef | undefined = current.baseType
    current = base?.kind === 'named' && base.resolved ? lookup(base.resolved) : undefined
  }
  return undefined
}
