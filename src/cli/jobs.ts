/**
 * The jobs a command runs: the config file's (`--config FILE`, else `doc2ts.config.{json,mjs,ts}`
 * in the working directory; every job, or the one `--job` names) with the command line over them.
 *   flag given on the command line  >  the job's option  >  the config's top-level option  >  default
 * Without a config there is one job, from the flags alone. Suppressions fall back to a
 * `doc2ts.config.json` in the docs folder (where doc writers keep them), validated the same way.
 */
import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { unknownSuppression } from '../check/check-names.js'
import type { SuppressEntry } from '../check/suppressions.js'
import { type JobOptions, OUTPUT_NAMES, type OutputName } from '../config/define-config.js'
import { ConfigError, findConfig, jobsOf, loadConfig } from '../config/load-config.js'
import type { Selection } from '../select/select-routes.js'
import { isInside } from '../write/write-output.js'
import { docsDirArgument, realPathSoFar } from './io.js'
import { type DiagnosticsMode, diagnosticsMode } from './report.js'
import { selectionOf } from './selection.js'
import { UsageError } from './usage-error.js'

/** The options `--config`/`--job` add to a command (their values are read by `resolveJobs`). */
export const CONFIG_OPTIONS = {
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  job: { type: 'string' },
} as const

/** What is emitted: `--outputs types,client` (repeatable), `--property-unions`. */
export const EMIT_OPTIONS = {
  outputs: { type: 'string', multiple: true },
  'property-unions': { type: 'boolean' },
} as const

export interface Job {
  /** The config's job name; unset for a run without named jobs. */
  name?: string
  docsDir: string
  outDir: string
  /** The outputs to write; unset: all. */
  outputs?: readonly OutputName[]
  /** Type properties declared with a base type as the union of it and its derived types. */
  propertyUnions: boolean
  selection?: Selection
  strict: boolean
  diagnostics: DiagnosticsMode
  suppress: SuppressEntry[]
  /** The config's cache folder; unset without a config (`--cache-dir`'s default then). */
  cacheDir?: string
}

/** What the command line said; an unset field leaves the config's value (or the default). */
export interface CommandLine {
  positionals: readonly string[]
  config?: string
  /** Read no config file, even one in the working directory: the flags alone. */
  'no-config'?: boolean
  job?: string
  out?: string
  outputs?: readonly string[]
  'property-unions'?: boolean
  strict?: boolean
  diagnostics?: string
  include?: string[]
  exclude?: string[]
  namespace?: string[]
  workload?: string[]
}

export async function resolveJobs(line: CommandLine, cwd = process.cwd()): Promise<Job[]> {
  if (line['no-config'] && (line.config !== undefined || line.job !== undefined))
    throw new UsageError(
      `--no-config: no config is read, so ${line.config !== undefined ? '--config' : '--job'} names nothing`,
    )
  const loaded = line['no-config'] ? undefined : await asUsage(() => findConfig(cwd, line.config))
  if (line.job && !loaded) throw new UsageError(`--job ${line.job}: no doc2ts.config file found`)
  const jobs: (JobOptions & { name?: string; cacheDir?: string })[] = loaded
    ? await asUsage(async () => jobsOf(loaded, line.job))
    : [{}]
  return Promise.all(jobs.map((job) => resolveJob(job, line, Boolean(loaded))))
}

/** The one job whose docs a command reads (`check`, `mock`): the config's jobs must read one docs
 *  folder, else one is named with `--job`. */
export async function docsJob(line: CommandLine, cwd = process.cwd()): Promise<Job> {
  const [job, ...others] = await resolveJobs(line, cwd)
  if (!job || others.some((other) => other.docsDir !== job.docsDir))
    throw new UsageError("the config's jobs read different docs folders: name one with --job")
  return job
}

async function resolveJob(
  job: JobOptions & { name?: string; cacheDir?: string },
  line: CommandLine,
  fromConfig: boolean,
): Promise<Job> {
  const docsDir = await docsDirArgument(
    line.positionals.length > 0 ? line.positionals : [job.docs ?? 'input-docs'],
  )
  const outputs = line.outputs ? outputNames(line.outputs) : job.outputs
  const given = [line.include, line.exclude, line.namespace, line.workload].some((list) => list?.length)
  const selection = selectionOf(
    given
      ? line
      : { include: job.include, exclude: job.exclude, namespace: job.namespace, workload: job.workload },
  )
  return {
    ...(job.name !== undefined && { name: job.name }),
    docsDir,
    outDir: line.out ?? job.out ?? 'generated',
    ...(outputs && { outputs }),
    propertyUnions: line['property-unions'] || (job.propertyUnions ?? false),
    ...(selection && { selection }),
    strict: line.strict || (job.strict ?? false),
    diagnostics: diagnosticsMode(line.diagnostics ?? job.diagnostics ?? 'summary'),
    // `--no-config` reads no config file, the docs folder's neither.
    suppress: job.suppress ?? (fromConfig || line['no-config'] ? [] : await docsFolderSuppressions(docsDir)),
    ...(job.cacheDir !== undefined && { cacheDir: job.cacheDir }),
  }
}

/** Jobs run together write to folders of their own: a job's run removes the outputs its folder's
 *  manifest lists and it no longer writes, so two jobs sharing a folder undo each other on every
 *  run, and `--check` never passes. */
export async function requireSeparateOuts(
  jobs: readonly Job[],
  line: Pick<CommandLine, 'out'>,
): Promise<void> {
  // Compared by where they really are (through links; `out` and `./out/` are one folder), and one
  // inside another counts too: the outer job would find the inner one's files in its way.
  const outs = await Promise.all(jobs.map((job) => realPathSoFar(resolve(job.outDir))))
  const overlap = (a: string, b: string) => isInside(a, b) || isInside(b, a)
  jobs.forEach((job, index) => {
    const owner = jobs.find(
      (_, other) => other < index && overlap(outs[index] as string, outs[other] as string),
    )
    if (!owner) return
    const where =
      outs[index] === outs[jobs.indexOf(owner)]
        ? `both write to ${job.outDir}`
        : `write to ${owner.outDir} and ${job.outDir}, one inside the other`
    throw new UsageError(
      line.out === undefined
        ? `jobs ${owner.name} and ${job.name} ${where}; give each its own "out"`
        : `--out ${line.out} would hold the outputs of every job (${owner.name}, ${job.name}); run one with --job`,
    )
  })
}

/** `--outputs types,client --outputs openapi` → the names, each checked. */
function outputNames(values: readonly string[]): OutputName[] {
  return [
    ...new Set(checkedOutputNames(values.flatMap((value) => value.split(',')).map((name) => name.trim()))),
  ]
}

/** `names` when each is an output's name; else bad usage naming the first that is not (a job given
 *  to the library unchecked, as the command line's `--outputs`). */
export function checkedOutputNames(names: readonly string[]): OutputName[] {
  for (const name of names)
    if (!(OUTPUT_NAMES as readonly string[]).includes(name))
      throw new UsageError(`Unexpected --outputs ${name}, expected some of ${OUTPUT_NAMES.join(', ')}`)
  return names as OutputName[]
}

/** `entries` when each names a diagnostic code or a check; else bad usage naming the first that
 *  does not (suppressions given to the library unchecked, as a config's). */
export function checkedSuppressions<T extends readonly SuppressEntry[]>(entries: T): T {
  const unknown = unknownSuppression(entries)
  if (unknown)
    throw new UsageError(
      `Unexpected suppress code "${unknown.code}", expected a diagnostic code or check name`,
      'doc2ts check --list',
    )
  return entries
}

/** The suppressions of a `doc2ts.config.json` kept in the docs folder. */
export async function docsFolderSuppressions(docsDir: string): Promise<SuppressEntry[]> {
  const path = join(docsDir, 'doc2ts.config.json')
  if (!(await stat(path).catch(() => undefined))?.isFile()) return []
  return (await asUsage(() => loadConfig(path))).suppress ?? []
}

/** A config error is bad usage: one line naming the file and the key, exit 2. */
async function asUsage<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task()
  } catch (error) {
    throw error instanceof ConfigError ? new UsageError(error.message, error.see) : error
  }
}
