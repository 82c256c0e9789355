/**
 * emit types: the model's types → `types/index.ts`, and placeholders for referenced but
 * undocumented types → `undocumented.ts`. Each declaration is a ts-morph structure (plain data)
 * printed on its own, through the memo when there is one: after a small docs change only the
 * changed declarations are printed, in one batch (on the emit worker when a run has started it,
 * while the other groups are emitted: `startTypes`), and ts-morph is loaded only when some
 * declaration must be printed.
 * The file is assembled exactly as one batched print of all statements would lay it out
 * (`joinStatements`).
 */
import type { InterfaceDeclarationStructure, JSDocStructure, OptionalKind } from 'ts-morph'
import { TYPE_ANNOTATION } from '../format-defaults.js'
import type { ApiModel, EnumTypeDef, ObjectTypeDef, TypeRef, UndocumentedType } from '../model.js'
import {
  collectDerivedTypes,
  type DerivedTypes,
  odataTypeValue,
  sentAsItself,
} from '../shape/derived-types.js'
import { isNullable } from '../shape/nullable.js'
import { DEFAULT_EMIT_OPTIONS, type EmitOptions } from './emit-options.js'
import { jsDocText, propertyKey, stringLiteral } from './escape.js'
import { fileOfParts, GENERATED_HEADER, type GeneratedFile } from './generated-file.js'
import { type EmitMemo, unitKey } from './memo.js'
import { type PrintRequest, printerVersion, type Statement } from './print/statement.js'
import { emitTypeGuards } from './type-guards.js'
import {
  refTo,
  type TsNames,
  type TsScope,
  topLevelAlias,
  tsExactTypeOf,
  tsTypeOf,
  withCardinality,
} from './type-names.js'
import { printStatementsLater } from './worker/emit-worker.js'

export { GENERATED_HEADER }

interface Declaration {
  namespace?: string
  kind: Statement['kind']
  /** The print key of its statement (`statementKey`), where known without making the statement. */
  key?: string
  statement(): Statement
}

/** The two files, in two steps: the declarations made and posted for printing now, the files once
 *  their texts are taken (see `outputs.ts`). */
export function startTypes(
  model: ApiModel,
  names: TsNames,
  memo?: EmitMemo,
  derived: DerivedTypes = collectDerivedTypes(model),
  { propertyUnions }: EmitOptions = DEFAULT_EMIT_OPTIONS,
): () => GeneratedFile[] {
  const aliasesNeeded = new Set<string>()
  const declarations: Declaration[] = []
  /** Writes type references in the scope of `namespace`, noting in `aliases` the `Graph$X` ones used. */
  const writerIn = (namespace: string | undefined, aliases = aliasesNeeded) => {
    const scope: TsScope = { typesPrefix: '', undocumentedPrefix: 'Undocumented.' }
    if (namespace) scope.namespace = namespace
    const noted = (text: string) => {
      if (text.startsWith('Graph$')) aliases.add(text.slice('Graph$'.length))
      return text
    }
    const exactTypeOf = (ref: TypeRef) => noted(tsExactTypeOf(ref, names, scope))
    return {
      exactTypeOf,
      propertyTypeOf: propertyUnions ? (ref: TypeRef) => noted(tsTypeOf(ref, names, scope)) : exactTypeOf,
      nameOf: (qualifiedName: string) => noted(tsTypeOf(refTo(qualifiedName), names, scope)),
      exactNameOf: (qualifiedName: string) => noted(tsExactTypeOf(refTo(qualifiedName), names, scope)),
    }
  }
  const push = (namespace: string | undefined, statement: Statement) =>
    declarations.push(declarationOf(namespace, statement.kind, () => statement))
  // A type's statement depends on the type, every name, and the option: with a memo, its print key
  // and the aliases it uses are kept with the type object (the same object in the next run of a
  // watch session when unchanged), and the statement is made again only to be printed.
  const namesKey = memo ? unitKey('types.names', JSON.stringify([...names]), String(propertyUnions)) : ''
  for (const type of Object.values(model.types)) {
    const name = names.get(type.qualifiedName)
    if (!name) continue
    const discriminator = name.guard && !name.union ? odataTypeValue(type.qualifiedName) : undefined
    const make = (writer: TypeWriter): Statement =>
      type.kind === 'enum'
        ? enumAlias(type, name.name)
        : objectInterface(type, name.name, writer, discriminator, name.union !== undefined)
    if (!memo) {
      push(name.namespace, make(writerIn(name.namespace)))
      continue
    }
    const known = JSON.parse(
      memo.derived(type, `types.declaration ${namesKey}`, () => {
        const aliases = new Set<string>()
        const statement = make(writerIn(name.namespace, aliases))
        const key = statementKey({ statement, inNamespace: name.namespace !== undefined })
        return JSON.stringify({ key, aliases: [...aliases] })
      }),
    ) as { key: string; aliases: string[] }
    for (const alias of known.aliases) aliasesNeeded.add(alias)
    const kind = type.kind === 'enum' ? 'typeAlias' : 'interface'
    declarations.push({
      ...declarationOf(name.namespace, kind, () => make(writerIn(name.namespace, new Set()))),
      key: known.key,
    })
  }
  for (const [base, children] of derived) {
    const union = names.get(base)?.union
    if (!union) continue
    const writer = writerIn(union.namespace)
    push(union.namespace, unionAlias(base, sentAsItself(base, model, derived), union.name, children, writer))
  }
  for (const alias of [...aliasesNeeded].sort())
    push(undefined, { kind: 'typeAlias', structure: { name: topLevelAlias(alias, ''), type: alias } })
  const placeholders = Object.values(model.undocumented).flatMap((type): Declaration[] => {
    const name = names.get(type.qualifiedName)
    if (!name) return []
    const statement = placeholder(type, name.name)
    return [declarationOf(name.namespace, statement.kind, () => statement)]
  })
  const imports = placeholders.length > 0 ? "import type * as Undocumented from '../undocumented.js'\n\n" : ''
  const guards = emitTypeGuards(names, derived, model)
  const declarationTexts = statementTexts(declarations, memo)
  const placeholderTexts = statementTexts(placeholders, memo)
  // As parts: the writer of a lasting session reuses the bytes of unchanged declarations.
  return () => [
    fileOfParts('types/index.ts', [
      GENERATED_HEADER + imports,
      ...printModule(declarations, declarationTexts()),
      ...(guards ? [`\n${guards}`] : []),
    ]),
    fileOfParts('undocumented.ts', [
      GENERATED_HEADER + UNDOCUMENTED_INTRO,
      ...printModule(placeholders, placeholderTexts()),
    ]),
  ]
}

function declarationOf(
  namespace: string | undefined,
  kind: Statement['kind'],
  statement: () => Statement,
): Declaration {
  return namespace ? { namespace, kind, statement } : { kind, statement }
}

interface TypeWriter {
  /** The type itself (what an interface extends). */
  exactTypeOf(ref: TypeRef): string
  /** A property's type: the declared type itself, or with `propertyUnions` the union of it and its
   *  derived types (that union always types the values the client returns and sends). */
  propertyTypeOf(ref: TypeRef): string
  nameOf(qualifiedName: string): string
  exactNameOf(qualifiedName: string): string
}

/**
 * `AnyAttachment = (Attachment & { '@odata.type'?: '#microsoft.graph.attachment' }) | FileAttachment | …`:
 * the base itself where Graph sends it as itself (`sentAsItself`: not an abstract base, `AnyWebPart =
 * StandardWebPart | TextWebPart`), tagged with its own `@odata.type` so that a comparison with a
 * derived type's value leaves it out, and each derived type (its own union when others derive from
 * it in turn). Only direct children are listed: the compiler flattens the nested unions, the text
 * stays linear.
 */
function unionAlias(
  base: string,
  withSelf: boolean,
  name: string,
  children: readonly string[],
  writer: TypeWriter,
): Statement {
  const self = withSelf
    ? [
        `(${writer.exactNameOf(base)} & { ${propertyKey(TYPE_ANNOTATION)}?: ${stringLiteral(odataTypeValue(base))} })`,
      ]
    : []
  const docs = [
    {
      description: jsDocText(
        `A ${base} as Graph sends it: ${withSelf ? 'the type itself or one' : 'one'} of its derived types, told apart by \`@odata.type\`.`,
      ),
    },
  ]
  return {
    kind: 'typeAlias',
    structure: {
      name,
      isExported: true,
      type: [...self, ...children.map((child) => writer.nameOf(child))].join(' | '),
      docs,
    },
  }
}

const UNDOCUMENTED_INTRO = `/*
 * Types the docs reference but no page in the docs folder defines. Each is a placeholder
 * (\`unknown\`, or an empty interface where it is a base type) until its page is added.
 */
`

/** The module's text, as parts, from each declaration's text. */
function printModule(declarations: readonly Declaration[], texts: readonly string[]): string[] {
  const top: StatementText[] = []
  const namespaces = new Map<string, StatementText[]>()
  declarations.forEach(({ namespace, kind }, index) => {
    const printed = { kind, parts: [texts[index] as string] }
    if (!namespace) top.push(printed)
    else {
      const members = namespaces.get(namespace) ?? []
      members.push(printed)
      namespaces.set(namespace, members)
    }
  })
  for (const [namespace, members] of [...namespaces].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    top.push({
      kind: 'namespace',
      parts: [`export namespace ${namespace} {\n`, ...joinStatements(members), '}\n'],
    })
  if (top.length === 0) return ['export {}\n']
  return joinStatements(top)
}

interface StatementText {
  kind: Statement['kind'] | 'namespace'
  /** As printed alone, first in its block, ending with a line break; in parts. */
  parts: readonly string[]
}

/**
 * Statements as ts-morph's statement printer lays them out: a blank line after a `}` and before
 * an interface or a namespace, a line break otherwise.
 */
function joinStatements(statements: readonly StatementText[]): string[] {
  const parts: string[] = []
  let previous: StatementText | undefined
  for (const statement of statements) {
    if (previous && ((previous.parts.at(-1) ?? '').trimEnd().endsWith('}') || statement.kind !== 'typeAlias'))
      parts.push('\n')
    for (const part of statement.parts) parts.push(part)
    previous = statement
  }
  return parts
}

/**
 * Each declaration's text, indented for a namespace body when it is in one: the memo's where it has
 * it, the others printed in one batch, posted now and taken when called. A key holds all the
 * printer reads: the structure, the indentation, and the printer's version.
 */
function statementTexts(declarations: readonly Declaration[], memo: EmitMemo | undefined): () => string[] {
  const requestOf = ({ namespace, statement }: Declaration): PrintRequest => ({
    statement: statement(),
    inNamespace: namespace !== undefined,
  })
  if (!memo) return printStatementsLater(declarations.map(requestOf))
  const keyed = declarations.map((declaration) => ({
    declaration,
    key: declaration.key ?? statementKey(requestOf(declaration)),
  }))
  const missing = keyed.filter(({ key }) => !memo.has(key))
  const texts = printStatementsLater(missing.map(({ declaration }) => requestOf(declaration)))
  return () => {
    const taken = texts()
    const printed = new Map(missing.map(({ key }, index) => [key, taken[index] as string]))
    // The memo makes only the keys it lacks, all of them printed above.
    return keyed.map(({ key }) => memo.text(key, () => printed.get(key) as string))
  }
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

/** An enum as the union of its members; a flags enum's value may also be several of them,
 *  comma-separated (`'password,sms'`, `'password, sms'`), which a template literal admits. */
function enumAlias(type: EnumTypeDef, name: string): Statement {
  const members = type.members.map((member) => stringLiteral(member.name)).join(' | ')
  const flags = type.flags && members !== ''
  const docs = docsOf(
    flags
      ? `${type.description} A flags enum: a value may name several members, comma-separated.`.trim()
      : type.description,
  )
  return {
    kind: 'typeAlias',
    structure: {
      name,
      isExported: true,
      type: members === '' ? 'string' : flags ? `${members} | \`\${${members}},\${string}\`` : members,
      ...(docs ? { docs } : {}),
    },
  }
}

/**
 * An object type as an interface extending its base, with the `@odata.type` member it is given
 * (`typeAnnotationOf`) replacing a documented `@odata.type` row.
 */
function objectInterface(
  type: ObjectTypeDef,
  name: string,
  writer: TypeWriter,
  discriminator: string | undefined,
  inUnion: boolean,
): Statement {
  const docs = docsOf(type.description)
  const bases = type.baseType ? [writer.exactTypeOf(type.baseType)].filter((base) => base !== 'unknown') : []
  const annotation = typeAnnotationOf(type, bases.length === 0 && !inUnion, discriminator)
  const documented = type.properties.filter((property) => !annotation || property.name !== TYPE_ANNOTATION)
  const properties: NonNullable<OptionalKind<InterfaceDeclarationStructure>['properties']> = annotation
    ? [{ name: propertyKey(TYPE_ANNOTATION), hasQuestionToken: true, type: annotation }]
    : []
  for (const property of documented) {
    const propertyDocs = docsOf(property.description, property.deprecated)
    properties.push({
      name: propertyKey(property.name),
      hasQuestionToken: true,
      type: withCardinality(writer.propertyTypeOf(property.type), property.collection, isNullable(property)),
      ...(propertyDocs ? { docs: propertyDocs } : {}),
    })
  }
  const structure: OptionalKind<InterfaceDeclarationStructure> = {
    name,
    isExported: true,
    extends: bases,
    properties,
    ...(docs ? { docs } : {}),
  }
  return { kind: 'interface', structure }
}

/**
 * The type of an interface's own `@odata.type` member, if it has one. A derived type no other type
 * derives from carries its literal (`discriminator`); a derived type others derive from carries
 * none, since their literals could not extend its own (its union tells it apart: `unionAlias`).
 * A type that extends none and no type derives from (a root others derive from is told apart in
 * its union too, whose `X & { "@odata.type"?: "#…x" }` a value of `X` naming any string could not
 * be) carries any string, as any value may name its type (today's
 * security-alertcomment.md, a complex type of no base, shows
 * `"@odata.type": "#microsoft.graph.security.alertComment"`, and security-alert-post-comments.md
 * sends it without `#`), unless it lists no member: an empty interface takes any object already,
 * and one member would make it refuse the members an open value sends (the sample's
 * externalconnectors-properties.md, "None." properties, whose items send their own).
 */
function typeAnnotationOf(
  type: ObjectTypeDef,
  standsAlone: boolean,
  discriminator: string | undefined,
): string | undefined {
  if (discriminator) return stringLiteral(discriminator)
  return standsAlone && type.properties.length > 0 ? 'string' : undefined
}

/** A declaration's JSDoc: its description, and `@deprecated` where the docs mark it so. */
function docsOf(description: string, deprecated?: true): OptionalKind<JSDocStructure>[] | undefined {
  const text = jsDocText(description)
  if (deprecated) return [{ description: text, tags: [{ tagName: 'deprecated' }] }]
  return text ? [{ description: text }] : undefined
}
