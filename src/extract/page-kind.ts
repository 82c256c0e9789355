/**
 * Decide what a page documents from its front matter `doc_type`, falling back to its structure
 * (FORMAT §1.3): an `## HTTP request` section (or, without front matter, an annotated request
 * example and no resource) means an API page, a `resource` annotation or a
 * Properties table a resource page, a `## Members` table an enum page. A `doc_type` the format
 * does not name (`resourcePageType_`, a typo on some Shifts pages) says nothing, as if absent.
 * Anything under an `includes/` folder is include material, never a page.
 */
import type { PageModel } from '../model.js'
import { mayHoldAnnotation } from '../parse/annotation.js'
import type { Page } from '../parse/page.js'
import { findSection } from '../parse/sections.js'
import { HTTP_REQUEST_TITLE } from './http-request.js'

const DOC_TYPES = new Set(['apipagetype', 'resourcepagetype', 'enumpagetype', 'conceptualpagetype'])
const RESOURCE_TITLE = /^\S+ resource type$/i

export function classifyPage(page: Page): PageModel['pageKind'] {
  // `api-reference/v1.0/includes/permissions/x.md`: pulled into pages by `[!INCLUDE …]`.
  if (/(^|\/)includes\//i.test(page.file)) return 'include'
  const declared = String(page.frontMatter.doc_type ?? '')
    .trim()
    .toLowerCase()
  const docType = DOC_TYPES.has(declared) ? declared : ''
  // `## HTTP request (to upload a new file)`: other teams qualify the heading.
  const hasHttpRequest = findSection(page.sections, HTTP_REQUEST_TITLE) !== undefined
  // Without front matter to say so, an H1 `X resource type` (a page of only a Methods table).
  const isResourceLike = page.sections.some(
    (s) =>
      mayHoldAnnotation(s.text, 'resource') ||
      /^properties$/i.test(s.title) ||
      (docType === '' && s.depth === 1 && RESOURCE_TITLE.test(s.title)),
  )
  // Other teams' API pages may document their routes only as annotated request examples.
  const hasRequestExample = page.sections.some((s) => mayHoldAnnotation(s.text, 'request'))
  // The structure beats a contradicting front matter: an "API" page with a Properties table or
  // resource annotation and no `## HTTP request` documents a type (and the other way round).
  if (docType === 'apipagetype' && !hasHttpRequest && isResourceLike) return 'resource'
  if (docType === 'resourcepagetype' && hasHttpRequest && !isResourceLike) return 'api'
  if (docType === 'apipagetype' || (docType === '' && hasHttpRequest)) return 'api'
  if (docType === '' && hasRequestExample && !isResourceLike) return 'api'
  if (docType === 'enumpagetype') return 'enum'
  // Today's docs file some API pages as conceptual (a prose H1, `## HTTP request` in zone pivots).
  if (docType === 'conceptualpagetype') return hasHttpRequest && !isResourceLike ? 'api' : 'conceptual'
  // A resource page, or one whose front matter says nothing.
  if (isResourceLike) return 'resource'
  if (findSection(page.sections, 'members')) return 'enum'
  if (page.sections.some((s) => / (?:values|enumeration)$/i.test(s.title))) return 'enum'
  return docType === '' ? 'unknown' : 'conceptual'
}
