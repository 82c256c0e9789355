/**
 * Extraction on a pool of worker threads, one per core: pages go out in small batches to whichever
 * worker is free, results come back into their page's slot, so the output is the same as in one
 * thread whatever the number of workers or the order they finish in. Few pages (a save in watch
 * mode, one page changed) stay in this thread: starting a worker and loading remark in it costs
 * more than extracting them. So does running from the TypeScript sources (tests), where there is
 * no compiled worker.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ExtractedPage } from '../extract/page-entry.js'
import type { Progress } from '../progress.js'
import type { PageInput } from '../read-docs.js'
import type { ExtractMany } from './extract-cached.js'
import type { ExtractBatch } from './extract-worker.js'

export interface PoolOptions {
  /** Worker threads; default one per core. Fewer than 2: everything in this thread. */
  threads?: number
  /** Fewer misses than this are extracted in this thread. */
  minPages?: number
  /** Pages per message. */
  batch?: number
  /** The worker script; default the compiled `extract-worker.js` beside this module. */
  workerUrl?: URL
  progress?: Progress
}

const DEFAULT_WORKER = new URL('./extract-worker.js', import.meta.url)

/** An `ExtractMany` running on worker threads when that pays, else `inProcess`. */
export function extractOnPool(inProcess: ExtractMany, options: PoolOptions = {}): ExtractMany {
  const threads = options.threads ?? availableParallelism()
  const minPages = options.minPages ?? 150
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER
  return async (pages) => {
    const usable = threads >= 2 && pages.length >= minPages && existsSync(fileURLToPath(workerUrl))
    if (!usable) return inProcess(pages)
    return runPool(pages, threads, workerUrl, options)
  }
}

function runPool(
  pages: readonly PageInput[],
  threads: number,
  workerUrl: URL,
  options: PoolOptions,
): Promise<ExtractedPage[]> {
  const size = options.batch ?? 8
  const results: ExtractedPage[] = new Array(pages.length)
  let next = 0
  let done = 0
  const workers: Worker[] = []
  return new Promise<ExtractedPage[]>((resolve, reject) => {
    let failed = false
    const fail = (error: Error) => {
      if (failed) return
      failed = true
      for (const worker of workers) void worker.terminate()
      reject(error)
    }
    const feed = (worker: Worker) => {
      if (next >= pages.length) return false
      const batch: ExtractBatch = { id: next, pages: pages.slice(next, next + size) as PageInput[] }
      next += batch.pages.length
      worker.postMessage(batch)
      return true
    }
    for (let index = 0; index < threads; index++) {
      const worker = new Worker(workerUrl)
      workers.push(worker)
      worker.on('message', (message: { id: number; results?: ExtractedPage[]; error?: string }) => {
        if (message.error !== undefined || !message.results) {
          fail(new Error(`extraction worker failed: ${message.error}`))
          return
        }
        message.results.forEach((result, offset) => {
          results[message.id + offset] = result
        })
        done += message.results.length
        options.progress?.pages(done, pages.length)
        if (done === pages.length) {
          for (const each of workers) void each.terminate()
          resolve(results)
        } else feed(worker)
      })
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (done < pages.length) fail(new Error(`extraction worker exited with code ${code}`))
      })
      // Two batches in flight per worker, so it never waits for the next one.
      feed(worker)
      feed(worker)
    }
  })
}
