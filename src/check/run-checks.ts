/**
 * The doc checks as a step of the build (`src/build/`): the page checks' findings (computed with
 * extraction, cached with the page), the corpus checks on the linked model, then suppressions.
 * Returns every diagnostic of link and the checks, deduplicated (one per file, line and code) and
 * sorted.
 */
import { compareDiagnostics, withoutRepeats } from '../diagnostics.js'
import type { ApiModel, Diagnostic, PageModel } from '../model.js'
import type { PageInput } from '../read-docs.js'
import type { ApiShape } from '../shape/api-shape.js'
import { createCheckContext } from './check-context.js'
import type { CheckMemo } from './check-memo.js'
import type { PageChecks } from './page-checks.js'
import type { CheckRule } from './rule.js'
import { checkRules } from './rules/index.js'
import { applySuppressions, type SuppressEntry } from './suppressions.js'

/** The diagnostics of link and of the doc checks on `model` (of shape `shapes`), linked from
 *  `pages` (only read). */
export function runChecks(
  inputs: readonly PageInput[],
  pages: readonly PageModel[],
  checks: readonly PageChecks[],
  model: ApiModel,
  shapes: ApiShape,
  memo: CheckMemo,
  suppress: readonly SuppressEntry[] = [],
  rules: readonly CheckRule[] = checkRules,
): Diagnostic[] {
  const context = createCheckContext(pages, checks, model, shapes, memo)
  const found = [...model.diagnostics]
  for (const rule of rules) {
    // A rule may do both: judge a page alone, and what its page left to the linked model.
    if ('page' in rule) for (const page of checks) found.push(...(page.found[rule.name] ?? []))
    if ('run' in rule) found.push(...rule.run(context))
  }
  memo.last = { pages, checks, model }
  // Only the pages that may hold inline suppressions are read again (a whole tree is tens of MB).
  const texts = new Map(
    inputs
      .filter((input) => context.facts(input.file)?.suppressions)
      .map((input) => [input.file, input.text]),
  )
  return applySuppressions(withoutRepeats(found), suppress, texts, rules).sort(compareDiagnostics)
}
