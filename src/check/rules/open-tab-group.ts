/**
 * A code-tab group that is never closed: the tabs run until a `---` line, and without it the rest
 * of the page renders inside the last tab.
 *   # [HTTP](#tab/http)          ← opens the group
 *   # [C#](#tab/csharp)
 *   ---                          ← closes it
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'
import { proseLines } from '../prose-lines.js'
import type { PageRule } from '../rule.js'

const TAB_HEADING = /^#\s+\[[^\]]*\]\(#tab\/[^)]*\)\s*$/
const CLOSER = /^ {0,3}-{3,}\s*$/
const OTHER_HEADING = /^#{1,6}\s/

export const openTabGroup: PageRule = {
  name: 'open-tab-group',
  codes: ['open-tab-group'],
  page({ model, text }) {
    const found: Diagnostic[] = []
    let opened: number | undefined
    const report = (line: number) =>
      found.push(
        diagnostic(
          'open-tab-group',
          { file: model.file, line, column: 1 },
          'Unexpected code-tab group without its closing `---` line, expected `---` after the last tab',
        ),
      )
    for (const [line, content] of proseLines(text)) {
      if (TAB_HEADING.test(content)) opened ??= line
      else if (opened !== undefined && CLOSER.test(content)) opened = undefined
      else if (opened !== undefined && OTHER_HEADING.test(content)) {
        report(opened)
        opened = undefined
      }
    }
    if (opened !== undefined) report(opened)
    return found
  },
}
