/**
 * Emit only the output groups whose model slice changed: a group the last run emitted from the
 * same slice, whose files are still on disk as written, is taken from disk instead (the writer
 * then finds nothing to change). User-owned files (handler stubs) are the user's to edit and are
 * taken as they are.
 */
import { readFile } from 'node:fs/promises'
import type { GeneratedFile } from '../emit/generated-file.js'
import type { OutputGroup } from '../emit/outputs.js'
import type { Diagnostic } from '../model.js'
import { safeOutputPath } from '../write-output.js'
import { type EmitRecord, isIntact, type RunRecord } from './run-record.js'

export interface ChangedEmit {
  files: GeneratedFile[]
  diagnostics: Diagnostic[]
  /** What to record for the next run. */
  emits: Record<string, EmitRecord>
  /** The groups that were emitted (not taken from disk). */
  emitted: string[]
}

export async function emitChanged(
  groups: readonly OutputGroup[],
  previous: RunRecord | undefined,
  outDir: string,
  userOwned: (path: string) => boolean = () => false,
): Promise<ChangedEmit> {
  const result: ChangedEmit = { files: [], diagnostics: [], emits: {}, emitted: [] }
  for (const group of groups) {
    const before = previous?.emits?.[group.name]
    const kept =
      previous && before?.inputHash === group.inputHash
        ? await readIntact(outDir, before.files, previous, userOwned)
        : undefined
    const output = kept ? { files: kept, diagnostics: before?.diagnostics ?? [] } : await group.emit()
    if (!kept) result.emitted.push(group.name)
    result.files.push(...output.files)
    result.diagnostics.push(...output.diagnostics)
    result.emits[group.name] = {
      inputHash: group.inputHash,
      files: output.files.map((file) => file.path),
      diagnostics: output.diagnostics,
    }
  }
  return result
}

/** The files at `paths` as on disk, when each is there with the hash recorded for it. */
async function readIntact(
  outDir: string,
  paths: readonly string[],
  record: RunRecord,
  userOwned: (path: string) => boolean,
): Promise<GeneratedFile[] | undefined> {
  const files: GeneratedFile[] = []
  for (const path of paths) {
    const full = safeOutputPath(outDir, path)
    if (!full) return undefined
    if (!userOwned(path) && !(await isIntact(full, record.outputs[path], record.stamps?.[path])))
      return undefined
    const text = await readFile(full, 'utf8').catch(() => undefined)
    if (text === undefined) return undefined
    files.push({ path, text })
  }
  return files
}
