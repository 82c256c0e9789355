/**
 * Across the runs of one process (watch mode): each type, placeholder and operation of a newly
 * linked model that is deep-equal to the last run's (same keys in the same order: the same JSON)
 * is replaced by the last run's object, so that what the emitters derived from it
 * (`EmitMemo.derived`) is found again instead of re-derived from the whole model on every save.
 * Link copies only what it resolves and shares the rest with the page models, which are kept
 * across runs (`ParsedPages`): most comparisons meet the same objects and stop at once.
 */
import type { ApiModel, OperationDef, TypeDef } from '../model.js'

/** Parts of a model made again: types by qualified name, operations by their place in the list. */
export interface ModelChanges {
  types: ReadonlyMap<string, TypeDef>
  operations: ReadonlyMap<number, OperationDef>
}

export class ModelInterner {
  #last: ApiModel | undefined

  /**
   * `base` with `changes` made, as interned. When `base` is the last model interned, only the
   * changed parts are compared (the rest are its objects already): a save costs what it changed.
   */
  internChanges(base: ApiModel, changes: ModelChanges): ApiModel {
    if (base !== this.#last) return this.intern(withChanges(base, changes))
    const changed = {
      types: new Map([...changes.types].filter(([name, type]) => !deepEqual(base.types[name], type))),
      operations: new Map(
        [...changes.operations].filter(([index, operation]) => !deepEqual(base.operations[index], operation)),
      ),
    }
    this.#last = withChanges(base, changed)
    return this.#last
  }

  intern(model: ApiModel): ApiModel {
    const last = this.#last
    if (model === last) return last
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

/** `base` with the parts of `changes` replaced; its own records and list where nothing changed in them. */
function withChanges(base: ApiModel, { types, operations }: ModelChanges): ApiModel {
  if (types.size === 0 && operations.size === 0) return base
  const record = types.size === 0 ? base.types : { ...base.types, ...Object.fromEntries(types) }
  const list = operations.size === 0 ? base.operations : base.operations.map((o, i) => operations.get(i) ?? o)
  return { ...base, types: record, operations: list }
}

/** The record of `next`'s values, each the last run's where deep-equal; the last record itself
 *  where every value and name is its (what was derived from the whole record holds then). */
function internRecord<T>(
  last: Readonly<Record<string, T>>,
  next: Readonly<Record<string, T>>,
): Readonly<Record<string, T>> {
  const interned: Record<string, T> = {}
  let same = Object.keys(last).length === Object.keys(next).length
  for (const [name, value] of Object.entries(next)) {
    const before = Object.hasOwn(last, name) ? last[name] : undefined
    const kept = before !== undefined && deepEqual(before, value) ? before : value
    interned[name] = kept
    same &&= kept === before
  }
  // Equal values under the same names, in the same order: JSON prints the record alike.
  return same && sameOrder(last, interned) ? last : interned
}

function sameOrder(a: object, b: object): boolean {
  const keysOfA = Object.keys(a)
  const keysOfB = Object.keys(b)
  return keysOfA.every((key, index) => key === keysOfB[index])
}

/** Operations matched by id (ids may repeat: matched in order); the last list itself where every
 *  operation is its, in its order. */
function internOperations(
  last: readonly OperationDef[],
  next: readonly OperationDef[],
): readonly OperationDef[] {
  const byId = new Map<string, OperationDef[]>()
  for (const operation of last) {
    const same = byId.get(operation.id)
    if (same) same.push(operation)
    else byId.set(operation.id, [operation])
  }
  const interned = next.map((operation) => {
    const before = byId.get(operation.id)?.shift()
    return before && deepEqual(before, operation) ? before : operation
  })
  return interned.length === last.length && interned.every((operation, index) => operation === last[index])
    ? last
    : interned
}

/** Equal as JSON would print them: the same members in the same order, recursively. Loops, not
 *  `every`: a full link compares every type and operation with the last run's, and a closure per
 *  object compared was most of what a structural save's link allocated. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    if (a.length !== other.length) return false
    for (let index = 0; index < a.length; index++) if (!deepEqual(a[index], other[index])) return false
    return true
  }
  const keys = Object.keys(a)
  const otherKeys = Object.keys(b)
  if (keys.length !== otherKeys.length) return false
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string
    if (key !== otherKeys[index]) return false
    if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}
