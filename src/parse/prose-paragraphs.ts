/**
 * The prose paragraphs of a section's node, the paragraphs of its notes included:
 *   >**Note:** The `@odata.type` property … must be included in the body.
 */
import type { Nodes, Paragraph } from 'mdast'

export function proseParagraphs(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph') return [node]
  return node.type === 'blockquote' ? node.children.flatMap(proseParagraphs) : []
}
