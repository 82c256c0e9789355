/**
 * Values derived from part of a model, kept across the emits of a lasting session with what they
 * read of it. A kept value holds while its inputs are the same (compared with `===`: interned
 * model objects, strings) and every part of the model it read is the same object in the new model
 * (`src/session/model-interner.ts` keeps the objects of unchanged types). What a value read is
 * recorded, not declared: `make` gets the model through a view that notes each `types[name]` and
 * `undocumented[name]` it reads, and each other member of the model it touches (a value that
 * enumerated a whole record holds only while the record itself is the same object).
 */
import type { ApiModel } from '../model.js'
import { sameElements } from '../same-elements.js'

type NamedRecord = 'types' | 'undocumented'

/** What a value read of the model. */
interface Reads {
  /** Each name read from a record, with what the record held for it (undefined: nothing). */
  readonly names: Record<NamedRecord, Map<string, unknown>>
  /** Members read whole (a record enumerated, the operations, the pages…), with what they were. */
  readonly whole: Map<keyof ApiModel, unknown>
}

interface Kept<V> {
  readonly inputs: readonly unknown[]
  readonly reads: Reads
  readonly value: V
}

/** Values kept per owner: one per verb of a node, and a few older ones. */
const KEPT_PER_OWNER = 8

export class ReadMemo<V> {
  readonly #kept = new WeakMap<object, Kept<V>[]>()

  /** The value `make` derives from `model` and `inputs`, kept under `owner` (an object the value
   *  belongs to, such as its first route) for the next emit. */
  value(owner: object, inputs: readonly unknown[], model: ApiModel, make: (model: ApiModel) => V): V {
    const kept = this.#kept.get(owner) ?? []
    const same = kept.find((entry) => sameElements(entry.inputs, inputs))
    if (same && stillRead(same.reads, model)) return same.value
    const reads: Reads = { names: { types: new Map(), undocumented: new Map() }, whole: new Map() }
    const value = make(new RecordingView(model, reads))
    // The latest few per owner: inputs that changed (another name key…) are not asked for again.
    const others = kept.filter((entry) => entry !== same).slice(1 - KEPT_PER_OWNER)
    this.#kept.set(owner, [...others, { inputs, reads, value }])
    return value
  }
}

/** `make(model)`, through `memo` where there is one (kept under `owner` with `inputs`). */
export function keptValue<V>(
  memo: ReadMemo<V> | undefined,
  owner: object,
  inputs: readonly unknown[],
  model: ApiModel,
  make: (model: ApiModel) => V,
): V {
  return memo ? memo.value(owner, inputs, model, make) : make(model)
}

function stillRead(reads: Reads, model: ApiModel): boolean {
  for (const [member, was] of reads.whole) if (model[member] !== was) return false
  for (const record of ['types', 'undocumented'] as const) {
    const now = model[record] as Readonly<Record<string, unknown>>
    for (const [name, was] of reads.names[record]) if (valueAt(now, name) !== was) return false
  }
  return true
}

/** What `record[name]` reads, own members only (a type may be named `constructor`). */
function valueAt(record: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined
}

/** `model` as `make` reads it, noting into `reads` what it reads (a class: its getters are on the
 *  prototype, so a view costs one small object; spread, it would lose them). */
class RecordingView implements ApiModel {
  readonly #model: ApiModel
  readonly #reads: Reads
  readonly types: ApiModel['types']
  readonly undocumented: ApiModel['undocumented']

  constructor(model: ApiModel, reads: Reads) {
    this.#model = model
    this.#reads = reads
    this.types = recordingRecord(model.types, 'types', reads)
    this.undocumented = recordingRecord(model.undocumented, 'undocumented', reads)
  }

  get operations(): ApiModel['operations'] {
    return this.#whole('operations')
  }
  get diagnostics(): ApiModel['diagnostics'] {
    return this.#whole('diagnostics')
  }
  get pages(): ApiModel['pages'] {
    return this.#whole('pages')
  }

  #whole<K extends keyof ApiModel>(member: K): ApiModel[K] {
    this.#reads.whole.set(member, this.#model[member])
    return this.#model[member]
  }
}

/** `record` through a proxy noting each name read, or the record read whole. */
function recordingRecord<T>(
  record: Readonly<Record<string, T>>,
  member: NamedRecord,
  reads: Reads,
): Readonly<Record<string, T>> {
  const names = reads.names[member]
  const note = (key: string | symbol) => {
    if (typeof key === 'string') names.set(key, valueAt(record, key))
  }
  return new Proxy(record, {
    get(target, key) {
      note(key)
      return Reflect.get(target, key)
    },
    has(target, key) {
      note(key)
      return Reflect.has(target, key)
    },
    getOwnPropertyDescriptor(target, key) {
      note(key)
      return Reflect.getOwnPropertyDescriptor(target, key)
    },
    ownKeys(target) {
      reads.whole.set(member, record)
      return Reflect.ownKeys(target)
    },
  })
}
