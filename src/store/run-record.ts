/**
 * What the last run of a docs folder into an output folder produced, so that a run whose inputs
 * are unchanged (same page keys, same options) and whose outputs are still on disk as written
 * can skip link and emit and report the same diagnostics and summary:
 *   <cache-dir>/runs/<sha256 of docs folder, output folder, options>.json
 */
import { createHash } from 'node:crypto'
import { readFileSync, type Stats, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Diagnostic } from '../model.js'
import { outputHash } from '../write/output-hash.js'
import { safeOutputPath } from '../write/write-output.js'
import { writeCacheFile } from './cache-file.js'
import { textHash } from './text-hash.js'

export interface RunRecord {
  version: string
  /** sha256 over every page key and the read diagnostics. */
  inputHash: string
  /** `outputHash` of each file written, by output path (the manifest included); '' for a
   *  user-owned file (a handler stub), of which only its presence counts. */
  outputs: Record<string, string>
  /** Size and modification time of each file as hashed (`stampOf`): a file whose stamp is
   *  unchanged is not read again to check its hash. */
  stamps?: Record<string, string>
  pages: number
  types: number
  operations: number
  diagnostics: Diagnostic[]
  /** Per output group (see `src/emit/outputs.ts`): the hash of the model slice it read, the files
   *  it produced and what it reported; a later run skips a group whose slice is unchanged. */
  emits?: Record<string, EmitRecord>
}

export interface EmitRecord {
  inputHash: string
  files: string[]
  diagnostics: Diagnostic[]
}

export function runRecordPath(cacheDir: string, docsDir: string, outDir: string, options: string): string {
  const key = textHash(`${resolve(docsDir)}\0${resolve(outDir)}\0${options}`).slice(0, 24)
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

/** The last run's record when there is one written by `version`. */
export async function loadRunRecord(path: string, version: string): Promise<RunRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(path, 'utf8')) as RunRecord
    return record.version === version ? record : undefined
  } catch {
    return undefined
  }
}

/** Whether `record` was made from `input` and its outputs are intact on disk. */
export function isFreshRun(record: RunRecord, input: string, outDir: string): boolean {
  if (record.inputHash !== input) return false
  for (const [file, hash] of Object.entries(record.outputs)) {
    const full = safeOutputPath(outDir, file)
    if (!full || !isIntact(full, hash, record.stamps?.[file])) return false
  }
  return true
}

/** Whether the file at `full` is as recorded: the same stamp, else the same hash (any file, for
 *  a user-owned one: hash ''). Synchronous:
 *  thousands of output files (handler stubs) are checked per run, and awaiting each stat costs
 *  several times the stat itself. */
export function isIntact(full: string, hash: string | undefined, stamp: string | undefined): boolean {
  const info = fileAt(full)
  if (!info) return false
  if (hash === '') return true // a user-owned file: there, whatever the user made of it
  if (stamp !== undefined && stampOf(info) === stamp) return true
  const bytes = readOrUndefined(full)
  return bytes !== undefined && outputHash(bytes) === hash
}

/** The stats of the file at `full` (a link: of where it leads); none when no file is there or it
 *  cannot be looked at (a file where a folder was, a folder that cannot be read): then the output
 *  is "not as recorded", and the write that follows says what is wrong with the folder. */
export function fileAt(full: string): Stats | undefined {
  try {
    const info = statSync(full, { throwIfNoEntry: false })
    return info?.isFile() ? info : undefined
  } catch {
    return undefined
  }
}

function readOrUndefined(full: string): Buffer | undefined {
  try {
    return readFileSync(full)
  } catch {
    return undefined
  }
}

/** The recorded hash of each of `paths` whose file is on disk with the stamp `record` noted:
 *  its bytes are known without reading them. */
export function recordedOnDisk(
  record: RunRecord,
  outDir: string,
  paths: Iterable<string>,
): Map<string, string> {
  const known = new Map<string, string>()
  for (const path of paths) {
    const hash = record.outputs[path]
    const stamp = record.stamps?.[path]
    // Unstamped (user-owned handler stubs, thousands of them): not even resolved.
    if (hash === undefined || stamp === undefined) continue
    const full = safeOutputPath(outDir, path)
    if (!full) continue
    const info = fileAt(full)
    if (info && stampOf(info) === stamp) known.set(path, hash)
  }
  return known
}

/** A file's size and modification time, as recorded in `RunRecord.stamps`. */
export function stampOf(info: { size: number; mtimeMs: number }): string {
  return `${info.size}:${info.mtimeMs}`
}

export async function saveRunRecord(path: string, record: RunRecord): Promise<void> {
  await writeCacheFile(path, `${JSON.stringify(record)}\n`)
}
