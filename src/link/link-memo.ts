/**
 * What one link keeps for the next link of the same session (keys and invalidation: the session's
 * doc comment, `src/session/index.ts`).
 */
import type { TypeDef } from '../model.js'
import type { TypedObject } from './example-objects.js'
import type { FrozenMerge } from './merge-types.js'

export class LinkMemo {
  /** The typed objects of the example bodies the last link read, by body text. */
  bodies: ReadonlyMap<string, readonly TypedObject[]> = new Map()
  /** Merges of frozen definitions, by the first definition. */
  readonly merges = new WeakMap<TypeDef, FrozenMerge>()
}
