/**
 * Changes as text, one a line: breaking marker, the side it breaks, kind, message:
 *   BREAKING both      property-removed  Property status was removed from microsoft.graph.x
 *   BREAKING request   parameter-added   Required parameter mode was added to POST /x/{}/activate
 *                      property-added    Property name was added to microsoft.graph.x
 */
import type { ApiChange } from './api-change.js'

export function formatChanges(changes: readonly ApiChange[]): string {
  const width = Math.max(0, ...changes.map((c) => c.kind.length))
  return changes
    .map(
      (c) =>
        `${c.breaking ? 'BREAKING' : '        '} ${(c.breaks ?? '').padEnd(8)}  ${c.kind.padEnd(width)}  ${c.message}\n`,
    )
    .join('')
}
