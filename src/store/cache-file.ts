/** The one way a cache file is written (page cache base, run record, emit memo). */
import { mkdir, open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Chunks are written in batches of about this many characters. */
const BATCH = 1 << 20

/** Write a cache file through a temp file and a rename; failures are ignored (a read-only or full
 *  cache folder only costs speed). Given as chunks, the file is written batch by batch, never
 *  joined: page cache and emit memo run to tens of megabytes, which the end of a cold run holds
 *  on top of everything else. */
export async function writeCacheFile(path: string, text: string | Iterable<string>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`
    const file = await open(temp, 'w')
    try {
      let batch: string[] = []
      let length = 0
      for (const chunk of typeof text === 'string' ? [text] : text) {
        batch.push(chunk)
        length += chunk.length
        if (length < BATCH) continue
        await file.write(batch.join(''))
        batch = []
        length = 0
      }
      await file.write(batch.join(''))
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch {
    // Ignored, see above.
  }
}
