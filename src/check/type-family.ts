/**
 * Inheritance seen from the checks: a type's documented base types, whether a chain of base types
 * stays inside the docs tree, and the properties a type has with its bases.
 *   fileAttachment → attachment → entity        (complete: every base type documented)
 * A tree of part of an API may leave out the format's root entity, whose only property is its key:
 * a chain that ends there is complete too (a place list's rooms are judged without entity.md).
 */
import { ROOT_ENTITY } from '../format-defaults.js'
import type { ApiModel, ObjectTypeDef, PropertyDef, TypeRef } from '../model.js'

/** Properties of a type with its documented base types; `complete` when no base type is missing and
 *  some type of the chain documents a property. */
export interface Family {
  properties: Map<string, PropertyDef>
  complete: boolean
  /** The type and its documented base types, in order: what the properties were gathered from. */
  types: ObjectTypeDef[]
}

function documentedBase(model: ApiModel, type: ObjectTypeDef): ObjectTypeDef | undefined {
  const ref = type.baseType
  if (ref?.kind !== 'named' || !ref.resolved) return undefined
  const base = model.types[ref.resolved]
  return base && base.kind !== 'enum' ? base : undefined
}

/** true / false when the chain of base types is documented; undefined when it leaves the tree. */
export function derivesFrom(
  model: ApiModel,
  type: ObjectTypeDef,
  ancestor: ObjectTypeDef,
): boolean | undefined {
  const seen = new Set<ObjectTypeDef>()
  for (let current: ObjectTypeDef | undefined = type; current && !seen.has(current); ) {
    if (current === ancestor) return true
    seen.add(current)
    const base = documentedBase(model, current)
    // The root entity the tree leaves out is no type the checks compare with (`familyOf`).
    if (current.baseType && !base) return isRootEntity(current.baseType) ? false : undefined
    current = base
  }
  return false
}

export function familyOf(model: ApiModel, type: ObjectTypeDef): Family {
  const properties = new Map<string, PropertyDef>()
  let complete = true
  const types: ObjectTypeDef[] = []
  for (let current: ObjectTypeDef | undefined = type; current && !types.includes(current); ) {
    types.push(current)
    for (const property of current.properties)
      if (!properties.has(property.name)) properties.set(property.name, property)
    const base = documentedBase(model, current)
    if (current.baseType && !base) {
      if (!isRootEntity(current.baseType)) complete = false
      else if (!properties.has('id')) properties.set('id', rootKey(current))
    }
    current = base
  }
  // A chain that documents no property (`externalConnectors.properties`) is defined elsewhere.
  if (!types.some((each) => each.properties.length > 0)) complete = false
  return { properties, complete, types }
}

/**
 * The properties a type inherits: its documented base type's family, or only the key where the type
 * derives from the root entity the tree leaves out (today's security-retentionevent.md, `"baseType":
 * "microsoft.graph.entity"`, in a tree without entity.md); none when another base type is missing.
 */
export function inheritedFamilyOf(model: ApiModel, type: ObjectTypeDef): Family | undefined {
  const base = documentedBase(model, type)
  if (base) return familyOf(model, base)
  if (!type.baseType || !isRootEntity(type.baseType)) return undefined
  return { properties: new Map([['id', rootKey(type)]]), complete: true, types: [] }
}

const isRootEntity = (ref: TypeRef) => ref.kind === 'named' && ref.resolved === ROOT_ENTITY

/** The key the root entity gives the types derived from it (entity.md: `| id | String | … Read-only. |`). */
function rootKey(type: ObjectTypeDef): PropertyDef {
  return {
    name: 'id',
    type: { kind: 'primitive', name: 'String' },
    collection: false,
    readOnly: true,
    relationship: false,
    description: '',
    position: type.position,
  }
}
