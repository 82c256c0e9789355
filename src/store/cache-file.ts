/** The one way a cache file is written (page cache base, run record, emit memo). */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

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
