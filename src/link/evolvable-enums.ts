/**
 * Members of an enum that a property typed with it lists among its possible values, beside every
 * member of the enum's table, where the table has not caught up: today's users docs document
 * `authenticationMethodSignInState` without `unknownFutureValue`, while the property says
 *   Possible values are: `notSupported`, `notAllowedByPolicy`, … `unknownFutureValue`.
 * and simulation.md lists `oAuthConsentGrant` after the sentinel of `simulationAttackTechnique`,
 * whose table stops at it. The list holds the whole table, so it is the enum's: the members it adds
 * are added after the table's, in its order (a member after the sentinel stays evolvable), and
 * reported where the property lists them, so that clients and `doc2ts diff` see what the service
 * sends. A list that leaves out members of the table is not the enum's: the values it names that
 * the table lacks are reported, and the table is kept. Runs once property and parameter types are
 * resolved.
 */
import { diagnostic } from '../diagnostics.js'
import { readPossibleValues } from '../extract/property-flags.js'
import type { Diagnostic, SourcePosition, TypeRef } from '../model.js'
import type { EnumTypeDef, OperationDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'

/** A list of possible values a property or parameter row gives for the enum its type names. */
export interface ValueListing {
  type: TypeRef
  possibleValues: readonly string[]
  position: SourcePosition
  /** `owner.property` or `parameter name of operation`, for the report. */
  label: string
}

/** The lists of the Properties rows, then `restated`: the lists of rows a derived page restates
 *  from its base (`linkInheritance`), which the derived type no longer holds, then the lists of the
 *  parameter rows (a Request body row restates a property of the type the body sends). */
export function valueListings(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  restated: readonly ValueListing[] = [],
): ValueListing[] {
  const listings: ValueListing[] = []
  for (const owner of registry.types.values())
    if (owner.kind !== 'enum')
      for (const { type, possibleValues, position, name } of owner.properties)
        if (possibleValues)
          listings.push({ type, possibleValues, position, label: `${owner.qualifiedName}.${name}` })
  listings.push(...restated)
  for (const operation of operations)
    for (const { type, description, position, name } of operation.parameters) {
      const possibleValues = readPossibleValues(description, name)
      if (possibleValues)
        listings.push({ type, possibleValues, position, label: `parameter ${name} of ${operation.id}` })
    }
  return listings
}

/** Add the members the first list holding the whole table of an enum adds to it; returns the
 *  lists that leave out members of their enum's table, as it was before. */
export function addListedMembers(
  registry: TypeRegistry,
  listings: readonly ValueListing[],
  diagnostics: Diagnostic[],
): ValueListing[] {
  const holding = listings.filter((listing) => holdsTable(listing, registry))
  const extended = new Set<EnumTypeDef>()
  for (const { type, possibleValues, position, label } of holding) {
    const target = documentedEnum(type, registry)
    if (!target || extended.has(target)) continue
    const added = unknownValues(possibleValues, target)
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
  return listings.filter((listing) => !holding.includes(listing))
}

/** Whether the list names every member of its documented enum's table. */
function holdsTable({ type, possibleValues }: ValueListing, registry: TypeRegistry): boolean {
  const target = documentedEnum(type, registry)
  if (!target) return false
  const listed = new Set(possibleValues.map((value) => value.toLowerCase()))
  return target.members.every((member) => listed.has(member.name.toLowerCase()))
}

/**
 * Report the values that lists leaving out members of their enum's table (`addListedMembers`'
 * result) name and the enum lacks: such a list names others in their place. Today's security-incident.md
 * lists `compromisedUser`, `clean`, `insufficientData` and `confirmedUserActivity` for
 * `alertDetermination`, whose table (security-alert.md) has `compromisedAccount`, `notMalicious`,
 * `notEnoughDataToValidate` and `confirmedActivity`: the table is kept.
 */
export function reportUnknownListedValues(
  registry: TypeRegistry,
  listings: readonly ValueListing[],
  diagnostics: Diagnostic[],
): void {
  for (const { type, possibleValues, position, label } of listings) {
    const target = documentedEnum(type, registry)
    const unknown = target ? unknownValues(possibleValues, target) : []
    if (!target || unknown.length === 0) continue
    const table = `${target.position.file}:${target.position.line}`
    diagnostics.push(
      diagnostic(
        'enum-member-not-in-table',
        position,
        `Unexpected ${unknown.join(', ')} among the possible values of ${label}, expected members of ${target.qualifiedName}, whose table (${table}) lacks ${unknown.length === 1 ? 'it' : 'them'}; the table's members are used`,
      ),
    )
  }
}

/** The enum a type names, where a page documents its members. */
function documentedEnum(type: TypeRef, registry: TypeRegistry): EnumTypeDef | undefined {
  if (type.kind !== 'named' || !type.resolved) return undefined
  const target = registry.get(type.resolved)
  return target?.kind === 'enum' && !target.inferred && target.members.length > 0 ? target : undefined
}

/** The listed values the enum has no member for, in any letter case, each once. */
function unknownValues(possibleValues: readonly string[], target: EnumTypeDef): string[] {
  const known = new Set(target.members.map((member) => member.name.toLowerCase()))
  return [...new Set(possibleValues)].filter((value) => !known.has(value.toLowerCase()))
}
