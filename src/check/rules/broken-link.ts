/**
 * Relative links to pages or headings that do not exist:
 *   [Get user](../api/user-get.md)        ← no `api/user-get.md` in the docs tree
 *   [bookingType](#bookingtype-values)    ← no `### bookingType values` heading on the page
 * Links into folders the tree does not hold at all (`../concepts/…` when only `api/` and
 * `resources/` are checked) cannot be judged and are left alone; code-tab links (`#tab/http`) too.
 * A Permissions section's include (`[!INCLUDE [permissions-table](../includes/permissions/x.md)]`)
 * is link's to judge (`missing-include`): it is not among the page's links (`pageLinks`), so a
 * missing one is reported once; a link elsewhere on the page to the same missing file is.
 */
import { posix } from 'node:path'
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic, PageModel } from '../../model.js'
import { sameElements } from '../../same-elements.js'
import type { BrokenLinkMemo } from '../check-memo.js'
import type { CheckContext, CorpusRule } from '../rule.js'
import type { RunChanges } from '../run-changes.js'

export const brokenLink: CorpusRule = {
  name: 'broken-link',
  codes: ['broken-link'],
  run(context) {
    const memo = context.memo.brokenLinks
    const judge = new LinkJudge(context, memo)
    return context.pages.flatMap((page) => pageFindings(page, judge, memo))
  },
}

/**
 * A page's findings, with the tree they were judged in and the heading anchors they read: a later
 * run (watch mode: an unchanged page's model is the identical object) reuses them while those are
 * the same.
 */
export interface CheckedPage {
  tree: DocsTree
  /** The anchors of each page the links point into, by lower-case file. */
  anchors: Map<string, readonly string[] | undefined>
  found: Diagnostic[]
}

function pageFindings(page: PageModel, judge: LinkJudge, memo: BrokenLinkMemo): Diagnostic[] {
  const checked = memo.pages.get(page)
  if (checked?.tree === judge.tree && judge.sameAnchors(checked.anchors)) return checked.found
  let methodRows: Set<number> | undefined
  const anchors = new Map<string, readonly string[] | undefined>()
  const found: Diagnostic[] = []
  for (const link of page.links) {
    const { problem, anchorsOf } = judge.judge(link.target)
    if (anchorsOf !== undefined) anchors.set(anchorsOf, judge.anchors(anchorsOf))
    if (problem === undefined) continue
    methodRows ??= methodRowLines(page)
    const where = methodRows.has(link.position.line) ? 'Methods-table link' : 'link'
    found.push(diagnostic('broken-link', link.position, `Unexpected ${where} to ${problem}`))
  }
  memo.pages.set(page, { tree: judge.tree, anchors, found })
  return found
}

/** The lines of the page's Methods-table rows. */
function methodRowLines(page: PageModel): Set<number> {
  const lines = new Set<number>()
  for (const type of page.types)
    if (type.kind !== 'enum') for (const { position } of type.methods) lines.add(position.line)
  return lines
}

/** The pages and folders of the docs tree; the same object for as long as the pages are. */
export interface DocsTree {
  files: readonly string[]
  /** The first file of each lower-case file. */
  byKey: Map<string, string>
  /** Lower-case folders. */
  folders: Set<string>
}

function docsTree(
  pages: readonly PageModel[],
  memo: BrokenLinkMemo,
  changes: RunChanges | undefined,
): DocsTree {
  if (memo.tree && changes?.sameFiles) return memo.tree
  const files = pages.map((page) => page.file)
  if (memo.tree && sameElements(memo.tree.files, files)) return memo.tree
  const byKey = new Map<string, string>()
  for (const file of files) {
    const key = file.toLowerCase()
    if (!byKey.has(key)) byKey.set(key, file)
  }
  const folders = new Set(files.map((file) => posix.dirname(file).toLowerCase()))
  memo.tree = { files, byKey, folders }
  return memo.tree
}

/**
 * What is wrong with a link target (the message after "Unexpected link to "), undefined when
 * nothing, and the page whose anchors told. Pages link the same targets over and over: each
 * target is judged once.
 */
interface Judgement {
  problem?: string
  /** The lower-case file whose heading anchors were read. */
  anchorsOf?: string
}

class LinkJudge {
  readonly tree: DocsTree
  readonly #judged = new Map<string, Judgement>()
  readonly #slugs = new Map<string, Set<string>>()

  constructor(
    private readonly context: CheckContext,
    memo: BrokenLinkMemo,
  ) {
    this.tree = docsTree(context.pages, memo, context.changes)
  }

  /** Whether the pages' heading anchors are still those read: each read again only when its page changed. */
  sameAnchors(read: ReadonlyMap<string, readonly string[] | undefined>): boolean {
    const changed = this.context.changes?.files
    for (const [key, anchors] of read) {
      if (changed && !changed.has(this.tree.byKey.get(key) ?? key)) continue
      if (!sameElements(this.anchors(key), anchors)) return false
    }
    return true
  }

  /** The heading anchors of a page by lower-case file. */
  anchors(key: string): readonly string[] | undefined {
    return this.context.facts(this.tree.byKey.get(key) ?? key)?.anchors
  }

  judge(target: string): Judgement {
    let judgement = this.#judged.get(target)
    if (!judgement) {
      judgement = this.#judgeTarget(target)
      this.#judged.set(target, judgement)
    }
    return judgement
  }

  #judgeTarget(target: string): Judgement {
    const [file = '', anchor] = target.split('#', 2)
    const key = file.toLowerCase()
    if (!this.tree.byKey.has(key))
      return this.tree.folders.has(posix.dirname(file))
        ? { problem: `${file}, expected a page of the docs tree (no such page)` }
        : {}
    if (!anchor || anchor.startsWith('tab/')) return {}
    if (this.#headingSlugs(key).has(anchor)) return { anchorsOf: key }
    return { problem: `#${anchor} in ${file}, expected the anchor of a heading of that page`, anchorsOf: key }
  }

  #headingSlugs(key: string): Set<string> {
    let slugs = this.#slugs.get(key)
    if (!slugs) {
      slugs = new Set(this.anchors(key))
      this.#slugs.set(key, slugs)
    }
    return slugs
  }
}
