/**
 * Setup of the `corpus` project: its tests read the shared corpus and tools, so a run without
 * them fails here, once, saying where they were looked for, instead of skipping each test.
 */
import { existsSync } from 'node:fs'
import { corpusDir, toolsDir } from './corpus.js'

export default function requireShared(): void {
  const missing = [corpusDir, toolsDir].filter((dir) => !existsSync(dir))
  if (missing.length > 0)
    throw new Error(
      `the corpus tests need ${missing.join(' and ')}: put the shared folder beside the repository (../shared) or set DOC2TS_SHARED=/path/to/shared`,
    )
}
