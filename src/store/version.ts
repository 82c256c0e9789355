/**
 * doc2ts's own version, part of every cache key: the package version plus a fingerprint of the
 * code that runs (the contents of `dist/` or `src/` but their declaration files, and of
 * `templates/`; well under a megabyte),
 * so a new release, or a changed working copy, never reuses results computed by another doc2ts.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

const codeDir = fileURLToPath(new URL('..', import.meta.url))
const packageDir = join(codeDir, '..')

/** The `version` of doc2ts's package.json (what `doc2ts --version` prints). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version
}

export function doc2tsVersion(): string {
  if (cached !== undefined) return cached
  const fingerprint = createHash('sha256')
  for (const dir of [codeDir, join(packageDir, 'templates')]) addTree(fingerprint, dir)
  cached = `${packageVersion()}+${fingerprint.digest('hex').slice(0, 16)}`
  return cached
}

function addTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let entries: string[]
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
  } catch {
    return
  }
  for (const entry of entries) {
    // Declarations describe the code and do not run: half of `dist/`, read on every run.
    if (entry.endsWith('.d.ts')) continue
    const info = statSync(join(dir, entry), { throwIfNoEntry: false })
    if (info?.isFile())
      hash
        .update(`${entry}\0`)
        .update(readFileSync(join(dir, entry)))
        .update('\n')
  }
}
