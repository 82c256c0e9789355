/** Type-check generated files with the TypeScript compiler API (strict, nodenext, noEmit). */
import { join } from 'node:path'
import ts from 'typescript'

export function typeErrors(dir: string, roots: readonly string[]): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    skipLibCheck: true,
  }
  const program = ts.createProgram(
    roots.map((root) => join(dir, root)),
    options,
  )
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}
