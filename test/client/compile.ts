/**
 * Type-check TypeScript sources with the compiler API, `strict` on, nothing emitted: `files` are
 * virtual (path → text) and take precedence over the disk; libraries and `@types/node` come from
 * the repository. Returns the diagnostics as `file:line:column message` lines.
 */
import ts from 'typescript'
import { STRICT_OPTIONS as BASE_OPTIONS, REPO_ROOT, typeErrorsOf } from '../support/type-check.js'

export const STRICT_OPTIONS: ts.CompilerOptions = {
  ...BASE_OPTIONS,
  noUnusedLocals: true,
  lib: ['lib.es2023.d.ts'],
}

/** Diagnostics of `roots` (paths in `files` or on disk), with `files` overlaid on the disk. */
export function typeCheck(files: ReadonlyMap<string, string>, roots: readonly string[]): string[] {
  const host = ts.createCompilerHost(STRICT_OPTIONS)
  const getSourceFile = host.getSourceFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  const readFile = host.readFile.bind(host)
  host.fileExists = (path) => files.has(path) || fileExists(path)
  host.readFile = (path) => files.get(path) ?? readFile(path)
  const directoryExists = host.directoryExists?.bind(host)
  host.directoryExists = (path) => {
    const prefix = path.endsWith('/') ? path : `${path}/`
    return [...files.keys()].some((file) => file.startsWith(prefix)) || (directoryExists?.(path) ?? true)
  }
  host.getSourceFile = (path, language, onError, create) => {
    const text = files.get(path)
    return text === undefined
      ? getSourceFile(path, language, onError, create)
      : ts.createSourceFile(path, text, language, true)
  }
  return typeErrorsOf(roots, STRICT_OPTIONS, host)
}

/** Where in-memory generated output is placed for type-checking (inside the repo, never written). */
export const VIRTUAL_OUT = `${REPO_ROOT}.virtual-generated/`
export { REPO_ROOT }

/** 1-based numbers of the lines of `source` marked `// error`: the lines expected not to compile. */
export function markedErrorLines(source: string): number[] {
  return source.split('\n').flatMap((line, index) => (/\/\/ error\b/.test(line) ? [index + 1] : []))
}

/** 1-based line numbers of the diagnostics of `path`, each once, in order. */
export function errorLinesOf(diagnostics: readonly string[], path: string): number[] {
  const lines = diagnostics.flatMap((line) => {
    if (!line.startsWith(`${path}:`)) return []
    const [lineNumber = ''] = line.slice(path.length + 1).split(':')
    return [Number(lineNumber)]
  })
  return [...new Set(lines)].sort((a, b) => a - b)
}
