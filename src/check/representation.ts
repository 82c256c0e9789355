/**
 * A resource page's JSON representation, parsed once for the check that compares it with the
 * tables and the fact that says which members a response shows:
 *   <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.user" } -->
 *   ```json
 *   { "displayName": "String", "tags": ["String"] }
 * The block is the one extract reads the type from; nothing when it is not a JSON object.
 *
 * Reads: the page's sections and their code blocks.
 */
import type { Code } from 'mdast'
import { findResourceBlock } from '../extract/resource-block.js'
import type { Annotation } from '../model.js'
import type { Page } from '../parse/page.js'
import { isJsonObject } from '../shape/examples.js'
import { parseJsonWithOffsets } from './json-locations.js'

export interface Representation {
  code: Code
  annotation: Annotation
  members: Record<string, unknown>
  /** Offset in `code.value` of each value, by JSON pointer. */
  offsets: ReadonlyMap<string, number>
}

export function readRepresentation(page: Page): Representation | undefined {
  const block = findResourceBlock(page, [])
  if (!block?.code) return undefined
  const parsed = parseJsonWithOffsets(block.code.value)
  if (!parsed.ok || !isJsonObject(parsed.value)) return undefined
  return { code: block.code, annotation: block.annotation, members: parsed.value, offsets: parsed.offsets }
}
