/**
 * Keep the bodies of fenced code blocks away from remark: JSON examples are most of a page's
 * bytes, and micromark would scan them character by character only to hand back their text.
 *   ```http            ← kept: remark still sees the fence, its language and meta
 *   POST /users        ← blanked before parsing, put back into `code.value` afterwards
 *   ```                ← kept
 * Only closed fences at column 1 (as the line scanner finds them) are hidden. Hiding is checked
 * after parsing: each hidden fence must have come back as a `code` node spanning exactly its
 * lines (a fence inside a list does not), otherwise the caller parses the original text. Blanking lines inside a real
 * code block changes nothing else in the tree, so the result equals a parse of the original.
 */
import type { Nodes, Root } from 'mdast'
import { scanLines } from './line-scanner.js'

interface HiddenFence {
  /** 1-based lines (within the parsed text) of the opening and closing fence. */
  open: number
  close: number
  body: string
  /** Characters blanked (the body without its line breaks). */
  removed: number
}

export interface HiddenText {
  /** The text with fence bodies blanked, same number of lines. */
  text: string
  fences: HiddenFence[]
}

/** The text with the bodies of top-level fenced code blocks blanked, or undefined when there are none. */
export function hideFenceBodies(text: string): HiddenText | undefined {
  if (!text.includes('```') && !text.includes('~~~')) return undefined
  if (text.includes('\r')) return undefined
  const lines = text.split('\n')
  const fences: HiddenFence[] = []
  for (const block of scanLines(lines)) {
    if (block.kind !== 'fence' || block.fence.indent > 0 || !block.closed || block.end === block.start + 1)
      continue
    let removed = 0
    for (let j = block.start + 1; j < block.end; j++) removed += (lines[j] as string).length
    const body = lines.slice(block.start + 1, block.end).join('\n')
    fences.push({ open: block.start + 1, close: block.end + 1, body, removed })
    lines.fill('', block.start + 1, block.end)
  }
  return fences.length > 0 ? { text: lines.join('\n'), fences } : undefined
}

/**
 * Put the hidden bodies back into the `code` nodes of `tree` (parsed from `hidden.text`) and
 * fix offsets. False when some hidden fence did not parse as a code block: parse the original.
 */
export function restoreFenceBodies(tree: Root, hidden: HiddenText): boolean {
  const byOpen = new Map(hidden.fences.map((fence) => [fence.open, fence]))
  let restored = 0
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    const position = node.position
    if (position) {
      position.start.offset = shiftOffset(position.start.offset, position.start.line, hidden.fences, false)
      position.end.offset = shiftOffset(position.end.offset, position.end.line, hidden.fences, true)
    }
    if (node.type === 'code' && position && position.start.column === 1) {
      const fence = byOpen.get(position.start.line)
      if (fence) {
        if (position.end.line !== fence.close) return false
        node.value = fence.body
        restored++
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return restored === hidden.fences.length
}

/** Offset in the original text: add the characters blanked in fences above `line`. */
function shiftOffset(
  offset: number | undefined,
  line: number,
  fences: readonly HiddenFence[],
  atEnd: boolean,
): number | undefined {
  if (offset === undefined) return undefined
  let shifted = offset
  for (const fence of fences)
    if (fence.close < line || (atEnd && fence.close === line)) shifted += fence.removed
  return shifted
}
