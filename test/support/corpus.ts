/**
 * Where the shared Graph corpus sits: `../shared/corpus` beside the repository (also in CI), or
 * `DOC2TS_CORPUS` (a checkout elsewhere, such as a second worktree).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const corpusDir =
  process.env.DOC2TS_CORPUS ??
  fileURLToPath(new URL('../../../shared/corpus/graph-v1.0-sample', import.meta.url))
export const hasCorpus = existsSync(corpusDir)
