/**
 * The bytes of a generated file, for the writer, as a list of chunks (never joined: model.json
 * and openapi.json run to tens of megabytes, and a joined copy costs as much as the write). A file
 * given as parts is encoded part by part, and a long part that was encoded for the last write is
 * taken as it was: across the runs of one process (watch mode) unchanged units are the very same
 * strings, so a save re-encodes only what changed.
 */
import type { GeneratedFile } from '../emit/generated-file.js'
import { isWellFormed } from '../emit/memo.js'
import { outputHash, ResumableHashes } from './output-hash.js'

/** Parts shorter than this are joined with their neighbours and encoded again, not looked up. */
const KEPT_PART_LENGTH = 256

/** What a file was made of when it was last hashed: its parts, or its text. */
type FileContent = readonly string[] | string

export class OutputEncoder {
  #last: ReadonlyMap<string, Buffer> = new Map()
  #next = new Map<string, Buffer>()
  #known: ReadonlyMap<string, Buffer> | undefined
  /** Each path's content and its hash, as last hashed. */
  readonly #hashed = new Map<string, { content: FileContent; hash: string }>()
  /** The paths encoded by this write (`chunks`). */
  readonly #encoded = new Set<string>()
  readonly #hashes = new ResumableHashes()

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
    this.#encoded.add(file.path)
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

  /** `outputHash` of the file's chunks; an encoder that keeps bytes resumes it from the last
   *  hash of the path where the chunks begin alike (`ResumableHashes`). */
  hash(file: GeneratedFile, chunks: readonly Buffer[]): string {
    return this.keep ? this.#hashes.hash(file.path, chunks) : outputHash(chunks)
  }

  /**
   * The hash `remember` noted for this path, when the file is made of the same text again (in a
   * watch session an output group emitted again mostly gives back the very strings of its last
   * write): it is then neither encoded nor hashed again (its parts' bytes are kept, `endWrite`).
   */
  sameHash(file: GeneratedFile): string | undefined {
    const last = this.#hashed.get(file.path)
    return last && sameContent(last.content, file) ? last.hash : undefined
  }

  /** Note the hash of the file's bytes (only an encoder that keeps bytes keeps hashes). */
  remember(file: GeneratedFile, hash: string): void {
    if (this.keep) this.#hashed.set(file.path, { content: file.parts ?? file.text, hash })
  }

  /** Forget the parts of the write before the one just done, but for those of the files it did not
   *  encode: a save that changes descriptions writes model.json and openapi.json, and the next
   *  save that changes a type's shape finds the bytes of the server's and client's parts.
   *  `outputs`: the paths the output folder now holds; a file no longer produced is forgotten (a
   *  long watch session would otherwise keep the bytes of every file it ever wrote). */
  endWrite(outputs: { has(path: string): boolean }): void {
    if (this.#next.size > 0) this.#known = undefined
    for (const [path, { content }] of this.#hashed) {
      if (!outputs.has(path)) {
        this.#hashed.delete(path)
        continue
      }
      if (this.#encoded.has(path) || typeof content === 'string') continue
      for (const part of content) {
        const bytes = part.length >= KEPT_PART_LENGTH ? this.#last.get(part) : undefined
        if (bytes && !this.#next.has(part)) this.#next.set(part, bytes)
      }
    }
    this.#hashes.keepOnly(outputs)
    this.#encoded.clear()
    this.#last = this.#next
    this.#next = new Map()
  }
}

function sameContent(content: FileContent, file: GeneratedFile): boolean {
  if (typeof content === 'string') return file.parts === undefined && file.text === content
  const parts = file.parts
  return (
    parts !== undefined && parts.length === content.length && parts.every((part, i) => part === content[i])
  )
}
