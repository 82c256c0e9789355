/**
 * One generate run with the cache: page keys → (unchanged inputs and intact outputs: done) →
 * extract only the pages whose key changed → link and check → emit → write only changed bytes.
 * The heavy modules (remark, ts-morph, Handlebars) are imported only when something must be
 * extracted or emitted.
 */
import { readFileSync, statSync } from 'node:fs'
import type { ExtractedPage } from '../check/page-checks.js'
import type { SuppressEntry } from '../check/suppressions.js'
import { startStatementPrinter } from '../emit/print/printer.js'
import type { Diagnostic } from '../model.js'
import type { PageInput } from '../pipeline.js'
import type { Progress } from '../progress.js'
import type { DocsInput } from '../read-docs.js'
import { MANIFEST, safeOutputPath, type WriteOptions, type WriteResult } from '../write-output.js'
import type { BuildSession } from './build-session.js'
import type { EmitMemoStore } from './emit-memo-store.js'
import { type ExtractMany, extractWithCache } from './extract-cached.js'
import { extractOnPool } from './extract-pool.js'
import type { CachedPage } from './page-cache.js'
import { pageHash } from './page-hash.js'
import {
  inputHash,
  isFreshRun,
  loadRunRecord,
  type RunRecord,
  recordedOnDisk,
  saveRunRecord,
  stampOf,
  textHash,
} from './run-record.js'

export interface BuildRequest {
  docs: DocsInput
  outDir: string
  dryRun: boolean
  /** `--strict`: any warning blocks writing. */
  strict: boolean
  suppress: readonly SuppressEntry[]
  /** Options for the writer other than `dryRun`. */
  write?: Omit<WriteOptions, 'dryRun'>
  version: string
  /** Cache entries of the previous run (empty: cold), or how to load them: only when needed. */
  previous: ReadonlyMap<string, CachedPage> | (() => Promise<ReadonlyMap<string, CachedPage>>)
  /** Where the run record lives; unset: always link and emit. */
  recordPath?: string
  /** The emitters' unit texts of earlier runs; unset: every unit is emitted. */
  memo?: EmitMemoStore
  /** What earlier runs of this process kept (watch mode); unset: nothing is kept. */
  session?: BuildSession
  /** Link and emit even when the last run's outputs are current (to fill `session`). */
  force?: boolean
  extract?: ExtractMany
  progress?: Progress
}

export interface BuildResult {
  pages: number
  types: number
  operations: number
  diagnostics: Diagnostic[]
  write: WriteResult
  /** Nothing changed: link and emit were skipped. */
  upToDate: boolean
  extracted: number
  /** The cache entries of this run's pages; unset when the run was up to date (nothing to save). */
  entries?: Map<string, CachedPage>
  /** Saves what only speeds up later runs (the run record, the emit memo): a caller may report
   *  the run first. */
  saveForNextRun(): Promise<void>
}

export async function runCachedBuild(request: BuildRequest): Promise<BuildResult> {
  const { docs, outDir, version, progress, session } = request
  const keyOf = (file: string, text: string) =>
    session ? session.keyOf(version, file, text) : pageHash(version, file, text)
  const keys = new Map(docs.pages.map((page) => [page.file, keyOf(page.file, page.text)]))
  const input = inputHash(keys, docs.diagnostics)
  const last =
    session?.lastRecord ?? (request.recordPath ? await loadRunRecord(request.recordPath, version) : undefined)
  if (last && !request.force && isFreshRun(last, input, outDir))
    return {
      ...summaryOf(last),
      write: { changed: [], removed: [], refused: [] },
      upToDate: true,
      extracted: 0,
      saveForNextRun: async () => {},
    }
  startStatementPrinter() // ts-morph loads on the other core while this thread extracts and links
  const previous = typeof request.previous === 'function' ? await request.previous() : request.previous
  progress?.stage('extracting')
  const extraction = await extractWithCache(
    docs.pages,
    keys,
    previous,
    request.extract ?? extractOnPool(extractInProcess(progress), { progress }),
    session?.parsed.get,
  )
  progress?.stage('linking')
  const [{ linkModel }, { checkLinked }] = await Promise.all([
    import('../link/index.js'),
    import('../check/check-docs.js'),
  ])
  const linked = linkModel(extraction.models)
  const interned = session?.interner.intern(linked) ?? linked
  const runChecks = () =>
    checkLinked(docs.pages, extraction.models, extraction.checks, interned, request.suppress)
  // With --strict the checks decide whether anything is written; otherwise they only report, and
  // run once the outputs are written (in watch mode a save's outputs are updated sooner).
  const checkedFirst = request.strict ? runChecks() : undefined
  // The doc checks' diagnostics are printed; model.json keeps those of extract and link.
  const model = { ...interned, diagnostics: [...docs.diagnostics, ...interned.diagnostics] }
  progress?.stage('emitting')
  const [{ outputGroups }, { emitChanged }, { writeOutput }, { compareDiagnostics }] = await Promise.all([
    import('../emit/outputs.js'),
    import('./emit-changed.js'),
    import('../write-output.js'),
    import('../diagnostics.js'),
  ])
  const memo = await request.memo?.memo()
  const emit = await emitChanged(outputGroups(model, memo), last, outDir, request.write?.userOwned)
  const { files, diagnostics: emitted } = emit
  const blocked =
    checkedFirst !== undefined &&
    [...docs.diagnostics, ...checkedFirst, ...emitted].some((d) => d.severity !== 'info')
  progress?.stage('writing')
  const produced = files.map((file) => file.path)
  const onDisk = last && recordedOnDisk(last, outDir, produced)
  const write = await writeOutput(outDir, files, {
    ...request.write,
    intact: emit.intact,
    present: emit.present,
    onDisk,
    encoder: session?.encoder,
    dryRun: request.dryRun || blocked,
  })
  progress?.stage('checking')
  const checked = checkedFirst ?? runChecks()
  const diagnostics = [...docs.diagnostics, ...checked, ...emitted].sort(compareDiagnostics)
  const record: RunRecord = {
    version,
    inputHash: input,
    outputs: {},
    pages: docs.pages.length,
    types: Object.keys(model.types).length,
    operations: model.operations.length,
    diagnostics,
    emits: emit.emits,
  }
  const unwritten = (request.dryRun || blocked) && write.changed.length + write.removed.length > 0
  const complete = write.refused.length === 0 && !unwritten
  // Kept on disk for the next process, in the session for the next run of this one.
  if (complete && (request.recordPath || session)) {
    const paths = [...files.map((file) => file.path), ...emit.intact.keys(), ...emit.present, MANIFEST]
    Object.assign(record, hashOutputs(outDir, paths, write.hashes ?? new Map(), last))
    if (session) session.lastRecord = record
  }
  const { recordPath } = request
  return {
    ...summaryOf(record),
    write,
    upToDate: false,
    extracted: extraction.extracted,
    entries: extraction.entries,
    saveForNextRun: async () => {
      if (complete && recordPath) await saveRunRecord(recordPath, record)
      if (memo) await request.memo?.keep(memo)
    },
  }
}

function summaryOf(record: RunRecord) {
  return {
    pages: record.pages,
    types: record.types,
    operations: record.operations,
    diagnostics: record.diagnostics,
  }
}

/** sha256 and stamp of each output file as it is on disk now: the hash the writer computed when it
 *  knows it (`written`), else the recorded one when the stamp is the one `last` recorded (as in
 *  `isIntact`), else the file is read. */
function hashOutputs(
  outDir: string,
  paths: readonly string[],
  written: ReadonlyMap<string, string>,
  last: RunRecord | undefined,
): Pick<RunRecord, 'outputs' | 'stamps'> {
  const outputs: Record<string, string> = {}
  const stamps: Record<string, string> = {}
  for (const path of [...new Set(paths)].sort()) {
    const full = safeOutputPath(outDir, path)
    const info = full ? statSync(full, { throwIfNoEntry: false }) : undefined
    if (!full || !info?.isFile()) continue
    const stamp = stampOf(info)
    const recorded = last?.stamps?.[path] === stamp ? last.outputs[path] : undefined
    outputs[path] = written.get(path) ?? recorded ?? textHash(readFileSync(full, 'utf8'))
    stamps[path] = stamp
  }
  return { outputs, stamps }
}

/** Extract in this thread, reporting progress. */
function extractInProcess(progress: Progress | undefined): ExtractMany {
  return async (pages: readonly PageInput[]) => {
    const { extractAndCheck } = await import('../check/page-checks.js')
    const extracted: ExtractedPage[] = []
    for (const page of pages) {
      extracted.push(extractAndCheck(page.file, page.text))
      progress?.pages(extracted.length, pages.length)
    }
    return extracted
  }
}
