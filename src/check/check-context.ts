/** Build the `CheckContext` the corpus checks share: indexes over the pages and the linked model. */
import type { ApiModel, PageModel, TypeDef } from '../model.js'
import type { CheckMemo } from './check-memo.js'
import type { PageChecks } from './page-checks.js'
import type { CheckContext } from './rule.js'

export function createCheckContext(
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
  model: ApiModel,
  memo: CheckMemo,
): CheckContext {
  const facts = new Map(pages.map((page, index) => [page.file, checks[index]?.facts]))
  const lowerFiles = new Set(pages.map((page) => page.file.toLowerCase()))
  return {
    model,
    pages,
    facts: (file) => facts.get(file),
    hasFile: (file) => lowerFiles.has(file.toLowerCase()),
    type: typeFinder(model),
    memo,
  }
}

/** A documented type by qualified name, any case (`#microsoft.graph.user` too). */
export function typeFinder(model: ApiModel): (qualifiedName: string) => TypeDef | undefined {
  const types = new Map<string, TypeDef>()
  for (const type of Object.values(model.types)) types.set(type.qualifiedName.toLowerCase(), type)
  return (name) => types.get(name.replace(/^#/, '').trim().toLowerCase())
}
