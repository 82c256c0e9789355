/**
 * Memoised text of output units (one declaration of `types/index.ts`, one path item of
 * `openapi.json`…), so that re-emitting after a small docs change rebuilds only the units whose
 * inputs changed. A key is a content hash of everything the unit's text depends on, prefixed with
 * the emitter's tag (`unitKey`); never a name alone, so a memo from another model cannot leak
 * stale text. Emitters take an optional memo; their output is the same with or without one.
 */
import { createHash } from 'node:crypto'
import { getOrCreate } from '../get-or-create.js'

/**
 * Strings derived from a model object alone (its key, its printed text), kept while the object
 * lives: across the runs of one process, model parts equal to the last run's are the very same
 * objects (`src/session/model-interner.ts`), and what was derived from them is not derived again.
 */
export type DerivedTexts = WeakMap<object, Map<string, string>>

export class EmitMemo {
  readonly #known: ReadonlyMap<string, string>
  readonly #used = new Map<string, string>()
  readonly #derived: DerivedTexts
  readonly #encoded = new Map<string, Buffer>()

  /** `known`: the texts of earlier runs, read as they are (a stored memo decodes a text only when
   *  it is used). */
  constructor(known: ReadonlyMap<string, string> = new Map(), derived: DerivedTexts = new WeakMap()) {
    this.#known = known
    this.#derived = derived
  }

  /** `make()`, a function of `object`'s content only, remembered for `object` under `tag`. */
  derived(object: object, tag: string, make: () => string): string {
    let texts = this.#derived.get(object)
    if (!texts) {
      texts = new Map()
      this.#derived.set(object, texts)
    }
    let text = texts.get(tag)
    if (text === undefined) {
      text = make()
      texts.set(tag, text)
    }
    return text
  }

  /** `text`'s UTF-8 bytes, encoded once in this run: model.json's units are hashed as bytes and
   *  then written as those bytes (tens of megabytes a run in a new process). */
  encoded(text: string): Buffer {
    return getOrCreate(this.#encoded, text, () => Buffer.from(text))
  }

  /** The texts `encoded` encoded in this run, for the writer. */
  encodedTexts(): ReadonlyMap<string, Buffer> {
    return this.#encoded
  }

  /** The text stored under `key`, else `make()`'s (then stored). `holds`: whether a stored text
   *  is still right (a text whose key cannot name everything it depends on records what it read). */
  text(key: string, make: () => string, holds: (text: string) => boolean = () => true): string {
    let text = this.#used.get(key) ?? this.#known.get(key)
    if (text === undefined || !holds(text)) text = make()
    this.#used.set(key, text)
    return text
  }

  /** Whether `text(key, …)` would find a text without making it. */
  has(key: string): boolean {
    return this.#used.has(key) || this.#known.has(key)
  }

  /** The entries used by this run only. */
  used(): Map<string, string> {
    return new Map(this.#used)
  }

  /** What to keep for the next run: the entries this run used and, of each emitter that did not
   *  run (its output group was unchanged), every entry known before. An emitter's keys share a
   *  tag (`unitKey`): a tag this run used keeps only its used entries. */
  kept(): Map<string, string> {
    const used = new Set([...this.#used.keys()].map(tagOf))
    const kept = new Map(this.#used)
    // By key: a stored memo decodes only the texts carried over.
    for (const key of this.#known.keys())
      if (!used.has(tagOf(key))) kept.set(key, this.#known.get(key) as string)
    return kept
  }
}

/** The emitter's tag of a key made by `unitKey`. */
const tagOf = (key: string) => key.split(':', 1)[0]

/** `tag:sha1` of `parts`, each length-prefixed so that no two different lists hash alike. */
export function unitKey(tag: string, ...parts: readonly string[]): string {
  const sha = createHash('sha1')
  // UTF-8 turns lone surrogates into U+FFFD: such (rare) text is hashed as UTF-16 instead.
  for (const part of parts)
    if (isWellFormed(part)) sha.update(`u${part.length}:`).update(part, 'utf8')
    else sha.update(`w${part.length}:`).update(part, 'utf16le')
  return `${tag}:${sha.digest('hex')}`
}

/** `unitKey(tag, text)` from `text`'s UTF-8 bytes, when they are at hand. */
export function unitKeyOfBytes(tag: string, text: string, bytes: Uint8Array): string {
  if (!isWellFormed(text)) return unitKey(tag, text)
  return `${tag}:${createHash('sha1').update(`u${text.length}:`).update(bytes).digest('hex')}`
}

/** `String.prototype.isWellFormed` (Node 20; not in the ES2023 typings). */
export function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed()
}

/** `make()` through `memo` under the key `key()`, computed only when there is a memo. */
export function memoised(memo: EmitMemo | undefined, key: () => string, make: () => string): string {
  return memo ? memo.text(key(), make) : make()
}
