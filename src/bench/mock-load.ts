/**
 * The mock server's throughput, from the server developer's `runMockLoad` when this build has
 * one (any compiled module under `dist/` or `bench/` exporting it); undefined otherwise.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

type RunMockLoad = (docsDir: string) => Promise<unknown>

export async function findRunMockLoad(roots: readonly string[]): Promise<RunMockLoad | undefined> {
  for (const root of roots) {
    const entries = await readdir(root, { recursive: true }).catch(() => [] as string[])
    for (const entry of entries.sort()) {
      if (!/\.(m?js)$/.test(entry)) continue
      const path = join(root, entry)
      const text = await readFile(path, 'utf8').catch(() => '')
      if (!/export\s+(async\s+)?function\s+runMockLoad\b|export\s*\{[^}]*\brunMockLoad\b/.test(text)) continue
      const module = (await import(pathToFileURL(path).href)) as { runMockLoad?: RunMockLoad }
      if (typeof module.runMockLoad === 'function') return module.runMockLoad
    }
  }
  return undefined
}
