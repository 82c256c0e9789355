/**
 * Golden output: what a docs folder generates, committed beside its docs and reviewed in diffs
 * (the seed API in generated/, a sample of real pages in test/golden/).
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import { readDocs } from '../../src/read-docs.js'
import { REPO_ROOT } from './type-check.js'

/** Every generated file of `docsDir`, in memory; `reverse` reads the pages in the other order. */
export async function generateInMemory(docsDir: string, reverse = false): Promise<GeneratedFile[]> {
  const docs = await readDocs(docsDir)
  const pages = reverse ? [...docs.pages].reverse() : docs.pages
  return emitAll(buildModel(pages))
}

/** The committed golden folders, beside the docs they are generated from. */
export const GOLDEN = {
  seed: { docs: join(REPO_ROOT, 'input-docs'), out: join(REPO_ROOT, 'generated') },
  graphSample: {
    docs: join(REPO_ROOT, 'test/golden/graph-sample/docs'),
    out: join(REPO_ROOT, 'test/golden/graph-sample/expected'),
  },
}

/** Every TypeScript file below `dir`. */
export const typeScriptFilesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .sort()
    .map((path) => join(dir, path))
