/**
 * A fenced code block or an HTML comment that is never closed: by the CommonMark rules it runs to
 * the end of the page, so every section after it (examples, the Response, a second table) renders
 * as code or disappears, and doc2ts cannot read them either.
 *   ```json          ← opens a fence; no line of three backticks follows
 *   <!-- {           ← opens a comment; no `-->` follows
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import { type FenceOpening, scanLines, withLineFeeds } from '../../parse/line-scanner.js'
import type { PageRule } from '../rule.js'

const fence = ({ char, size }: FenceOpening) => char.repeat(size)

export const unclosedBlock: PageRule = {
  name: 'unclosed-block',
  codes: ['unclosed-block'],
  page({ model, text }) {
    const found: Diagnostic[] = []
    const lines = withLineFeeds(text).split('\n')
    for (const block of scanLines(lines)) {
      if ((block.kind !== 'fence' && !(block.kind === 'html' && block.comment)) || block.closed) continue
      const rest = lines.length - block.start
      const what =
        block.kind === 'fence'
          ? `code fence "${fence(block.fence)}${block.fence.info}" without its closing "${fence(block.fence)}" line`
          : 'HTML comment "<!--" without its closing "-->"'
      found.push(
        diagnostic(
          'unclosed-block',
          { file: model.file, line: block.start + 1, column: 1 },
          `Unexpected ${what}: the rest of the page (${rest} line${rest === 1 ? '' : 's'}) is read as part of it, expected it closed where it ends`,
        ),
      )
    }
    return found
  },
}
