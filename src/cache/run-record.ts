/**
 * What the last run of a docs folder into an output folder produced, so that a run whose inputs
 * are unchanged (same page keys, same options) and whose outputs are still on disk as written
 * can skip link and emit and report the same diagnostics and summary:
 *   <cache-dir>/runs/<sha256 of docs folder, output folder, options>.json
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Diagnostic } from '../model.js'
import { safeOutputPath } from '../write-output.js'
import { writeCacheFile } from './page-cache.js'

export interface RunRecord {
  version: string
  /** sha256 over every page key and the read diagnostics. */
  inputHash: string
  /** sha256 of each file written, by output path (the manifest included). */
  outputs: Record<string, string>
  pages: number
  types: number
  operations: number
  diagnostics: Diagnostic[]
}

export function runRecordPath(cacheDir: string, docsDir: string, outDir: string, options: string): string {
  const key = createHash('sha256')
    .update(`${resolve(docsDir)}\0${resolve(outDir)}\0${options}`)
    .digest('hex')
    .slice(0, 24)
  return join(cacheDir, 'runs', `${key}.json`)
}

export function inputHash(
  pageKeys: ReadonlyMap<string, string>,
  readDiagnostics: readonly Diagnostic[],
): string {
  const hash = createHash('sha256')
  for (const file of [...pageKeys.keys()].sort()) hash.update(`${file}\0${pageKeys.get(file)}\n`)
  hash.update(JSON.stringify(readDiagnostics))
  return hash.digest('hex')
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The last run's record when it matches `version` and `input` and its outputs are intact on disk. */
export async function loadFreshRun(
  path: string,
  version: string,
  input: string,
  outDir: string,
): Promise<RunRecord | undefined> {
  let record: RunRecord
  try {
    record = JSON.parse(await readFile(path, 'utf8')) as RunRecord
  } catch {
    return undefined
  }
  if (record.version !== version || record.inputHash !== input) return undefined
  for (const [file, hash] of Object.entries(record.outputs)) {
    const full = safeOutputPath(outDir, file)
    const text = full ? await readFile(full, 'utf8').catch(() => undefined) : undefined
    if (text === undefined || textHash(text) !== hash) return undefined
  }
  return record
}

export async function saveRunRecord(path: string, record: RunRecord): Promise<void> {
  await writeCacheFile(path, `${JSON.stringify(record)}\n`)
}
