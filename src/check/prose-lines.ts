/**
 * The lines of a page that a reader sees as text (front matter, prose, tables, comments), with
 * fenced code blocks left out:
 *   ```json          ← skipped with its content
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** `[line number (1-based), text]` for every line outside fenced code. */
export function* proseLines(text: string): Generator<[number, string]> {
  let fence: string | undefined
  for (const [index, line] of text.split('\n').entries()) {
    const marker = FENCE.exec(line)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (marker) {
      fence = marker
      continue
    }
    yield [index + 1, line]
  }
}
