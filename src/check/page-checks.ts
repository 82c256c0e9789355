/**
 * The page checks of one page, with the facts the corpus checks need of it (its heading anchors,
 * its Response sentence, the members its type's responses show, whether it may hold inline suppressions).
 */
import type { Diagnostic, PageModel, PropertyDef } from '../model.js'
import type { Page } from '../parse/page.js'
import { headingSlug } from '../parse/sections.js'
import { ExampleReads } from '../shape/examples.js'
import { type Representation, readRepresentation } from './representation.js'
import type { CheckRule, PageCheckInput, PageFacts } from './rule.js'
import { withoutPermissionsFact } from './rules/missing-permissions.js'
import { requiredMembersFact, tableProperties, unlistedMembersFact } from './rules/representation-mismatch.js'
import { responseSentenceFact } from './rules/response-sentence-mismatch.js'
import { mayHoldSuppressions } from './suppressions.js'

export interface PageChecks {
  /** The findings of each page rule that found something, by rule name. */
  found: Record<string, Diagnostic[]>
  facts: PageFacts
}

/** One page as the page checks see it; its JSON representation and its tables' properties are read
 *  when a check first asks. */
export function pageCheckInput(
  model: PageModel,
  text: string,
  page: Page,
  examples = new ExampleReads(),
): PageCheckInput {
  let representation: { read: Representation | undefined } | undefined
  let properties: PropertyDef[] | undefined
  return {
    model,
    text,
    page,
    examples,
    representation: () => {
      representation ??= { read: readRepresentation(page) }
      return representation.read
    },
    tableProperties: () => {
      properties ??= tableProperties(page)
      return properties
    },
  }
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
  const requiredMembers = requiredMembersFact(input)
  if (requiredMembers) facts.requiredMembers = requiredMembers
  const unlistedMembers = unlistedMembersFact(input)
  if (unlistedMembers) facts.unlistedMembers = unlistedMembers
  const withoutPermissions = withoutPermissionsFact(input)
  if (withoutPermissions) facts.withoutPermissions = withoutPermissions
  if (mayHoldSuppressions(input.text)) facts.suppressions = true
  return { found, facts }
}
