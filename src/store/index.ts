/**
 * Disk persistence between processes, all under one cache folder (`--cache-dir`):
 *   pages/<docs folder key>.json (+ .log)   the page cache: each page's key, model and page checks
 *   pages/<docs folder key>.stamps.json     the docs stamps: each page file's stamp and text digest
 *   runs/<run key>.json                     the run record: what the last run wrote and reported
 *   runs/<run key>.memo.json                the emit memo: the emitters' unit texts
 * A `Store` names those files for one docs folder, output folder and set of options; reading and
 * writing them is `page-cache.ts`, `docs-stamps.ts`, `run-record.ts` and `emit-memo.ts`. What is read stays in the
 * session (`src/session/`) for the next run of the same process.
 */
import { docsStampsPath } from './docs-stamps.js'
import { emitMemoPath } from './emit-memo.js'
import { pageCachePath } from './page-cache.js'
import { runRecordPath } from './run-record.js'

export interface Store {
  /** The page cache of the docs folder; its docs stamps lie beside it. */
  pageCachePath: string
  stampsPath: string
  /** The run record; the emit memo lies beside it. */
  recordPath: string
  memoPath: string
  /** Whether the emit memo is written back (watch mode only reads it: rewriting every unit's text
   *  on each save would cost more than it saves). */
  writeMemo: boolean
}

export function openStore(
  cacheDir: string,
  docsDir: string,
  outDir: string,
  options: string,
  writeMemo = true,
): Store {
  const pages = pageCachePath(cacheDir, docsDir)
  const recordPath = runRecordPath(cacheDir, docsDir, outDir, options)
  return {
    pageCachePath: pages,
    stampsPath: docsStampsPath(pages),
    recordPath,
    memoPath: emitMemoPath(recordPath),
    writeMemo,
  }
}
