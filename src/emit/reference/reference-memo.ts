/**
 * What the reference emitter keeps between runs of one session (keys and invalidation: the
 * session's doc comment, `src/session/index.ts`).
 */
import { LastOperations } from '../../last-operations.js'
import type { OperationDef } from '../../model.js'

/** Operations grouped by resource (`groupByResource`). */
export interface ResourceGroup {
  name: string
  link?: string
  operations: OperationDef[]
}

export class ReferenceMemo {
  /** The resource groups of the last list of operations and type facts. */
  readonly groups = new LastOperations<readonly ResourceGroup[]>()
  /** Each unit's memo key (an operation or type object), with the type facts and the diagnostics
   *  text it was made with. */
  readonly keys = new WeakMap<object, { facts: string; diagnostics: string; key: string }>()
}
