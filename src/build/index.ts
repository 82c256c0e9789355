/**
 * The build: the one assembly of the stages, as its steps, each timed (`StepClock`):
 *   read → extract (per page, cached) → link → emit → write → record
 *                                         └→ check (before write with --strict, after it otherwise)
 * (shape: one shape of the linked model, each operation lowered once, on demand, which the checks
 * read and emit too unless a subset is selected.)
 * Every command goes through it: `generate` and `watch` run every step; `check` stops before emit;
 * `diff` builds twice without checks or emit; `mock` emits in memory without writing.
 * What outlives a run is in the `Session` it is given; what outlives the process is in the `Store`.
 * A run whose inputs are those of the last recorded run, and whose outputs are intact, stops after
 * read (`upToDate`). The heavy modules (remark, ts-morph, Handlebars) are imported only when
 * something must be extracted or emitted.
 */
import { readFileSync, statSync } from 'node:fs'
import type { SuppressEntry } from '../check/suppressions.js'
import type { OutputName } from '../config/define-config.js'
import type { GeneratedFile } from '../emit/generated-file.js'
import type { ApiModel, Diagnostic, PageModel } from '../model.js'
import type { Progress } from '../progress.js'
import type { DocsInput, PageInput } from '../read-docs.js'
import type { Session } from '../session/index.js'
import type { ApiShape } from '../shape/api-shape.js'
import { loadDocsStamps, type PageStamps, saveDocsStamps } from '../store/docs-stamps.js'
import { keepEmitMemo, loadEmitMemo, StoredTexts } from '../store/emit-memo.js'
import type { Store } from '../store/index.js'
import { loadPageCache, savePageCache } from '../store/page-cache.js'
import { pageHash } from '../store/page-hash.js'
import {
  inputHash,
  isFreshRun,
  loadRunRecord,
  type RunRecord,
  recordedOnDisk,
  saveRunRecord,
  stampOf,
} from '../store/run-record.js'
import { textHash } from '../store/text-hash.js'
import { doc2tsVersion } from '../store/version.js'
import { OutputEncoder } from '../write/output-bytes.js'
import { outputHash } from '../write/output-hash.js'
import { MANIFEST, safeOutputPath, type WriteResult } from '../write/write-output.js'
import type { ChangedEmit } from './emit-changed.js'
import { type CachedExtraction, type ExtractMany, extractWithCache } from './extract-cached.js'
import { extractOnPool } from './extract-pool.js'
import { StepClock, type StepTime } from './timings.js'

export interface BuildRequest {
  /** How to read the docs (a command reads its folder, not reading again the pages whose stamps
   *  are `known`), or the pages already read (watch mode keeps its own reader; tests give pages). */
  docs: DocsInput | ((known: PageStamps) => Promise<DocsInput>)
  /** The doc checks with their suppressions; `false`: none (diff, mock). Default: on, none suppressed. */
  checks?: { suppress: readonly SuppressEntry[] } | false
  /** Emit the outputs: in memory, and with `dir` written there. Unset: stop after link and check. */
  emit?: EmitRequest
  /** Where page cache, run record and emit memo persist; unset: nothing is read or saved. */
  store?: Store
  /** Link and emit even when the last run's outputs are current (to fill a lasting session). */
  force?: boolean
  /** How to extract the pages that miss the cache; default a worker pool when it pays. */
  extract?: ExtractMany
  progress?: Progress
  /** Where a line per step goes as each step ends (`--timings`, `DOC2TS_TIMINGS=1`). */
  timings?: (line: string) => void
  /** Called once the outputs are written, before the record step (which only speeds up later
   *  runs): a command reports the run first. */
  report?: (result: BuildResult) => void | Promise<void>
  version?: string
}

export interface EmitRequest {
  /** The output folder; unset: the files are only returned. */
  dir?: string
  dryRun?: boolean
  /** `--strict`: any warning blocks writing. */
  strict?: boolean
  /** Folders nothing may be written into (the docs). */
  protect?: readonly string[]
  /** Paths created once and then the user's (handler stubs). */
  userOwned?: (path: string) => boolean
  /** The subset to emit (`--include`…, `src/select/`); unset: the whole API. */
  select?: (model: ApiModel) => ApiModel
  /** The outputs to emit (`--outputs`, a config's `outputs`); unset: all. */
  outputs?: readonly OutputName[]
  /** `--property-unions` (see `EmitOptions`). */
  propertyUnions?: boolean
}

export interface BuildResult {
  docs: DocsInput
  pages: number
  types: number
  operations: number
  /** Every diagnostic of read, extract, link, the checks and emit, sorted. */
  diagnostics: Diagnostic[]
  /** The linked model; unset when the run was up to date. */
  model?: ApiModel
  /** The model emitted (the subset, when one is selected) as every emitter shaped it; unset when
   *  nothing was emitted. */
  emitted?: ApiShape
  /** The emitted files (output groups found unchanged on disk are not emitted again). */
  files: GeneratedFile[]
  /** Every path of the output folder doc2ts keeps (the files emitted or found unchanged, and the
   *  manifest), relative to it and sorted; empty without an output folder. */
  outputs: string[]
  write: WriteResult
  /** Nothing changed: link and emit were skipped. */
  upToDate: boolean
  /** How many pages were extracted (cache misses). */
  extracted: number
  /** Each step's time, in order. */
  steps: StepTime[]
}

/** What emit produced, the unit texts to keep for the next run, and the bytes of those it read
 *  from the store. */
type Emitted = ChangedEmit & {
  shapes: ApiShape
  kept?: Map<string, string>
  storedBytes?: ReadonlyMap<string, Buffer>
}

const NOTHING_WRITTEN: WriteResult = { changed: [], removed: [], refused: [] }

/** `given`: the session of earlier runs (watch mode); unset: one for this run only. */
export async function runBuild(request: BuildRequest, given?: Session): Promise<BuildResult> {
  const clock = new StepClock(request.timings)
  const version = request.version ?? doc2tsVersion()
  const { progress, store } = request
  const { docs, stampsSaved } = await clock.time('read', () => readStep(request.docs, store, progress))
  const keyOf = (page: PageInput) =>
    given && page.digest === undefined
      ? given.pageKey(version, page.file, page.text)
      : pageHash(version, page.file, page.digest ?? textHash(page.text))
  const keys = new Map(docs.pages.map((page) => [page.file, keyOf(page)]))
  const input = inputHash(keys, docs.diagnostics)
  const last = given?.lastRecord ?? (store ? await loadRunRecord(store.recordPath, version) : undefined)
  const out = request.emit?.dir
  if (last && out !== undefined && !request.force && isFreshRun(last, input, out)) {
    const outputs = [...Object.keys(last.outputs), MANIFEST].sort() // the record holds no manifest hash
    const summary = { ...summaryOf(last), files: [], outputs, write: NOTHING_WRITTEN, extracted: 0 }
    const result: BuildResult = { docs, ...summary, upToDate: true, steps: clock.times }
    await request.report?.(result)
    await stampsSaved
    return result
  }
  // Made only now: an up-to-date run loads none of what a session holds.
  const session = given ?? new (await import('../session/index.js')).Session()
  if (request.emit) {
    const { startEmitWorker } = await import('../emit/worker/emit-worker.js')
    startEmitWorker() // ts-morph loads on the other core while this thread extracts and links
  }
  const extraction = await clock.time('extract', () =>
    extractStep(docs.pages, keys, request, session, version),
  )
  const model = await clock.time('link', () => linkStep(extraction.models, session))
  // shape: made once, lowering each operation when a check or an emitter first asks for it
  // (`shapeApi`); an output group found unchanged never asks.
  let shaped: Promise<ApiShape> | undefined
  const shapes = () => (shaped ??= shapeStep(model, session))
  const checks = request.checks ?? { suppress: [] }
  const check = async () =>
    checks
      ? clock.time('check', async () =>
          checkStep(docs.pages, extraction, model, await shapes(), session, checks.suppress),
        )
      : []
  // With --strict the checks decide whether anything is written; otherwise they only report, and
  // run once the outputs are written (in watch mode a save's outputs are updated sooner).
  const checkedFirst = request.emit?.strict ? await check() : undefined
  // The doc checks' diagnostics are printed; model.json keeps those of extract and link.
  const whole = { ...model, diagnostics: [...docs.diagnostics, ...model.diagnostics] }
  const select = request.emit?.select
  // What is emitted, and what the summary counts: the subset when one is selected.
  const emitting = select ? select(whole) : whole
  const emittedShapes = async () =>
    select ? shapeStep(emitting, session) : (await shapes()).through(emitting)
  const emitted = request.emit
    ? await clock.time('emit', async () =>
        emitStep(await emittedShapes(), last, request.emit ?? {}, session, {
          store,
          progress,
          version,
          clock,
        }),
      )
    : undefined
  // What only speeds up later runs is saved while the outputs are written and checked.
  const caches = keepCaches(store, session, extraction, emitted?.kept, version)
  const blocked =
    checkedFirst !== undefined &&
    [...docs.diagnostics, ...checkedFirst, ...(emitted?.diagnostics ?? [])].some((d) => d.severity !== 'info')
  const write =
    emitted && out !== undefined
      ? await clock.time('write', () =>
          writeStep(out, emitted, last, request.emit ?? {}, blocked, session, progress),
        )
      : NOTHING_WRITTEN
  progress?.stage('checking')
  const checked = checkedFirst ?? (await check())
  const { compareDiagnostics } = await import('../diagnostics.js')
  const diagnostics = [...docs.diagnostics, ...checked, ...(emitted?.diagnostics ?? [])].sort(
    compareDiagnostics,
  )
  const record: RunRecord = {
    version,
    inputHash: input,
    outputs: {},
    pages: model.pages,
    types: Object.keys(emitting.types).length,
    operations: emitting.operations.length,
    diagnostics,
    emits: emitted?.emits,
  }
  const unwritten = (request.emit?.dryRun || blocked) && write.changed.length + write.removed.length > 0
  const complete = emitted !== undefined && out !== undefined && write.refused.length === 0 && !unwritten
  // Kept on disk for the next process, in the session for the next run of this one.
  const outputs =
    emitted && out !== undefined
      ? [
          ...new Set([
            ...emitted.files.map((file) => file.path),
            ...emitted.intact.keys(),
            ...emitted.present,
            MANIFEST,
          ]),
        ].sort()
      : []
  if (complete && (store || session.lasting)) {
    Object.assign(
      record,
      hashOutputs(out, outputs, write.hashes ?? new Map(), last, request.emit?.userOwned ?? (() => false)),
    )
    session.lastRecord = record
  }
  const result: BuildResult = {
    docs,
    ...summaryOf(record),
    model,
    emitted: emitted?.shapes,
    files: emitted?.files ?? [],
    outputs,
    write,
    upToDate: false,
    extracted: extraction.extracted,
    steps: clock.times,
  }
  await request.report?.(result)
  await clock.time('record', async () => {
    await Promise.all([caches, stampsSaved])
    if (store && complete) await saveRunRecord(store.recordPath, record)
  })
  return result
}

/** read: the docs' pages (or those given); the stamps of what was read are saved meanwhile. */
async function readStep(
  docs: BuildRequest['docs'],
  store: Store | undefined,
  progress: Progress | undefined,
): Promise<{ docs: DocsInput; stampsSaved?: Promise<void> }> {
  if (typeof docs !== 'function') return { docs }
  progress?.stage('reading')
  const path = store?.stampsPath
  const known = path ? await loadDocsStamps(path) : new Map()
  const read = await docs(known)
  return {
    docs: read,
    stampsSaved: path && read.stamps ? saveDocsStamps(path, known, read.stamps) : undefined,
  }
}

/** extract: each page's model and page checks, from the cache when its key is unchanged. */
async function extractStep(
  pages: readonly PageInput[],
  keys: ReadonlyMap<string, string>,
  request: BuildRequest,
  session: Session,
  version: string,
): Promise<CachedExtraction> {
  if (!session.pages && request.store) {
    session.pageCache = await loadPageCache(request.store.pageCachePath, version)
    session.pages = session.pageCache.pages
  }
  request.progress?.stage('extracting')
  const extract =
    request.extract ?? extractOnPool(extractInProcess(request.progress), { progress: request.progress })
  return extractWithCache(pages, keys, session.pages ?? new Map(), extract, session.parse)
}

/** link: the page models as one model, its unchanged parts those of the session's last run. */
async function linkStep(pages: readonly PageModel[], session: Session): Promise<ApiModel> {
  const { linkModel } = await import('../link/index.js')
  return linkModel(pages, session.link)
}

/** shape: the linked model's shape (each operation lowered when first asked for), kept across
 *  the runs of a lasting session. */
async function shapeStep(model: ApiModel, session: Session): Promise<ApiShape> {
  const { shapeApi } = await import('../shape/api-shape.js')
  return shapeApi(model, session.lasting ? session.shapes : undefined, session.examples)
}

/** check: the page checks' findings, the corpus checks, suppressions. */
async function checkStep(
  inputs: readonly PageInput[],
  extraction: CachedExtraction,
  model: ApiModel,
  shapes: ApiShape,
  session: Session,
  suppress: readonly SuppressEntry[],
): Promise<Diagnostic[]> {
  const { runChecks } = await import('../check/run-checks.js')
  return runChecks(inputs, extraction.models, extraction.checks, model, shapes, session.checks, suppress)
}

/** emit: the output groups whose model slice changed since the last run, in memory. */
async function emitStep(
  shapes: ApiShape,
  last: RunRecord | undefined,
  request: EmitRequest,
  session: Session,
  {
    store,
    progress,
    version,
    clock,
  }: { store?: Store; progress?: Progress; version: string; clock: StepClock },
): Promise<Emitted> {
  progress?.stage('emitting')
  const [{ outputGroups }, { emitChanged }, { EmitMemo }] = await Promise.all([
    import('../emit/outputs.js'),
    import('./emit-changed.js'),
    import('../emit/memo.js'),
  ])
  // Unit texts come from the store, or stay in a lasting session; a single run without a store
  // prints each unit once anyway.
  if (session.emitUnits === undefined && (store || session.lasting))
    session.emitUnits = store ? await loadEmitMemo(store.memoPath, version) : new Map()
  const memo = session.emitUnits && new EmitMemo(session.emitUnits, session.derived)
  const time = <T>(part: string, run: () => T) => clock.timeSync(`emit:${part}`, run)
  const options = { propertyUnions: request.propertyUnions ?? false }
  const kept = {
    openapi: session.openapi,
    client: session.lasting ? session.client : undefined,
    server: session.lasting ? session.server : undefined,
    reference: session.lasting ? session.reference : undefined,
  }
  const groups = outputGroups(shapes, memo, kept, time, options).filter(
    (group) => !request.outputs || request.outputs.includes(group.name),
  )
  const out = request.dir
  // A lasting session's first run emits every group even when its files are current (they are
  // then found unchanged, not written): the session then holds each emitter's views and the bytes
  // of every output, and the first save costs what the next ones do instead of building them.
  const emitted = await emitChanged(
    groups,
    out === undefined ? undefined : last,
    out ?? '',
    request.userOwned,
    clock,
    session.lasting && session.lastRecord === undefined,
  )
  const known = session.emitUnits
  return {
    ...emitted,
    shapes,
    kept: memo?.kept(),
    storedBytes: known instanceof StoredTexts ? known.decoded() : undefined,
  }
}

/** write: only the changed bytes, into the output folder. */
async function writeStep(
  out: string,
  emitted: Emitted,
  last: RunRecord | undefined,
  request: EmitRequest,
  blocked: boolean,
  session: Session,
  progress: Progress | undefined,
): Promise<WriteResult> {
  progress?.stage('writing')
  const { writeOutput } = await import('../write/write-output.js')
  const onDisk =
    last &&
    recordedOnDisk(
      last,
      out,
      emitted.files.map((file) => file.path),
    )
  // A lasting session's first run reads the memo's texts from its file: their bytes are known.
  if (session.lasting && emitted.storedBytes) session.encoder.know(emitted.storedBytes)
  return writeOutput(out, emitted.files, {
    dryRun: request.dryRun || blocked,
    protect: request.protect,
    userOwned: request.userOwned,
    known: { intact: emitted.intact, present: emitted.present, onDisk },
    // Only a lasting session writes again: a single run keeps no bytes, and encodes none of the
    // memo's texts it read as bytes.
    encoder: session.lasting ? session.encoder : new OutputEncoder(false, emitted.storedBytes),
  })
}

/** Save a lasting session's emit memo (watch mode saves none per save: a save would rewrite tens
 *  of megabytes): the units its last run kept, where they differ enough from the file's
 *  (`keepEmitMemo`), so that the next process's first save finds them. Never fails: a cache that
 *  cannot be written only costs speed. */
export async function saveSessionMemo(store: Store, session: Session): Promise<void> {
  const kept = session.emitUnits
  if (!kept) return
  const version = doc2tsVersion()
  try {
    await keepEmitMemo(store.memoPath, version, await loadEmitMemo(store.memoPath, version), kept)
  } catch {
    // only speed is lost
  }
}

/** record, first part: what only speeds up later runs, in the session and in the store: the page
 *  cache entries and the emitters' unit texts (the run record follows once the outputs are
 *  complete). Never fails: a cache that cannot be written only costs speed. */
async function keepCaches(
  store: Store | undefined,
  session: Session,
  extraction: CachedExtraction,
  kept: Map<string, string> | undefined,
  version: string,
): Promise<void> {
  session.pages = extraction.entries
  const unitsBefore = session.emitUnits ?? new Map<string, string>()
  if (kept) session.emitUnits = kept
  if (!store) return
  const { pageCache } = session
  // Two files of their own: one's writing waits on the disk while the other is serialised.
  await Promise.all([
    extraction.extracted > 0 && pageCache ? savePageCache(pageCache, extraction.entries) : undefined,
    kept && store.writeMemo ? keepEmitMemo(store.memoPath, version, unitsBefore, kept) : undefined,
  ])
}

function summaryOf(record: RunRecord) {
  return {
    pages: record.pages,
    types: record.types,
    operations: record.operations,
    diagnostics: record.diagnostics,
  }
}

/** `outputHash` and stamp of each output file as it is on disk now: the hash the writer computed when it
 *  knows it (`written`), else the recorded one when the stamp is the one `last` recorded (as in
 *  `isIntact`), else the file is read. A user-owned file is recorded as present only ('', no stamp). */
function hashOutputs(
  outDir: string,
  paths: readonly string[],
  written: ReadonlyMap<string, string>,
  last: RunRecord | undefined,
  userOwned: (path: string) => boolean,
): Pick<RunRecord, 'outputs' | 'stamps'> {
  const outputs: Record<string, string> = {}
  const stamps: Record<string, string> = {}
  for (const path of [...new Set(paths)].sort()) {
    // The write found it there or created it; its bytes are the user's (thousands of stubs
    // would each cost a stat per run).
    if (userOwned(path)) {
      outputs[path] = ''
      continue
    }
    const full = safeOutputPath(outDir, path)
    const info = full ? statSync(full, { throwIfNoEntry: false }) : undefined
    if (!full || !info?.isFile()) continue
    const stamp = stampOf(info)
    const recorded = last?.stamps?.[path] === stamp ? last.outputs[path] : undefined
    outputs[path] = written.get(path) ?? recorded ?? outputHash(readFileSync(full))
    stamps[path] = stamp
  }
  return { outputs, stamps }
}

/** Extract in this thread, reporting progress. */
function extractInProcess(progress: Progress | undefined): ExtractMany {
  return async (pages: readonly PageInput[]) => {
    const { extractAndCheck } = await import('../extract/page-entry.js')
    const extracted = []
    for (const page of pages) {
      extracted.push(extractAndCheck(page.file, page.text))
      progress?.pages(extracted.length, pages.length)
    }
    return extracted
  }
}
