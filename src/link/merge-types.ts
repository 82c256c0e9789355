/**
 * Merge the definitions of one qualified name read from several pages (`deviceManagement` spans
 * 16 Intune pages, each with a property subset). Properties are united; a property typed
 * differently on two pages, or an object type that is also an enum, is reported.
 * The merged type is link's own: link resolves its references in place, so the properties and
 * base type it holds are copies, and the page models stay as extract made them.
 * Frozen definitions (watch mode keeps the page models of unchanged pages, deep-frozen, from one
 * save to the next) are merged once: later links get a fresh copy of that merge.
 */
import { diagnostic } from '../diagnostics.js'
import { isSentinel } from '../enum-sentinel.js'
import type {
  Diagnostic,
  EnumTypeDef as ModelEnumTypeDef,
  ObjectTypeDef as ModelObjectTypeDef,
  TypeDef as ModelTypeDef,
  PropertyDef,
  TypeRef,
} from '../model.js'
import { sameElements } from '../same-elements.js'
import { simpleNameOfType } from '../simple-name.js'
import type { EnumTypeDef, ObjectTypeDef, TypeDef } from './drafts.js'

export function mergeTypes(
  definitions: readonly ModelTypeDef[],
  diagnostics: Diagnostic[],
  merges: WeakMap<ModelTypeDef, FrozenMerge>,
): TypeDef {
  if (!definitions.every((definition) => Object.isFrozen(definition)))
    return mergeDefinitions(definitions, diagnostics)
  const merge = mergeOf(definitions, merges)
  diagnostics.push(...merge.diagnostics)
  return copyForLink(merge.type)
}

/** A merge of frozen definitions: never handed out, only copied. Kept by its first definition
 *  (`LinkMemo.merges`), valid while the definitions are the same objects. */
export interface FrozenMerge {
  definitions: readonly ModelTypeDef[]
  type: TypeDef
  diagnostics: readonly Diagnostic[]
}

function mergeOf(
  definitions: readonly ModelTypeDef[],
  merges: WeakMap<ModelTypeDef, FrozenMerge>,
): FrozenMerge {
  const first = definitions[0] as ModelTypeDef
  const known = merges.get(first)
  if (known && sameElements(known.definitions, definitions)) return known
  const diagnostics: Diagnostic[] = []
  const merge = {
    definitions: [...definitions],
    type: mergeDefinitions(definitions, diagnostics),
    diagnostics,
  }
  merges.set(first, merge)
  return merge
}

/** What link writes into (the type, its property list, named references, base type, methods) is the copy's own. */
function copyForLink(type: ModelTypeDef): TypeDef {
  const lists = { files: [...type.files], targets: [...type.targets] }
  if (type.kind === 'enum') return { ...type, ...lists, members: [...type.members] }
  const copy: ObjectTypeDef = {
    ...type,
    ...lists,
    properties: type.properties.map(copyProperty),
    methods: [...type.methods],
  }
  if (type.baseType) copy.baseType = { ...type.baseType }
  if (type.statedBaseType)
    copy.statedBaseType = { ...type.statedBaseType, type: { ...type.statedBaseType.type } }
  if (type.derivedTypes) copy.derivedTypes = type.derivedTypes.map((ref) => ({ ...ref }))
  return copy
}

function mergeDefinitions(definitions: readonly ModelTypeDef[], diagnostics: Diagnostic[]): TypeDef {
  const [first, ...rest] = definitions
  if (!first) throw new Error('mergeTypes needs at least one definition')
  let merged: TypeDef = cloneType(first)
  for (const next of rest) {
    if (merged.kind === 'enum' && next.kind === 'enum') merged = mergeEnums(merged, next)
    else if (merged.kind !== 'enum' && next.kind !== 'enum') merged = mergeObjects(merged, next, diagnostics)
    else {
      diagnostics.push(
        diagnostic(
          'duplicate-type',
          next.position,
          `Unexpected ${next.kind} definition of ${next.qualifiedName}, already defined as ${merged.kind} in ${merged.files[0]}`,
        ),
      )
      continue
    }
    merged.files = [...new Set([...merged.files, ...next.files])]
    merged.targets = [...new Set([...merged.targets, ...next.targets])]
  }
  return merged
}

/** A copy to merge into; a property listed twice on one page is kept once (the check reports it). */
function cloneType(type: ModelTypeDef): TypeDef {
  if (type.kind === 'enum') return copyForLink(type)
  const byName = new Map<string, PropertyDef>()
  for (const property of type.properties) if (!byName.has(property.name)) byName.set(property.name, property)
  return copyForLink({ ...type, properties: [...byName.values()] })
}

/** Link writes only into named references (`resolved`): other properties need no copy. */
function copyProperty(property: PropertyDef): PropertyDef {
  return property.type.kind === 'named' ? { ...property, type: { ...property.type } } : property
}

/**
 * Members united in order; a member one page lists bare (`resources/enums.md`: `| none |`) takes the
 * description and value another page gives it (`### wellknownListName values` of its resource page).
 * An evolvable enum's sides of its `unknownFutureValue` sentinel stay apart: a member another page
 * lists before the sentinel, or on a page without one, joins the members before it (after it, the
 * service sends it only to clients that ask with `Prefer: include-unknown-enum-members`), so that
 * the result does not depend on which page is merged first.
 */
function mergeEnums(into: EnumTypeDef, next: ModelEnumTypeDef): EnumTypeDef {
  const given = new Map(next.members.map((member) => [member.name, member]))
  const names = new Set(into.members.map((m) => m.name))
  const members = into.members.map((member) => {
    const other = given.get(member.name)
    const description = member.description || other?.description || ''
    const value = member.value ?? other?.value
    if (description === member.description && value === member.value) return member
    return value === undefined ? { ...member, description } : { ...member, description, value }
  })
  const added = next.members.filter((m) => !names.has(m.name))
  const sentinel = members.findIndex(isSentinel)
  const nextSentinel = next.members.findIndex(isSentinel)
  // A page without the sentinel lists members before it, as the merge in the other order has them.
  const early = added.filter(
    (m) => sentinel >= 0 && (nextSentinel < 0 || next.members.indexOf(m) < nextSentinel),
  )
  return {
    ...into,
    description: into.description || next.description,
    members:
      early.length === 0
        ? [...members, ...added]
        : [
            ...members.slice(0, sentinel),
            ...early,
            ...members.slice(sentinel),
            ...added.filter((m) => !early.includes(m)),
          ],
  }
}

function mergeObjects(
  into: ObjectTypeDef,
  next: ModelObjectTypeDef,
  diagnostics: Diagnostic[],
): ObjectTypeDef {
  const byName = new Map(into.properties.map((p) => [p.name, p]))
  const properties = [...into.properties]
  for (const property of next.properties) {
    const existing = byName.get(property.name)
    if (!existing) {
      const copy = copyProperty(property)
      byName.set(property.name, copy)
      properties.push(copy)
    } else if (typeKey(existing.type, existing.collection) !== typeKey(property.type, property.collection)) {
      diagnostics.push(
        diagnostic(
          'duplicate-type',
          property.position,
          `Unexpected type ${typeKey(property.type, property.collection)} for ${into.qualifiedName}.${property.name}, expected ${typeKey(existing.type, existing.collection)} as in ${existing.position.file}:${existing.position.line}`,
        ),
      )
    }
  }
  const merged: ObjectTypeDef = {
    ...into,
    kind: into.kind === 'entity' || next.kind === 'entity' ? 'entity' : 'complex',
    properties,
    methods: [...into.methods, ...next.methods],
    description: into.description || next.description,
  }
  if (next.derivedTypes)
    merged.derivedTypes = [...(into.derivedTypes ?? []), ...next.derivedTypes.map((ref) => ({ ...ref }))]
  if (!into.baseType && next.baseType) {
    merged.baseType = { ...next.baseType }
    if (next.baseTypePosition) merged.baseTypePosition = next.baseTypePosition
    if (next.statedBaseType)
      merged.statedBaseType = { ...next.statedBaseType, type: { ...next.statedBaseType.type } }
  }
  return merged
}

function typeKey(type: TypeRef, collection: boolean): string {
  const name = simpleNameOfType(type)
  return collection ? `collection(${name})` : name
}
