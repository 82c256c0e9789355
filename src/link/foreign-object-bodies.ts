/**
 * A response example's body shown as one object (no `"value"`) is evidence of one value only where
 * it shows the response type: it holds a member of the type (its own, a base's or a derived type's),
 * or its `@odata.type` names the type or one derived from it. An object none of whose members the
 * type has shows something else, and says nothing of collection-ness; today's
 * bookingbusiness-getstaffavailability.md answers "a [staffAvailabilityItem](…) collection" with
 *   { "staffAvailabilityItem": [ { "staffId": "311a…", "availabilityItems": [ … ] } ] }
 * a collection under a key of its own. Where such a body's vote decided, extract keeps what the
 * other evidence says without it (`objectBodyVote`); only link knows the members, and takes that
 * where the body shows none of them. A response type the docs do not document keeps the vote.
 * link drops the evidence from its copies of the operations (the only ones it writes).
 */
import type { ObjectTypeDef, OperationDef } from './drafts.js'
import { chainOf, derivedNames, derivedTypesByBase, namesWithBases } from './inheritance.js'
import { objectTypeOf } from './key-addressed.js'
import type { TypeRegistry } from './registry.js'
import type { NamespaceOf } from './resolve-references.js'

type ObjectBodyVote = NonNullable<OperationDef['response']['objectBodyVote']>

export function discountForeignObjectBodies(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
): void {
  // Made once, when a body first needs it (most links have none).
  let derived: ReturnType<typeof derivedTypesByBase> | undefined
  for (const operation of operations) {
    const { objectBodyVote, ...response } = operation.response
    if (objectBodyVote === undefined) continue
    operation.response = response
    const namespace = namespaceOf(operation)
    const type = objectTypeOf(response.type, registry, namespace)
    if (type === undefined) continue
    derived ??= derivedTypesByBase(registry)
    if (!showsType(objectBodyVote, type, namespace, registry, derived))
      operation.response = { ...response, collection: objectBodyVote.collectionWithout }
  }
}

function showsType(
  body: ObjectBodyVote,
  type: ObjectTypeDef,
  namespace: string,
  registry: TypeRegistry,
  derived: ReturnType<typeof derivedTypesByBase>,
): boolean {
  const members = new Set([...namesWithBases(type, registry), ...derivedNames(type, derived)])
  if (body.members.some((member) => members.has(member.toLowerCase()))) return true
  return (
    body.type !== undefined &&
    chainOf({ ...body.type }, namespace, registry).includes(type.qualifiedName.toLowerCase())
  )
}
