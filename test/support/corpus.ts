/**
 * Where the shared Graph corpus and judging tools sit: `../shared` beside the repository (as in
 * CI), or the folder `DOC2TS_SHARED` names (a worktree elsewhere). The tests that read them are
 * the `corpus` project's; its setup (`require-shared.ts`) fails the run when they are missing.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const sharedDir = process.env.DOC2TS_SHARED
  ? resolve(process.env.DOC2TS_SHARED)
  : fileURLToPath(new URL('../../../shared', import.meta.url))
export const corpusDir = resolve(sharedDir, 'corpus/graph-v1.0-sample')
export const toolsDir = resolve(sharedDir, 'tools')
