/**
 * A property or enum member a page lists twice, in one table or across its tables:
 *   |displayName|String|…|        ← line 20
 *   |displayName|String|…|        ← line 31: reported
 * Types defined on several pages with conflicting definitions are reported by link
 * (`duplicate-type`).
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic, SourcePosition } from '../../model.js'
import type { PageRule } from '../rule.js'

export const duplicateProperty: PageRule = {
  name: 'duplicate-property',
  codes: ['duplicate-property'],
  page({ model: page }) {
    const found: Diagnostic[] = []
    for (const type of page.types) {
      const entries: readonly { name: string; position: SourcePosition }[] =
        type.kind === 'enum' ? type.members : type.properties
      const what = type.kind === 'enum' ? 'member' : 'property'
      const seen = new Map<string, SourcePosition>()
      for (const entry of entries) {
        const first = seen.get(entry.name)
        if (!first) {
          seen.set(entry.name, entry.position)
          continue
        }
        if (first.file !== entry.position.file) continue
        found.push(
          diagnostic(
            'duplicate-property',
            entry.position,
            `Unexpected second definition of ${what} ${entry.name} of ${type.qualifiedName}, expected each ${what} once (first at line ${first.line})`,
          ),
        )
      }
    }
    return found
  },
}
