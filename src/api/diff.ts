/**
 * `diff(options)`: what a docs change does to the API, as `doc2ts diff` reports it (the command
 * is this function plus formatting):
 *   const { changes, summary } = await diff({ old: 'docs-v1', new: 'docs' })
 */
import { runBuild } from '../build/index.js'
import { readDocsFolder, requireDirectory } from '../cli/io.js'
import type { ApiChange } from '../diff/api-change.js'
import { diffModels } from '../diff/diff-models.js'
import type { ApiModel } from '../model.js'

export interface DiffOptions {
  /** The docs folder before the change. */
  old: string
  /** The docs folder after it. */
  new: string
}

export interface DiffSummary {
  changes: number
  /** Changes that break clients (or servers: see each change's `breaks`). */
  breaking: number
}

export interface DiffResult {
  /** Each change: its kind, whether and whom it breaks, subject, message, and where it is
   *  documented. */
  changes: ApiChange[]
  summary: DiffSummary
}

/** Compare two docs folders' APIs. Rejects, with a one-line message, when either is not a folder. */
export async function diff(options: DiffOptions): Promise<DiffResult> {
  await requireDirectory(options.old)
  await requireDirectory(options.new)
  const [before, after] = [await modelOf(options.old), await modelOf(options.new)]
  const changes = diffModels(before, after)
  return { changes, summary: { changes: changes.length, breaking: changes.filter((c) => c.breaking).length } }
}

/** The build of a docs folder without checks, emit or write: its linked model. */
async function modelOf(docsDir: string): Promise<ApiModel> {
  // A folder without pages is a wrong path, not an API without operations (every change would be
  // an addition or a removal, and a breaking-change gate would pass or fail on nothing).
  const docs = () => readDocsFolder(docsDir, undefined, 'nothing compared')
  const { model } = await runBuild({ docs, checks: false })
  if (!model) throw new Error('a build without outputs always links')
  return model
}
