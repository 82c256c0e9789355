/**
 * Type-check generated TypeScript with the compiler API, as a user's `tsc --strict` would
 * (nodenext, noUncheckedIndexedAccess, nothing emitted; `@types/node` from this repository).
 */
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  typeRoots: [`${REPO_ROOT}node_modules/@types`],
  skipLibCheck: true,
}

/** `file:line:column message` (absolute file) for every error of the program over `roots`. */
export function typeErrorsOf(
  roots: readonly string[],
  options: ts.CompilerOptions = STRICT_OPTIONS,
  host?: ts.CompilerHost,
): string[] {
  const program = ts.createProgram({ rootNames: [...roots], options, ...(host ? { host } : {}) })
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    if (!diagnostic.file || diagnostic.start === undefined) return message
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
    return `${diagnostic.file.fileName}:${line + 1}:${character + 1} ${message}`
  })
}
