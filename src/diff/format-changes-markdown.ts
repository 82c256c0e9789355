/**
 * Changes as a Markdown table for a pull-request comment, one row per change:
 *   | Change | Subject | Breaking | Breaks | Details |
 *   |---|---|---|---|---|
 *   | property-case-changed | `microsoft.graph.x.serialNumber` | **yes** | request writers and response readers | Property … |
 * Cells escape pipes (also in the subject's code span: GFM unescapes them there too), backslashes and
 * `<`; newlines become `<br>`.
 */
import { type ApiChange, brokenParty } from './api-change.js'

export function formatChangesMarkdown(changes: readonly ApiChange[]): string {
  if (changes.length === 0) return 'No API changes.\n'
  const rows = changes.map((c) =>
    [
      escapeText(c.kind),
      codeSpan(c.subject.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')),
      c.breaking ? '**yes**' : 'no',
      c.breaks ? brokenParty(c.breaks) : '',
      escapeText(c.message),
    ].join(' | '),
  )
  const header = '| Change | Subject | Breaking | Breaks | Details |\n|---|---|---|---|---|\n'
  return header + rows.map((row) => `| ${row} |\n`).join('')
}

/** A code span whose fence is longer than any backtick run inside, so that none ends it early. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** GFM ends a cell at an unescaped pipe and a row at a line end; backslashes and `<` are markup. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>')
}
