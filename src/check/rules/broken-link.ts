/**
 * Relative links to pages or headings that do not exist:
 *   [Get user](../api/user-get.md)        ← no `api/user-get.md` in the docs tree
 *   [bookingType](#bookingtype-values)    ← no `### bookingType values` heading on the page
 * Links into folders the tree does not hold at all (`../concepts/…` when only `api/` and
 * `resources/` are checked) cannot be judged and are left alone; code-tab links (`#tab/http`) too.
 */
import { posix } from 'node:path'
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import type { CheckContext, CorpusRule } from '../rule.js'

export const brokenLink: CorpusRule = {
  name: 'broken-link',
  codes: ['broken-link'],
  run(context) {
    const folders = new Set(context.pages.map((page) => posix.dirname(page.file).toLowerCase()))
    const methodRows = new Set(
      context.pages.flatMap((page) =>
        page.types.flatMap((type) =>
          type.kind === 'enum' ? [] : type.methods.map((m) => `${m.position.file}:${m.position.line}`),
        ),
      ),
    )
    const anchors = new Map<string, Set<string>>()
    const found: Diagnostic[] = []
    for (const page of context.pages)
      for (const link of page.links) {
        const [file = '', anchor] = link.target.split('#', 2)
        const where = methodRows.has(`${link.position.file}:${link.position.line}`)
          ? 'Methods-table link'
          : 'link'
        if (!context.hasFile(file)) {
          if (!folders.has(posix.dirname(file))) continue
          found.push(
            diagnostic(
              'broken-link',
              link.position,
              `Unexpected ${where} to ${file}, expected a page of the docs tree (no such page)`,
            ),
          )
        } else if (
          anchor &&
          !anchor.startsWith('tab/') &&
          !headingAnchors(context, file, anchors).has(anchor)
        )
          found.push(
            diagnostic(
              'broken-link',
              link.position,
              `Unexpected ${where} to #${anchor} in ${file}, expected the anchor of a heading of that page`,
            ),
          )
      }
    return found
  },
}

function headingAnchors(context: CheckContext, file: string, cache: Map<string, Set<string>>): Set<string> {
  const key = file.toLowerCase()
  let slugs = cache.get(key)
  if (!slugs) {
    const real = context.pages.find((page) => page.file.toLowerCase() === key)?.file ?? file
    slugs = new Set(context.facts(real)?.anchors)
    cache.set(key, slugs)
  }
  return slugs
}
