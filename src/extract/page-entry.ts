/**
 * Where a page leaves extraction: one page through extract and the page checks, sharing its parsed
 * sections and its examples as read (`ExampleReads`: each body parsed once): the page model and what the checks found on it, both as JSON (the cache's form). The
 * model is serialised before the checks run, so sections only a check reads never add diagnostics
 * to it.
 */
import { checkPage, pageCheckInput } from '../check/page-checks.js'
import type { CheckRule } from '../check/rule.js'
import { checkRules } from '../check/rules/index.js'
import { readPage } from '../parse/page.js'
import type { ParseMode } from '../parse/parse-mode.js'
import { ExampleReads } from '../shape/examples.js'
import { extractFromPage } from './index.js'

/** A page's cache entry body: `JSON.stringify` of its page model and of its `PageChecks`. */
export interface ExtractedPage {
  model: string
  checks: string
}

export function extractAndCheck(
  file: string,
  text: string,
  rules: readonly CheckRule[] = checkRules,
  mode?: ParseMode,
): ExtractedPage {
  const page = readPage(file, text, mode)
  const reads = new ExampleReads()
  const model = extractFromPage(page, reads)
  const json = JSON.stringify(model)
  return { model: json, checks: JSON.stringify(checkPage(pageCheckInput(model, text, page, reads), rules)) }
}
