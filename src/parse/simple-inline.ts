/**
 * Inline content (a table cell, a paragraph) in the few shapes the reference pages use, read
 * without micromark: plain text, `` `code` ``, `[text](target.md)`, `**bold**`, `<br>` / `<br/>` /
 * `<br />`, the references `&lt;` `&gt;` `&amp;` `&quot;`, and DocFX's markers, which Markdown
 * reads as text (around a link, if any): `[!NOTE]`, `[!INCLUDE [text](target.md)]`.
 *   | displayName | String | The name of the [group](group.md). **Read-only.** Supports `$filter`. |
 * Each shape is accepted only where micromark cannot read it otherwise (plain link text and
 * targets, `**` that can only open or only close, code without backslashes or inner backticks, a
 * marker not followed by `(` or `[`, no NUL, which micromark replaces); anything else gives
 * undefined and the caller has micromark parse the content.
 */
import type { PhrasingContent, Text } from 'mdast'
import type { Point, Position } from 'unist'

const PLAIN = /[^\\`*_<&[\]!\0]+/y
const CODE = /`([^`\\\0]+)`(?!`)/y
// A target without white space or control characters, which would make the brackets text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters micromark refuses there
const LINK = /\[([^\\`*_<&[\]! \0][^\\`*_<&[\]!\0]*(?<! ))\]\(([^\s()<>\\&`[\]\0-\x1f\x7f]+)\)/y
// Closed after a letter, a digit or one of `.:,;?)` (`**Note:**`); after a mark the `**` must be
// followed by a space or a mark (`SIDE`), as it is checked to be.
const STRONG = /\*\*([A-Za-z0-9](?:[^\\`*_<&[\]!\0]*[A-Za-z0-9.:,;?)])?)\*\*/y
const BREAK = /<br ?\/?>/y
/** The character references the pages write (`Bearer &lt;token&gt;`), and what they stand for. */
const REFERENCE = /&(lt|gt|amp|quot);/y
const REFERENCED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' }
/** An `&` that starts no reference: before white space or at the end. */
const AMPERSAND = /&(?=\s|$)/y
/** `[!NOTE]`: no link unless a definition names it (see `markersAreText`). */
const MARKER = /\[![A-Za-z][A-Za-z-]*\]/y
/** `[!INCLUDE ` before a link and `]`: never a link, as links do not nest. */
const MARKER_OPEN = /\[![A-Za-z][A-Za-z-]*[ \t]*/y
/** Where a `**` next to a letter or digit can only open (before it) or only close (after it). */
const SIDE = /^[ !"#$%&'()+,\-./:;<=>?@[\\\]^_`{|}~]?$/

/** The mdast of `content`, whose character `i` is at `at(i)`, or undefined for other shapes.
 *  `markersAreText`: whether `[!NOTE]` may be read as text (no link definition of the page names
 *  one). */
export function simpleInline(
  content: string,
  at: (index: number) => Point,
  markersAreText = false,
): PhrasingContent[] | undefined {
  const reader = new InlineReader(content, at, markersAreText)
  const nodes: PhrasingContent[] = []
  for (let index = 0; index < content.length; ) {
    const read = reader.readAt(index)
    if (!read) return undefined
    for (const node of read.nodes) appendInline(nodes, node)
    index = read.end
  }
  return nodes
}

/** Add `node` to `nodes` as micromark does: text beside text is one text node. */
export function appendInline(nodes: PhrasingContent[], node: PhrasingContent): void {
  const last = nodes.at(-1)
  if (node.type === 'text' && last?.type === 'text') {
    last.value += node.value
    if (last.position && node.position) last.position.end = node.position.end
  } else nodes.push(node)
}

/** What was read at an index: its nodes, and the index after them. */
interface Read {
  nodes: PhrasingContent[]
  end: number
}

class InlineReader {
  constructor(
    private readonly content: string,
    private readonly at: (index: number) => Point,
    private readonly markersAreText: boolean,
  ) {}

  readAt(start: number): Read | undefined {
    const { content } = this
    const one = (node: PhrasingContent, end: number): Read => ({ nodes: [node], end })
    const plain = this.match(PLAIN, start)
    if (plain) return one(this.text(start, plain.end), plain.end)
    const code = this.match(CODE, start)
    if (code) {
      const value = code.groups[1] as string
      const padded = value.length > 2 && value.startsWith(' ') && value.endsWith(' ') && value.trim() !== ''
      const node: PhrasingContent = {
        type: 'inlineCode',
        value: padded ? value.slice(1, -1) : value,
        position: this.position(start, code.end),
      }
      return one(node, code.end)
    }
    const link = this.link(start)
    if (link) return link
    const strong = this.match(STRONG, start)
    if (strong && SIDE.test(content[start - 1] ?? '') && SIDE.test(content[strong.end] ?? '')) {
      const children = [this.text(start + 2, strong.end - 2)]
      return one({ type: 'strong', children, position: this.position(start, strong.end) }, strong.end)
    }
    const reference = this.match(REFERENCE, start)
    if (reference) {
      const value = REFERENCED[reference.groups[1] as string] as string
      return one({ type: 'text', value, position: this.position(start, reference.end) }, reference.end)
    }
    const ampersand = this.match(AMPERSAND, start)
    if (ampersand) return one(this.text(start, ampersand.end), ampersand.end)
    const lineBreak = this.match(BREAK, start)
    if (lineBreak) {
      const value = content.slice(start, lineBreak.end)
      return one({ type: 'html', value, position: this.position(start, lineBreak.end) }, lineBreak.end)
    }
    return this.marker(start)
  }

  private link(start: number): Read | undefined {
    const link = this.match(LINK, start)
    if (!link) return undefined
    const label = this.text(start + 1, start + 1 + (link.groups[1] as string).length)
    const url = link.groups[2] as string
    const node: PhrasingContent = {
      type: 'link',
      title: null,
      url,
      children: [label],
      position: this.position(start, link.end),
    }
    return { nodes: [node], end: link.end }
  }

  /** A DocFX marker as text, with the link inside it; not before `(` or `[`, which could make
   *  the brackets a link. */
  private marker(start: number): Read | undefined {
    const free = (end: number) => this.content[end] !== '(' && this.content[end] !== '['
    const bare = this.markersAreText ? this.match(MARKER, start) : undefined
    if (bare && free(bare.end)) return { nodes: [this.text(start, bare.end)], end: bare.end }
    const open = this.match(MARKER_OPEN, start)
    const link = open && this.link(open.end)
    if (!open || !link || this.content[link.end] !== ']' || !free(link.end + 1)) return undefined
    const after = link.end + 1
    return { nodes: [this.text(start, open.end), ...link.nodes, this.text(link.end, after)], end: after }
  }

  private match(pattern: RegExp, from: number): { groups: RegExpExecArray; end: number } | undefined {
    pattern.lastIndex = from
    const found = pattern.exec(this.content)
    return found ? { groups: found, end: pattern.lastIndex } : undefined
  }

  private text(from: number, to: number): Text {
    return { type: 'text', value: this.content.slice(from, to), position: this.position(from, to) }
  }

  private position(from: number, to: number): Position {
    return { start: this.at(from), end: this.at(to) }
  }
}
