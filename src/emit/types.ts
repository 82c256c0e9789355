/**
 * emit types: the model's types → `types/index.ts`, and placeholders for referenced but
 * undocumented types → `undocumented.ts`. Each declaration is a ts-morph structure (plain data)
 * printed on its own, through the memo when there is one: after a small docs change only the
 * changed declarations are printed, and ts-morph is loaded only when some declaration must be.
 * The file is assembled exactly as one batched print of all statements would lay it out
 * (`joinStatements`).
 */
import { createRequire } from 'node:module'
import type { InterfaceDeclarationStructure, OptionalKind, TypeAliasDeclarationStructure } from 'ts-morph'
import type { ApiModel, EnumTypeDef, ObjectTypeDef, TypeRef, UndocumentedType } from '../model.js'
import { jsDocText, propertyKey, stringLiteral } from './escape.js'
import { GENERATED_HEADER, type GeneratedFile } from './generated-file.js'
import { type EmitMemo, memoised, unitKey } from './memo.js'
import { type TsNames, type TsScope, topLevelAlias, tsTypeOf, withCardinality } from './type-names.js'

export { GENERATED_HEADER }

/** One top-level or namespace statement: its structure without `kind`, which `printStatement` adds. */
type Statement =
  | { kind: 'interface'; structure: OptionalKind<InterfaceDeclarationStructure> }
  | { kind: 'typeAlias'; structure: OptionalKind<TypeAliasDeclarationStructure> }

interface Declaration {
  namespace?: string
  statement: Statement
}

export function emitTypes(model: ApiModel, names: TsNames, memo?: EmitMemo): GeneratedFile[] {
  const aliasesNeeded = new Set<string>()
  const declarations: Declaration[] = []
  for (const type of Object.values(model.types)) {
    const name = names.get(type.qualifiedName)
    if (!name) continue
    const scope: TsScope = { typesPrefix: '', undocumentedPrefix: 'Undocumented.' }
    if (name.namespace) scope.namespace = name.namespace
    const typeOf = (ref: TypeRef) => {
      const text = tsTypeOf(ref, names, scope)
      if (text.startsWith('Graph$')) aliasesNeeded.add(text.slice('Graph$'.length))
      return text
    }
    const statement =
      type.kind === 'enum' ? enumAlias(type, name.name) : objectInterface(type, name.name, typeOf)
    declarations.push(name.namespace ? { namespace: name.namespace, statement } : { statement })
  }
  for (const alias of [...aliasesNeeded].sort())
    declarations.push({
      statement: { kind: 'typeAlias', structure: { name: topLevelAlias(alias, ''), type: alias } },
    })
  const placeholders = Object.values(model.undocumented).flatMap((type) => {
    const name = names.get(type.qualifiedName)
    if (!name) return []
    const statement = placeholder(type, name.name)
    return [name.namespace ? { namespace: name.namespace, statement } : { statement }]
  })
  const imports = placeholders.length > 0 ? "import type * as Undocumented from '../undocumented.js'\n\n" : ''
  return [
    { path: 'types/index.ts', text: GENERATED_HEADER + imports + printModule(declarations, memo) },
    {
      path: 'undocumented.ts',
      text: GENERATED_HEADER + UNDOCUMENTED_INTRO + printModule(placeholders, memo),
    },
  ]
}

const UNDOCUMENTED_INTRO = `/*
 * Types the docs reference but no page in the docs folder defines. Each is a placeholder
 * (\`unknown\`, or an empty interface where it is a base type) until its page is added.
 */
`

function printModule(declarations: readonly Declaration[], memo: EmitMemo | undefined): string {
  const top: StatementText[] = []
  const namespaces = new Map<string, StatementText[]>()
  for (const { namespace, statement } of declarations) {
    const printed = { kind: statement.kind, text: statementText(statement, namespace !== undefined, memo) }
    if (!namespace) top.push(printed)
    else {
      const members = namespaces.get(namespace) ?? []
      members.push(printed)
      namespaces.set(namespace, members)
    }
  }
  for (const [namespace, members] of [...namespaces].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    top.push({ kind: 'namespace', text: `export namespace ${namespace} {\n${joinStatements(members)}}\n` })
  if (top.length === 0) return 'export {}\n'
  return joinStatements(top)
}

interface StatementText {
  kind: Statement['kind'] | 'namespace'
  /** As printed alone, first in its block, ending with a line break. */
  text: string
}

/**
 * Statements as ts-morph's statement printer lays them out: a blank line after a `}` and before
 * an interface or a namespace, a line break otherwise.
 */
function joinStatements(statements: readonly StatementText[]): string {
  const parts: string[] = []
  let previous: StatementText | undefined
  for (const statement of statements) {
    if (previous && (previous.text.trimEnd().endsWith('}') || statement.kind !== 'typeAlias'))
      parts.push('\n')
    parts.push(statement.text)
    previous = statement
  }
  return parts.join('')
}

/**
 * The statement's text, indented for a namespace body when `inNamespace`. The key holds all the
 * printer reads: the structure, the indentation, and the printer's version.
 */
function statementText(statement: Statement, inNamespace: boolean, memo: EmitMemo | undefined): string {
  return memoised(
    memo,
    () =>
      unitKey(inNamespace ? 'types.namespaced' : 'types.top', printerVersion(), JSON.stringify(statement)),
    () => printStatement(statement, inNamespace),
  )
}

const requireHere = createRequire(import.meta.url)

type TsMorph = typeof import('ts-morph')
let tsMorph: TsMorph | undefined
let tsMorphVersion: string | undefined

function printerVersion(): string {
  tsMorphVersion ??= (requireHere('ts-morph/package.json') as { version: string }).version
  return tsMorphVersion
}

/** Printed straight from the structure with ts-morph's defaults, without parsing the text back. */
function printStatement(statement: Statement, inNamespace: boolean): string {
  // Loaded on first use: importing ts-morph costs ≈ 0.3 s, needless when the memo has every statement.
  tsMorph ??= requireHere('ts-morph') as TsMorph
  const { ModuleDeclarationKind, printStructure, StructureKind } = tsMorph
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

function placeholder(type: UndocumentedType, name: string): Statement {
  const where = type.targets.length > 0 ? ` (linked page: ${type.targets.join(', ')})` : ''
  const docs = [
    { description: jsDocText(`${type.qualifiedName} is not documented in this docs tree${where}.`) },
  ]
  return type.asBaseType
    ? { kind: 'interface', structure: { name, isExported: true, docs } }
    : { kind: 'typeAlias', structure: { name, isExported: true, type: 'unknown', docs } }
}

function enumAlias(type: EnumTypeDef, name: string): Statement {
  const members = type.members.map((member) => stringLiteral(member.name))
  const docs = docsOf(type.description)
  return {
    kind: 'typeAlias',
    structure: {
      name,
      isExported: true,
      type: members.length > 0 ? members.join(' | ') : 'string',
      ...(docs ? { docs } : {}),
    },
  }
}

function objectInterface(type: ObjectTypeDef, name: string, typeOf: (ref: TypeRef) => string): Statement {
  const docs = docsOf(type.description)
  const structure: OptionalKind<InterfaceDeclarationStructure> = {
    name,
    isExported: true,
    extends: type.baseType ? [typeOf(type.baseType)].filter((base) => base !== 'unknown') : [],
    properties: type.properties.map((property) => {
      const propertyDocs = docsOf(property.description)
      return {
        name: propertyKey(property.name),
        hasQuestionToken: true,
        type: withCardinality(typeOf(property.type), property.collection, property.nullable === true),
        ...(propertyDocs ? { docs: propertyDocs } : {}),
      }
    }),
    ...(docs ? { docs } : {}),
  }
  return { kind: 'interface', structure }
}

function docsOf(description: string): { description: string }[] | undefined {
  const text = jsDocText(description)
  return text ? [{ description: text }] : undefined
}
