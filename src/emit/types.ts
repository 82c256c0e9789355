/**
 * emit types: the model's types → `types/index.ts`, and placeholders for referenced but
 * undocumented types → `undocumented.ts`, through ts-morph structures created in one batch
 * (one source file structure with all statements; per-interface calls are quadratic), printed
 * without a parse of the printed text.
 */
import {
  type InterfaceDeclarationStructure,
  ModuleDeclarationKind,
  printStructure,
  type StatementStructures,
  StructureKind,
  type TypeAliasDeclarationStructure,
} from 'ts-morph'
import type { ApiModel, EnumTypeDef, ObjectTypeDef, TypeRef, UndocumentedType } from '../model.js'
import { jsDocText, propertyKey, stringLiteral } from './escape.js'
import { GENERATED_HEADER, type GeneratedFile } from './generated-file.js'
import { type TsNames, type TsScope, topLevelAlias, tsTypeOf, withCardinality } from './type-names.js'

export { GENERATED_HEADER }

interface Declaration {
  namespace?: string
  statement: StatementStructures
}

export function emitTypes(model: ApiModel, names: TsNames): GeneratedFile[] {
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
      statement: { kind: StructureKind.TypeAlias, name: topLevelAlias(alias, ''), type: alias },
    })
  const placeholders = Object.values(model.undocumented).flatMap((type) => {
    const name = names.get(type.qualifiedName)
    if (!name) return []
    const statement = placeholder(type, name.name)
    return [name.namespace ? { namespace: name.namespace, statement } : { statement }]
  })
  const imports = placeholders.length > 0 ? "import type * as Undocumented from '../undocumented.js'\n\n" : ''
  return [
    { path: 'types/index.ts', text: GENERATED_HEADER + imports + printModule(declarations) },
    { path: 'undocumented.ts', text: GENERATED_HEADER + UNDOCUMENTED_INTRO + printModule(placeholders) },
  ]
}

const UNDOCUMENTED_INTRO = `/*
 * Types the docs reference but no page in the docs folder defines. Each is a placeholder
 * (\`unknown\`, or an empty interface where it is a base type) until its page is added.
 */
`

function printModule(declarations: readonly Declaration[]): string {
  const top: StatementStructures[] = []
  const namespaces = new Map<string, StatementStructures[]>()
  for (const { namespace, statement } of declarations) {
    if (!namespace) top.push(statement)
    else namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), statement])
  }
  for (const [namespace, statements] of [...namespaces].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    top.push({
      kind: StructureKind.Module,
      name: namespace,
      isExported: true,
      declarationKind: ModuleDeclarationKind.Namespace,
      statements,
    })
  if (top.length === 0) return 'export {}\n'
  // Printed straight from the structures, as a Project's source file would print them (same
  // defaults), without parsing the text back into a syntax tree.
  const text = printStructure({ kind: StructureKind.SourceFile, statements: top })
  return text.endsWith('\n') ? text : `${text}\n`
}

function placeholder(type: UndocumentedType, name: string): StatementStructures {
  const where = type.targets.length > 0 ? ` (linked page: ${type.targets.join(', ')})` : ''
  const docs = [
    { description: jsDocText(`${type.qualifiedName} is not documented in this docs tree${where}.`) },
  ]
  return type.asBaseType
    ? { kind: StructureKind.Interface, name, isExported: true, docs }
    : { kind: StructureKind.TypeAlias, name, isExported: true, type: 'unknown', docs }
}

function enumAlias(type: EnumTypeDef, name: string): TypeAliasDeclarationStructure {
  const members = type.members.map((member) => stringLiteral(member.name))
  const docs = docsOf(type.description)
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    type: members.length > 0 ? members.join(' | ') : 'string',
    ...(docs ? { docs } : {}),
  }
}

function objectInterface(
  type: ObjectTypeDef,
  name: string,
  typeOf: (ref: TypeRef) => string,
): InterfaceDeclarationStructure {
  const docs = docsOf(type.description)
  return {
    kind: StructureKind.Interface,
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
}

function docsOf(description: string): { description: string }[] | undefined {
  const text = jsDocText(description)
  return text ? [{ description: text }] : undefined
}
