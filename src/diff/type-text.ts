/** Types as the diff prints and compares them: `String`, `microsoft.graph.x`, `Collection(String)`. */
import type { ParameterDef, TypeRef } from '../model.js'
import { typesOfParameter } from '../shape/parameters.js'

export function typeText(type: TypeRef): string {
  if (type.kind === 'primitive') return type.name
  if (type.kind === 'named') return type.resolved ?? type.name
  return type.text || 'unknown'
}

export function cardinalText(type: TypeRef, collection: boolean): string {
  return collection ? `Collection(${typeText(type)})` : typeText(type)
}

/** Each type a parameter takes (`typesOfParameter`): `x`, `x | y`, `Collection(x | y)`. */
export function parameterTypeText(parameter: ParameterDef): string {
  // In one order: the docs may offer the same types in another.
  const types = typesOfParameter(parameter).map(typeText).sort().join(' | ')
  return parameter.collection ? `Collection(${types})` : types
}

/** Whether `next` takes every value `old` takes: it offers each type `old` offers, and more. */
export function widensParameter(old: ParameterDef, next: ParameterDef): boolean {
  const offered = new Set(typesOfParameter(next).map((type) => typeText(type).toLowerCase()))
  return (
    old.collection === next.collection &&
    typesOfParameter(old).every((type) => offered.has(typeText(type).toLowerCase()))
  )
}

/** Type names compare without letter case: a type renamed in case is reported once, on the type. */
export function sameTypeText(a: string | undefined, b: string | undefined): boolean {
  return a?.toLowerCase() === b?.toLowerCase()
}
