/**
 * Where the Response sentence and the response annotation name different types, one a base type of
 * the other, the operation returns the base type: the other names what the example shows, an
 * instance of a derived type.
 *   …returns a `200 OK` response code and a collection of [attachment](../resources/attachment.md) objects…
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.fileAttachment", … } -->
 * extract keeps the type it did not choose as the response's `alternative`, which link drops
 * from its copies of the operations (the only ones it writes) once it has decided.
 */
import type { OperationDef, TypeRef } from './drafts.js'
import type { TypeRegistry } from './registry.js'
import { DEFAULT_NAMESPACE, resolveReference } from './resolve-references.js'

export function preferBaseResponseTypes(registry: TypeRegistry, operations: readonly OperationDef[]): void {
  for (const operation of operations) {
    const { alternative, ...response } = operation.response
    if (alternative === undefined) continue
    // The page's evidence, not the API's: the linked model keeps only the type settled on.
    operation.response = response
    const { type } = response
    if (type?.kind !== 'named' || alternative.kind !== 'named') continue
    if (!resolveReference(type, DEFAULT_NAMESPACE, registry)) continue
    const base: TypeRef = { ...alternative }
    resolveReference(base, DEFAULT_NAMESPACE, registry)
    if (!derivesFrom(type, base, registry)) continue
    const source = response.source === 'sentence' ? 'annotation' : 'sentence'
    operation.response = { ...response, type: base, source }
  }
}

/**
 * Whether `type`'s base chain reaches `base`: by qualified name when `base` is documented, else by
 * its last name segment (an undocumented base, `microsoft.graph.directoryObject`, ends the chain).
 */
function derivesFrom(type: TypeRef, base: TypeRef, registry: TypeRegistry): boolean {
  if (type.kind !== 'named' || base.kind !== 'named' || !type.resolved) return false
  const wanted = base.resolved ?? lastSegment(base.name)
  const seen = new Set<string>()
  for (let current = registry.get(type.resolved); current && current.kind !== 'enum'; ) {
    const next = current.baseType
    if (next?.kind !== 'named' || seen.has(current.qualifiedName)) return false
    seen.add(current.qualifiedName)
    if ((base.resolved ? next.resolved : lastSegment(next.resolved ?? next.name)) === wanted) return true
    current = next.resolved ? registry.get(next.resolved) : undefined
  }
  return false
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase()
}
