/**
 * The doc checks as a pipeline step: pages → extract and page checks → link → corpus checks →
 * suppressions.
 * Returns the linked model (for `generate`) and every diagnostic of extract, link and the checks,
 * deduplicated (one per file, line and code) and sorted.
 */
import { compareDiagnostics } from '../diagnostics.js'
import { linkModel } from '../link/index.js'
import type { ApiModel, Diagnostic, PageModel } from '../model.js'
import type { PageInput } from '../pipeline.js'
import { createCheckContext } from './check-context.js'
import { extractAndCheck, type PageChecks } from './page-checks.js'
import type { CheckRule } from './rule.js'
import { checkRules } from './rules/index.js'
import { applySuppressions, type SuppressEntry } from './suppressions.js'

export interface CheckResult {
  model: ApiModel
  diagnostics: Diagnostic[]
}

export function checkDocs(
  inputs: readonly PageInput[],
  suppress: readonly SuppressEntry[] = [],
  rules: readonly CheckRule[] = checkRules,
): CheckResult {
  const entries = inputs.map((input) => extractAndCheck(input.file, input.text, rules))
  const pages = entries.map((entry) => JSON.parse(entry.model) as PageModel)
  const checks = entries.map((entry) => JSON.parse(entry.checks) as PageChecks)
  return checkExtracted(inputs, pages, checks, suppress, rules)
}

/**
 * `checkDocs` on page models and page-check results already computed (from the cache) from
 * `inputs` (`checks[i]` belongs to `pages[i]`, both computed with `rules`).
 */
export function checkExtracted(
  inputs: readonly PageInput[],
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
  suppress: readonly SuppressEntry[] = [],
  rules: readonly CheckRule[] = checkRules,
): CheckResult {
  const model = linkModel(pages)
  return { model, diagnostics: checkLinked(inputs, pages, checks, model, suppress, rules) }
}

/** The diagnostics of link and of the doc checks on `model`, linked from `pages` (only read). */
export function checkLinked(
  inputs: readonly PageInput[],
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
  model: ApiModel,
  suppress: readonly SuppressEntry[] = [],
  rules: readonly CheckRule[] = checkRules,
): Diagnostic[] {
  const context = createCheckContext(pages, checks, model)
  const found = [...model.diagnostics]
  for (const rule of rules)
    if ('page' in rule) for (const page of checks) found.push(...(page.found[rule.name] ?? []))
    else found.push(...rule.run(context))
  // Only the pages that may hold inline suppressions are read again (a whole tree is tens of MB).
  const texts = new Map(
    inputs
      .filter((input) => context.facts(input.file)?.suppressions)
      .map((input) => [input.file, input.text]),
  )
  return applySuppressions(unique(found), suppress, texts, rules).sort(compareDiagnostics)
}

/**
 * Drop repeats: the same code at the same place, and a second `invalid-json` on one line (extract
 * reads annotations and JSON blocks leniently and reports what even JSON5 rejects; the strict
 * check reports the same fault).
 */
function unique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.code === 'invalid-json' ? '' : d.column}\0${d.code}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
