/**
 * Whether the page says a route placeholder holds a type name: a paragraph or note of its
 * `## HTTP request` section names the placeholder in code beside qualified type names in code, and
 * says "type" (today's place-descendants.md):
 *   GET /places/{id}/descendants/{placeType}
 *   > `{placeType}` can be any supported place type such as `microsoft.graph.building`, `microsoft.graph.floor`, …
 * Such a segment names the type to read, as a cast does; it is not an item's key.
 */
import type { Paragraph } from 'mdast'
import { cleanText, inlineCodesIn } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { proseParagraphs } from '../parse/prose-paragraphs.js'
import { isQualifiedName } from '../route-end.js'
import { HTTP_REQUEST_TITLE } from './http-request.js'

export function holdsTypeName(page: Page, placeholder: string): boolean {
  const written = `{${placeholder}}`.toLowerCase()
  return page.sections
    .filter((section) => HTTP_REQUEST_TITLE.test(section.title))
    .some((section) =>
      page
        .tree(section)
        .children.flatMap(proseParagraphs)
        .some((paragraph) => namesTypesOf(paragraph, written)),
    )
}

function namesTypesOf(paragraph: Paragraph, written: string): boolean {
  const codes = inlineCodesIn(paragraph).map((code) => code.value.trim())
  return (
    codes.some((code) => code.toLowerCase() === written) &&
    codes.some(isQualifiedName) &&
    /\btypes?\b/i.test(cleanText(paragraph))
  )
}
