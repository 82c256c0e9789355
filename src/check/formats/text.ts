/**
 * Diagnostics as text, each with the offending line and a caret under the column:
 *   api/x.md:12:14 warning todo-placeholder Unexpected draft placeholder "TODO: Determine scopes", …
 *      12 | |Application|**TODO: Determine scopes **|
 *         |               ^
 */
import { formatDiagnostic } from '../../diagnostics.js'
import type { Diagnostic } from '../../model.js'

export function formatText(
  diagnostics: readonly Diagnostic[],
  lineOf: (file: string, line: number) => string | undefined,
): string {
  return diagnostics
    .map((d) => {
      const source = lineOf(d.file, d.line)
      if (source === undefined) return `${formatDiagnostic(d)}\n`
      const gutter = String(d.line).padStart(5)
      const shown = source.replace(/\t/g, ' ')
      const caret = `${' '.repeat(Math.max(0, Math.min(d.column - 1, shown.length)))}^`
      return `${formatDiagnostic(d)}\n${gutter} | ${shown}\n${' '.repeat(gutter.length)} | ${caret}\n`
    })
    .join('')
}
