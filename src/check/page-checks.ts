/**
 * One page through extract and the page checks, sharing its parsed sections: the page model and
 * what the checks found on it, both as JSON (the cache's form). The model is serialised before the
 * checks run, so sections only a check reads never add diagnostics to it.
 */

import { extractFromPage } from '../extract/index.js'
import type { Diagnostic } from '../model.js'
import { readPage } from '../parse/page.js'
import { headingSlug } from '../parse/sections.js'
import type { CheckRule, PageCheckInput, PageFacts } from './rule.js'
import { checkRules } from './rules/index.js'
import { responseSentenceFact } from './rules/response-sentence-mismatch.js'
import { mayHoldSuppressions } from './suppressions.js'

export interface PageChecks {
  /** The findings of each page rule that found something, by rule name. */
  found: Record<string, Diagnostic[]>
  facts: PageFacts
}

/** A page's cache entry body: `JSON.stringify` of its page model and of its `PageChecks`. */
export interface ExtractedPage {
  model: string
  checks: string
}

export function extractAndCheck(
  file: string,
  text: string,
  rules: readonly CheckRule[] = checkRules,
): ExtractedPage {
  const page = readPage(file, text)
  const model = extractFromPage(page)
  const json = JSON.stringify(model)
  return { model: json, checks: JSON.stringify(checkPage({ model, text, page }, rules)) }
}

export function checkPage(input: PageCheckInput, rules: readonly CheckRule[]): PageChecks {
  const found: Record<string, Diagnostic[]> = {}
  for (const rule of rules)
    if ('page' in rule) {
      const diagnostics = rule.page(input)
      if (diagnostics.length > 0) found[rule.name] = diagnostics
    }
  const facts: PageFacts = {
    anchors: [...new Set(input.page.sections.map((section) => headingSlug(section.title)))],
  }
  const responseSentence = responseSentenceFact(input)
  if (responseSentence) facts.responseSentence = responseSentence
  if (mayHoldSuppressions(input.text)) facts.suppressions = true
  return { found, facts }
}
