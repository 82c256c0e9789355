/**
 * Emit only the output groups whose model slice changed: a group the last run emitted from the
 * same slice, whose files are still on disk as written, is not emitted: its files are listed as
 * intact (the writer keeps them without reading them). User-owned files (handler stubs) are the
 * user's to edit: only their presence is checked, from one listing of their folder (thousands of
 * them were read, then each looked up, on every run).
 */
import { type Dirent, readdirSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { GeneratedFile } from '../emit/generated-file.js'
import type { FinishGroup, OutputGroup } from '../emit/outputs.js'
import { getOrCreate } from '../get-or-create.js'
import type { Diagnostic } from '../model.js'
import { type EmitRecord, fileAt, isIntact, type RunRecord } from '../store/run-record.js'
import { safeOutputPath } from '../write/write-output.js'
import type { StepClock } from './timings.js'

export interface ChangedEmit {
  files: GeneratedFile[]
  /** Files of kept groups verified as the last run wrote them: path → hash (not read). */
  intact: Map<string, string>
  /** User-owned files of kept groups, verified present (not read). */
  present: string[]
  diagnostics: Diagnostic[]
  /** What to record for the next run. */
  emits: Record<string, EmitRecord>
  /** The groups that were emitted (not taken from disk). */
  emitted: string[]
}

/** `all`: emit every group, even one whose files are current (it is then found unchanged by the
 *  writer), so that the session holds what each emitter keeps. */
export async function emitChanged(
  groups: readonly OutputGroup[],
  previous: RunRecord | undefined,
  outDir: string,
  userOwned: (path: string) => boolean = () => false,
  clock?: StepClock,
  all = false,
): Promise<ChangedEmit> {
  const result: ChangedEmit = {
    files: [],
    intact: new Map(),
    present: [],
    diagnostics: [],
    emits: {},
    emitted: [],
  }
  const present = presentFiles()
  // Every group to emit is started before the first is finished (see `outputs.ts`); the results
  // are taken in group order.
  const steps: ({ group: OutputGroup; finish: FinishGroup } | { name: string; kept: EmitRecord })[] = []
  for (const group of groups) {
    const before = previous?.emits?.[group.name]
    const kept =
      previous && before?.inputHash === group.inputHash && !all
        ? keptFiles(outDir, before.files, previous, userOwned, present)
        : undefined
    if (kept && before) {
      result.present.push(...kept.present)
      for (const [path, hash] of kept.intact) result.intact.set(path, hash)
      steps.push({ name: group.name, kept: before })
      continue
    }
    const finish = clock ? await clock.time(`emit:${group.name}`, group.start) : await group.start()
    steps.push({ group, finish })
  }
  for (const step of steps) {
    if ('kept' in step) {
      result.diagnostics.push(...step.kept.diagnostics)
      result.emits[step.name] = step.kept
      continue
    }
    const { group, finish } = step
    const output = clock ? clock.timeSync(`emit:${group.name}:finish`, finish) : finish()
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

/** A kept group's files when each is on disk as recorded: user-owned ones present (`isPresent`),
 *  the rest verified (path → recorded hash); undefined when any is missing or changed. */
function keptFiles(
  outDir: string,
  paths: readonly string[],
  record: RunRecord,
  userOwned: (path: string) => boolean,
  isPresent: (full: string) => boolean,
): { present: string[]; intact: Map<string, string> } | undefined {
  const present: string[] = []
  const intact = new Map<string, string>()
  for (const path of paths) {
    const full = safeOutputPath(outDir, path)
    if (!full) return undefined
    if (userOwned(path)) {
      if (!isPresent(full)) return undefined
      present.push(path)
      continue
    }
    const hash = record.outputs[path]
    if (hash === undefined || !isIntact(full, hash, record.stamps?.[path])) return undefined
    intact.set(path, hash)
  }
  return { present, intact }
}

/** A folder's entries by name; none when there is no such folder. */
function listFolder(folder: string): Map<string, Dirent> {
  try {
    return new Map(readdirSync(folder, { withFileTypes: true }).map((entry) => [entry.name, entry]))
  } catch {
    return new Map()
  }
}

/** Whether a file is at an absolute path, from one listing per folder (a link: where it leads). */
function presentFiles(): (full: string) => boolean {
  const listings = new Map<string, Map<string, Dirent>>()
  return (full) => {
    const listing = getOrCreate(listings, dirname(full), () => listFolder(dirname(full)))
    const entry = listing.get(basename(full))
    if (entry?.isSymbolicLink()) return fileAt(full) !== undefined
    return entry?.isFile() === true
  }
}
