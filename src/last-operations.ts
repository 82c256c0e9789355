/**
 * A value derived from the whole list of a model's operations (and a few other inputs), kept for
 * the last list it was derived from: model parts are never changed once built, and in watch mode
 * an unchanged operation is the very object of the last run (`src/session/model-interner.ts`), so
 * a list holding the same objects in the same order (a save that changed only types) gets the same
 * value while the other inputs are the same too.
 */
import type { OperationDef } from './model.js'
import { sameElements } from './same-elements.js'

export class LastOperations<T> {
  #last: { operations: readonly OperationDef[]; inputs: readonly unknown[]; value: T } | undefined

  /** `derive(operations)`, or the last value when `operations` holds the last list's objects and
   *  `inputs` are the last ones (compared with `===`). */
  get(
    operations: readonly OperationDef[],
    derive: (operations: readonly OperationDef[]) => T,
    inputs: readonly unknown[] = [],
  ): T {
    const last = this.#last
    if (last && sameElements(last.inputs, inputs) && sameElements(last.operations, operations))
      return last.value
    const value = derive(operations)
    // A copy: the caller's array may change later.
    this.#last = { operations: [...operations], inputs, value }
    return value
  }
}
