/**
 * One declaration of `types/index.ts` or `undocumented.ts` as a ts-morph structure — plain data,
 * so that it can be sent to a worker thread (`src/emit/worker/emit-worker.ts`) — and its text as ts-morph prints it.
 */
import { createRequire } from 'node:module'
import type { InterfaceDeclarationStructure, OptionalKind, TypeAliasDeclarationStructure } from 'ts-morph'

/** One top-level or namespace statement: its structure without `kind`, which `printStatement` adds. */
export type Statement =
  | { kind: 'interface'; structure: OptionalKind<InterfaceDeclarationStructure> }
  | { kind: 'typeAlias'; structure: OptionalKind<TypeAliasDeclarationStructure> }

/** A statement to print, indented for a namespace body when `inNamespace`. */
export interface PrintRequest {
  statement: Statement
  inNamespace: boolean
}

const requireHere = createRequire(import.meta.url)

type TsMorph = typeof import('ts-morph')
let tsMorph: TsMorph | undefined
let tsMorphVersion: string | undefined

/** The version of the printer, part of every memo key of a printed statement. */
export function printerVersion(): string {
  tsMorphVersion ??= (requireHere('ts-morph/package.json') as { version: string }).version
  return tsMorphVersion
}

/** ts-morph, imported on first use: with TypeScript, ≈ 0.4 s. */
export function loadPrinter(): TsMorph {
  tsMorph ??= requireHere('ts-morph') as TsMorph
  return tsMorph
}

/** Printed straight from the structure with ts-morph's defaults, without parsing the text back. */
export function printStatement({ statement, inNamespace }: PrintRequest): string {
  const { ModuleDeclarationKind, printStructure, StructureKind } = loadPrinter()
  const structure: InterfaceDeclarationStructure | TypeAliasDeclarationStructure =
    statement.kind === 'interface'
      ? { ...statement.structure, kind: StructureKind.Interface }
      : { ...statement.structure, kind: StructureKind.TypeAlias }
  if (!inNamespace) return printStructure({ kind: StructureKind.SourceFile, statements: [structure] })
  // A namespace's only statement, cut out of it: indented as the body of a namespace.
  const wrapped = printStructure({
    kind: StructureKind.SourceFile,
    statements: [
      {
        kind: StructureKind.Module,
        name: 'N',
        declarationKind: ModuleDeclarationKind.Namespace,
        statements: [structure],
      },
    ],
  })
  return wrapped.slice(wrapped.indexOf('\n') + 1, wrapped.lastIndexOf('}'))
}
