/**
 * A String property whose description lists its possible values, where the docs document an enum
 * of those values under the property's name: the Type cell says String, the service sends the
 * enum's members. Today's enums.md documents `### conditionalAccessPolicyState values` (enabled,
 * disabled, enabledForReportingButNotEnforced) while an older conditionalAccessPolicy page writes
 *   | state | String | Specifies the state of the policy. Possible values are: `enabled`, `disabled`, `enabledForReportingButNotEnforced`. |
 * The property is typed as the enum, and reported so the Type cell can name it. The enum's name is
 * the property's (`attachmentType`), or the start of the type's name before it
 * (`chatMessageImportance` for chatMessage's `importance`, `plannerPreviewType` for plannerTask's
 * `previewType`), or the property's ends in it (`signInRiskLevels` for `riskLevel`); every listed value is one of
 * its members (letter case aside, `unknownFutureValue` aside); of several such enums, one named as
 * the property, else one named after the type and the property, else none. Only enums a page
 * documents are taken, not those the descriptions imply (`inferEnumsFromDescriptions`). Runs after
 * inheritance, so that a row restating a base type's property is not reported on the derived page.
 */
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../model.js'
import type { EnumTypeDef, ObjectTypeDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'

const SENTINEL = 'unknownfuturevalue'

export function bindStringsToEnums(registry: TypeRegistry, diagnostics: Diagnostic[]): void {
  const enums = [...registry.types.values()].filter(
    (type): type is EnumTypeDef => type.kind === 'enum' && !type.inferred,
  )
  if (enums.length === 0) return
  const members = new Map(enums.map((type) => [type, new Set(type.members.map((m) => m.name.toLowerCase()))]))
  for (const owner of registry.types.values()) {
    if (owner.kind === 'enum') continue
    owner.properties.forEach((property, index) => {
      const { type, possibleValues } = property
      if (type.kind !== 'primitive' || type.name !== 'String' || property.relationship || !possibleValues)
        return
      const values = possibleValues.map((value) => value.toLowerCase()).filter((value) => value !== SENTINEL)
      if (values.length < 2) return
      const named = namedFor(owner, property.name, property.collection, enums).filter((each) =>
        values.every((value) => members.get(each)?.has(value)),
      )
      const chosen = chosenOf(named, owner, property.name)
      if (!chosen) return
      diagnostics.push(
        diagnostic(
          'string-names-enum',
          property.position,
          `Unexpected String type of ${owner.qualifiedName}.${property.name}: its possible values are members of the enum ${chosen.qualifiedName}, expected the Type cell to name it; typed as the enum`,
        ),
      )
      owner.properties[index] = { ...property, type: { kind: 'named', name: chosen.qualifiedName } }
    })
  }
}

/** The enums of the owner's namespace (or one enclosing it) whose name matches the property's. */
function namedFor(
  owner: ObjectTypeDef,
  property: string,
  collection: boolean,
  enums: readonly EnumTypeDef[],
): EnumTypeDef[] {
  const lower = property.toLowerCase()
  const names = collection && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower]
  const namespace = owner.namespace.toLowerCase()
  const ownerName = owner.name.toLowerCase()
  return enums.filter((type) => {
    const own = type.namespace.toLowerCase()
    if (own !== namespace && !namespace.startsWith(`${own}.`)) return false
    const name = type.name.toLowerCase()
    // What the enum's name puts before the property's is the start of the type's name (its type,
    // `dataPolicyOperation`, or its workload, `planner`): `operationStatus` is not a workbookOperation's.
    return names.some(
      (each) =>
        name === each ||
        (name.endsWith(each) && ownerName.startsWith(name.slice(0, -each.length))) ||
        each.endsWith(name),
    )
  })
}

function chosenOf(
  named: readonly EnumTypeDef[],
  owner: ObjectTypeDef,
  property: string,
): EnumTypeDef | undefined {
  if (named.length <= 1) return named[0]
  const lower = property.toLowerCase()
  const same = named.filter((type) => type.name.toLowerCase() === lower)
  if (same.length === 1) return same[0]
  const qualified = named.filter(
    (type) => type.name.toLowerCase() === `${owner.name}${property}`.toLowerCase(),
  )
  return qualified.length === 1 ? qualified[0] : undefined
}
