/**
 * The links of a plain section's prose (`LightBlocks.prose`: headings and paragraph lines, the rest
 * blank) read line by line without micromark, when every line is in a shape `simpleInline` reads
 * or is an include line:
 *   # [HTTP](#tab/http)                                   ← heading content
 *   The following example shows how to [list users](x.md). ← paragraph line
 *   [!INCLUDE [sample-code](../includes/snippets/x.md)]    ← text `[!INCLUDE `, link, text `]`
 * Those shapes cannot open anything that a later line closes, and an include's outer `[` never
 * makes a link (the link inside deactivates it), so each line reads as it does inside its
 * paragraph, whatever the page's link definitions. Anything else gives undefined (remark parses).
 */
import type { Link, PhrasingContent, Root } from 'mdast'
import type { Point } from 'unist'
import { simpleInline } from './simple-inline.js'

const HEADING = /^#{1,6}(?:[ \t]+|$)/
const INCLUDE = /^\[!INCLUDE[ \t]*/

/** A tree holding the links of `prose` (page line `firstLine` first) as remark gives them, or undefined. */
export function proseLinks(prose: string, firstLine: number): Root | undefined {
  const links: Link[] = []
  let lineStart = 0
  let line = firstLine
  for (const text of prose.split('\n')) {
    const found = text === '' ? [] : lineLinks(text, line, lineStart)
    if (!found) return undefined
    links.push(...found)
    lineStart += text.length + 1
    line++
  }
  return { type: 'root', children: links.length > 0 ? [{ type: 'paragraph', children: links }] : [] }
}

/** The links of one heading or paragraph line, or undefined when it is not in a simple shape. */
function lineLinks(text: string, line: number, lineStart: number): Link[] | undefined {
  const heading = HEADING.exec(text)
  let start = heading ? heading[0].length : 0
  let end = text.trimEnd().length
  if (heading && end > start && text[end - 1] === '#') return undefined // a closing sequence, or not
  const include = heading ? null : INCLUDE.exec(text)
  if (include) {
    if (text[end - 1] !== ']') return undefined
    start = include[0].length
    end--
  }
  const at = (index: number): Point => ({
    line,
    column: start + index + 1,
    offset: lineStart + start + index,
  })
  const nodes: PhrasingContent[] | undefined = simpleInline(text.slice(start, end), at)
  if (!nodes || (include && (nodes.length !== 1 || nodes[0]?.type !== 'link'))) return undefined
  return nodes.filter((node) => node.type === 'link')
}
