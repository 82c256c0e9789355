/**
 * Sections a page of each kind must have, at any heading depth (`### Response` under
 * `## Request body` counts):
 *   API page: `## Permissions` (Intune: `## Prerequisites`), `## Response` (other teams:
 *   `## HTTP response`), `## Example(s)` (or request examples annotated under other headings, as
 *   other teams place them: `## HTTP request` holding the example that is the route)
 *   resource page: `## Properties` (or `## <type> Properties`; for a type of navigation properties only,
 *   `## Relationships`)
 * A missing `## HTTP request` is reported by extract: as `missing-route`, or as `missing-section`
 * where its request lines sit under `## Permissions` (`misplacedRequestSection`).
 */
import { diagnostic } from '../../diagnostics.js'
import { EXAMPLE_TITLE } from '../../extract/examples.js'
import { namesTypeProperties } from '../../extract/properties-table.js'
import type { Diagnostic } from '../../model.js'
import type { PageRule } from '../rule.js'

/** `waivedByRequest`: an annotated request example stands in for the section (other teams' pages). */
const REQUIRED: Record<'api' | 'resource', { title: RegExp; name: string; waivedByRequest?: true }[]> = {
  api: [
    { title: /^(permissions|prerequisites)$/i, name: '`## Permissions`' },
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
    const h1 = page.sections.find((section) => section.depth === 1)
    const annotatedRequest = model.operations.some((operation) =>
      operation.examples.some((example) => example.annotation?.blockType === 'request'),
    )
    for (const required of REQUIRED[model.pageKind]) {
      if (required.waivedByRequest && annotatedRequest) continue
      const heads = (title: string) =>
        required.title.test(title) ||
        // `## operationError Properties`: a Properties heading that names the type first.
        (model.pageKind === 'resource' && model.types.some((type) => namesTypeProperties(title, type.name)))
      if (!page.sections.some((section) => section.depth > 0 && heads(section.title)))
        found.push(
          diagnostic(
            'missing-section',
            page.at(h1?.line ?? 1),
            `Unexpected ${model.pageKind === 'api' ? 'API' : 'resource'} page without a ${required.name} section, expected one on every such page`,
          ),
        )
    }
    return found
  },
}
