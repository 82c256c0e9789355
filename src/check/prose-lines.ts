/**
 * The lines of a page that a reader sees as text (front matter, prose, tables, comments), with
 * fenced code blocks left out (see `line-scanner.ts` for what opens and closes one):
 *   ```json          ← skipped with its content and closing fence
 */
import { scanLines } from '../parse/line-scanner.js'

/** `[line number (1-based), text]` for every line outside fenced code. */
export function* proseLines(text: string): Generator<[number, string]> {
  const lines = text.split('\n')
  for (const block of scanLines(lines))
    if (block.kind !== 'fence')
      for (let index = block.start; index <= block.end; index++) yield [index + 1, lines[index] as string]
}
