/**
 * Diagnostics as GitHub Actions workflow commands, which annotate the pull request diff:
 *   ::error file=docs/api/x.md,line=12,col=5,title=invalid-json::Unexpected `}`, expected …
 * `info` becomes `notice`. Paths are relative to the working directory.
 */

import type { Diagnostic, SourcePosition } from '../../model.js'
import { shownPath } from '../../shown-paths.js'

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

export function formatGithub(diagnostics: readonly Diagnostic[], docsDir: string): string {
  const shown = shownPath(docsDir)
  return diagnostics.map((d) => formatAnnotation(COMMAND[d.severity], shown, d, d.code, d.message)).join('')
}

/** One workflow command at a docs-relative position, its file as `shown` prints it (`shownPath`:
 *  from the working directory, the repository's root in a workflow), as GitHub expects. */
export function formatAnnotation(
  command: 'error' | 'warning' | 'notice',
  shown: (file: string) => string,
  position: SourcePosition,
  title: string,
  message: string,
): string {
  const file = shown(position.file)
  const properties = `file=${escapeProperty(file)},line=${position.line},col=${position.column},title=${escapeProperty(title)}`
  return `::${command} ${properties}::${escapeData(message)}\n`
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
