/** Names by how many routes write them: most first; of equals, the first in code-point order (the
 *  client's path tree and openapi.json's path parameters name a place alike). */
export function byMostWritten(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .sort(([a, aRoutes], [b, bRoutes]) => bRoutes - aRoutes || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name]) => name)
}
