/**
 * `doc2ts watch [docs-dir] [--out dir] [--quiet] [--diagnostics mode] [--cache-dir dir] [--no-cache]`
 * and the subset, `--outputs`, `--property-unions` and config options of `generate` (every job of
 * the config, or the one `--job` names; a save runs each job over its docs, one after another):
 * generate, then regenerate on every save: only the changed pages are re-read and re-extracted,
 * the model is relinked and only changed files are rewritten. Prints the first run's diagnostics as `generate`
 * does (`--diagnostics`, by default a short summary), then the diagnostics of each save's pages,
 * and a summary line per run. Runs until interrupted (or until `signal` aborts, for tests).
 */

import { DEFAULT_CACHE_DIR, runOptions } from '../api/generate.js'
import { type BuildRequest, type BuildResult, runBuild, saveSessionMemo } from '../build/index.js'
import { isUserOwnedOutput } from '../emit/server/user-owned.js'
import { Session } from '../session/index.js'
import { withShownPaths } from '../shown-paths.js'
import { openStore } from '../store/index.js'
import { DocsState } from '../watch/docs-state.js'
import { watchDocs } from '../watch/watch-docs.js'
import { OutputWriteError } from '../write/write-output.js'
import {
  countSeverities,
  parseCommandArgs,
  printDiagnostics,
  printKeptStubs,
  requirePages,
  requireWritableOut,
  stepTimings,
} from './io.js'
import { CONFIG_OPTIONS, EMIT_OPTIONS, type Job, requireSeparateOuts, resolveJobs } from './jobs.js'
import { printReport } from './report.js'
import { SELECTION_OPTIONS, selectOrFail } from './selection.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

export async function watchCommand(args: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    diagnostics: { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    ...SELECTION_OPTIONS,
    ...EMIT_OPTIONS,
    ...CONFIG_OPTIONS,
  })
  const jobs = await resolveJobs({ ...values, positionals })
  await requireSeparateOuts(jobs, values)
  for (const job of jobs) await requireWritableOut(job.outDir, job.docsDir)
  const watched = jobs.map((job) => watchedJob(job, values, io, jobs.length > 1))
  // A usage error (a selector matching nothing) ends the first run with exit 2; after a save it
  // is reported like any failure.
  const safely = async <T>(task: () => Promise<T>, first = false) => {
    try {
      return await task()
    } catch (error) {
      if (first && error instanceof UsageError) throw error
      // Errors that name their cause (bad usage, an output that could not be written) are one
      // line; anything else is a fault of doc2ts, whose stack helps its report.
      const reason =
        error instanceof UsageError || error instanceof OutputWriteError
          ? error.message
          : ((error as Error).stack ?? String(error))
      io.err(`doc2ts: regeneration failed, still watching: ${reason}\n`)
      return undefined
    }
  }
  // One build at a time: saves and the priming below queue behind each other.
  let queue: Promise<unknown> = Promise.resolve()
  const serially = <T>(task: () => Promise<T>, first = false) => {
    const next = queue.then(() => safely(task, first))
    queue = next.catch(() => undefined)
    return next
  }

  // Watching starts before the first read, so that a save made while the first build runs is
  // the next run's. One watcher per docs folder; a save runs each job over it, one after another.
  const folders = [...new Set(watched.map((each) => each.docsDir))]
  const watchers = await Promise.all(
    folders.map((folder) =>
      watchDocs(
        folder,
        async (files) => {
          for (const each of watched) if (each.docsDir === folder) await serially(() => each.run(files))
        },
        (error) => io.err(`doc2ts: watching ${folder}: ${error.message}\n`),
      ),
    ),
  )
  const closeWatchers = () => Promise.all(watchers.map((watcher) => watcher.close()))
  for (const each of watched)
    await serially(() => each.run(undefined), true).catch(async (error: unknown) => {
      await closeWatchers()
      throw error
    })
  if (!values.quiet) io.err(`doc2ts: watching ${folders.join(', ')} (Ctrl-C to stop)\n`)
  // A first run that found every page in the cache did not load the extractor, which the first
  // save needs: loaded now, while the watch waits (≈ 0.25 s that save would otherwise pay). The
  // emitters are loaded: the first run emits every group (`runBuild`).
  void serially(() => import('../extract/page-entry.js'))
  await new Promise<void>((resolve) => {
    // Aborted already (during the first run): an abort event does not fire twice.
    if (signal?.aborted) return resolve()
    const stop = () => resolve()
    signal?.addEventListener('abort', stop, { once: true })
    process.once('SIGINT', stop)
  })
  await closeWatchers()
  await queue
  for (const { store, session } of watched) if (store) await saveSessionMemo(store, session)
  return 0
}

/** The flags a job's watch reads besides the job. */
interface WatchValues {
  'no-cache'?: boolean
  'cache-dir'?: string
  timings?: boolean
}

/** What `watch` keeps for one job: its store and session, its docs, and its run (the first, or a
 *  save's, printing the job's summary); `named`: jobs are named as each runs (a config's several). */
function watchedJob(job: Job, values: WatchValues, io: Io, named: boolean) {
  const { docsDir, outDir, suppress, selection, outputs, propertyUnions, diagnostics } = job
  // The run record lets each save re-emit only the output groups whose model slice changed. The
  // emit memo is read from the store and kept in memory after: rewriting every unit's text to disk
  // on each save would cost more than it saves; it is saved once, when the watch stops.
  const store = values['no-cache']
    ? undefined
    : openStore(
        values['cache-dir'] ?? job.cacheDir ?? DEFAULT_CACHE_DIR,
        docsDir,
        outDir,
        runOptions({ strict: false, suppress, selection, outputs, propertyUnions }),
        false,
      )
  const session = new Session(true)
  const state = new DocsState(docsDir)

  const build = (force: boolean, report?: BuildRequest['report']) =>
    runBuild(
      {
        // A folder without pages (a wrong path, every page deleted) empties no output: the first
        // run ends with exit 2, a later one is reported and the outputs kept.
        docs: requirePages(state.docs(), docsDir),
        checks: { suppress },
        emit: {
          dir: outDir,
          protect: [docsDir],
          userOwned: isUserOwnedOutput,
          select: selection && selectOrFail(selection),
          outputs,
          propertyUnions,
        },
        store,
        force,
        timings: stepTimings(values.timings, io),
        report,
      },
      session,
    )
  // The summary is printed once the outputs are written; the record step only speeds up later runs.
  // The first run links and emits even when the outputs are current (it writes nothing then): it
  // fills the session, so that a save made once the first summary is printed is as quick as the
  // next ones, instead of waiting behind a build that fills it.
  const run = async (changed: readonly string[] | undefined) => {
    const started = performance.now()
    if (named && job.name !== undefined) io.err(`doc2ts: job ${job.name}\n`)
    if (changed) state.update(changed)
    else state.readAll()
    return build(changed === undefined, (result) => summarise(result, changed, started))
  }
  // Kept stubs are named when the set of them changes (first run included), not on every save.
  let keptBefore = ''
  const summarise = async (result: BuildResult, changed: readonly string[] | undefined, started: number) => {
    // The first run's are the whole docs' (a summary by default); a save's, its own pages' few.
    if (!changed) printReport(withShownPaths(result.diagnostics, docsDir), diagnostics, io)
    else if (diagnostics !== 'none')
      printDiagnostics(
        withShownPaths(
          result.diagnostics.filter((d) => changed.includes(d.file)),
          docsDir,
        ),
        io,
      )
    for (const refused of result.write.refused)
      io.err(`doc2ts: refused to write ${refused.path}: ${refused.reason}\n`)
    // A run that found nothing changed (a save of the same text) wrote nothing and keeps nothing.
    if (result.emitted) {
      const kept = result.write.kept ?? []
      const keptNow = kept.join('\n')
      if (keptNow !== keptBefore) {
        const { supersededStubs } = await import('../emit/server/superseded-stubs.js')
        printKeptStubs(kept, supersededStubs(result.emitted, kept), io)
      }
      keptBefore = keptNow
    }
    const counts = countSeverities(result.diagnostics)
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    const what = changed ? `${changed.length} page(s) changed, ${result.extracted} re-extracted; ` : ''
    io.err(
      `doc2ts: ${what}${result.pages} pages, ${result.types} types, ${result.operations} operations, ` +
        `${counts.error} errors, ${counts.warning} warnings; ${result.write.changed.length} file(s) written, ` +
        `${result.write.removed.length} removed in ${seconds}s\n`,
    )
  }
  return { docsDir, store, session, run }
}
