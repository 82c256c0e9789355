/** The one way a cache file is written (page cache base, run record, emit memo). */
import { mkdir, open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Chunks are written in batches of about this many bytes, and at most this many at once. */
const BATCH_BYTES = 1 << 20
const BATCH_CHUNKS = 1024

/** Write a cache file through a temp file and a rename; failures are ignored (a read-only or full
 *  cache folder only costs speed). Given as chunks (texts, or bytes written as they are), the file
 *  is written batch by batch, never joined: page cache and emit memo run to tens of megabytes,
 *  which the end of a cold run holds on top of everything else. */
export async function writeCacheFile(path: string, text: string | Iterable<string | Buffer>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`
    const file = await open(temp, 'w')
    try {
      let batch: Buffer[] = []
      let bytes = 0
      for (const chunk of typeof text === 'string' ? [text] : text) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
        batch.push(buffer)
        bytes += buffer.length
        if (bytes < BATCH_BYTES && batch.length < BATCH_CHUNKS) continue
        await file.writev(batch)
        batch = []
        bytes = 0
      }
      await file.writev(batch)
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch {
    // Ignored, see above.
  }
}
