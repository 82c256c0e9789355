/**
 * An enum whose members table leaves out the evolvable-enum sentinel that a property typed with it
 * lists among its possible values: today's users docs document `authenticationMethodSignInState`
 * without `unknownFutureValue`, while the property's description says
 *   Possible values are: `notSupported`, `notAllowedByPolicy`, … `unknownFutureValue`.
 * The enum is evolvable (Microsoft's API guidelines): the sentinel is added after its members, and
 * the disagreement reported where the property lists it, so that a client's exhaustive switch and
 * `doc2ts diff` treat a new member as the service does. Runs once property types are resolved.
 */
import { diagnostic } from '../diagnostics.js'
import { isSentinel } from '../enum-sentinel.js'
import type { Diagnostic } from '../model.js'
import type { EnumTypeDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'

export function addListedSentinels(registry: TypeRegistry, diagnostics: Diagnostic[]): void {
  const added = new Set<EnumTypeDef>()
  for (const owner of registry.types.values()) {
    if (owner.kind === 'enum') continue
    for (const property of owner.properties) {
      const { type, possibleValues } = property
      const listed = possibleValues?.find((value) => isSentinel({ name: value }))
      if (type.kind !== 'named' || !type.resolved || listed === undefined) continue
      const target = registry.get(type.resolved)
      if (target?.kind !== 'enum' || target.inferred || target.members.length === 0 || added.has(target))
        continue
      if (target.members.some(isSentinel)) continue
      added.add(target)
      target.members = [
        ...target.members,
        { name: 'unknownFutureValue', description: '', position: property.position },
      ]
      diagnostics.push(
        diagnostic(
          'enum-sentinel-from-description',
          property.position,
          `Unexpected enum ${target.qualifiedName} without unknownFutureValue, which ${owner.qualifiedName}.${property.name} lists among its possible values, expected the members table to list it; added as its last member`,
        ),
      )
    }
  }
}
