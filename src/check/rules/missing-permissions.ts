/**
 * `## Permissions` (Intune: `## Prerequisites`) on an API page, in a tree whose API pages write it:
 * a tree none of whose API pages does (Business Central's: its permissions are documented apart
 * from the API) keeps them elsewhere by its own convention, which one page alone does not show.
 * A page fact notes where a page without one begins (`withoutPermissionsFact`); the rule reads the
 * facts of the whole tree.
 */
import { diagnostic } from '../../diagnostics.js'
import type { SourcePosition } from '../../model.js'
import type { CorpusRule, PageCheckInput } from '../rule.js'
import { hasSection, titleOf } from './missing-section.js'

const PERMISSIONS_TITLE = /^(permissions|prerequisites)$/i

/** Where an API page without a `## Permissions` section begins (a fact `missingPermissions` reads). */
export function withoutPermissionsFact({ model, page }: PageCheckInput): SourcePosition | undefined {
  if (model.pageKind !== 'api' || hasSection(page, (title) => PERMISSIONS_TITLE.test(title))) return undefined
  return titleOf(page)
}

export const missingPermissions: CorpusRule = {
  name: 'missing-permissions',
  codes: ['missing-section'],
  run({ pages, facts }) {
    const api = pages.filter((page) => page.pageKind === 'api')
    const without = api.flatMap((page) => {
      const at = facts(page.file)?.withoutPermissions
      return at ? [at] : []
    })
    if (api.length > 1 && without.length === api.length) return []
    // A tree of one API page shows no convention of its own: the format's holds.
    const expected =
      api.length > 1
        ? 'on every API page of a tree whose pages write them'
        : 'on every API page, as the format has it'
    return without.map((at) =>
      diagnostic(
        'missing-section',
        at,
        `Unexpected API page without a \`## Permissions\` section, expected one ${expected}`,
      ),
    )
  },
}
