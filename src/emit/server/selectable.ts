/**
 * The `$select` table of the generated server: for each closed type a route selects, the names
 * `$select` may ask of it (`src/shape/selectable.ts`).
 *   { "microsoft.graph.user": ["aboutMe", "accountEnabled", …, "id", …] }
 *
 * Reads: the server's routes and what they select.
 */
import type { SelectableNames } from '../../shape/selectable.js'
import type { ServerRoute } from './route-table.js'

/** Qualified name → its selectable names, for the closed types the routes select. */
export function selectableTable(
  routes: readonly ServerRoute[],
  selectable: SelectableNames,
): Record<string, string[]> {
  const table: Record<string, string[]> = {}
  for (const type of [
    ...new Set(routes.flatMap((route) => (route.selects ? [route.selects.type] : []))),
  ].sort()) {
    const names = selectable(type)
    if (names) table[type] = [...names]
  }
  return table
}
