/**
 * `doc2ts diff OLD-DOCS NEW-DOCS [--format text|json]`: what a docs change does to the API.
 * JSON is an array of change objects with a `breaking` flag. Exit 1 when any change breaks
 * clients, 0 otherwise, 2 on bad usage or unreadable folders.
 */
import { diffModels } from '../diff/diff-models.js'
import { formatChanges } from '../diff/format-changes.js'
import { buildModel } from '../pipeline.js'
import { readDocs } from '../read-docs.js'
import { type Io, parseCommandArgs, requireDirectory, UsageError } from './io.js'

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'text' },
    quiet: { type: 'boolean', default: false },
  })
  const format = String(values.format)
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`Unexpected --format ${format}, expected text or json`)
  const [oldDir, newDir, extra] = positionals
  if (!oldDir || !newDir) throw new UsageError('Expected two docs folders: doc2ts diff OLD-DOCS NEW-DOCS')
  if (extra) throw new UsageError(`unexpected argument "${extra}"`)
  await requireDirectory(oldDir)
  await requireDirectory(newDir)
  const [before, after] = await Promise.all([readDocs(oldDir), readDocs(newDir)])
  const changes = diffModels(buildModel(before.pages), buildModel(after.pages))
  io.out(format === 'json' ? `${JSON.stringify(changes, null, 2)}\n` : formatChanges(changes))
  const breaking = changes.filter((c) => c.breaking).length
  if (!values.quiet) io.err(`doc2ts diff: ${changes.length} changes, ${breaking} breaking\n`)
  return breaking > 0 ? 1 : 0
}
