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
import type { Diagnostic, SourcePosition, TypeRef } from '../model.js'
import type { EnumTypeDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'

/** A list of possible values a property row gives for the enum its type names. */
export interface ValueListing {
  type: TypeRef
  possibleValues: readonly string[]
  position: SourcePosition
  /** `owner.property`, for the report. */
  label: string
}

/** `restated`: the lists of rows a derived page restates from its base (`linkInheritance`), which
 *  the derived type no longer holds. */
export function addListedMembers(
  registry: TypeRegistry,
  diagnostics: Diagnostic[],
  restated: readonly ValueListing[] = [],
): void {
  const extended = new Set<EnumTypeDef>()
  const listings: ValueListing[] = []
  for (const owner of registry.types.values())
    if (owner.kind !== 'enum')
      for (const { type, possibleValues, position, name } of owner.properties)
        if (possibleValues)
          listings.push({ type, possibleValues, position, label: `${owner.qualifiedName}.${name}` })
  for (const { type, possibleValues, position, label } of [...listings, ...restated]) {
    if (type.kind !== 'named' || !type.resolved) continue
    const target = registry.get(type.resolved)
    if (target?.kind !== 'enum' || target.inferred || target.members.length === 0 || extended.has(target))
      continue
    const listed = new Set(possibleValues.map((value) => value.toLowerCase()))
    const known = new Set(target.members.map((member) => member.name.toLowerCase()))
    if ([...known].some((member) => !listed.has(member))) continue
    const added = [...new Set(possibleValues)].filter((value) => !known.has(value.toLowerCase()))
    if (added.length === 0) continue
    extended.add(target)
    target.members = [...target.members, ...added.map((name) => ({ name, description: '', position }))]
    diagnostics.push(
      diagnostic(
        'enum-member-from-description',
        position,
        `Unexpected enum ${target.qualifiedName} without ${added.join(', ')}, which ${label} lists among its possible values beside every member of the enum, expected the members table to list ${added.length === 1 ? 'it' : 'them'}; added after its members`,
      ),
    )
  }
}
