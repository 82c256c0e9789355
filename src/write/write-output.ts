/**
 * Write generated files into the output folder, safely:
 * - every path must stay inside the folder (no absolute paths, no `..`, no writing through a
 *   symbolic link, no file inside a protected folder such as the docs);
 * - a file is written only when its bytes change, through a temp file and a rename;
 * - only files doc2ts generated (listed in the folder's manifest) are replaced or removed; a
 *   user's file at a generated path is left alone and reported; a generated file the user changed
 *   is not removed when it is no longer produced;
 * - user-owned files (handler stubs) are created once and never overwritten; one no longer
 *   produced is kept once the user changed it, else removed.
 */
import { randomUUID } from 'node:crypto'
import type { Dirent } from 'node:fs'
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path'
import type { GeneratedFile } from '../emit/generated-file.js'
import { getOrCreate } from '../get-or-create.js'
import { mapConcurrently } from '../map-concurrently.js'
import { textHash } from '../store/text-hash.js'
import { OutputEncoder } from './output-bytes.js'
import { outputHash } from './output-hash.js'

export const MANIFEST = '.doc2ts-manifest.json'

export interface WriteResult {
  /** Paths whose content differs from what is on disk (written unless `dryRun`). */
  changed: string[]
  /** Previously generated paths no longer produced (removed unless `dryRun`). */
  removed: string[]
  /** Paths refused: outside the folder, or a file doc2ts did not generate. */
  refused: { path: string; reason: string }[]
  /** User-owned paths (handler stubs) no longer produced: kept on disk and in the manifest, reported. */
  kept?: string[]
  /** `outputHash` of each generated file now in the folder as doc2ts wrote or verified it, by path
   *  (user-owned files excluded: their bytes are the user's). */
  hashes?: ReadonlyMap<string, string>
}

export interface WriteOptions {
  dryRun?: boolean
  /** Paths that are created once and then belong to the user (handler stubs). */
  userOwned?: (path: string) => boolean
  /** Folders nothing may be written to or removed from, even when inside the output folder (the docs). */
  protect?: readonly string[]
  /** What is already known of the folder, so that it is not read again. */
  known?: KnownOutputs
  /** Encodes files; one kept across the runs of a process reuses the bytes of unchanged parts
   *  (default: one that keeps nothing). */
  encoder?: OutputEncoder
}

/** Plain facts about the output folder that the build established before writing. */
export interface KnownOutputs {
  /** Produced paths already verified on disk as doc2ts wrote them, with their `outputHash`: kept and
   *  listed in the manifest without being read (files of output groups known unchanged). */
  intact?: ReadonlyMap<string, string>
  /** User-owned paths already verified present (files of output groups known unchanged): kept
   *  as the user has them, their manifest entries unchanged, without being read. */
  present?: readonly string[]
  /** Produced paths whose bytes on disk are known without reading them (the last run recorded
   *  their hash, and their stamp has not changed since): compared by hash, not read. */
  onDisk?: ReadonlyMap<string, string>
}

/** Manifest entries: path → `outputHash` of the bytes doc2ts wrote (SHA-256 in older manifests,
 *  see `hashedAs`; empty when unknown). */
type Manifest = Map<string, string>

/** What became of one produced file. */
type FileOutcome =
  | { kind: 'refused'; reason: string }
  | { kind: 'user-owned' }
  | { kind: 'unchanged' | 'changed'; hash: string }

/** Files checked and written at once: enough to keep Node's four file-system threads busy. */
const WRITE_CONCURRENCY = 16

/** The files, each path once: the last file given for a path is the one written. */
function lastOfEachPath(files: readonly GeneratedFile[]): GeneratedFile[] {
  const byPath = new Map<string, GeneratedFile>()
  for (const file of files) {
    byPath.delete(file.path)
    byPath.set(file.path, file)
  }
  return [...byPath.values()]
}

/** Whether absolute `path` is `folder` or inside it (by its text: resolve links first). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  // `..gen` is a name inside the folder; only `..` itself, or `..` then a separator, leaves it.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The absolute path of `path` inside `outDir`, or undefined when it could leave the folder. */
export function safeOutputPath(outDir: string, path: string): string | undefined {
  if (path === '' || isAbsolute(path) || path.includes('\\')) return undefined
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return undefined
  if (path.split('/').some((segment) => segment === '..' || segment === '.' || segment === ''))
    return undefined
  const normal = normalize(path)
  if (normal === MANIFEST) return undefined
  const root = resolve(outDir)
  const full = resolve(root, normal)
  return full.startsWith(root + sep) ? full : undefined
}

export async function writeOutput(
  outDir: string,
  files: readonly GeneratedFile[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const guard = await createGuard(outDir, options.protect ?? [])
  const manifest = await readManifest(outDir)
  const next: Manifest = new Map()
  const result: WriteResult = { changed: [], removed: [], refused: [] }
  const encoder = options.encoder ?? new OutputEncoder(false)
  const known = options.known ?? {}
  for (const [path, hash] of known.intact ?? []) next.set(path, hash)
  for (const path of known.present ?? []) next.set(path, manifest.get(path) ?? '')
  const writeOne = async (file: GeneratedFile): Promise<FileOutcome> => {
    const full = safeOutputPath(outDir, file.path)
    if (!full) return { kind: 'refused', reason: 'path leaves the output folder' }
    const checked = await guard(full)
    if ('refused' in checked) return { kind: 'refused', reason: checked.refused }
    // A user-owned file that exists is the user's: only its presence counts, its bytes are not read.
    if (options.userOwned?.(file.path) && checked.exists) return { kind: 'user-owned' }
    // Encoded once, then hashed and written chunk by chunk (outputs run to tens of megabytes);
    // neither when the encoder hashed the same text for this path before.
    let chunks: Buffer[] | undefined
    let hash = encoder.sameHash(file)
    if (hash === undefined) {
      chunks = encoder.chunks(file)
      hash = encoder.hash(file, chunks)
    }
    encoder.remember(file, hash)
    const onDisk = known.onDisk?.get(file.path) ?? (await readFile(full).then(outputHash, () => undefined))
    if (onDisk !== hash && onDisk !== undefined && !manifest.has(file.path))
      return { kind: 'refused', reason: 'a file doc2ts did not generate is in the way' }
    if (onDisk === hash) return { kind: 'unchanged', hash }
    if (options.dryRun) return { kind: 'changed', hash }
    chunks ??= encoder.chunks(file)
    try {
      await writeAtomically(full, chunks)
      return { kind: 'changed', hash }
    } catch (error) {
      return { kind: 'refused', reason: `cannot write: ${(error as Error).message}` }
    }
  }
  // Files are checked and written a few at a time (each is several file-system calls, which Node
  // runs on its thread pool); their outcomes are taken in order, so the result does not depend on
  // which finished first.
  const outcomes = await mapConcurrently(lastOfEachPath(files), WRITE_CONCURRENCY, async (file) => ({
    file,
    outcome: await writeOne(file),
  }))
  for (const { file, outcome } of outcomes) {
    if (outcome.kind === 'refused') result.refused.push({ path: file.path, reason: outcome.reason })
    else if (outcome.kind === 'user-owned') next.set(file.path, manifest.get(file.path) ?? '')
    else {
      next.set(file.path, outcome.hash)
      if (outcome.kind === 'changed') result.changed.push(file.path)
    }
  }
  for (const [path, hash] of [...manifest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (next.has(path)) continue
    const full = safeOutputPath(outDir, path)
    if (!full || 'refused' in (await guard(full))) continue
    const existing = await readFile(full).catch(() => undefined)
    if (existing === undefined) continue
    // A user-owned file is the user's once changed; one still as doc2ts created it holds nothing
    // of theirs, and goes like any other output.
    if (options.userOwned?.(path) && !(hash !== '' && hashedAs(existing, hash))) {
      next.set(path, hash)
      result.kept = [...(result.kept ?? []), path]
      continue
    }
    if (hash !== '' && !hashedAs(existing, hash)) {
      result.refused.push({ path, reason: 'no longer generated, but changed since doc2ts wrote it; kept' })
      continue
    }
    result.removed.push(path)
    if (!options.dryRun)
      await rm(full, { force: true }).catch((error: NodeJS.ErrnoException) => {
        throw new OutputWriteError(full, error)
      })
  }
  encoder.endWrite(next)
  await writeManifest(outDir, next, manifest, result, options.dryRun === true)
  result.hashes = new Map([...next].filter(([path, hash]) => hash !== '' && !options.userOwned?.(path)))
  return result
}

async function writeManifest(
  outDir: string,
  next: Manifest,
  previous: Manifest,
  result: WriteResult,
  dryRun: boolean,
): Promise<void> {
  const files = Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const text = `${JSON.stringify({ generatedBy: 'doc2ts', files }, null, 2)}\n`
  const manifestPath = join(resolve(outDir), MANIFEST)
  const current = await readFile(manifestPath, 'utf8').catch(() => undefined)
  if (current === text) return
  // The manifest is bookkeeping: it counts as a change (for `--check`) only when its file list does.
  const samePaths = previous.size === next.size && [...next.keys()].every((path) => previous.has(path))
  if (!samePaths) result.changed.push(MANIFEST)
  if (dryRun) return
  const info = await lstat(manifestPath).catch(() => undefined)
  if (info && !info.isFile()) {
    result.refused.push({ path: MANIFEST, reason: 'the manifest is not a regular file' })
    return
  }
  await writeAtomically(manifestPath, text).catch((error: NodeJS.ErrnoException) => {
    throw new OutputWriteError(manifestPath, error)
  })
}

/** A write the up-front check of the output folder could not foresee failed (the folder made
 *  read-only or removed meanwhile, a full or read-only disk): the path and the system's code. */
export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${path}: ${cause.code ?? cause.message}`, { cause })
  }
}

/** What the guard found of one output path: why it may not be written, else whether a file is there. */
type Guarded = { refused: string } | { exists: boolean }

/** What the guard found of a folder: why nothing in it may be written, else its real path and the
 *  protected folders inside it. */
type FolderCheck = { refused: string } | { real: string; within: readonly string[] }

const PROTECTED = 'the path is inside the docs folder'

/**
 * A check for one absolute output path: whether it may be written, and whether a file is there.
 * The existing part of the path must resolve (symbolic links followed) inside the output folder,
 * the file itself must not be a link, and nothing may touch a protected folder. Each folder is
 * resolved and listed once per write (thousands of handler stubs share one).
 */
async function createGuard(outDir: string, protect: readonly string[]) {
  const root = resolve(outDir)
  const realRoot = await realpath(root).catch(() => root)
  // Each protected folder as written and as resolved.
  const protectedPaths = (
    await Promise.all(
      protect.map(async (dir) => [resolve(dir), await realpath(dir).catch(() => resolve(dir))]),
    )
  ).flat()
  /** The real path of `folder`: of its nearest existing ancestor, followed by the rest as written. */
  const realFolder = async (folder: string) => {
    let existing = folder
    while (existing !== root && !(await lstat(existing).catch(() => undefined))) existing = dirname(existing)
    const real = await realpath(existing).catch(() => (existing === root ? realRoot : undefined))
    return real === undefined ? undefined : join(real, relative(existing, folder))
  }
  const folderChecks = new Map<string, Promise<FolderCheck>>()
  /** What a folder's files share, checked once per folder (thousands of handler stubs share one):
   *  a file is inside a protected folder when its folder is, or when it is one of the protected
   *  folders inside its folder (`within`); either as written or as resolved. */
  const folderCheck = (folder: string) =>
    getOrCreate(folderChecks, folder, async (): Promise<FolderCheck> => {
      const real = await realFolder(folder)
      if (real === undefined || !isInside(real, realRoot))
        return { refused: 'a symbolic link leads out of the output folder' }
      const folders = [folder, real]
      if (protectedPaths.some((path) => folders.some((at) => isInside(at, path))))
        return { refused: PROTECTED }
      return { real, within: protectedPaths.filter((path) => folders.some((at) => isInside(path, at))) }
    })
  const listings = new Map<string, Promise<Map<string, Dirent> | undefined>>()
  /** What is at `full`: from one listing of its folder (not a call per file) where the listing
   *  names it; else asked of the file itself (a folder that cannot be listed, or a file system
   *  that matches names in any letter case or normal form, as macOS's and Windows' do). */
  const entryAt = async (
    full: string,
  ): Promise<{ isSymbolicLink(): boolean; isFile(): boolean } | undefined> => {
    const folder = dirname(full)
    const listing = await getOrCreate(listings, folder, () =>
      readdir(folder, { withFileTypes: true }).then(
        (entries) => new Map(entries.map((entry) => [entry.name, entry])),
        () => undefined,
      ),
    )
    return listing?.get(basename(full)) ?? (await lstat(full).catch(() => undefined))
  }
  return async (full: string): Promise<Guarded> => {
    const info = await entryAt(full)
    if (info?.isSymbolicLink()) return { refused: 'the file is a symbolic link' }
    if (info && !info.isFile()) return { refused: 'something other than a file is in the way' }
    const folder = await folderCheck(dirname(full))
    if ('refused' in folder) return folder
    const inside = (path: string) => isInside(full, path) || isInside(join(folder.real, basename(full)), path)
    if (folder.within.some(inside)) return { refused: PROTECTED }
    return { exists: info !== undefined }
  }
}

async function readManifest(outDir: string): Promise<Manifest> {
  const manifest: Manifest = new Map()
  try {
    const parsed = JSON.parse(await readFile(join(resolve(outDir), MANIFEST), 'utf8')) as { files?: unknown }
    if (Array.isArray(parsed.files)) {
      for (const path of parsed.files) if (typeof path === 'string') manifest.set(path, '')
    } else if (parsed.files && typeof parsed.files === 'object') {
      for (const [path, hash] of Object.entries(parsed.files))
        manifest.set(path, typeof hash === 'string' ? hash : '')
    }
  } catch {
    // No manifest, or not ours: nothing counts as generated.
  }
  return manifest
}

/** Whether `bytes` are what a manifest's hash was made of: `outputHash`, or SHA-256 in the
 *  manifests doc2ts wrote before (64 hex digits), so that an upgrade still protects a user's edits. */
function hashedAs(bytes: Uint8Array, hash: string): boolean {
  const sha256 = /^[0-9a-f]{64}$/.test(hash)
  return (sha256 ? textHash(bytes) : outputHash(bytes)) === hash
}

/** Write `path` by a temp file (created exclusively: never through an existing link) and a rename. */
async function writeAtomically(path: string, data: string | readonly Uint8Array[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`
  try {
    if (typeof data === 'string') await writeFile(temp, data, { flag: 'wx' })
    else await writeChunks(temp, data)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Create `path` (exclusively) with the chunks' bytes, in one vectored write. */
async function writeChunks(path: string, chunks: readonly Uint8Array[]): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    const expected = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
    const { bytesWritten } = await handle.writev([...chunks])
    if (bytesWritten !== expected) throw new Error(`short write: ${bytesWritten} of ${expected} bytes`)
  } finally {
    await handle.close()
  }
}
