/**
 * Across the runs of one process (watch mode): each type, placeholder and operation of a newly
 * linked model that is deep-equal to the last run's (same keys in the same order: the same JSON)
 * is replaced by the last run's object, so that what the emitters derived from it
 * (`EmitMemo.derived`) is found again instead of re-derived from the whole model on every save.
 * Link copies only what it resolves and shares the rest with the page models, which are kept
 * across runs (`ParsedPages`): most comparisons meet the same objects and stop at once.
 */
import type { ApiModel, OperationDef } from '../model.js'

export class ModelInterner {
  #last: ApiModel | undefined

  intern(model: ApiModel): ApiModel {
    const last = this.#last
    const interned = last
      ? {
          ...model,
          types: internRecord(last.types, model.types),
          undocumented: internRecord(last.undocumented, model.undocumented),
          operations: internOperations(last.operations, model.operations),
        }
      : model
    this.#last = interned
    return interned
  }
}

function internRecord<T>(
  last: Readonly<Record<string, T>>,
  next: Readonly<Record<string, T>>,
): Record<string, T> {
  const interned: Record<string, T> = {}
  for (const [name, value] of Object.entries(next)) {
    const before = last[name]
    interned[name] = before !== undefined && deepEqual(before, value) ? before : value
  }
  return interned
}

/** Operations matched by id (ids may repeat: matched in order). */
function internOperations(last: readonly OperationDef[], next: readonly OperationDef[]): OperationDef[] {
  const byId = new Map<string, OperationDef[]>()
  for (const operation of last) {
    const same = byId.get(operation.id)
    if (same) same.push(operation)
    else byId.set(operation.id, [operation])
  }
  return next.map((operation) => {
    const before = byId.get(operation.id)?.shift()
    return before && deepEqual(before, operation) ? before : operation
  })
}

/** Equal as JSON would print them: the same members in the same order, recursively. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((item, index) => deepEqual(item, other[index]))
  }
  const keys = Object.keys(a)
  const otherKeys = Object.keys(b)
  if (keys.length !== otherKeys.length) return false
  return keys.every(
    (key, index) =>
      key === otherKeys[index] &&
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
