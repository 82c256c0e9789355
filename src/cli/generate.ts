/**
 * `doc2ts generate [docs-dir] [--out dir] [--outputs list] [--check] [--strict] [--quiet]
 * [--diagnostics mode] [--report file] [--timings] [--cache-dir dir] [--no-cache] [--include glob]…
 * [--exclude glob]… [--namespace ns]… [--workload name]… [--config file] [--job name]`: docs →
 * generated files (all of the API, or the subset the selectors keep: `src/select/`), for each job
 * of the config file with the command line over it (`jobs.ts`), reusing the page models of
 * unchanged pages and skipping link and emit when nothing changed (see `src/build/`, `src/store/`).
 * Exit 0 once the outputs are written, whatever the docs' own errors (a build step must not fail
 * on errors its user does not own); 1 with --strict on doc errors or warnings, with --check when
 * an output would change, or when a write was refused; 2 on bad usage.
 */
import { type BuildResult, runBuild } from '../build/index.js'
import type { SuppressEntry } from '../check/suppressions.js'
import type { OutputName } from '../config/define-config.js'
import { isUserOwnedOutput } from '../emit/server/user-owned.js'
import { createProgress } from '../progress.js'
import type { Selection } from '../select/select-routes.js'
import { openStore } from '../store/index.js'
import {
  countSeverities,
  type Io,
  parseCommandArgs,
  readDocsFolder,
  requireWritableOut,
  stepTimings,
} from './io.js'
import { CONFIG_OPTIONS, type Job, OUTPUTS_OPTION, resolveJobs } from './jobs.js'
import { type DiagnosticsMode, printReport, writeReport } from './report.js'
import { SELECTION_OPTIONS, selectOrFail } from './selection.js'

/** Where page models and run records are kept between runs (`--cache-dir`). */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/doc2ts'

/** The options a run record is kept under; watch mode shares the records of `generate` (not
 *  strict), so a watch started after a generate finds its outputs up to date. */
export function runOptions(
  strict: boolean,
  suppress: readonly SuppressEntry[],
  selection: Selection | undefined,
  outputs: readonly OutputName[] | undefined,
): string {
  return JSON.stringify({
    command: 'generate',
    strict,
    suppress,
    ...(selection && { selection }),
    ...(outputs && { outputs }),
  })
}

export async function generateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', default: false },
    diagnostics: { type: 'string' },
    report: { type: 'string' },
    'cache-dir': { type: 'string', default: DEFAULT_CACHE_DIR },
    'no-cache': { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    ...SELECTION_OPTIONS,
    ...OUTPUTS_OPTION,
    ...CONFIG_OPTIONS,
  })
  const jobs = await resolveJobs({ ...values, positionals })
  for (const job of jobs) await requireWritableOut(job.outDir)
  let code = 0
  for (const job of jobs) {
    if (job.name !== undefined) io.err(`doc2ts: job ${job.name}\n`)
    const options = {
      check: values.check,
      quiet: values.quiet,
      report: values.report,
      timings: values.timings,
      cacheDir: values['no-cache'] ? undefined : values['cache-dir'],
    }
    code = Math.max(code, await runJob(job, options, io))
  }
  return code
}

interface RunOptions {
  check: boolean
  quiet: boolean
  report: string | undefined
  timings: boolean
  /** Unset: `--no-cache`. */
  cacheDir: string | undefined
}

/** One job through the build, reported; its exit code. */
async function runJob(job: Job, options: RunOptions, io: Io): Promise<number> {
  const started = performance.now()
  const { docsDir, outDir, strict, suppress, selection } = job
  const progress = createProgress(io, options.quiet)
  let code = 0
  await runBuild({
    docs: () => readDocsFolder(docsDir),
    checks: { suppress },
    emit: {
      dir: outDir,
      dryRun: options.check,
      strict,
      protect: [docsDir],
      userOwned: isUserOwnedOutput,
      select: selection && selectOrFail(selection),
      outputs: job.outputs,
    },
    store:
      options.cacheDir === undefined
        ? undefined
        : openStore(options.cacheDir, docsDir, outDir, runOptions(strict, suppress, selection, job.outputs)),
    progress,
    timings: stepTimings(options.timings, io),
    report: async (build) => {
      progress.done()
      const reporting = { check: options.check, strict, shown: job.diagnostics, file: options.report }
      code = await report(build, reporting, started, io)
    },
  })
  return code
}

/** Print the run's diagnostics and summary (and write the report file); the exit code. */
async function report(
  build: BuildResult,
  options: { check: boolean; strict: boolean; shown: DiagnosticsMode; file: string | undefined },
  started: number,
  io: Io,
): Promise<number> {
  const { check, strict, shown } = options
  const result = build.write
  const diagnostics = build.diagnostics
  const blocked = strict && diagnostics.some((d) => d.severity !== 'info')
  printReport(diagnostics, shown, io)
  if (options.file) await writeReport(options.file, diagnostics)
  if (blocked && !check) io.err('doc2ts: --strict: diagnostics above; nothing written\n')
  for (const refused of result.refused)
    io.err(`doc2ts: refused to write ${refused.path}: ${refused.reason}\n`)
  for (const kept of result.kept ?? [])
    io.err(`doc2ts: kept ${kept}: no documented operation uses it any more; delete it when done\n`)
  const counts = countSeverities(diagnostics)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const changes = check
    ? `${result.changed.length + result.removed.length} file(s) would change`
    : `${result.changed.length} file(s) written, ${result.removed.length} removed`
  io.err(
    `doc2ts: ${build.pages} pages, ${build.types} types, ${build.operations} operations, ` +
      `${counts.error} errors, ${counts.warning} warnings; ${changes} in ${seconds}s\n`,
  )
  if (check && result.changed.length + result.removed.length > 0) {
    for (const path of [...result.changed, ...result.removed]) io.err(`doc2ts: out of date: ${path}\n`)
    return 1
  }
  if (result.refused.length > 0) return 1
  return strict && counts.error + counts.warning > 0 ? 1 : 0
}
