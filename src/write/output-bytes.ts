/**
 * The bytes of a generated file, for the writer, as a list of chunks (never joined: model.json
 * and openapi.json run to tens of megabytes, and a joined copy costs as much as the write). A file
 * given as parts is encoded part by part, and a long part that was encoded for the last write is
 * taken as it was: across the runs of one process (watch mode) unchanged units are the very same
 * strings, so a save re-encodes only what changed.
 */
import type { GeneratedFile } from '../emit/generated-file.js'
import { isWellFormed } from '../emit/memo.js'

/** Parts shorter than this are joined with their neighbours and encoded again, not looked up. */
const KEPT_PART_LENGTH = 256

export class OutputEncoder {
  #last: ReadonlyMap<string, Buffer> = new Map()
  #next = new Map<string, Buffer>()
  #known: ReadonlyMap<string, Buffer> | undefined

  /** `keep`: keep the bytes of each long part for the next write (a run that writes once keeps
   *  none: they are the size of the outputs). `known`: see `know`. */
  constructor(
    private readonly keep = true,
    known?: ReadonlyMap<string, Buffer>,
  ) {
    this.#known = known
  }

  /** Parts whose bytes are known already (the emit memo's texts, as read from its file), until a
   *  write encodes some: a watch session's first run may write nothing (its outputs are current),
   *  and its first save then finds the bytes of every unit it did not change. */
  know(bytes: ReadonlyMap<string, Buffer>): void {
    this.#known = bytes
  }

  /** The file's bytes, in order. */
  chunks(file: GeneratedFile): Buffer[] {
    if (!file.parts) return [Buffer.from(file.text)]
    const chunks: Buffer[] = []
    let short = ''
    // A lone surrogate encodes differently alone than beside its other half: such a chunk (never
    // printed by JSON.stringify) makes the whole file encode as one text.
    const flushShort = () => {
      if (short === '') return true
      if (!isWellFormed(short)) return false
      chunks.push(Buffer.from(short))
      short = ''
      return true
    }
    for (const part of file.parts) {
      if (part.length < KEPT_PART_LENGTH) {
        short += part
        continue
      }
      if (!flushShort()) return [Buffer.from(file.text)]
      let bytes =
        this.#next.get(part) ?? this.#last.get(part) ?? file.encoded?.get(part) ?? this.#known?.get(part)
      if (!bytes && !isWellFormed(part)) return [Buffer.from(file.text)]
      bytes ??= Buffer.from(part)
      if (this.keep) this.#next.set(part, bytes)
      chunks.push(bytes)
    }
    return flushShort() ? chunks : [Buffer.from(file.text)]
  }

  /** Forget the parts of the write before the one just done. */
  endWrite(): void {
    if (this.#next.size > 0) this.#known = undefined
    this.#last = this.#next
    this.#next = new Map()
  }
}
