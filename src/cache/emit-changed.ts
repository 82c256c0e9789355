/**
 * Emit only the output groups whose model slice changed: a group the last run emitted from the
 * same slice, whose files are still on disk as written, is not emitted: its files are listed as
 * intact (the writer keeps them without reading them). User-owned files (handler stubs) are the
 * user's to edit and are read as they are.
 */
import { readFile } from 'node:fs/promises'
import type { GeneratedFile } from '../emit/generated-file.js'
import type { OutputGroup } from '../emit/outputs.js'
import type { Diagnostic } from '../model.js'
import { safeOutputPath } from '../write-output.js'
import { type EmitRecord, isIntact, type RunRecord } from './run-record.js'

export interface ChangedEmit {
  files: GeneratedFile[]
  /** Files of kept groups verified as the last run wrote them: path → sha256 (not read). */
  intact: Map<string, string>
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
  const result: ChangedEmit = { files: [], intact: new Map(), diagnostics: [], emits: {}, emitted: [] }
  for (const group of groups) {
    const before = previous?.emits?.[group.name]
    const kept =
      previous && before?.inputHash === group.inputHash
        ? await keptFiles(outDir, before.files, previous, userOwned)
        : undefined
    if (kept && before) {
      result.files.push(...kept.files)
      for (const [path, hash] of kept.intact) result.intact.set(path, hash)
      result.diagnostics.push(...before.diagnostics)
      result.emits[group.name] = before
      continue
    }
    const output = await group.emit()
    result.emitted.push(group.name)
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

/** A kept group's files when each is on disk as recorded: user-owned ones read, the rest
 *  only verified (path → recorded sha256); undefined when any is missing or changed. */
async function keptFiles(
  outDir: string,
  paths: readonly string[],
  record: RunRecord,
  userOwned: (path: string) => boolean,
): Promise<{ files: GeneratedFile[]; intact: Map<string, string> } | undefined> {
  const files: GeneratedFile[] = []
  const intact = new Map<string, string>()
  for (const path of paths) {
    const full = safeOutputPath(outDir, path)
    if (!full) return undefined
    if (userOwned(path)) {
      const text = await readFile(full, 'utf8').catch(() => undefined)
      if (text === undefined) return undefined
      files.push({ path, text })
      continue
    }
    const hash = record.outputs[path]
    if (hash === undefined || !isIntact(full, hash, record.stamps?.[path])) return undefined
    intact.set(path, hash)
  }
  return { files, intact }
}
