/**
 * Sections a page of each kind must have, at any heading depth (`### Response` under
 * `## Request body` counts):
 *   API page: `## Response` (other teams: `## HTTP response`), `## Example(s)` (or request
 *   examples annotated under other headings, as other teams place them: `## HTTP request` holding
 *   the example that is the route); and `## Permissions` (Intune: `## Prerequisites`) where the
 *   tree writes them (`missing-permissions.ts`)
 *   resource page: `## Properties` (or `## <type> Properties`; for a type of navigation properties only,
 *   `## Relationships`)
 * A missing `## HTTP request` is reported by extract: as `missing-route`, or as `missing-section`
 * where its request lines sit under `## Permissions` (`misplacedRequestSection`).
 */
import { diagnostic } from '../../diagnostics.js'
import { EXAMPLE_TITLE } from '../../extract/examples.js'
import { namesTypeProperties } from '../../extract/properties-table.js'
import type { Diagnostic, SourcePosition } from '../../model.js'
import type { Page } from '../../parse/page.js'
import type { PageRule } from '../rule.js'

/** `waivedByRequest`: an annotated request example stands in for the section (other teams' pages). */
const REQUIRED: Record<'api' | 'resource', { title: RegExp; name: string; waivedByRequest?: true }[]> = {
  api: [
    { title: /^(http )?response$/i, name: '`## Response`' },
    { title: EXAMPLE_TITLE, name: '`## Example`', waivedByRequest: true },
  ],
  resource: [{ title: /^(properties|relationships)$/i, name: '`## Properties`' }],
}

export const missingSection: PageRule = {
  name: 'missing-section',
  codes: ['missing-section'],
  page({ model, page }) {
    const found: Diagnostic[] = []
    if (model.pageKind !== 'api' && model.pageKind !== 'resource') return found
    // Resource pages that define only `### x values` enums are not type pages.
    if (model.pageKind === 'resource' && !model.types.some((type) => type.kind !== 'enum')) return found
    const annotatedRequest = model.operations.some((operation) =>
      operation.examples.some((example) => example.annotation?.blockType === 'request'),
    )
    for (const required of REQUIRED[model.pageKind]) {
      if (required.waivedByRequest && annotatedRequest) continue
      const heads = (title: string) =>
        required.title.test(title) ||
        // `## operationError Properties`: a Properties heading that names the type first.
        (model.pageKind === 'resource' && model.types.some((type) => namesTypeProperties(title, type.name)))
      if (!hasSection(page, heads))
        found.push(
          diagnostic(
            'missing-section',
            titleOf(page),
            `Unexpected ${model.pageKind === 'api' ? 'API' : 'resource'} page without a ${required.name} section, expected one on every such page`,
          ),
        )
    }
    return found
  },
}

/** Whether the page has a section (at any depth) whose title `heads` accepts. */
export function hasSection(page: Page, heads: (title: string) => boolean): boolean {
  return page.sections.some((section) => section.depth > 0 && heads(section.title))
}

/** Where the page begins: its H1 (its first line without one). */
export function titleOf(page: Page): SourcePosition {
  return page.at(page.sections.find((section) => section.depth === 1)?.line ?? 1)
}
