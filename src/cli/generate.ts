/**
 * `doc2ts generate [docs-dir] [--out dir] [--outputs list] [--check] [--strict] [--quiet]
 * [--diagnostics mode] [--report file] [--timings] [--cache-dir dir] [--no-cache] [--include glob]…
 * [--exclude glob]… [--namespace ns]… [--workload name]… [--config file] [--job name]`: docs →
 * generated files (all of the API, or the subset the selectors keep: `src/select/`), for each job
 * of the config file with the command line over it (`jobs.ts`), reusing the page models of
 * unchanged pages and skipping link and emit when nothing changed (see `src/build/`, `src/store/`).
 * Each job is the library's `generate` (`src/api/generate.ts`); this prints it.
 * Exit 0 once the outputs are written, whatever the docs' own errors (a build step must not fail
 * on errors its user does not own); 1 with --strict on doc errors or warnings, with --check when
 * an output would change, or when a write was refused; 2 on bad usage.
 */

import { DEFAULT_CACHE_DIR, type GenerateResult, runGenerate } from '../api/generate.js'
import type { Diagnostic } from '../model.js'
import { createProgress } from '../progress.js'
import { shownPath, withShownPaths } from '../shown-paths.js'
import { textHash } from '../store/text-hash.js'
import {
  parseCommandArgs,
  printKeptStubs,
  requireReportOutside,
  requireWritableOut,
  stepTimings,
} from './io.js'
import { CONFIG_OPTIONS, EMIT_OPTIONS, type Job, requireSeparateOuts, resolveJobs } from './jobs.js'
import {
  type DiagnosticsMode,
  printable,
  printReport,
  type ReportedDiagnostics,
  writeReport,
} from './report.js'
import { SELECTION_OPTIONS } from './selection.js'
import type { Io } from './streams.js'

export async function generateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', default: false },
    diagnostics: { type: 'string' },
    report: { type: 'string' },
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
  if (values.report !== undefined) await requireReportOutside(values.report, jobs)
  let code = 0
  const printed = new Map<string, string>()
  const reported = new Map<string, readonly Diagnostic[]>()
  for (const job of jobs) {
    if (job.name !== undefined) io.err(`doc2ts: job ${job.name}\n`)
    const options = {
      printed,
      reported,
      check: values.check,
      quiet: values.quiet,
      report: values.report,
      timings: values.timings,
      cacheDir: values['no-cache'] ? undefined : (values['cache-dir'] ?? job.cacheDir ?? DEFAULT_CACHE_DIR),
    }
    code = Math.max(code, await runJob(job, options, io))
  }
  return code
}

interface RunOptions {
  /** The diagnostics an earlier job of the run printed (jobs over the same docs find the same), by
   *  their JSON and how they were shown: that job's name. */
  printed: Map<string, string>
  /** The diagnostics of each named job that ran, for `--report`. */
  reported: Map<string, readonly Diagnostic[]>
  check: boolean
  quiet: boolean
  report: string | undefined
  timings: boolean
  /** Unset: `--no-cache`. */
  cacheDir: string | undefined
}

/** One job through the library's `generate`, reported; its exit code. */
async function runJob(job: Job, options: RunOptions, io: Io): Promise<number> {
  const started = performance.now()
  const { selection } = job
  const progress = createProgress(io, options.quiet)
  let code = 0
  // A job that fails (a selector that matches nothing) clears the progress line before its error.
  try {
    await runGenerate(
      {
        docs: job.docsDir,
        out: job.outDir,
        outputs: job.outputs && [...job.outputs],
        propertyUnions: job.propertyUnions,
        ...(selection && {
          include: [...selection.include],
          exclude: [...selection.exclude],
          namespace: [...selection.namespaces],
          workload: [...selection.workloads],
        }),
        check: options.check,
        strict: job.strict,
        suppress: job.suppress,
        cacheDir: options.cacheDir ?? false,
      },
      {
        progress,
        timings: stepTimings(options.timings, io),
        report: async (result) => {
          progress.done()
          code = await report(
            result,
            {
              check: options.check,
              shown: job.diagnostics,
              file: options.report,
              job: job.name,
              docsDir: job.docsDir,
              outDir: job.outDir,
              strict: job.strict,
              printed: options.printed,
              reported: options.reported,
            },
            started,
            io,
          )
        },
      },
    )
  } finally {
    progress.done()
  }
  return code
}

/** Print the run's diagnostics and summary (and write the report file); the exit code. */
async function report(
  { files, diagnostics, summary }: GenerateResult,
  options: Pick<RunOptions, 'check' | 'printed' | 'reported'> & {
    shown: DiagnosticsMode
    file: string | undefined
    job: string | undefined
    docsDir: string
    outDir: string
    strict: boolean
  },
  started: number,
  io: Io,
): Promise<number> {
  const { check, shown, printed, job } = options
  // Jobs over the same docs print their diagnostics once, keyed by a hash of what is printed (the
  // diagnostics of a whole API run to megabytes of JSON); a run without jobs has nothing to compare.
  const shownHere = job === undefined ? undefined : printable(diagnostics)
  // Printed from the working directory: jobs over other docs folders print other lines.
  const key = shownHere && textHash(`${shown} ${options.docsDir} ${JSON.stringify(shownHere)}`)
  const earlier = key === undefined ? undefined : printed.get(key)
  if (earlier === undefined) printReport(withShownPaths(diagnostics, options.docsDir), shown, io)
  else if (shown !== 'none' && (shownHere?.length ?? 0) > 0)
    io.err(`doc2ts: the docs' diagnostics as for job ${earlier} above\n`)
  if (job !== undefined && key !== undefined) printed.set(key, earlier ?? job)
  if (options.file) await writeReport(options.file, reportOf(diagnostics, job, options.reported))
  const blocked = !summary.written && !check
  if (blocked)
    io.err(
      `doc2ts: --strict: ${shown === 'none' ? `${summary.errors} error(s), ${summary.warnings} warning(s)` : 'diagnostics above'}; nothing written\n`,
    )
  for (const refused of summary.refused)
    io.err(`doc2ts: refused to write ${refused.path}: ${refused.reason}\n`)
  printKeptStubs(summary.kept, summary.superseded, io)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const changes = check
    ? `${summary.changed + summary.removed} file(s) would change`
    : blocked
      ? `${summary.changed + summary.removed} file(s) not written`
      : `${summary.changed} file(s) written, ${summary.removed} removed`
  io.err(
    `doc2ts: ${summary.pages} pages, ${summary.types} types, ${summary.operations} operations, ` +
      `${summary.errors} errors, ${summary.warnings} warnings; ${changes} in ${seconds}s\n`,
  )
  if (check) {
    // Named from where doc2ts runs: two jobs' outputs are told apart.
    const outPath = shownPath(options.outDir)
    for (const file of files)
      if (file.status === 'changed' || file.status === 'removed')
        io.err(`doc2ts: out of date: ${outPath(file.path)}\n`)
    const drift = summary.changed + summary.removed > 0
    if (!summary.ok && !drift && options.strict && summary.errors + summary.warnings > 0)
      io.err(`doc2ts: --strict: ${summary.errors} error(s), ${summary.warnings} warning(s) in the docs\n`)
  }
  return summary.ok ? 0 : 1
}

/** What `--report` holds: a job's diagnostics, or those of every named job that ran so far, by name. */
function reportOf(
  diagnostics: readonly Diagnostic[],
  job: string | undefined,
  reported: Map<string, readonly Diagnostic[]>,
): ReportedDiagnostics {
  if (job === undefined) return diagnostics
  reported.set(job, diagnostics)
  return { jobs: Object.fromEntries(reported) }
}
