/**
 * `doc2ts diff OLD-DOCS NEW-DOCS [--format text|json|markdown|github]`: what a docs change does to
 * the API. JSON is an array of change objects (kind, breaking, breaks, subject, message, old/new,
 * revision, file, line, column); markdown a table for a pull-request comment; github workflow
 * annotations at the changed lines. Exit 1 when any change breaks clients, 0 otherwise, 2 on bad
 * usage or unreadable folders. The comparison is the library's `diff` (`src/api/diff.ts`).
 */
import { diff } from '../api/diff.js'
import type { ApiChange } from '../diff/api-change.js'
import { formatChanges } from '../diff/format-changes.js'
import { type DocsDirs, formatChangesGithub } from '../diff/format-changes-github.js'
import { formatChangesMarkdown } from '../diff/format-changes-markdown.js'
import { parseCommandArgs } from './io.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

const FORMATS: Record<string, (changes: readonly ApiChange[], dirs: DocsDirs) => string> = {
  text: formatChanges,
  json: (changes) => `${JSON.stringify(changes, null, 2)}\n`,
  markdown: formatChangesMarkdown,
  github: formatChangesGithub,
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'text' },
    quiet: { type: 'boolean', default: false },
  })
  const format = String(values.format)
  const print = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined
  if (!print)
    throw new UsageError(`Unexpected --format ${format}, expected one of ${Object.keys(FORMATS).join(', ')}`)
  const [oldDir, newDir, extra] = positionals
  if (!oldDir || !newDir) throw new UsageError('Expected two docs folders: doc2ts diff OLD-DOCS NEW-DOCS')
  if (extra) throw new UsageError(`unexpected argument "${extra}"`)
  const { changes, summary } = await diff({ old: oldDir, new: newDir })
  io.out(print(changes, { old: oldDir, new: newDir }))
  if (!values.quiet) io.err(`doc2ts diff: ${summary.changes} changes, ${summary.breaking} breaking\n`)
  return summary.breaking > 0 ? 1 : 0
}
