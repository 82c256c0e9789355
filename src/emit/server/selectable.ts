/**
 * The property names `$select` may ask of each type the mock's routes answer (`selects`): its
 * properties with those of its documented base types, those of every type derived from it (a page
 * of `directoryObject`s selects a user's `displayName`), and `id`, the key of every entity, which
 * a base type the docs leave out carries. Open types take any name: they are left out.
 *   GET /users?$select=displayName,colour   → 400, colour is none of user's names
 *
 * Reads: the types of the linked `ApiModel`.
 */
import { flattenProperties } from '../../json-schema/type-schema.js'
import type { ApiModel } from '../../model.js'
import { collectDerivedTypes, selfAndDescendants } from '../derived-types.js'
import type { ServerRoute } from './route-table.js'

/** Qualified name → its selectable names, sorted; for the closed types the routes select. */
export function selectableNames(routes: readonly ServerRoute[], model: ApiModel): Record<string, string[]> {
  const derived = collectDerivedTypes(model)
  const names: Record<string, string[]> = {}
  const types = [...new Set(routes.flatMap((route) => (route.selects ? [route.selects.type] : [])))].sort()
  for (const qualifiedName of types) {
    const family = selfAndDescendants(qualifiedName, derived).map((name) => model.types[name])
    if (family.some((type) => type?.kind === 'enum' || type?.openType)) continue
    const found = new Set(['id'])
    for (const type of family)
      if (type && type.kind !== 'enum')
        for (const property of flattenProperties(type, model)) found.add(property.name)
    names[qualifiedName] = [...found].sort()
  }
  return names
}
