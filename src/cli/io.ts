/** What every command shares: output streams, argument parsing, usage errors, diagnostics printing. */
import { constants } from 'node:fs'
import { access, lstat, mkdtemp, realpath, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { formatDiagnostic } from '../diagnostics.js'
import type { SupersededStub } from '../emit/server/superseded-stubs.js'
import type { Diagnostic } from '../model.js'
import { type DocsInput, readDocs } from '../read-docs.js'
import type { PageStamps } from '../store/docs-stamps.js'
import { isInside } from '../write/write-output.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
}

/** What `parseArgs` gives for a command's options (named, so that declarations can refer to it). */
type CommandArgs<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
): CommandArgs<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message))
  }
}

/** Node's parse errors go on to advise about `--`; the first sentence is the one-line reason. */
function firstSentence(message: string): string {
  const end = message.indexOf('. ')
  return end === -1 ? message : message.slice(0, end)
}

/** The `[docs-dir]` argument (default `input-docs`, at most one), checked to be a folder. */
export async function docsDirArgument(positionals: readonly string[]): Promise<string> {
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`)
  const docsDir = positionals[0] ?? 'input-docs'
  await requireDirectory(docsDir)
  return docsDir
}

export async function requireDirectory(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isDirectory()) throw new UsageError(`cannot read docs folder "${path}": not a directory`)
}

/** The docs folder's pages; a folder without any is bad usage, so that no output is ever emptied
 *  by a wrong path. */
export async function readDocsFolder(
  docsDir: string,
  known?: PageStamps,
  refused?: string,
): Promise<DocsInput> {
  return requirePages(await readDocs(docsDir, known), docsDir, refused)
}

/** `docs` when it holds a page; else bad usage (a wrong path, a folder emptied under a watch),
 *  before anything is written. */
export function requirePages(
  docs: DocsInput,
  docsDir: string,
  refused = 'nothing generated or removed',
): DocsInput {
  if (docs.pages.length === 0)
    throw new UsageError(`no Markdown pages (*.md) in docs folder "${docsDir}"; ${refused}`)
  return docs
}

/** `--out` must be a folder that exists and can be written, or that can be created, outside
 *  `docsDir` (outputs never go into the docs: a page there is never overwritten or removed).
 *  Checked before any work, so a wrong path is one line and exit 2, not a stack trace after the
 *  build. */
export async function requireWritableOut(outDir: string, docsDir: string): Promise<void> {
  const [out, docs] = await Promise.all([realPathSoFar(resolve(outDir)), realPathSoFar(resolve(docsDir))])
  if (isInside(out, docs))
    throw new UsageError(
      `cannot use --out ${outDir}: it is inside the docs folder ${docsDir}; choose a folder outside it`,
    )
  let path = resolve(outDir)
  for (;;) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
      throw new UsageError(`cannot use --out ${outDir}: ${error.code}`)
    })
    if (info) {
      if (!info.isDirectory())
        throw new UsageError(`cannot use --out ${outDir}: ${path} is a file, not a folder`)
      // The output folder itself is asked, not touched (a run that writes nothing leaves it as
      // it is); a folder it must be made in is tried.
      const writable = path === resolve(outDir) ? await isWritable(path) : await canCreateIn(path)
      if (!writable) throw new UsageError(`cannot use --out ${outDir}: ${path} is not writable`)
      return
    }
    // Missing, unless a symbolic link is there that leads nowhere: nothing can be made through it.
    if ((await lstat(path).catch(() => undefined))?.isSymbolicLink())
      throw new UsageError(`cannot use --out ${outDir}: ${path} is a symbolic link to nothing`)
    const parent = dirname(path)
    if (parent === path) throw new UsageError(`cannot use --out ${outDir}: no existing parent folder`)
    path = parent
  }
}

/** `--report` outside every job's docs and output folders: written after the run, it would replace
 *  a page of the docs or a file doc2ts generates (and then keeps as it found it, unread). */
export async function requireReportOutside(
  report: string,
  jobs: readonly { docsDir: string; outDir: string }[],
): Promise<void> {
  const path = await realPathSoFar(resolve(report))
  for (const job of jobs)
    for (const [folder, what] of [
      [job.docsDir, 'the docs folder'],
      [job.outDir, 'the output folder'],
    ] as const)
      if (isInside(path, await realPathSoFar(resolve(folder))))
        throw new UsageError(
          `cannot use --report ${report}: it is inside ${what} ${folder}; choose a file outside it`,
        )
}

/** Whether a folder can be made in `folder`, tried (and removed): permission bits do not say it
 *  for root, a read-only mount or a virtual file system such as /proc, where Node's recursive
 *  mkdir would retry forever. */
async function canCreateIn(folder: string): Promise<boolean> {
  const probe = await mkdtemp(join(folder, '.doc2ts-')).catch(() => undefined)
  if (probe === undefined) return false
  await rm(probe, { recursive: true, force: true }).catch(() => undefined)
  return true
}

/** Whether the system would let this process write in `folder` (a read-only mount says no, also
 *  to root). */
function isWritable(folder: string): Promise<boolean> {
  return access(folder, constants.W_OK).then(
    () => true,
    () => false,
  )
}

/** The real path of `path`'s longest existing part, with the rest appended (symbolic links followed). */
export async function realPathSoFar(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined)
  if (real !== undefined) return real
  const parent = dirname(path)
  return parent === path ? path : join(await realPathSoFar(parent), basename(path))
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) if (d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`)
}

/** One line per handler stub kept although no longer generated: where its routes went, when
 *  another page now owns them, else that nothing calls it. */
export function printKeptStubs(kept: readonly string[], superseded: readonly SupersededStub[], io: Io): void {
  const moved = new Map(superseded.map(({ path, routes }) => [path, routes]))
  for (const path of kept) {
    const routes = moved.get(path)
    io.err(
      routes
        ? `doc2ts: kept ${path}: no longer called; ${routes.map(({ route, stub }) => `${route} is now served by ${stub}`).join(', ')} (another page of the docs now owns the route): move your code there, then delete this file\n`
        : `doc2ts: kept ${path}: no documented operation uses it any more; delete it when done\n`,
    )
  }
}

/** Where the build prints a line per step: stderr with `--timings` or `DOC2TS_TIMINGS=1`. */
export function stepTimings(flag: unknown, io: Io): ((line: string) => void) | undefined {
  return flag === true || process.env.DOC2TS_TIMINGS === '1' ? io.err : undefined
}

export function countSeverities(diagnostics: readonly Diagnostic[]) {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return counts
}
