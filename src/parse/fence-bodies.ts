/**
 * Keep the bodies of fenced code blocks away from remark: JSON examples are most of a page's
 * bytes, and micromark would scan them character by character only to hand back their text.
 *   ```http            ← kept: remark still sees the fence, its language and meta
 *   POST /users        ← blanked before parsing, put back into `code.value` afterwards
 *   ```                ← kept
 * Only fences at column 1 are hidden. Hiding is checked after parsing: each hidden fence must
 * have come back as a `code` node spanning exactly its lines (a fence inside an HTML block or
 * list does not), otherwise the caller parses the original text. Blanking lines inside a real
 * code block changes nothing else in the tree, so the result equals a parse of the original.
 */
import type { Nodes, Root } from 'mdast'

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

const OPENING = /^(`{3,}|~{3,})(.*)$/
const ANY_FENCE = /^ {0,3}(`{3,}|~{3,})/
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/
const COMMENT_START = /^ {0,3}<!--/
/** HTML blocks that may run past blank lines (`<pre>`, `<script>`, `<?`, `<![CDATA[`, `<!X`). */
const LONG_HTML = /^ {0,3}<(?:pre|script|style|textarea)\b|^ {0,3}<[?!](?!--)/i
const HTML_START = /^ {0,3}<[A-Za-z/]/

/** The text with the bodies of top-level fenced code blocks blanked, or undefined when there are none. */
export function hideFenceBodies(text: string): HiddenText | undefined {
  if (!text.includes('```') && !text.includes('~~~')) return undefined
  if (text.includes('\r')) return undefined
  const lines = text.split('\n')
  const fences: HiddenFence[] = []
  let inComment = false
  let inHtml = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (inComment) {
      if (line.includes('-->')) inComment = false
      continue
    }
    if (COMMENT_START.test(line)) {
      inComment = !line.slice(line.indexOf('<!--') + 4).includes('-->')
      continue
    }
    if (LONG_HTML.test(line)) break
    if (inHtml) {
      if (line.trim() === '') inHtml = false
      continue
    }
    if (HTML_START.test(line)) {
      inHtml = true
      continue
    }
    const opening = OPENING.exec(line)
    if (!opening) {
      // An indented fence is left to remark; its end is not tracked here, so stop hiding.
      if (ANY_FENCE.test(line)) break
      continue
    }
    const marker = opening[1] as string
    if (marker[0] === '`' && (opening[2] ?? '').includes('`')) continue
    const close = findClose(lines, i + 1, marker)
    if (close === undefined) break
    if (close > i + 1) {
      let removed = 0
      for (let j = i + 1; j < close; j++) removed += (lines[j] as string).length
      fences.push({ open: i + 1, close: close + 1, body: lines.slice(i + 1, close).join('\n'), removed })
      for (let j = i + 1; j < close; j++) lines[j] = ''
    }
    i = close
  }
  return fences.length > 0 ? { text: lines.join('\n'), fences } : undefined
}

/** Index of the line closing `marker`, or undefined when a line looks like a fence but is not a clear close. */
function findClose(lines: readonly string[], from: number, marker: string): number | undefined {
  for (let j = from; j < lines.length; j++) {
    const fence = ANY_FENCE.exec(lines[j] as string)
    if (!fence || fence[1]?.[0] !== marker[0]) continue
    if ((fence[1]?.length ?? 0) >= marker.length && CLOSING.test(lines[j] as string)) return j
    return undefined
  }
  return undefined
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
