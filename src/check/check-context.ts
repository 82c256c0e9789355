/** Build the `CheckContext` the corpus checks share: indexes over the pages and the linked model. */
import type { ApiModel, PageModel, TypeDef } from '../model.js'
import type { ApiShape } from '../shape/api-shape.js'
import type { CheckMemo, PageIndex } from './check-memo.js'
import type { PageChecks } from './page-checks.js'
import type { CheckContext } from './rule.js'
import { type RunChanges, runChanges } from './run-changes.js'

export function createCheckContext(
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
  model: ApiModel,
  shapes: ApiShape,
  memo: CheckMemo,
): CheckContext {
  const changes = runChanges(memo.last, pages, checks, model)
  const index = pageIndex(pages, checks, memo, changes)
  return {
    model,
    shapes,
    pages,
    facts: (file) => index.facts.get(file),
    hasFile: (file) => index.lowerFiles.has(file.toLowerCase()),
    type: typeFinder(model),
    memo,
    changes,
  }
}

/** The facts by file and the files, made again only for the pages that changed when the files did not. */
function pageIndex(
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
  memo: CheckMemo,
  changes: RunChanges | undefined,
): PageIndex {
  const last = memo.last?.pages
  const known = memo.pageIndex
  if (known && last && changes?.sameFiles) {
    // A page and its checks come from one cache entry: an unchanged page has its facts.
    for (const [index, page] of pages.entries())
      if (page !== last[index]) known.facts.set(page.file, checks[index]?.facts)
    return known
  }
  memo.pageIndex = {
    facts: new Map(pages.map((page, index) => [page.file, checks[index]?.facts])),
    lowerFiles: new Set(pages.map((page) => page.file.toLowerCase())),
  }
  return memo.pageIndex
}

/** A documented type by qualified name, any case (`#microsoft.graph.user` too); indexed when first asked. */
export function typeFinder(model: ApiModel): (qualifiedName: string) => TypeDef | undefined {
  let types: Map<string, TypeDef> | undefined
  return (name) => {
    if (!types) {
      types = new Map()
      for (const type of Object.values(model.types)) types.set(type.qualifiedName.toLowerCase(), type)
    }
    return types.get(name.replace(/^#/, '').trim().toLowerCase())
  }
}
