/**
 * The property names `$select` may ask of a type, as the mock reads them and verify judges the
 * docs' own requests by: its properties with those of its documented base types, those of every
 * type derived from it (a page of `directoryObject`s selects a user's `displayName`), and `id`,
 * the key of every entity, which a base type the docs leave out carries. Open types take any name.
 *   GET /users?$select=displayName,colour   → 400, colour is none of user's names
 *
 * Reads: the types of the linked `ApiModel`.
 */
import { flattenProperties } from '../../json-schema/type-schema.js'
import type { ApiModel } from '../../model.js'
import type { ResponseShape } from '../../shape/operation-shape.js'
import { collectDerivedTypes, selfAndDescendants } from '../derived-types.js'
import type { ServerRoute } from './route-table.js'

/** A type's selectable names, sorted; undefined for a type that takes any name. */
export type SelectableNames = (qualifiedName: string) => readonly string[] | undefined

/** The selectable names of the model's types, each computed once. */
export function selectableNamesOf(model: ApiModel): SelectableNames {
  const derived = collectDerivedTypes(model)
  const known = new Map<string, readonly string[] | undefined>()
  return (qualifiedName) => {
    if (known.has(qualifiedName)) return known.get(qualifiedName)
    const family = selfAndDescendants(qualifiedName, derived).map((name) => model.types[name])
    let names: string[] | undefined
    if (!family.some((type) => type?.kind === 'enum' || type?.openType)) {
      const found = new Set(['id'])
      for (const type of family)
        if (type && type.kind !== 'enum')
          for (const property of flattenProperties(type, model)) found.add(property.name)
      names = [...found].sort()
    }
    known.set(qualifiedName, names)
    return names
  }
}

/** The object type whose properties `$select` names in a response: the entity's, or the page's items'. */
export function selectedType(response: ResponseShape, model: ApiModel): string | undefined {
  const type =
    response.kind === 'page' ? response.item : response.kind === 'object' ? response.type : undefined
  const resolved = type?.kind === 'named' ? type.resolved : undefined
  const definition = resolved === undefined ? undefined : model.types[resolved]
  return definition && definition.kind !== 'enum' ? resolved : undefined
}

/** Qualified name → its selectable names, for the closed types the routes select. */
export function selectableTable(routes: readonly ServerRoute[], model: ApiModel): Record<string, string[]> {
  const selectable = selectableNamesOf(model)
  const table: Record<string, string[]> = {}
  for (const type of [
    ...new Set(routes.flatMap((route) => (route.selects ? [route.selects.type] : []))),
  ].sort()) {
    const names = selectable(type)
    if (names) table[type] = [...names]
  }
  return table
}
