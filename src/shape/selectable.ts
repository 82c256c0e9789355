/**
 * The property names `$select` may ask of a type, as the mock reads them and verify judges the
 * docs' own requests by: its properties with those of its documented base types, those of every
 * type derived from it (a page of `directoryObject`s selects a user's `displayName`), and `id`,
 * the key of every entity, which a base type the docs leave out carries. Open types take any name.
 *   GET /users?$select=displayName,colour   → 400, colour is none of user's names
 *
 * Reads: the types of the linked `ApiModel` and their derived types.
 */
import { getOrCreate } from '../get-or-create.js'
import { flattenProperties } from '../json-schema/type-schema.js'
import type { ApiModel } from '../model.js'
import { type DerivedTypes, selfAndDescendants } from './derived-types.js'
import type { ResponseShape } from './operation-shape.js'

/** A type's selectable names, sorted; undefined for a type that takes any name. */
export type SelectableNames = (qualifiedName: string) => readonly string[] | undefined

/** The selectable names of the model's types, each computed once. */
export function selectableNamesOf(model: ApiModel, derived: DerivedTypes): SelectableNames {
  const known = new Map<string, readonly string[] | undefined>()
  return (qualifiedName) =>
    getOrCreate(known, qualifiedName, () => {
      const [self, ...descendants] = selfAndDescendants(qualifiedName, derived).map(
        (name) => model.types[name],
      )
      if ([self, ...descendants].some((type) => type?.kind === 'enum' || type?.openType)) return undefined
      const found = new Set(['id'])
      if (self && self.kind !== 'enum')
        for (const property of flattenProperties(self, model)) found.add(property.name)
      // A descendant inherits through `self`: only its own properties are new.
      for (const type of descendants)
        if (type && type.kind !== 'enum') for (const property of type.properties) found.add(property.name)
      return [...found].sort()
    })
}

/** The object type whose properties `$select` names in a response: the entity's, or the page's items'. */
export function selectedType(response: ResponseShape, model: ApiModel): string | undefined {
  const type =
    response.kind === 'page' ? response.item : response.kind === 'object' ? response.type : undefined
  const resolved = type?.kind === 'named' ? type.resolved : undefined
  const definition = resolved === undefined ? undefined : model.types[resolved]
  return definition && definition.kind !== 'enum' ? resolved : undefined
}
