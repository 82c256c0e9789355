/**
 * Members of an enum that a property typed with it lists among its possible values, beside every
 * member of the enum's table, where the table has not caught up: today's users docs document
 * `authenticationMethodSignInState` without `unknownFutureValue`, while the property says
 *   Possible values are: `notSupported`, `notAllowedByPolicy`, … `unknownFutureValue`.
 * and simulation.md lists `oAuthConsentGrant` after the sentinel of `simulationAttackTechnique`,
 * whose table stops at it. The list holds the whole table, so it is the enum's: the members it adds
 * are added after the table's, in its order (a member after the sentinel stays evolvable), and
 * reported where the property lists them, so that clients and `doc2ts diff` see what the service
 * sends. Runs once property types are resolved.
 */
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../model.js'
import type { EnumTypeDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'

export function addListedMembers(registry: TypeRegistry, diagnostics: Diagnostic[]): void {
  const extended = new Set<EnumTypeDef>()
  for (const owner of registry.types.values()) {
    if (owner.kind === 'enum') continue
    for (const property of owner.properties) {
      const { type, possibleValues } = property
      if (type.kind !== 'named' || !type.resolved || !possibleValues) continue
      const target = registry.get(type.resolved)
      if (target?.kind !== 'enum' || target.inferred || target.members.length === 0 || extended.has(target))
        continue
      const listed = new Set(possibleValues.map((value) => value.toLowerCase()))
      const known = new Set(target.members.map((member) => member.name.toLowerCase()))
      if ([...known].some((member) => !listed.has(member))) continue
      const added = [...new Set(possibleValues)].filter((value) => !known.has(value.toLowerCase()))
      if (added.length === 0) continue
      extended.add(target)
      target.members = [
        ...target.members,
        ...added.map((name) => ({ name, description: '', position: property.position })),
      ]
      diagnostics.push(
        diagnostic(
          'enum-member-from-description',
          property.position,
          `Unexpected enum ${target.qualifiedName} without ${added.join(', ')}, which ${owner.qualifiedName}.${property.name} lists among its possible values beside every member of the enum, expected the members table to list ${added.length === 1 ? 'it' : 'them'}; added after its members`,
        ),
      )
    }
  }
}
