/** Types as the diff prints and compares them: `String`, `microsoft.graph.x`, `Collection(String)`. */
import type { TypeRef } from '../model.js'

export function typeText(type: TypeRef): string {
  if (type.kind === 'primitive') return type.name
  if (type.kind === 'named') return type.resolved ?? type.name
  return type.text || 'unknown'
}

export function cardinalText(type: TypeRef, collection: boolean): string {
  return collection ? `Collection(${typeText(type)})` : typeText(type)
}

/** Type names compare without letter case: a type renamed in case is reported once, on the type. */
export function sameTypeText(a: string | undefined, b: string | undefined): boolean {
  return a?.toLowerCase() === b?.toLowerCase()
}
