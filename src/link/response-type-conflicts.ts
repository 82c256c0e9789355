/**
 * The `response-type-conflict` extract found on a page (its Response sentence and its response
 * annotation name different types) is reported here, where every page's types are known: not when
 * the two names denote one type, one being another name the docs give it on its own page.
 *   …returns `201 Created` response code and a [Driveitem](../resources/driveitem.md) resource…
 *   <!-- { "blockType": "response", "@odata.type": "oneDrive.item" } -->
 *   resources/driveitem.md: <!-- { "blockType": "resource", "@type": "microsoft.graph.driveItem", "@type.aka": "oneDrive.item" } -->
 * link drops the evidence from its copies of the operations (the only ones it writes).
 */
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type { Diagnostic, TypeRef } from '../model.js'
import type { OperationDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'

export function reportResponseTypeConflicts(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  diagnostics: Diagnostic[],
): void {
  for (const operation of operations) {
    const { typeConflict, ...response } = operation.response
    if (typeConflict === undefined) continue
    operation.response = response
    if (!sameTypeByName(typeConflict.sentence, typeConflict.annotation, registry))
      diagnostics.push(typeConflict.diagnostic)
  }
}

/** Both names denote the same documented type (by name: a link target says nothing about an alias). */
function sameTypeByName(a: TypeRef, b: TypeRef, registry: TypeRegistry): boolean {
  if (a.kind !== 'named' || b.kind !== 'named') return false
  const type = registry.byName(a.name, DEFAULT_NAMESPACE)
  return type !== undefined && type === registry.byName(b.name, DEFAULT_NAMESPACE)
}
