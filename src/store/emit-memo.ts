/**
 * The emitters' unit texts (`src/emit/memo.ts`) on disk, beside the run record, so that the next
 * `generate` re-prints only the units whose inputs changed:
 *   <cache-dir>/runs/<run key>.memo.json   packed texts (`packed-texts.ts`): meta
 *     { "version": "0.1.0+…", "keys": [key, …] } and each key's text, decoded only when used
 * Keys hash a unit's inputs but not the emitter's code, so entries of another doc2ts version are
 * ignored.
 */
import { isWellFormed } from '../emit/memo.js'
import { type PackedTexts, readPackedTexts, writePackedTexts } from './packed-texts.js'

/** The memo file beside a run record. */
export const emitMemoPath = (recordPath: string) => recordPath.replace(/\.json$/, '.memo.json')

/** The texts of a memo file by key, each decoded when read (a warm run reads none of them). */
export class StoredTexts implements ReadonlyMap<string, string> {
  readonly #texts: PackedTexts
  readonly #index: ReadonlyMap<string, number>
  readonly #decoded = new Map<string, Buffer>()

  constructor(texts: PackedTexts, keys: readonly string[]) {
    this.#texts = texts
    this.#index = new Map(keys.map((key, index) => [key, index]))
  }

  get size(): number {
    return this.#index.size
  }
  has(key: string): boolean {
    return this.#index.has(key)
  }
  get(key: string): string | undefined {
    const index = this.#index.get(key)
    if (index === undefined) return undefined
    const text = this.#texts.text(index)
    this.#decoded.set(text, this.#texts.bytes(index))
    return text
  }
  /** Each text `get` gave, with the bytes it was decoded from: an output made of these texts is
   *  written without encoding them again (`OutputEncoder`). */
  decoded(): ReadonlyMap<string, Buffer> {
    return this.#decoded
  }
  /** The text's bytes as the file holds them. */
  bytes(key: string): Buffer | undefined {
    const index = this.#index.get(key)
    return index === undefined ? undefined : this.#texts.bytes(index)
  }
  keys(): MapIterator<string> {
    return this.#index.keys()
  }
  *entries(): MapIterator<[string, string]> {
    for (const [key, index] of this.#index) yield [key, this.#texts.text(index)]
  }
  *values(): MapIterator<string> {
    for (const index of this.#index.values()) yield this.#texts.text(index)
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries()
  }
  forEach(call: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [key, text] of this.entries()) call(text, key, this)
  }
}

/** The entries of the memo file when it was written by `version`; else none (emit in full). */
export async function loadEmitMemo(path: string, version: string): Promise<ReadonlyMap<string, string>> {
  const texts = await readPackedTexts(path)
  const meta = texts?.meta as { version?: unknown; keys?: unknown } | undefined
  if (!texts || meta?.version !== version || !Array.isArray(meta.keys)) return new Map()
  const keys = meta.keys as unknown[]
  // A key for each text: anything else is a damaged file (no cache yet also lands here).
  if (keys.length !== texts.count || !keys.every((key) => typeof key === 'string')) return new Map()
  return new StoredTexts(texts, keys as string[])
}

/** Save the units a run keeps (`EmitMemo.kept`: those its emitters used, and those of the
 *  emitters that did not run) when they differ enough from those it started from: once the file
 *  lacks more than a twentieth of them. Printing a few units again (a writer's last edits) costs
 *  less than rewriting tens of megabytes of them on every run. A text the file held already is
 *  written again as the bytes read (a key is a hash of the text's inputs: same key, same text). */
export async function keepEmitMemo(
  path: string,
  version: string,
  before: ReadonlyMap<string, string>,
  kept: ReadonlyMap<string, string>,
): Promise<void> {
  const fresh = [...kept.keys()].filter((key) => !before.has(key)).length
  const dropped = before.size - (kept.size - fresh)
  if ((fresh + dropped) * 20 < kept.size) return
  const stored = before instanceof StoredTexts ? before : undefined
  const keys: string[] = []
  const texts: (string | Buffer)[] = []
  for (const [key, text] of kept) {
    const bytes = stored?.bytes(key)
    // UTF-8 has no lone surrogates: such a (rare) text is printed again by the next run instead.
    if (!bytes && !isWellFormed(text)) continue
    keys.push(key)
    texts.push(bytes ?? text)
  }
  await writePackedTexts(path, { version, keys }, texts)
}
