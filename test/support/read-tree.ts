import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Every file below `dir` (path relative to it) with its text: two output folders compare equal
 *  when they hold the same files with the same bytes. */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const full = join(entry.parentPath, entry.name)
      files[full.slice(dir.length + 1)] = await readFile(full, 'utf8')
    }
  return files
}
