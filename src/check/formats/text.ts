/**
 * Diagnostics as text, each with the offending line and a caret under the column:
 *   api/x.md:12:14 warning todo-placeholder Unexpected draft placeholder "TODO: Determine scopes", …
 *      12 | |Application|**TODO: Determine scopes **|
 *         |               ^
 */
import { formatDiagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'

/** `lineOf`: a line of a docs-relative file; `shownPath`: how a docs-relative file is printed. */
export function formatText(
  diagnostics: readonly Diagnostic[],
  lineOf: (file: string, line: number) => string | undefined,
  shownPath: (file: string) => string = (file) => file,
): string {
  return diagnostics
    .map((d) => {
      const source = lineOf(d.file, d.line)
      const heading = formatDiagnostic({ ...d, file: shownPath(d.file) })
      if (source === undefined) return `${heading}\n`
      const gutter = String(d.line).padStart(5)
      const { shown, at } = window(source.replace(/\t/g, ' '), d.column - 1)
      const caret = `${' '.repeat(Math.max(0, Math.min(at, shown.length)))}^`
      return `${heading}\n${gutter} | ${shown}\n${' '.repeat(gutter.length)} | ${caret}\n`
    })
    .join('')
}

/** Most characters of a line shown: a longer one (a megabyte on a hostile page) is shown around the
 *  column, its cut ends marked `…`. */
const SHOWN = 160

/** The part of `line` shown, and where `index` is in it. */
function window(line: string, index: number): { shown: string; at: number } {
  if (line.length <= SHOWN) return { shown: line, at: index }
  const start = Math.max(0, Math.min(index - SHOWN / 2, line.length - SHOWN))
  const lead = start > 0 ? '…' : ''
  const tail = start + SHOWN < line.length ? '…' : ''
  return { shown: `${lead}${line.slice(start, start + SHOWN)}${tail}`, at: index - start + lead.length }
}
