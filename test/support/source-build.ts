/**
 * The current `src/` as JavaScript, for tests of code that runs outside vitest's module runner
 * (worker threads, child processes), where `dist/` may be stale or missing. Each file goes
 * through the transform vitest itself applies to TypeScript (oxc, by way of vite), into a fresh
 * folder beside `src/`, so that paths relative to the code (`../../templates/`, node_modules)
 * resolve as they do from `dist/`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { transformWithOxc } from 'vite'
import { REPO_ROOT } from './type-check.js'

export interface SourceBuild {
  /** The built module of `src/<path>`, named with its `.js` extension as in imports. */
  url(path: string): URL
  remove(): void
}

export async function buildSource(): Promise<SourceBuild> {
  const src = join(REPO_ROOT, 'src')
  const out = mkdtempSync(join(REPO_ROOT, '.test-dist-'))
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))
  await Promise.all(
    files.map(async (file) => {
      const { code } = await transformWithOxc(readFileSync(join(src, file), 'utf8'), file, { lang: 'ts' })
      const target = join(out, file.replace(/\.ts$/, '.js'))
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, code)
    }),
  )
  return {
    url: (path) => pathToFileURL(join(out, path)),
    remove: () => rmSync(out, { recursive: true, force: true }),
  }
}
