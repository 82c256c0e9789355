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
    const methodRows = methodRowLines(context)
    const judge = targetJudge(context)
    const found: Diagnostic[] = []
    for (const page of context.pages)
      for (const link of page.links) {
        const problem = judge(link.target)
        if (problem === undefined) continue
        const where = methodRows.get(link.position.file)?.has(link.position.line)
          ? 'Methods-table link'
          : 'link'
        found.push(diagnostic('broken-link', link.position, `Unexpected ${where} to ${problem}`))
      }
    return found
  },
}

/** The lines of Methods-table rows, by file. */
function methodRowLines(context: CheckContext): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>()
  for (const page of context.pages)
    for (const type of page.types)
      if (type.kind !== 'enum')
        for (const { position } of type.methods) {
          const set = lines.get(position.file) ?? new Set()
          lines.set(position.file, set.add(position.line))
        }
  return lines
}

/**
 * What is wrong with a link target (the message after "Unexpected link to "), undefined when
 * nothing. Pages link the same targets over and over: each target is judged once.
 */
function targetJudge(context: CheckContext): (target: string) => string | undefined {
  const folders = new Set(context.pages.map((page) => posix.dirname(page.file).toLowerCase()))
  const files = new Map<string, string>()
  for (const page of context.pages) {
    const key = page.file.toLowerCase()
    if (!files.has(key)) files.set(key, page.file)
  }
  const anchors = new Map<string, Set<string>>()
  const headingAnchors = (file: string) => {
    const key = file.toLowerCase()
    let slugs = anchors.get(key)
    if (!slugs) {
      slugs = new Set(context.facts(files.get(key) ?? file)?.anchors)
      anchors.set(key, slugs)
    }
    return slugs
  }
  const judged = new Map<string, string | undefined>()
  return (target) => {
    if (judged.has(target)) return judged.get(target)
    const problem = judgeTarget(target)
    judged.set(target, problem)
    return problem
  }
  function judgeTarget(target: string): string | undefined {
    const [file = '', anchor] = target.split('#', 2)
    if (!context.hasFile(file))
      return folders.has(posix.dirname(file))
        ? `${file}, expected a page of the docs tree (no such page)`
        : undefined
    if (anchor && !anchor.startsWith('tab/') && !headingAnchors(file).has(anchor))
      return `#${anchor} in ${file}, expected the anchor of a heading of that page`
    return undefined
  }
}
