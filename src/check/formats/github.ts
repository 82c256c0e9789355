/**
 * Diagnostics as GitHub Actions workflow commands, which annotate the pull request diff:
 *   ::error file=docs/api/x.md,line=12,col=5,title=invalid-json::Unexpected `}`, expected …
 * `info` becomes `notice`. Paths are joined to the docs folder as given on the command line.
 */
import { posix } from 'node:path'
import type { Diagnostic } from '../../model.js'

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

export function formatGithub(diagnostics: readonly Diagnostic[], docsDir: string): string {
  return diagnostics
    .map((d) => {
      const file = posix.join(docsDir.split('\\').join('/'), d.file)
      const properties = `file=${escapeProperty(file)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}`
      return `::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}\n`
    })
    .join('')
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
