/**
 * Reference-style links whose definitions sit elsewhere on the page. Pages are parsed one
 * section at a time, so a definition at the foot of the page is out of sight of the table that
 * uses it:
 *   | createdBy | [identitySet][]  | …          ← `## Properties`
 *   | modules   | [educationModule] collection | …
 *   [identitySet]: identityset.md              ← after `## JSON representation`
 * `pageDefinitions` collects the definition lines of the whole page (outside fenced code and HTML); each
 * section is parsed with them appended, and `resolveLinkReferences` turns the references into
 * plain links and drops the appended definitions again.
 */
import type { Link, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { scanLines } from './line-scanner.js'

const DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/

/** The page's link definition lines (`[label]: url`), joined; '' when it has none. */
export function pageDefinitions(text: string): string {
  if (!text.includes(']:')) return ''
  const lines = text.split('\n')
  const found: string[] = []
  for (const block of scanLines(lines)) {
    const line = lines[block.start] as string
    if (block.kind === 'text' && DEFINITION.test(line)) found.push(line.trim())
  }
  return found.join('\n')
}

/**
 * Replace every `linkReference` of `tree` that has a definition by a `link` to its URL, and remove
 * what starts after page line `lastLine` (the definitions appended for the parse).
 */
export function resolveLinkReferences(tree: Root, lastLine: number): void {
  const urls = new Map<string, string>()
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition') urls.set(node.identifier, node.url)
    else if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  // What was appended for the parse is no part of the section: its definitions, and a line that
  // only looked like one (`[a]: b c`, a paragraph to remark).
  tree.children = tree.children.filter((child) => !isAppended(child, lastLine))
  if (urls.size === 0) return
  stack.push(tree)
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('children' in node)) continue
    const children = node.children as Nodes[]
    for (const [index, child] of children.entries()) {
      const url = child.type === 'linkReference' ? urls.get(child.identifier) : undefined
      if (child.type === 'linkReference' && url !== undefined) {
        const link: Link = { type: 'link', url, children: child.children as PhrasingContent[] }
        if (child.position) link.position = child.position
        children[index] = link
      }
    }
    stack.push(...(node.children as Nodes[]))
  }
}

function isAppended(node: RootContent, lastLine: number): boolean {
  return (node.position?.start.line ?? 0) > lastLine
}
