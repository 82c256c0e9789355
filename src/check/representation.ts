/**
 * A resource page's JSON representation, found and parsed once for the check that compares it with
 * the tables and the fact that says which members a response shows:
 *   <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.user" } -->
 *   ```json
 *   { "displayName": "String", "tags": ["String"] }
 * The block annotated `"blockType": "resource"`, else the first `json` block of a JSON
 * representation section; nothing when it is not a JSON object.
 *
 * Reads: the page's sections and their code blocks.
 */
import type { Code } from 'mdast'
import type { Annotation } from '../model.js'
import { annotatedCodeBlocks } from '../parse/code-blocks.js'
import type { Page } from '../parse/page.js'
import { isJsonObject } from '../shape/examples.js'
import { parseJsonWithOffsets } from './json-locations.js'

export interface Representation {
  code: Code
  annotation?: Annotation
  members: Record<string, unknown>
  /** Offset in `code.value` of each value, by JSON pointer. */
  offsets: ReadonlyMap<string, number>
}

export function readRepresentation(page: Page): Representation | undefined {
  const block = representationBlock(page)
  if (!block) return undefined
  const parsed = parseJsonWithOffsets(block.code.value)
  if (!parsed.ok || !isJsonObject(parsed.value)) return undefined
  return { ...block, members: parsed.value, offsets: parsed.offsets }
}

function representationBlock(page: Page): { code: Code; annotation?: Annotation } | undefined {
  let fallback: { code: Code } | undefined
  for (const section of page.sections) {
    const isJsonSection = /json representation/i.test(section.title)
    if (!isJsonSection && !section.text.includes('"resource"')) continue
    for (const block of annotatedCodeBlocks(page.blocks(section), page.file, [])) {
      if (block.annotation?.blockType === 'resource') return block
      if (!fallback && isJsonSection && /^json/i.test(block.code.lang ?? '')) fallback = { code: block.code }
    }
  }
  return fallback
}
