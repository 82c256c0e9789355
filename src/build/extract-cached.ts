/**
 * Page models for a run: taken from the cache when a page's key is unchanged, extracted otherwise.
 * Every model goes through JSON (the cache's form), so a run with, without or half from the cache
 * links exactly the same data.
 */
import type { PageChecks } from '../check/page-checks.js'
import type { ExtractedPage } from '../extract/page-entry.js'
import type { PageModel } from '../model.js'
import type { PageInput } from '../read-docs.js'
import type { ParsedPage } from '../session/parsed-pages.js'
import type { CachedPage } from '../store/page-cache.js'

export interface CachedExtraction {
  models: PageModel[]
  /** The page checks' results, `checks[i]` of `models[i]`. */
  checks: PageChecks[]
  /** The cache entries of exactly these pages. */
  entries: Map<string, CachedPage>
  /** How many pages were extracted (cache misses). */
  extracted: number
}

/** Extract and page-check pages (see `extractAndCheck`), in order. */
export type ExtractMany = (pages: readonly PageInput[]) => Promise<ExtractedPage[]>

export async function extractWithCache(
  pages: readonly PageInput[],
  keys: ReadonlyMap<string, string>,
  previous: ReadonlyMap<string, CachedPage>,
  extract: ExtractMany,
  parse: (entry: CachedPage) => ParsedPage,
): Promise<CachedExtraction> {
  const entries = new Map<string, CachedPage>()
  const misses: { page: PageInput; hash: string }[] = []
  for (const page of pages) {
    const hash = keys.get(page.file) as string
    const hit = previous.get(page.file)
    if (hit?.hash === hash) entries.set(page.file, hit)
    else misses.push({ page, hash })
  }
  const fresh = misses.length > 0 ? await extract(misses.map((miss) => miss.page)) : []
  misses.forEach((miss, index) => {
    const extracted = fresh[index] as ExtractedPage
    entries.set(miss.page.file, { hash: miss.hash, model: extracted.model, checks: extracted.checks })
  })
  const parsed = pages.map((page) => parse(entries.get(page.file) as CachedPage))
  const models = parsed.map((page) => page.model)
  const checks = parsed.map((page) => page.checks)
  return { models, checks, entries, extracted: misses.length }
}
