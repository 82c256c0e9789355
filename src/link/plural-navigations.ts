/**
 * A navigation property whose Type cell names the plural of the type it links is a collection of it,
 * as another team writes its Navigation tables, without the format's `collection`:
 *   |[items](dynamics_item.md)|items |Gets the items of the company.|      → item collection
 *   |[currency](dynamics_currency.md)|currency |Gets the currency of the customer.|  → one currency
 * Reads the resolved references (after `resolveReference`); replaces the properties it changes.
 */
import { simpleNameOf } from '../simple-name.js'
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

/** `items` of `item`, `currencies` of `currency`, `addresses` of `address` (any case). */
export function isPluralOf(written: string, name: string): boolean {
  const [plural, single] = [written.toLowerCase(), name.toLowerCase()]
  return (
    plural === `${single}s` ||
    plural === `${single}es` ||
    (single.endsWith('y') && plural === `${single.slice(0, -1)}ies`)
  )
}
