/**
 * Code blocks of a section with the annotation comment that precedes each one:
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.user" } -->
 *   ```http
 * Invalid annotation JSON is reported at its line; the block is still returned. A bold paragraph
 * before a block (`**Response**`) is its label, as a heading would be.
 */
import type { Code, Html, Nodes, Root } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Annotation, Diagnostic } from '../model.js'
import { parseAnnotation } from './annotation.js'
import { cleanText } from './inline-text.js'
import { readFenceOpening } from './line-scanner.js'
import type { Section } from './sections.js'

/** An annotation and the comment it was read from, where its keys are written. */
export interface AnnotationComment {
  annotation: Annotation
  comment: Html
}

export interface AnnotatedCode {
  code: Code
  annotation?: Annotation
  /** The comment the annotation was read from, where its keys are written. */
  comment?: Html
  /** The last paragraph before the block in the section that is all bold, as some pages write a
   *  heading (`**Response**`): its text. */
  label?: string
}

export function annotatedCodeBlocks(tree: Root, file: string, diagnostics: Diagnostic[]): AnnotatedCode[] {
  const blocks: AnnotatedCode[] = []
  let pending: AnnotationComment | undefined
  let label: string | undefined
  forEachFlowNode(tree.children, (node) => {
    if (node.type === 'html') {
      const result = parseAnnotation(node.value)
      const line = node.position?.start.line ?? 0
      if (result.kind === 'annotation') pending = { annotation: result.value, comment: node }
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
      const block: AnnotatedCode = pending ? { code: node, ...pending } : { code: node }
      blocks.push(label === undefined ? block : { ...block, label })
      pending = undefined
    } else if (node.type === 'paragraph') {
      // A paragraph between a comment and a fence detaches the comment (tab headings do not).
      pending = undefined
      const [only] = node.children
      if (node.children.length === 1 && only?.type === 'strong') label = cleanText(only)
    }
  })
  return blocks
}

/** The code blocks of a section, for a reader that needs none of their annotations. */
export function codeBlocks(tree: Root): Code[] {
  const blocks: Code[] = []
  forEachFlowNode(tree.children, (node) => {
    if (node.type === 'code') blocks.push(node)
  })
  return blocks
}

/** Visit the nodes of a section in reading order, the contents of lists and block quotes in their
 *  place (a callback, not a generator: this runs for every section several times per page). */
function forEachFlowNode(nodes: readonly Nodes[], visit: (node: Nodes) => void): void {
  for (const node of nodes)
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
      forEachFlowNode(node.children, visit)
    else visit(node)
}

/** Index of the first line of a code block's `lines` from `from` on that is not blank (its request
 *  or status line, or a body's first); -1 when every such line is blank. */
export function firstWrittenLine(lines: readonly string[], from = 0): number {
  for (let index = from; index < lines.length; index++) if ((lines[index] ?? '').trim() !== '') return index
  return -1
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
