/**
 * TypeScript names for the model's types, shared by every emitter: `microsoft.graph.user` → `User`
 * at top level, `microsoft.graph.callRecords.session` → `Session` in namespace `CallRecords`.
 * Names are made unique within their namespace, so two doc names never collide after sanitising.
 */
import { DEFAULT_NAMESPACE, TYPE_ANNOTATION } from '../format-defaults.js'
import type { ApiModel, ParameterDef, PrimitiveName, TypeRef } from '../model.js'
import { collectDerivedTypes, type DerivedTypes } from '../shape/derived-types.js'
import { type BodyShape, bindsEntities } from '../shape/operation-shape.js'
import { typesOfParameter } from '../shape/parameters.js'
import { pascalCase, propertyKey, uniqueIdentifier } from './escape.js'

export interface TsName {
  /** `types/index.ts`, or `undocumented.ts` for placeholders of types no page defines. */
  module: 'types' | 'undocumented'
  /** TS namespace (`CallRecords`), or undefined at top level. */
  namespace?: string
  name: string
  /**
   * For a type others derive from: the alias of the union of it (unless abstract: `sentAsItself`)
   * and its derived types (`AnyDirectoryObject`), declared in `types/index.ts`, in `unionNamespace`
   * (undefined: top level).
   */
  union?: { namespace?: string; name: string }
  /** For a derived type: its type guard (`isGroup`), a top-level function of `types/index.ts`. */
  guard?: string
}

/** How one generated module reaches the others: `T.` and `U.` from the client, '' and `Undocumented.` from types. */
export interface TsScope {
  namespace?: string
  typesPrefix: string
  undocumentedPrefix: string
}

export type TsNames = Map<string, TsName>

/**
 * Names the emitted modules declare themselves (`import type * as Undocumented`, the guards'
 * helper `hasODataType` and type `NarrowedByTag`), never given to a doc type.
 */
const MODULE_LEVEL_NAMES = ['Undocumented', 'hasODataType', 'NarrowedByTag']

/** The one runtime helper the type guards share. */
export const GUARD_HELPER = 'hasODataType'

/** The type the guards narrow their argument to (see `type-guards.ts`). */
export const GUARD_NARROWING = 'NarrowedByTag'

/**
 * Names of every type, then (so that no doc type's name depends on them) the union aliases of
 * the base types and the guards of the derived types, in the `types` module.
 */
export function assignTsNames(model: ApiModel, derived: DerivedTypes = collectDerivedTypes(model)): TsNames {
  const names: TsNames = new Map()
  const modules = {
    types: new ModuleNames(),
    undocumented: new ModuleNames(),
  }
  for (const module of ['types', 'undocumented'] as const) {
    const declared = module === 'types' ? Object.values(model.types) : Object.values(model.undocumented)
    for (const type of declared) {
      const { namespace, name } = modules[module].take(type.namespace, type.name, pascalCase)
      names.set(type.qualifiedName, namespace ? { module, namespace, name } : { module, name })
    }
  }
  const types = modules.types
  for (const [base, children] of derived) {
    const entry = names.get(base)
    if (entry) entry.union = types.take(namespaceOf(base, model), `Any${entry.name}`)
    for (const child of children) {
      const childEntry = names.get(child)
      if (!childEntry) continue
      const local = childEntry.namespace ? `${childEntry.namespace}${childEntry.name}` : childEntry.name
      childEntry.guard = types.take(DEFAULT_NAMESPACE, `is${local}`).name
    }
  }
  return names
}

function namespaceOf(qualifiedName: string, model: ApiModel): string {
  return (model.types[qualifiedName] ?? model.undocumented[qualifiedName])?.namespace ?? DEFAULT_NAMESPACE
}

/** The names one module has given out, per TS namespace, and the TS names of the doc namespaces. */
class ModuleNames {
  private readonly taken = new Map<string, Set<string>>()
  private readonly namespaceNames = new Map<string, string>()
  private readonly usedNamespaces = new Set<string>(MODULE_LEVEL_NAMES)

  /** A unique name for `text` in doc namespace `docNamespace`, and the TS namespace it lives in. */
  take(
    docNamespace: string,
    text: string,
    make?: (text: string) => string,
  ): { namespace?: string; name: string } {
    let namespace: string | undefined
    if (docNamespace !== DEFAULT_NAMESPACE) {
      namespace = this.namespaceNames.get(docNamespace)
      if (!namespace) {
        const last = docNamespace.slice(docNamespace.lastIndexOf('.') + 1)
        namespace = uniqueIdentifier(last, this.usedNamespaces, pascalCase)
        this.namespaceNames.set(docNamespace, namespace)
      }
    }
    const scope = namespace ?? ''
    const set = this.taken.get(scope) ?? new Set<string>(scope === '' ? MODULE_LEVEL_NAMES : [])
    this.taken.set(scope, set)
    const name = uniqueIdentifier(text, set, make)
    return namespace ? { namespace, name } : { name }
  }
}

const PRIMITIVE_TS: Record<PrimitiveName, string> = {
  String: 'string',
  Guid: 'string',
  DateTimeOffset: 'string',
  Date: 'string',
  TimeOfDay: 'string',
  Duration: 'string',
  Binary: 'string',
  Stream: 'string',
  Boolean: 'boolean',
  Int16: 'number',
  Int32: 'number',
  Int64: 'number',
  Byte: 'number',
  SByte: 'number',
  Single: 'number',
  Double: 'number',
  Decimal: 'number',
  Json: 'unknown',
}

/**
 * The TS type expression for a value the docs declare as `ref`, written in `scope`: for a type
 * others derive from, the union of it and its derived types (Graph sends any of them).
 */
export function tsTypeOf(ref: TypeRef, names: TsNames, scope: TsScope): string {
  const target = targetOf(ref, names)
  if (typeof target === 'string') return target
  return target.union ? referenceTo({ module: 'types', ...target.union }, scope) : referenceTo(target, scope)
}

/** The TS type expression for `ref` itself, never the union (`extends`, `keyof`). */
export function tsExactTypeOf(ref: TypeRef, names: TsNames, scope: TsScope): string {
  const target = targetOf(ref, names)
  return typeof target === 'string' ? target : referenceTo(target, scope)
}

/** The TS name `ref` refers to, or the type text when it refers to none. */
function targetOf(ref: TypeRef, names: TsNames): TsName | string {
  if (ref.kind === 'primitive') return PRIMITIVE_TS[ref.name]
  if (ref.kind === 'unknown' || !ref.resolved) return 'unknown'
  return names.get(ref.resolved) ?? 'unknown'
}

/** A declared name as written in `scope`. */
export function referenceTo(target: Pick<TsName, 'module' | 'namespace' | 'name'>, scope: TsScope): string {
  const local = target.namespace ? `${target.namespace}.${target.name}` : target.name
  if (target.module === 'undocumented') return `${scope.undocumentedPrefix}${local}`
  if (scope.typesPrefix) return `${scope.typesPrefix}${local}`
  if (target.namespace === scope.namespace) return target.name
  return target.namespace ? local : topLevelAlias(target.name, scope.namespace)
}

/** Inside a namespace a top-level name may be shadowed; every namespace reaches top-level types through `Graph$X` aliases. */
export function topLevelAlias(name: string, from: string | undefined): string {
  return from === undefined ? name : `Graph$${name}`
}

/** The types' texts joined as a union, each once; `unknown` where any of them is. */
export function unionOf(types: readonly string[]): string {
  const distinct = [...new Set(types)]
  if (distinct.includes('unknown')) return 'unknown'
  return distinct.length === 0 ? 'unknown' : distinct.join(' | ')
}

/** A body parameter's type text: any of the types it takes (`typesOfParameter`), a collection of
 *  them, `null` too where it is optional (sent to clear a value, as Graph takes it). */
export function parameterTypeText(parameter: ParameterDef, typeOf: (ref: TypeRef) => string): string {
  return withCardinality(
    unionOf(typesOfParameter(parameter).map(typeOf)),
    parameter.collection,
    !parameter.required,
  )
}

export function withCardinality(type: string, collection: boolean, nullable: boolean): string {
  const base = collection ? (/[|&]/.test(type) ? `(${type})[]` : `${type}[]`) : type
  return nullable && base !== 'unknown' ? `${base} | null` : base
}

/** A reference to a type of the model by its qualified name. */
export function refTo(qualifiedName: string): TypeRef {
  return { kind: 'named', name: qualifiedName, resolved: qualifiedName }
}

/** A request body's type text as the client and the handlers take it: `Bindable<T>` where the body
 *  may carry annotations beside its properties (`bindsEntities`), else the text itself; with its
 *  `@odata.type` not optional where the page says the body must carry it (the type's own member
 *  keeps its value: `T & { "@odata.type": string }`). */
export function bodyTypeText(text: string, body: BodyShape, model: Pick<ApiModel, 'types'>): string {
  const bindable = bindsEntities(body, model) ? `Bindable<${text}>` : text
  return body.kind === 'json' && body.typeRequired
    ? `${bindable} & { ${propertyKey(TYPE_ANNOTATION)}: string }`
    : bindable
}
