/**
 * A type the docs address by key is an entity: only an entity is a member of a collection that a
 * route indexes by its key. A get or update whose route ends in a key placeholder after a literal
 * segment, and which answers one object of a type with an `id`, says so even where the type's own
 * page shows neither `keyProperty` nor Methods (OneDrive's subscription):
 *   PATCH /subscriptions/{id}                       → subscription
 *   | **id** | String | The unique identifier for the subscription resource. Read-only. |
 * Runs before inheritance, which then gives such a type the root entity as its base. Reads the
 * page models' operations, never writes into them.
 */
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type { OperationDef, TypeRef } from '../model.js'
import type { ObjectTypeDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'
import { resolveReference } from './resolve-references.js'

export function markKeyAddressedEntities(registry: TypeRegistry, operations: readonly OperationDef[]): void {
  for (const operation of operations) {
    if (operation.kind !== 'get' && operation.kind !== 'update') continue
    if (operation.response.collection || !operation.routes.some(endsInKey)) continue
    const type = typeOf(operation.response.type, registry)
    if (type?.kind === 'complex' && type.properties.some((property) => property.name === 'id'))
      type.kind = 'entity'
  }
}

function endsInKey(route: OperationDef['routes'][number]): boolean {
  const last = route.segments.at(-1)
  const before = route.segments.at(-2)
  return last?.kind === 'param' && before?.kind === 'literal' && !route.query
}

/** The type `ref` denotes, resolved as link resolves it (on a copy: the page's reference is
 *  resolved later, in place, with its operation or property). */
export function typeOf(ref: TypeRef | undefined, registry: TypeRegistry, namespace = DEFAULT_NAMESPACE) {
  if (ref?.kind !== 'named') return undefined
  const copy = { ...ref }
  return resolveReference(copy, namespace, registry) && copy.resolved
    ? registry.get(copy.resolved)
    : undefined
}

/** The documented object type a reference names, if any (`typeOf`, enums aside). */
export function objectTypeOf(
  ref: TypeRef | undefined,
  registry: TypeRegistry,
  namespace = DEFAULT_NAMESPACE,
): ObjectTypeDef | undefined {
  const type = typeOf(ref, registry, namespace)
  return type && type.kind !== 'enum' ? type : undefined
}
