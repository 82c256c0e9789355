/**
 * The bytes of a generated file, for the writer. A file given as parts (model.json and
 * openapi.json: tens of megabytes of memoised unit texts) is encoded part by part, and a long part
 * that was encoded for the last write is taken as it was: across the runs of one process (watch
 * mode) unchanged units are the very same strings, so a save re-encodes only what changed.
 */
import type { GeneratedFile } from './emit/generated-file.js'
import { isWellFormed } from './emit/memo.js'

/** Parts shorter than this are encoded again rather than looked up. */
const KEPT_PART_LENGTH = 256

export class OutputEncoder {
  #last = new Map<string, Buffer>()
  #next = new Map<string, Buffer>()

  bytes(file: GeneratedFile): Buffer {
    if (!file.parts) return Buffer.from(file.text)
    const buffers: Buffer[] = []
    for (const part of file.parts) {
      if (part.length < KEPT_PART_LENGTH) {
        buffers.push(Buffer.from(part))
        continue
      }
      let bytes = this.#next.get(part) ?? this.#last.get(part)
      // A lone surrogate encodes differently alone than beside its other half: such a part (never
      // printed by JSON.stringify) makes the whole file encode as one text.
      if (!bytes && !isWellFormed(part)) return Buffer.from(file.text)
      bytes ??= Buffer.from(part)
      this.#next.set(part, bytes)
      buffers.push(bytes)
    }
    return Buffer.concat(buffers)
  }

  /** Forget the parts of the write before the one just done. */
  endWrite(): void {
    this.#last = this.#next
    this.#next = new Map()
  }
}
