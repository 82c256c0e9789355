/**
 * Code blocks of a section with the annotation comment that precedes each one:
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.user" } -->
 *   ```http
 * Invalid annotation JSON is reported at its line; the block is still returned.
 */
import type { Code, Nodes, Root } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Annotation, Diagnostic } from '../model.js'
import { parseAnnotation } from './annotation.js'
import { readFenceOpening } from './line-scanner.js'
import type { Section } from './sections.js'

export interface AnnotatedCode {
  code: Code
  annotation?: Annotation
}

export function annotatedCodeBlocks(tree: Root, file: string, diagnostics: Diagnostic[]): AnnotatedCode[] {
  const blocks: AnnotatedCode[] = []
  let pending: Annotation | undefined
  const walk = (nodes: readonly Nodes[]) => {
    for (const node of nodes) {
      if (node.type === 'html') {
        const result = parseAnnotation(node.value)
        const line = node.position?.start.line ?? 0
        if (result.kind === 'annotation') pending = result.value
        else if (result.kind === 'invalid') {
          pending = undefined
          diagnostics.push(
            diagnostic(
              'invalid-json',
              { file, line: line + result.lineOffset, column: result.column },
              `Unexpected text in annotation comment: ${result.message}`,
            ),
          )
        }
      } else if (node.type === 'code') {
        blocks.push(pending ? { code: node, annotation: pending } : { code: node })
        pending = undefined
      } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        walk(node.children)
      } else if (node.type !== 'heading') {
        // A paragraph between a comment and a fence detaches the comment (tab headings do not).
        if (node.type === 'paragraph') pending = undefined
      }
    }
  }
  walk(tree.children)
  return blocks
}

/**
 * Page line of the first line of `code.value` in `section`: the line after the opening fence, or
 * the code's own first line for indented code. The fence may sit deeper in a list item.
 */
export function firstCodeLine(code: Code, section: Section): number {
  const start = code.position?.start.line ?? section.bodyLine
  const opening = section.text.split('\n')[start - section.bodyLine] ?? ''
  return readFenceOpening(opening.trimStart()) ? start + 1 : start
}
