/**
 * The per-page cache: for each page of a docs folder, the key it had (see `page-hash.ts`) and the
 * JSON of its page model and of its page checks' results, per docs folder in two files:
 *   <cache-dir>/pages/<sha256 of the docs folder's absolute path>.json   the base, packed texts
 *     (`packed-texts.ts`): meta { "version": "0.1.0+…", "generation": "…", "pages": [[file, key], …] }
 *     and two texts per page, the model's JSON and the checks' JSON, each decoded only when read
 *   <…>.log   the changes since, one JSON line each: { "generation", "file", "entry" } or
 *     { "generation", "file", "deleted": true }
 * A save after a few changed pages appends their lines instead of rewriting every page (tens of
 * megabytes on a large tree); once the log outgrows a quarter of the base, the base is rewritten
 * (the unchanged pages' bytes as they were read) and the log emptied. Lines of another generation
 * (a log left beside a rewritten base) and torn lines are ignored; a cache written by another
 * doc2ts version is ignored.
 */
import { randomUUID } from 'node:crypto'
import { appendFile, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { type PackedTexts, readPackedTexts, writePackedTexts } from './packed-texts.js'
import { textHash } from './text-hash.js'

export interface CachedPage {
  hash: string
  /** `JSON.stringify` of the page model. */
  model: string
  /** `JSON.stringify` of the page checks' results (`PageChecks`). */
  checks: string
}

export interface PageCacheFile {
  path: string
  version: string
  /** The pages as the files on disk hold them now. */
  pages: Map<string, CachedPage>
  /** Identifies the base file; log lines of another generation are stale. */
  generation: string
  baseBytes: number
  logBytes: number
}

export function pageCachePath(cacheDir: string, docsDir: string): string {
  const key = textHash(resolve(docsDir)).slice(0, 24)
  return join(cacheDir, 'pages', `${key}.json`)
}

const logPath = (cache: Pick<PageCacheFile, 'path'>) => cache.path.replace(/\.json$/, '.log')

/** The cached pages at `path` (`pageCachePath` of a docs folder); empty when there is no cache, it
 *  is unreadable or of another version. */
export async function loadPageCache(path: string, version: string): Promise<PageCacheFile> {
  const cache: PageCacheFile = { path, version, pages: new Map(), generation: '', baseBytes: 0, logBytes: 0 }
  const base = await readPackedTexts(path)
  const pages = base && pagesOf(base, version)
  if (!base || !pages) return cache // no cache yet, a damaged one or another version's: start cold
  cache.pages = pages.pages
  cache.generation = pages.generation
  cache.baseBytes = base.size
  const log = await readFile(logPath(cache)).catch(() => Buffer.alloc(0))
  cache.logBytes = log.length
  for (const line of log.toString('utf8').split('\n')) applyLogLine(cache, line)
  return cache
}

/** A page of the base file: its texts are decoded when read, and written again as they were read. */
class PackedPage implements CachedPage {
  readonly #texts: PackedTexts
  readonly #index: number
  constructor(
    readonly hash: string,
    texts: PackedTexts,
    index: number,
  ) {
    this.#texts = texts
    this.#index = index
  }
  get model(): string {
    return this.#texts.text(this.#index)
  }
  get checks(): string {
    return this.#texts.text(this.#index + 1)
  }
  /** The bytes of model and checks, as the base holds them. */
  bytes(): [Buffer, Buffer] {
    return [this.#texts.bytes(this.#index), this.#texts.bytes(this.#index + 1)]
  }
}

/** The pages of a base file of `version`; undefined when it is of another version or damaged. */
function pagesOf(
  base: PackedTexts,
  version: string,
): { pages: Map<string, CachedPage>; generation: string } | undefined {
  const meta = base.meta as { version?: unknown; generation?: unknown; pages?: unknown } | undefined
  if (meta?.version !== version || typeof meta.generation !== 'string' || !Array.isArray(meta.pages))
    return undefined
  // Two texts per page: anything else is a damaged file.
  if (base.count !== meta.pages.length * 2) return undefined
  const pages = new Map<string, CachedPage>()
  for (const [index, page] of (meta.pages as unknown[]).entries()) {
    const [file, hash] = Array.isArray(page) ? page : []
    if (typeof file !== 'string' || typeof hash !== 'string') return undefined
    pages.set(file, new PackedPage(hash, base, index * 2))
  }
  return { pages, generation: meta.generation }
}

function applyLogLine(cache: PageCacheFile, line: string): void {
  if (line === '') return
  let change: { generation?: unknown; file?: unknown; entry?: unknown; deleted?: unknown }
  try {
    change = JSON.parse(line)
  } catch {
    return // torn by an interrupted append
  }
  if (change.generation !== cache.generation || typeof change.file !== 'string') return
  if (change.deleted === true) cache.pages.delete(change.file)
  else if (isCachedPage(change.entry)) cache.pages.set(change.file, change.entry)
}

function isCachedPage(entry: unknown): entry is CachedPage {
  const page = entry as Partial<CachedPage> | undefined
  return typeof page?.hash === 'string' && typeof page.model === 'string' && typeof page.checks === 'string'
}

/** Make the cache hold exactly `pages`: append the changes to the log, or rewrite the base when the
 *  log would outgrow it (a failure to write is not an error of the run). */
export async function savePageCache(
  cache: PageCacheFile,
  pages: ReadonlyMap<string, CachedPage>,
): Promise<void> {
  const changed = [...pages].filter(([file, entry]) => cache.pages.get(file)?.hash !== entry.hash)
  const deleted = [...cache.pages.keys()].filter((file) => !pages.has(file))
  if (changed.length + deleted.length === 0) return
  // Printed as JSON a text only grows: when the texts alone would outgrow the log's share (a cold
  // run, many pages changed), the base is rewritten without printing the log lines first.
  // Characters are a lower bound of the bytes they take.
  const least = changed.reduce((sum, [, entry]) => sum + entry.model.length + entry.checks.length, 0)
  const log = logFits(cache, least) ? logText(cache.generation, changed, deleted) : undefined
  // Bytes, as the base's size is: a page's texts may hold non-ASCII characters.
  const appended = log === undefined ? 0 : Buffer.byteLength(log)
  if (log !== undefined && logFits(cache, appended)) {
    try {
      await appendFile(logPath(cache), log)
      cache.logBytes += appended
    } catch {
      return // see writeCacheFile
    }
  } else await rewriteBase(cache, pages)
  cache.pages = new Map(pages)
}

/** The log lines of changed and deleted pages, each ending with a line break. */
function logText(
  generation: string,
  changed: readonly [string, CachedPage][],
  deleted: readonly string[],
): string {
  const lines = [
    ...changed.map(([file, entry]) =>
      // Fields named: a page read from the base has its texts as getters, which stringify skips.
      JSON.stringify({
        generation,
        file,
        entry: { hash: entry.hash, model: entry.model, checks: entry.checks },
      }),
    ),
    ...deleted.map((file) => JSON.stringify({ generation, file, deleted: true })),
  ]
  return `${lines.join('\n')}\n`
}

/** Whether `appended` more bytes keep the log under a quarter of the base (else it is cheaper
 *  to rewrite the base than to replay the log on every load). */
function logFits(cache: PageCacheFile, appended: number): boolean {
  return cache.generation !== '' && (cache.logBytes + appended) * 4 < cache.baseBytes
}

async function rewriteBase(cache: PageCacheFile, pages: ReadonlyMap<string, CachedPage>): Promise<void> {
  cache.generation = randomUUID()
  const files = [...pages.keys()].sort()
  const entries = files.map((file) => pages.get(file) as CachedPage)
  const meta = {
    version: cache.version,
    generation: cache.generation,
    pages: files.map((file, index) => [file, entries[index]?.hash]),
  }
  const texts = entries.flatMap((entry): (string | Buffer)[] =>
    entry instanceof PackedPage ? entry.bytes() : [entry.model, entry.checks],
  )
  cache.baseBytes = await writePackedTexts(cache.path, meta, texts)
  await rm(logPath(cache), { force: true }).catch(() => undefined)
  cache.logBytes = 0
}
