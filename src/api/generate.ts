/**
 * `generate(options)`: docs → generated files, as `doc2ts generate` runs it (the command is this
 * function plus printing). The options are those of a config file's job (`JobOptions`), so a job
 * read from `doc2ts.config.json` is given as it is:
 *   const { files, diagnostics, summary } = await generate({ docs: 'docs', out: 'src/graph' })
 */
import { type BuildResult, runBuild } from '../build/index.js'
import type { SuppressEntry } from '../check/suppressions.js'
import { countSeverities, readDocsFolder, requireDirectory, requireWritableOut } from '../cli/io.js'
import { checkedOutputNames, checkedSuppressions } from '../cli/jobs.js'
import { selectionOf, selectOrFail } from '../cli/selection.js'
import type { JobOptions, OutputName } from '../config/define-config.js'
import type { SupersededStub } from '../emit/server/superseded-stubs.js'
import { isUserOwnedOutput } from '../emit/server/user-owned.js'
import type { Diagnostic } from '../model.js'
import type { Progress } from '../progress.js'
import type { Selection } from '../select/select-routes.js'
import { DEFAULT_CACHE_DIR } from '../store/cache-dir.js'
import { openStore } from '../store/index.js'

export { DEFAULT_CACHE_DIR } from '../store/cache-dir.js'

/** The options of `generate`: a config file's job (how diagnostics are printed aside: `generate`
 *  prints nothing), and what the command line gives as flags. Paths are relative to the working
 *  directory. */
export interface GenerateOptions extends Omit<JobOptions, 'diagnostics'> {
  /** The docs folder (default `input-docs`). A folder without `*.md` pages is an error: nothing
   *  is generated or removed. */
  docs?: string
  /** The output folder (default `generated`), created when missing. */
  out?: string
  /** Write nothing; report which files would change (`files`, `summary.changed`) (default
   *  false; `--check`). */
  check?: boolean
  /** Write nothing when the docs have errors or warnings (default false; `--strict`). */
  strict?: boolean
  /** Diagnostics to silence (default none). */
  suppress?: SuppressEntry[]
  /** Where page models and the last run are kept, so that a run over unchanged docs skips the
   *  work (default `node_modules/.cache/doc2ts`); `false`: neither read nor write a cache
   *  (`--no-cache`). */
  cacheDir?: string | false
}

/** One output file and what the run did to it. `changed`: its bytes differ from those on disk,
 *  and were written (with `check`, or blocked by `strict`: would be). `removed`: no longer
 *  generated, and deleted (or would be). `refused`: not written, see `summary.refused`. */
export interface OutputFile {
  /** Relative to `out`, `/`-separated: `types/index.ts`. */
  path: string
  status: 'changed' | 'unchanged' | 'removed' | 'refused'
}

export interface GenerateSummary {
  pages: number
  types: number
  operations: number
  /** Diagnostics by severity. */
  errors: number
  warnings: number
  infos: number
  /** How many files changed and how many were removed (or would be, with `check`). */
  changed: number
  removed: number
  /** Whether the changes were written: not with `check`, nor with `strict` on doc diagnostics. */
  written: boolean
  /** Paths not written: outside the output folder, or a file there that doc2ts did not write. */
  refused: { path: string; reason: string }[]
  /** Handler stubs no longer generated, kept because they are the user's to delete. */
  kept: string[]
  /** Of `kept`, the stubs whose page still documents routes that other stubs now serve (the page
   *  that owns them changed): where each route went, so that the user's code can follow it. */
  superseded: SupersededStub[]
  /** The docs and options were those of the last run and its outputs were intact: nothing was
   *  done (`diagnostics` are the last run's). */
  upToDate: boolean
  /** What `doc2ts generate` exits 0 for: outputs written, or current with `check`; false on a
   *  `check` difference, a refused write, or doc errors or warnings with `strict`. */
  ok: boolean
}

export interface GenerateResult {
  /** Every output file, sorted by path. */
  files: OutputFile[]
  /** Every diagnostic of the docs (`info` included), sorted by file and position. */
  diagnostics: Diagnostic[]
  summary: GenerateSummary
}

/** What the command line adds to a run: progress, step times, and its report, printed once the
 *  outputs are written (before the cache is saved, which only speeds up later runs). */
export interface GenerateHooks {
  progress?: Progress
  timings?: (line: string) => void
  report?: (result: GenerateResult) => void | Promise<void>
}

/**
 * Read the docs and write the generated files into `out`, as `doc2ts generate` does. Rejects,
 * with a one-line message, when `docs` is not a folder of pages or `out` cannot be written
 * (before anything is written).
 */
export function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  return runGenerate(options)
}

/** `generate` with what the command line adds (progress, step times, its report). */
export async function runGenerate(
  options: GenerateOptions,
  hooks: GenerateHooks = {},
): Promise<GenerateResult> {
  const docsDir = options.docs ?? 'input-docs'
  const outDir = options.out ?? 'generated'
  const { check = false, strict = false } = options
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR
  const selection = selectionOf(options)
  const select = selection && selectOrFail(selection)
  const { propertyUnions = false } = options
  // Checked as the command line checks them: an unknown name would leave every output unwritten,
  // and the run would remove them.
  const outputs = options.outputs && checkedOutputNames(options.outputs)
  const suppress = checkedSuppressions(options.suppress ?? [])
  await requireDirectory(docsDir)
  await requireWritableOut(outDir, docsDir)
  let result: GenerateResult | undefined
  await runBuild({
    docs: (known) => readDocsFolder(docsDir, known),
    checks: { suppress },
    emit: {
      dir: outDir,
      dryRun: check,
      strict,
      protect: [docsDir],
      userOwned: isUserOwnedOutput,
      select,
      outputs,
      propertyUnions,
    },
    store:
      cacheDir === false
        ? undefined
        : openStore(
            cacheDir,
            docsDir,
            outDir,
            runOptions({ strict, suppress, selection, outputs, propertyUnions }),
          ),
    progress: hooks.progress,
    timings: hooks.timings,
    report: async (build) => {
      const kept = build.write.kept ?? []
      const superseded =
        kept.length > 0 && build.emitted
          ? (await import('../emit/server/superseded-stubs.js')).supersededStubs(build.emitted, kept)
          : []
      result = resultOf(build, { check, strict, superseded })
      await hooks.report?.(result)
    },
  })
  if (!result) throw new Error('a build that emits always reports')
  return result
}

/** The options a run record is kept under; watch mode shares the records of `generate` (not
 *  strict), so a watch started after a generate finds its outputs up to date. */
export function runOptions({
  strict,
  suppress,
  selection,
  outputs,
  propertyUnions,
}: {
  strict: boolean
  suppress: readonly SuppressEntry[]
  selection: Selection | undefined
  outputs: readonly OutputName[] | undefined
  propertyUnions: boolean
}): string {
  return JSON.stringify({
    command: 'generate',
    strict,
    suppress,
    ...(selection && { selection }),
    ...(outputs && { outputs }),
    ...(propertyUnions && { propertyUnions }),
  })
}

function resultOf(
  build: BuildResult,
  { check, strict, superseded }: { check: boolean; strict: boolean; superseded: SupersededStub[] },
): GenerateResult {
  const { write, diagnostics } = build
  const counts = countSeverities(diagnostics)
  const blocked = strict && counts.error + counts.warning > 0
  const status = new Map<string, OutputFile['status']>(build.outputs.map((path) => [path, 'unchanged']))
  for (const path of write.changed) status.set(path, 'changed')
  for (const path of write.removed) status.set(path, 'removed')
  for (const { path } of write.refused) status.set(path, 'refused')
  const changes = write.changed.length + write.removed.length
  return {
    files: [...status].map(([path, status]) => ({ path, status })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    diagnostics,
    summary: {
      pages: build.pages,
      types: build.types,
      operations: build.operations,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      changed: write.changed.length,
      removed: write.removed.length,
      written: !check && !blocked,
      refused: write.refused,
      kept: write.kept ?? [],
      superseded,
      upToDate: build.upToDate,
      ok: write.refused.length === 0 && !blocked && !(check && changes > 0),
    },
  }
}
