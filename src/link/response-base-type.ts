/**
 * Where the Response sentence and the response annotation name different types, one a base type of
 * the other, the operation returns the base type: the other names what the example shows, an
 * instance of a derived type.
 *   …returns a `200 OK` response code and a collection of [attachment](../resources/attachment.md) objects…
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.fileAttachment", … } -->
 * extract keeps the type it did not choose as the response's `alternative`, which link drops
 * from its copies of the operations (the only ones it writes) once it has decided.
 * Where the successful response examples name several types, one per outcome (`outcomes`), the
 * operation returns the nearest base type they share.
 */
import { simpleNameOf } from '../simple-name.js'
import type { OperationDef, TypeRef } from './drafts.js'
import { chainOf, sharedBase } from './inheritance.js'
import type { TypeRegistry } from './registry.js'
import { type NamespaceOf, resolveReference } from './resolve-references.js'

export function preferBaseResponseTypes(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
): void {
  for (const operation of operations) {
    const { alternative, outcomes, ...response } = operation.response
    if (alternative === undefined && outcomes === undefined) continue
    // The page's evidence, not the API's: the linked model keeps only the type settled on.
    operation.response = response
    const namespace = namespaceOf(operation)
    const shared = outcomes && sharedBase(outcomes, registry, namespace)
    if (shared) {
      const current = response.type && { ...response.type }
      if (current) resolveReference(current, namespace, registry)
      if (current?.kind !== 'named' || current.resolved !== shared)
        operation.response = { ...response, type: { kind: 'named', name: shared } }
      continue
    }
    if (alternative === undefined) continue
    const { type } = response
    if (type?.kind !== 'named' || alternative.kind !== 'named') continue
    if (!resolveReference(type, namespace, registry)) continue
    const base: TypeRef = { ...alternative }
    resolveReference(base, namespace, registry)
    if (!derivesFrom(type, base, registry, namespace)) continue
    const source = response.source === 'sentence' ? 'annotation' : 'sentence'
    operation.response = { ...response, type: base, source }
  }
}

/**
 * Whether `type`'s base chain reaches `base`: by qualified name when `base` is documented, else by
 * its last name segment (an undocumented base, `microsoft.graph.directoryObject`, ends the chain).
 */
function derivesFrom(type: TypeRef, base: TypeRef, registry: TypeRegistry, namespace: string): boolean {
  if (base.kind !== 'named') return false
  const [, ...bases] = chainOf(type, namespace, registry)
  if (base.resolved) return bases.includes(base.resolved.toLowerCase())
  const wanted = simpleNameOf(base.name)
  return bases.some((name) => simpleNameOf(name) === wanted)
}
