/** Where the shared Graph corpus sits: `../shared/corpus` beside the repository (also in CI). */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/graph-v1.0-sample', import.meta.url))
export const hasCorpus = existsSync(corpusDir)
