/**
 * TypeScript names for the model's types, shared by every emitter: `microsoft.graph.user` → `User`
 * at top level, `microsoft.graph.callRecords.session` → `Session` in namespace `CallRecords`.
 * Names are made unique within their namespace, so two doc names never collide after sanitising.
 */
import type { ApiModel, PrimitiveName, TypeRef } from '../model.js'
import { pascalCase, uniqueIdentifier } from './escape.js'

export const TOP_NAMESPACE = 'microsoft.graph'

export interface TsName {
  /** `types/index.ts`, or `undocumented.ts` for placeholders of types no page defines. */
  module: 'types' | 'undocumented'
  /** TS namespace (`CallRecords`), or undefined at top level. */
  namespace?: string
  name: string
}

/** How one generated module reaches the others: `T.` and `U.` from the client, '' and `Undocumented.` from types. */
export interface TsScope {
  namespace?: string
  typesPrefix: string
  undocumentedPrefix: string
}

export type TsNames = Map<string, TsName>

/** Names the emitted modules declare themselves (`import type * as Undocumented`), never given to a doc type. */
const MODULE_LEVEL_NAMES = ['Undocumented']

export function assignTsNames(model: ApiModel): TsNames {
  const names: TsNames = new Map()
  for (const module of ['types', 'undocumented'] as const) {
    const taken = new Map<string, Set<string>>()
    const namespaceNames = new Map<string, string>()
    const usedNamespaces = new Set<string>(MODULE_LEVEL_NAMES)
    const declared = module === 'types' ? Object.values(model.types) : Object.values(model.undocumented)
    for (const type of declared) {
      let namespace: string | undefined
      if (type.namespace !== TOP_NAMESPACE) {
        namespace = namespaceNames.get(type.namespace)
        if (!namespace) {
          const last = type.namespace.slice(type.namespace.lastIndexOf('.') + 1)
          namespace = uniqueIdentifier(last, usedNamespaces, pascalCase)
          namespaceNames.set(type.namespace, namespace)
        }
      }
      const scope = namespace ?? ''
      const set = taken.get(scope) ?? new Set<string>(scope === '' ? MODULE_LEVEL_NAMES : [])
      taken.set(scope, set)
      const entry: TsName = { module, name: uniqueIdentifier(type.name, set, pascalCase) }
      if (namespace) entry.namespace = namespace
      names.set(type.qualifiedName, entry)
    }
  }
  return names
}

const PRIMITIVE_TS: Record<PrimitiveName, string> = {
  String: 'string',
  Guid: 'string',
  DateTimeOffset: 'string',
  DateTime: 'string',
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

/** The TS type expression for `ref`, written in `scope`. */
export function tsTypeOf(ref: TypeRef, names: TsNames, scope: TsScope): string {
  if (ref.kind === 'primitive') return PRIMITIVE_TS[ref.name]
  if (ref.kind === 'unknown' || !ref.resolved) return 'unknown'
  const target = names.get(ref.resolved)
  if (!target) return 'unknown'
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

export function withCardinality(type: string, collection: boolean, nullable: boolean): string {
  const base = collection ? (/[|&]/.test(type) ? `(${type})[]` : `${type}[]`) : type
  return nullable && base !== 'unknown' ? `${base} | null` : base
}
