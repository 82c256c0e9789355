/**
 * Changes as text, breaking ones first-marked:
 *   BREAKING property-removed  microsoft.graph.x.status  Property status was removed from microsoft.graph.x
 *            property-added    microsoft.graph.x.name    Property name was added to microsoft.graph.x
 */
import type { ApiChange } from './diff-models.js'

export function formatChanges(changes: readonly ApiChange[]): string {
  const width = Math.max(0, ...changes.map((c) => c.kind.length))
  return changes
    .map((c) => `${c.breaking ? 'BREAKING' : '        '} ${c.kind.padEnd(width)}  ${c.message}\n`)
    .join('')
}
