/**
 * Find a resource page's JSON representation block and its annotation, for extract and the checks:
 *   <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.user" } -->
 *   ```json
 *   { "displayName": "String" }
 * The code block annotated `"blockType": "resource"` under any heading (right under the H1, in
 * `## JSON representation`, in `## Properties` for open types), else the first `json` block of a
 * JSON representation section. An annotation without its block (prose between them) still names
 * the type: it comes with that fallback block.
 */
import type { Code, Html, Root } from 'mdast'
import type { Annotation, Diagnostic } from '../model.js'
import { mayHoldAnnotation, parseAnnotation } from '../parse/annotation.js'
import { type AnnotatedCode, type AnnotationComment, annotatedCodeBlocks } from '../parse/code-blocks.js'
import type { Page } from '../parse/page.js'

interface ResourceBlock {
  annotation: Annotation
  /** The comment the annotation was read from (none for the fallback block's empty one). */
  comment?: Html
  code?: Code
}

const JSON_REPRESENTATION = /json representation/i

export function findResourceBlock(page: Page, diagnostics: Diagnostic[]): ResourceBlock | undefined {
  let fallback: Code | undefined
  let detached: AnnotationComment | undefined
  for (const { tree, isJsonSection } of representationSections(page)) {
    for (const block of annotatedCodeBlocks(tree, page.file, diagnostics)) {
      if (block.annotation?.blockType === 'resource')
        return { annotation: block.annotation, comment: block.comment, code: block.code }
      if (!fallback && isRepresentationBlock(block, isJsonSection)) fallback = block.code
    }
    detached ??= detachedResourceAnnotation(tree)
  }
  if (detached) return fallback ? { ...detached, code: fallback } : detached
  return fallback ? { annotation: {}, code: fallback } : undefined
}

/** The blocks of each section that may hold a representation: a JSON representation section, or
 *  one whose text holds a resource annotation. */
export function* representationSections(page: Page): Generator<{ tree: Root; isJsonSection: boolean }> {
  for (const section of page.sections) {
    const isJsonSection = JSON_REPRESENTATION.test(section.title)
    if (isJsonSection || mayHoldAnnotation(section.text, 'resource'))
      yield { tree: page.blocks(section), isJsonSection }
  }
}

/** A block annotated `resource`, or a `json` block of a JSON representation section. */
export function isRepresentationBlock(block: AnnotatedCode, isJsonSection: boolean): boolean {
  return block.annotation?.blockType === 'resource' || (isJsonSection && /^json/i.test(block.code.lang ?? ''))
}

function detachedResourceAnnotation(tree: Root): AnnotationComment | undefined {
  for (const node of tree.children) {
    if (node.type !== 'html') continue
    const read = parseAnnotation(node.value)
    if (read.kind === 'annotation' && read.value.blockType === 'resource')
      return { annotation: read.value, comment: node }
  }
  return undefined
}
