/**
 * The inline content of a table cell in the few shapes the reference tables use, read without
 * micromark: plain text, `` `code` ``, `[text](target.md)`, `**bold**`, `<br>` / `<br/>` / `<br />`.
 *   | displayName | String | The name of the [group](group.md). **Read-only.** Supports `$filter`.<br/>Max 256. |
 * Each shape is accepted only where micromark cannot read it otherwise (plain link text and
 * targets, `**` that can only open or only close, code without backslashes or inner backticks);
 * anything else gives undefined and the caller has micromark parse the cell.
 */
import type { PhrasingContent, Text } from 'mdast'
import type { Point } from 'unist'

const PLAIN = /[^\\`*_<&[\]!]+/y
const CODE = /`([^`\\]+)`(?!`)/y
const LINK = /\[([^\\`*_<&[\]! ][^\\`*_<&[\]!]*(?<! ))\]\(([^\s()<>\\&`[\]]+)\)/y
const STRONG = /\*\*([A-Za-z0-9](?:[^\\`*_<&[\]!]*[A-Za-z0-9])?)\*\*/y
const BREAK = /<br ?\/?>/y
/** Where a `**` next to a letter or digit can only open (before it) or only close (after it). */
const SIDE = /^[ !"#$%&'()+,\-./:;<=>?@[\\\]^_`{|}~]?$/

/** The mdast of `content`, whose character `i` is at `at(i)`, or undefined for other shapes. */
export function simpleInline(content: string, at: (index: number) => Point): PhrasingContent[] | undefined {
  const nodes: PhrasingContent[] = []
  for (let index = 0; index < content.length; ) {
    const read = readAt(content, index, at)
    if (!read) return undefined
    nodes.push(read.node)
    index = read.end
  }
  return nodes
}

function readAt(
  content: string,
  start: number,
  at: (index: number) => Point,
): { node: PhrasingContent; end: number } | undefined {
  const match = (pattern: RegExp) => {
    pattern.lastIndex = start
    const found = pattern.exec(content)
    return found ? { groups: found, end: pattern.lastIndex } : undefined
  }
  const text = (from: number, to: number): Text => ({
    type: 'text',
    value: content.slice(from, to),
    position: { start: at(from), end: at(to) },
  })
  const position = (end: number) => ({ start: at(start), end: at(end) })
  const plain = match(PLAIN)
  if (plain) return { node: text(start, plain.end), end: plain.end }
  const code = match(CODE)
  if (code) {
    const value = code.groups[1] as string
    const padded = value.length > 2 && value.startsWith(' ') && value.endsWith(' ') && value.trim() !== ''
    const node: PhrasingContent = {
      type: 'inlineCode',
      value: padded ? value.slice(1, -1) : value,
      position: position(code.end),
    }
    return { node, end: code.end }
  }
  const link = match(LINK)
  if (link) {
    const label = text(start + 1, start + 1 + (link.groups[1] as string).length)
    const node: PhrasingContent = {
      type: 'link',
      title: null,
      url: link.groups[2] as string,
      children: [label],
      position: position(link.end),
    }
    return { node, end: link.end }
  }
  const strong = match(STRONG)
  if (strong && SIDE.test(content[start - 1] ?? '') && SIDE.test(content[strong.end] ?? ''))
    return {
      node: { type: 'strong', children: [text(start + 2, strong.end - 2)], position: position(strong.end) },
      end: strong.end,
    }
  const lineBreak = match(BREAK)
  if (lineBreak)
    return {
      node: { type: 'html', value: content.slice(start, lineBreak.end), position: position(lineBreak.end) },
      end: lineBreak.end,
    }
  return undefined
}
