/**
 * A navigation property whose Type cell names the plural of the type it links is a collection of it,
 * as another team writes its Navigation tables, without the format's `collection`:
 *   |[items](dynamics_item.md)|items |Gets the items of the company.|      → item collection
 *   |[currency](dynamics_currency.md)|currency |Gets the currency of the customer.|  → one currency
 * `markPluralNavigations` reads the resolved references (after `resolveReference`) and replaces the
 * properties it changes; where the linked page is not in the tree, `singularPlaceholder` reads the
 * plural against the page's name (`dynamics_item.md`) before the placeholder is named.
 */
import type { PropertyDef } from '../model.js'
import { isPluralOf, simpleNameOf } from '../simple-name.js'
import type { TypeRegistry } from './registry.js'

export function markPluralNavigations(registry: TypeRegistry): void {
  for (const type of registry.types.values()) {
    if (type.kind === 'enum') continue
    type.properties = type.properties.map((property) => {
      const ref = property.type
      if (!property.relationship || property.collection || ref.kind !== 'named' || !ref.resolved)
        return property
      return isPluralOf(simpleNameOf(ref.name), simpleNameOf(ref.resolved))
        ? { ...property, collection: true }
        : property
    })
  }
}

/** A navigation property whose Type cell writes the plural of the name its link's page ends in
 *  (`items` linking `dynamics_item.md`): a collection of that name, in the Type cell's letters; any
 *  other property as it is. For a reference no page of the tree resolves. */
export function singularPlaceholder(property: PropertyDef): PropertyDef {
  const ref = property.type
  if (!property.relationship || property.collection || ref.kind !== 'named' || !ref.target) return property
  const stem = /([^/\\_-]+)\.md$/i.exec(ref.target)?.[1]
  // An unqualified name in any letter case (`inventoryPostingGroups` linking
  // `dynamics_inventorypostinggroup.md`): the plural is matched in any case, named in the cell's.
  const written = ref.name
  if (stem === undefined || written.includes('.') || !isPluralOf(written, stem)) return property
  const single =
    /ies$/i.test(written) && !/ies$/i.test(stem) ? `${written.slice(0, -3)}y` : written.slice(0, stem.length)
  return { ...property, collection: true, type: { ...ref, name: single } }
}
