/**
 * What one link keeps for the next link of the same session (keys and invalidation: the session's
 * doc comment, `src/session/index.ts`).
 */
import type { PageModel, TypeDef } from '../model.js'
import { ModelInterner } from '../session/model-interner.js'
import { ExampleReads } from '../shape/examples.js'
import type { TypedObject } from './example-objects.js'
import type { FrozenMerge } from './merge-types.js'
import { type LastLink, structureOf } from './relink-descriptions.js'

export class LinkMemo {
  /** The typed objects of the example bodies the last link read, by body text. */
  bodies: ReadonlyMap<string, readonly TypedObject[]> = new Map()
  /** Merges of frozen definitions, by the first definition. */
  readonly merges = new WeakMap<TypeDef, FrozenMerge>()
  /** The last link of frozen page models, as interned. */
  last: LastLink | undefined
  /** `structureOf` each frozen page model (`link.structures`). */
  readonly #structures = new WeakMap<PageModel, string>()

  /** `interner`: the session's, which makes the model's unchanged parts the last run's objects;
   *  `examples`: the session's reads of the examples, which shape and the checks read after link. */
  constructor(
    readonly interner = new ModelInterner(),
    readonly examples = new ExampleReads(),
  ) {}

  /** A frozen page model's `structureOf`, made once. */
  structureOf(page: PageModel): string {
    let structure = this.#structures.get(page)
    if (structure === undefined) {
      structure = structureOf(page)
      if (Object.isFrozen(page)) this.#structures.set(page, structure)
    }
    return structure
  }
}
