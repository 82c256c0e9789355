/**
 * Where each operation is listed: the types whose `## Methods` table links its page, each split by
 * how much of the type the listing page documents. A type can be written on several pages, each
 * workload's page documenting its own few properties and listing its own copies of the methods;
 * the page documenting more than half of the type's properties is its main page, a page
 * documenting at most half of them (while other pages document the rest) a partial one:
 *   resources/user.md                 101 of 105 properties, lists user-get               → main
 *   resources/intune-devices-user.md    2 of 105 properties, lists intune-devices-user-get → partial
 * A property counts for the page it was read from first (`PropertyDef.position`).
 *
 * Reads: each object type's `methods` (operation ids and the rows' files) and its properties' files.
 */
import { getOrCreate } from '../get-or-create.js'
import type { ApiModel } from '../model.js'
import { sameElements } from '../same-elements.js'

export interface MethodListing {
  /** Qualified names of the types whose main page lists the operation. */
  readonly main: readonly string[]
  /** Qualified names of the types only partial pages of which list it. */
  readonly partial: readonly string[]
}

/** By operation id; an operation no Methods table links has none. */
export type MethodListings = ReadonlyMap<string, MethodListing>

export function listMethods(model: ApiModel): MethodListings {
  const listings = new Map<string, { main: Set<string>; partial: Set<string> }>()
  for (const type of Object.values(model.types)) {
    if (type.kind === 'enum') continue
    const documented = new Map<string, number>()
    for (const { position } of type.properties)
      documented.set(position.file, (documented.get(position.file) ?? 0) + 1)
    const total = type.properties.length
    for (const row of type.methods) {
      if (row.operationId === undefined) continue
      const count = documented.get(row.position.file) ?? 0
      const listing = getOrCreate(listings, row.operationId, () => ({ main: new Set(), partial: new Set() }))
      // A page documenting no property of a type no other page documents either is not partial.
      ;(count * 2 > total || total === 0 ? listing.main : listing.partial).add(type.qualifiedName)
    }
  }
  const result = new Map<string, MethodListing>()
  for (const [id, { main, partial }] of listings)
    result.set(id, { main: [...main].sort(), partial: [...partial].filter((name) => !main.has(name)).sort() })
  return result
}

/** Whether two listings say the same (the OpenAPI memo keeps the last). */
export function sameListings(a: MethodListings, b: MethodListings): boolean {
  if (a.size !== b.size) return false
  for (const [id, listing] of a) {
    const other = b.get(id)
    if (!other || !sameElements(listing.main, other.main) || !sameElements(listing.partial, other.partial))
      return false
  }
  return true
}
