/**
 * extract: one page's text → its page model. Pure; problems become diagnostics, never throws
 * for anything a page can contain.
 */
import { withoutRepeats } from '../diagnostics.js'
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type { Draft, PageModel } from '../model.js'
import { type Page, readPage } from '../parse/page.js'
import type { ParseMode } from '../parse/parse-mode.js'
import { ExampleReads } from '../shape/examples.js'
import { extractApiPage, pageLinks } from './api-page.js'
import { extractBoundActions } from './bound-actions.js'
import { extractEnumPage } from './enum-page.js'
import { extractApiPageTypes } from './inline-resource.js'
import { pageNamespace } from './page-header.js'
import { classifyPage } from './page-kind.js'
import { extractIncludedPermissions } from './permissions.js'
import { extractResourcePage } from './resource-page.js'

export function extractPage(file: string, text: string, mode?: ParseMode): PageModel {
  return extractFromPage(readPage(file, text, mode))
}

/** `extractPage` on a page already read (the page checks share its parsed sections and, in
 *  `reads`, its examples as read). */
export function extractFromPage(page: Page, reads = new ExampleReads()): PageModel {
  const file = page.file
  const pageKind = classifyPage(page)
  const model: Draft<PageModel> = {
    file,
    pageKind,
    types: [],
    operations: [],
    links: [],
    diagnostics: page.diagnostics,
  }
  if (pageKind === 'resource') {
    model.types = extractResourcePage(page, model.diagnostics)
    model.operations = extractBoundActions(page, model.diagnostics)
  } else if (pageKind === 'enum') model.types = extractEnumPage(page, model.diagnostics)
  else if (pageKind === 'include') {
    const permissions = extractIncludedPermissions(page)
    if (permissions) model.permissions = permissions
  } else if (pageKind === 'api') {
    const api = extractApiPage(page, reads)
    const namespace = pageNamespace(page)
    if (namespace !== undefined && namespace !== DEFAULT_NAMESPACE) model.namespace = namespace
    model.operations = api.operations
    model.types = extractApiPageTypes(page, model.diagnostics)
    model.links = api.links
    model.diagnostics.push(...api.diagnostics)
  }
  // Relative links of every page (conceptual pages, include files too), for the broken-link check.
  if (pageKind !== 'api') model.links = pageLinks(page)
  // An annotation under `## HTTP request` is read by the routes' and the examples' extractors.
  model.diagnostics = withoutRepeats(model.diagnostics)
  return model
}
