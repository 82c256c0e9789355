/**
 * Where a printed diagnostic points: its docs-relative file joined to the docs folder and made
 * relative to the working directory, with `/` separators, as compilers and linters print paths,
 * so that a terminal or an editor opens `packages/api-docs/api/x.md:12:5` from where doc2ts ran
 * (in a monorepo, the docs folder is rarely the working directory); docs outside it are printed
 * by their absolute path. JSON output and report files keep the docs-relative `file`.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'

/** The printed path of a docs-relative `file` of `docsDir`. */
export function shownPath(docsDir: string, cwd = process.cwd()): (file: string) => string {
  // A folder given with Windows separators names the same folder anywhere.
  const root = resolve(cwd, docsDir.split('\\').join('/'))
  if (root === resolve(cwd)) return (file) => file
  return (file) => {
    const full = resolve(root, file)
    const shown = relative(cwd, full)
    const outside = shown === '..' || shown.startsWith(`..${sep}`) || isAbsolute(shown)
    return (outside ? full : shown).split(sep).join('/')
  }
}

/** `items` with their `file` as printed (`shownPath`). */
export function withShownPaths<T extends { file: string }>(items: readonly T[], docsDir: string): T[] {
  const shown = shownPath(docsDir)
  return items.map((item) => ({ ...item, file: shown(item.file) }))
}
