/**
 * Section text → mdast, with positions that point into the whole page.
 * Only the GFM table construct is enabled: it is the one GFM construct the extractors read,
 * and autolink-literal alone costs about a fifth of a full GFM parse.
 */
import type { Nodes, Root } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'

function remarkGfmTables(this: Processor) {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  data.micromarkExtensions.push(gfmTable())
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown())
}

const processor = unified().use(remarkParse).use(remarkGfmTables)

/** Parse `text`, which starts at page line `firstLine`, into an mdast tree with page positions. */
export function parseMarkdown(text: string, firstLine = 1): Root {
  const tree = processor.parse(text)
  if (firstLine !== 1) shiftLines(tree, firstLine - 1)
  return tree
}

function shiftLines(node: Nodes, delta: number): void {
  if (node.position) {
    node.position.start.line += delta
    node.position.end.line += delta
  }
  if ('children' in node) for (const child of node.children) shiftLines(child, delta)
}
