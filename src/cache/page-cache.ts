/**
 * The per-page cache: for each page of a docs folder, the key it had (see `page-hash.ts`) and the
 * JSON of its page model and of its page checks' results, in one file per docs folder:
 *   <cache-dir>/pages/<sha256 of the docs folder's absolute path>.json
 *   { "version": "0.1.0+…", "pages": { "api/user-get.md": { "hash": "…", "model": "{…}", "checks": "{…}" } } }
 * Written back with exactly the pages of the current run, so deleted pages drop out; a cache
 * written by another doc2ts version is ignored.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

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
  pages: Map<string, CachedPage>
}

export function pageCachePath(cacheDir: string, docsDir: string): string {
  const key = createHash('sha256').update(resolve(docsDir)).digest('hex').slice(0, 24)
  return join(cacheDir, 'pages', `${key}.json`)
}

/** The cached pages of `docsDir`; empty when there is no cache, it is unreadable or of another version. */
export async function loadPageCache(
  cacheDir: string,
  docsDir: string,
  version: string,
): Promise<PageCacheFile> {
  const path = pageCachePath(cacheDir, docsDir)
  const pages = new Map<string, CachedPage>()
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as {
      version?: unknown
      pages?: Record<string, CachedPage>
    }
    if (parsed.version === version && parsed.pages && typeof parsed.pages === 'object')
      for (const [file, entry] of Object.entries(parsed.pages))
        if (
          typeof entry?.hash === 'string' &&
          typeof entry.model === 'string' &&
          typeof entry.checks === 'string'
        )
          pages.set(file, entry)
  } catch {
    // No cache yet, or a damaged one: start cold.
  }
  return { path, version, pages }
}

/** Replace the cache file with `pages` (atomically; a failure to write is not an error of the run). */
export async function savePageCache(
  cache: PageCacheFile,
  pages: ReadonlyMap<string, CachedPage>,
): Promise<void> {
  const record: Record<string, CachedPage> = {}
  for (const file of [...pages.keys()].sort()) record[file] = pages.get(file) as CachedPage
  await writeCacheFile(cache.path, JSON.stringify({ version: cache.version, pages: record }))
}

/** Write a cache file through a temp file and a rename; failures are ignored (a read-only or full
 *  cache folder only costs speed). */
export async function writeCacheFile(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`
    await writeFile(temp, text)
    await rename(temp, path)
  } catch {
    // Ignored, see above.
  }
}
