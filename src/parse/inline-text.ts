/**
 * Plain text of inline Markdown, as a reader sees it: `<br>` (and `</br>`) becomes a space, an HTML comment
 * nothing, pseudo-tags such as
 * `<server>` and `<languagecode2>` stay (mdast calls them HTML), links keep their text, code spans
 * keep their backticks (descriptions list enum values as code).
 */
import type { InlineCode, Link, Nodes } from 'mdast'

export function inlineText(node: Nodes, bold = false): string {
  switch (node.type) {
    case 'text':
      return node.value
    case 'strong':
      return bold ? `**${childrenText(node, bold)}**` : childrenText(node, bold)
    case 'inlineCode':
      return `\`${node.value}\``
    case 'html':
      // A comment is the writer's note to themselves (`|id|String|The id. <!-- TODO --> Read-only.|`).
      if (node.value.startsWith('<!--')) return ''
      // `</br>` too, as pages write it (today's domaindnsrecord.md), and list markup (`<ol>`).
      return /^<\/?br\s*\/?>$/i.test(node.value.trim())
        ? ' '
        : /^<\/?(ul|ol|li|p|img)\b/i.test(node.value)
          ? ' '
          : node.value
    case 'break':
      return ' '
    default:
      return childrenText(node, bold)
  }
}

function childrenText(node: Nodes, bold: boolean): string {
  return 'children' in node ? node.children.map((child) => inlineText(child as Nodes, bold)).join('') : ''
}

/** `inlineText` with runs of white space folded and ends trimmed. */
export function cleanText(node: Nodes): string {
  return inlineText(node).replace(/\s+/g, ' ').trim()
}

/** `cleanText` that keeps bold as `**…**`: a description lists enum values in bold too
 *  ("Possible values are **All**, **Selected** or **None**."). */
export function markedText(node: Nodes): string {
  return inlineText(node, true).replace(/\s+/g, ' ').trim()
}

/** Every link inside `node`, in document order. */
export function linksIn(node: Nodes): Link[] {
  if (node.type === 'link') return [node]
  return 'children' in node ? node.children.flatMap((child) => linksIn(child as Nodes)) : []
}

/** Every code span inside `node`, in document order. */
export function inlineCodesIn(node: Nodes): InlineCode[] {
  if (node.type === 'inlineCode') return [node]
  return 'children' in node ? node.children.flatMap((child) => inlineCodesIn(child as Nodes)) : []
}
