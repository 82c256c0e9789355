/**
 * Each object type's documented base type, by qualified name: what tells the pages of one route
 * apart as the general page and its special cases (`same-route.ts`).
 *   microsoft.graph.eventMessageRequest → microsoft.graph.eventMessage → microsoft.graph.message
 *
 * Reads: each object type's `baseType`.
 */
import type { ApiModel } from '../model.js'

/** Base type by type, qualified names; a type without a resolved base has no entry. */
export type BaseTypes = ReadonlyMap<string, string>

export function baseTypesOf(types: ApiModel['types']): BaseTypes {
  const bases = new Map<string, string>()
  for (const type of Object.values(types))
    if (type.kind !== 'enum' && type.baseType?.kind === 'named' && type.baseType.resolved)
      bases.set(type.qualifiedName, type.baseType.resolved)
  return bases
}

/** Whether two base-type maps say the same (a session keeps the last while they do). */
export function sameBaseTypes(a: BaseTypes, b: BaseTypes): boolean {
  if (a === b) return true
  if (a.size !== b.size) return false
  for (const [name, base] of a) if (b.get(name) !== base) return false
  return true
}

/** Whether `ancestor` is a base of `type`, directly or through other bases (not `type` itself). */
export function derivesFrom(bases: BaseTypes, type: string, ancestor: string): boolean {
  const seen = new Set<string>([type])
  for (let base = bases.get(type); base !== undefined && !seen.has(base); base = bases.get(base)) {
    if (base === ancestor) return true
    seen.add(base)
  }
  return false
}

/** The nearest type every one of `types` is or derives from; undefined when they share none. */
export function commonBase(bases: BaseTypes, types: readonly string[]): string | undefined {
  const [first, ...rest] = types
  const seen = new Set<string>()
  for (
    let candidate = first;
    candidate !== undefined && !seen.has(candidate);
    candidate = bases.get(candidate)
  ) {
    seen.add(candidate)
    const at = candidate
    if (rest.every((type) => type === at || derivesFrom(bases, type, at))) return at
  }
  return undefined
}
