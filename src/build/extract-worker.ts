/**
 * A worker thread of the extraction pool (see `extract-pool.ts`): batches of pages in, their
 * `extractAndCheck` results out, in the order received.
 */
import { parentPort } from 'node:worker_threads'
import { extractAndCheck } from '../extract/page-entry.js'
import type { PageInput } from '../read-docs.js'

export interface ExtractBatch {
  id: number
  pages: PageInput[]
}

const port = parentPort
if (port)
  port.on('message', (batch: ExtractBatch) => {
    try {
      const results = batch.pages.map((page) => extractAndCheck(page.file, page.text))
      port.postMessage({ id: batch.id, results })
    } catch (error) {
      port.postMessage({ id: batch.id, error: (error as Error).stack ?? String(error) })
    }
  })
