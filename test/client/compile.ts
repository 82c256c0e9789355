/**
 * Type-check TypeScript sources with the compiler API, `strict` on, nothing emitted: `files` are
 * virtual (path → text) and take precedence over the disk; libraries and `@types/node` come from
 * the repository. Returns the diagnostics as `file:line:column message` lines.
 */
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const REPO = fileURLToPath(new URL('../../', import.meta.url))

export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: ['node'],
  typeRoots: [`${REPO}node_modules/@types`],
  skipLibCheck: true,
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
  const program = ts.createProgram({ rootNames: [...roots], options: STRICT_OPTIONS, host })
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    if (!diagnostic.file || diagnostic.start === undefined) return message
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
    return `${diagnostic.file.fileName}:${line + 1}:${character + 1} ${message}`
  })
}

/** Where in-memory generated output is placed for type-checking (inside the repo, never written). */
export const VIRTUAL_OUT = `${REPO}.virtual-generated/`
export const REPO_ROOT = REPO
