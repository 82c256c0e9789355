/**
 * The per-page cache: for each page of a docs folder, the key it had (see `page-hash.ts`) and the
 * JSON of its page model and of its page checks' results, per docs folder in two files:
 *   <cache-dir>/pages/<sha256 of the docs folder's absolute path>.json   the base, in lines:
 *     { "version": "0.1.0+…", "generation": "…", "pages": 7668 }
 *     then three lines per page: ["api/user-get.md", "<hash>"], the model's JSON, the checks' JSON
 *     (JSON text has no raw line breaks; a model kept as a line is read without unescaping it from a
 *     JSON string, which took as long again as parsing it on a large tree)
 *   <…>.log   the changes since, one JSON line each: { "generation", "file", "entry" } or
 *     { "generation", "file", "deleted": true }
 * A save after a few changed pages appends their lines instead of rewriting every page (tens of
 * megabytes on a large tree); once the log outgrows a quarter of the base, the base is rewritten
 * and the log emptied. Lines of another generation (a log left beside a rewritten base) and torn
 * lines are ignored; a cache written by another doc2ts version is ignored.
 */
import { createHash, randomUUID } from 'node:crypto'
import { appendFile, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { writeCacheFile } from './cache-file.js'

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
  const key = createHash('sha256').update(resolve(docsDir)).digest('hex').slice(0, 24)
  return join(cacheDir, 'pages', `${key}.json`)
}

const logPath = (cache: Pick<PageCacheFile, 'path'>) => cache.path.replace(/\.json$/, '.log')

/** The cached pages of `docsDir`; empty when there is no cache, it is unreadable or of another version. */
export async function loadPageCache(
  cacheDir: string,
  docsDir: string,
  version: string,
): Promise<PageCacheFile> {
  const path = pageCachePath(cacheDir, docsDir)
  const cache: PageCacheFile = { path, version, pages: new Map(), generation: '', baseBytes: 0, logBytes: 0 }
  try {
    const text = await readFile(path, 'utf8')
    const pages = parseBase(text, version)
    if (!pages) return cache
    cache.pages = pages.pages
    cache.generation = pages.generation
    cache.baseBytes = text.length
  } catch {
    // No cache yet, or a damaged one: start cold.
    return cache
  }
  const log = await readFile(logPath(cache), 'utf8').catch(() => '')
  cache.logBytes = log.length
  for (const line of log.split('\n')) applyLogLine(cache, line)
  return cache
}

/** The pages of a base file of `version`; undefined when it is of another version or damaged. */
function parseBase(
  text: string,
  version: string,
): { pages: Map<string, CachedPage>; generation: string } | undefined {
  const lines = text.split('\n')
  const header = JSON.parse(lines[0] ?? '') as { version?: unknown; generation?: unknown; pages?: unknown }
  if (header.version !== version || typeof header.generation !== 'string') return undefined
  // Three lines per page and a final line break: anything else is a damaged file.
  if (typeof header.pages !== 'number' || lines.length !== header.pages * 3 + 2 || lines.at(-1) !== '')
    return undefined
  const pages = new Map<string, CachedPage>()
  for (let line = 1; line < lines.length - 1; line += 3) {
    const [file, hash] = JSON.parse(lines[line] as string) as unknown[]
    if (typeof file !== 'string' || typeof hash !== 'string') return undefined
    pages.set(file, { hash, model: lines[line + 1] as string, checks: lines[line + 2] as string })
  }
  return { pages, generation: header.generation }
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
  const lines: string[] = []
  for (const [file, entry] of pages)
    if (cache.pages.get(file)?.hash !== entry.hash)
      lines.push(JSON.stringify({ generation: cache.generation, file, entry }))
  for (const file of cache.pages.keys())
    if (!pages.has(file)) lines.push(JSON.stringify({ generation: cache.generation, file, deleted: true }))
  if (lines.length === 0) return
  const appended = lines.join('\n').length + 1
  if (cache.generation !== '' && (cache.logBytes + appended) * 4 < cache.baseBytes) {
    try {
      await appendFile(logPath(cache), `${lines.join('\n')}\n`)
      cache.logBytes += appended
    } catch {
      return // see writeCacheFile
    }
  } else await rewriteBase(cache, pages)
  cache.pages = new Map(pages)
}

async function rewriteBase(cache: PageCacheFile, pages: ReadonlyMap<string, CachedPage>): Promise<void> {
  cache.generation = randomUUID()
  const lines = [JSON.stringify({ version: cache.version, generation: cache.generation, pages: pages.size })]
  for (const file of [...pages.keys()].sort()) {
    const entry = pages.get(file) as CachedPage
    lines.push(JSON.stringify([file, entry.hash]), entry.model, entry.checks)
  }
  await writeCacheFile(
    cache.path,
    lines.map((line) => `${line}\n`),
  )
  await rm(logPath(cache), { force: true }).catch(() => undefined)
  cache.baseBytes = lines.reduce((sum, line) => sum + line.length + 1, 0)
  cache.logBytes = 0
}
