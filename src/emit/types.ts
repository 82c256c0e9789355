/**
 * emit types: the model's types → `types/index.ts`, and placeholders for referenced but
 * undocumented types → `undocumented.ts`. Each declaration is a ts-morph structure (plain data)
 * printed on its own, through the memo when there is one: after a small docs change only the
 * changed declarations are printed, in one batch (`printStatements`: on a worker thread when a run
 * has started one), and ts-morph is loaded only when some declaration must be printed.
 * The file is assembled exactly as one batched print of all statements would lay it out
 * (`joinStatements`).
 */
import type { InterfaceDeclarationStructure, OptionalKind } from 'ts-morph'
import type { ApiModel, EnumTypeDef, ObjectTypeDef, TypeRef, UndocumentedType } from '../model.js'
import { isNullable } from '../shape/nullable.js'
import { jsDocText, propertyKey, stringLiteral } from './escape.js'
import { GENERATED_HEADER, type GeneratedFile } from './generated-file.js'
import { type EmitMemo, unitKey } from './memo.js'
import { printStatements, statementPrinterReady } from './print/printer.js'
import { type PrintRequest, printerVersion, type Statement } from './print/statement.js'
import { type TsNames, type TsScope, topLevelAlias, tsTypeOf, withCardinality } from './type-names.js'

export { GENERATED_HEADER }

// A run that started the printer worker waits here, without blocking, until the worker can print.
await statementPrinterReady()

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
  const texts = statementTexts(declarations, memo)
  const top: StatementText[] = []
  const namespaces = new Map<string, StatementText[]>()
  declarations.forEach(({ namespace, statement }, index) => {
    const printed = { kind: statement.kind, text: texts[index] as string }
    if (!namespace) top.push(printed)
    else {
      const members = namespaces.get(namespace) ?? []
      members.push(printed)
      namespaces.set(namespace, members)
    }
  })
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
 * Each declaration's text, indented for a namespace body when it is in one: the memo's where it has
 * it, the others printed in one batch. A key holds all the printer reads: the structure, the
 * indentation, and the printer's version.
 */
function statementTexts(declarations: readonly Declaration[], memo: EmitMemo | undefined): string[] {
  const requests: PrintRequest[] = declarations.map(({ namespace, statement }) => ({
    statement,
    inNamespace: namespace !== undefined,
  }))
  if (!memo) return printStatements(requests)
  const keyed = requests.map((request) => ({ request, key: statementKey(request) }))
  const missing = keyed.filter(({ key }) => !memo.has(key))
  const texts = printStatements(missing.map(({ request }) => request))
  const printed = new Map(missing.map(({ key }, index) => [key, texts[index] as string]))
  // The memo makes only the keys it lacks, all of them printed above.
  return keyed.map(({ key }) => memo.text(key, () => printed.get(key) as string))
}

function statementKey({ statement, inNamespace }: PrintRequest): string {
  return unitKey(inNamespace ? 'types.namespaced' : 'types.top', printerVersion(), JSON.stringify(statement))
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
        type: withCardinality(typeOf(property.type), property.collection, isNullable(property)),
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
