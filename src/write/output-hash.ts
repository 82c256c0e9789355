/**
 * The hash of an output file's bytes (`outputHash`), and the same hash resumed from the last one
 * of the same path (`ResumableHashes`).
 */
import { createHash, type Hash } from 'node:crypto'

/** The hash of an output file's bytes, given whole or in chunks, that the manifest and the run
 *  record keep. It only tells whether doc2ts's own file changed, as git's object ids do, so SHA-1:
 *  a save hashes every large output it rewrites (over 100 MB on an 8k-page API), and SHA-1 runs
 *  several times faster than SHA-256 here. */
export function outputHash(bytes: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createOutputHash()
  for (const chunk of Array.isArray(bytes) ? bytes : [bytes]) hash.update(chunk)
  return hash.digest('hex')
}

function createOutputHash(): Hash {
  return createHash('sha1')
}

/** Bytes hashed between two kept states of a hash: a few per large output. */
const CHECKPOINT_BYTES = 4 * 1024 * 1024

/** A hash's state after its first `at` chunks. */
interface Checkpoint {
  at: number
  state: Hash
}

/**
 * `outputHash` of a path's chunks, resumed from the last hash of that path where its chunks begin
 * alike (its state is kept every few megabytes): a save that changes one unit of openapi.json
 * hashes the file from near that unit on, not the tens of megabytes before it. Chunks compare by
 * identity first (the encoder gives an unchanged long part the same bytes), then by content.
 */
export class ResumableHashes {
  readonly #last = new Map<string, { chunks: readonly Buffer[]; checkpoints: Checkpoint[] }>()

  hash(path: string, chunks: readonly Buffer[]): string {
    const last = this.#last.get(path)
    const alike = last ? alikeLead(last.chunks, chunks) : 0
    const checkpoints = last ? last.checkpoints.filter((checkpoint) => checkpoint.at <= alike) : []
    const from = checkpoints.at(-1)
    const hash = from ? from.state.copy() : createOutputHash()
    let since = 0
    for (let index = from?.at ?? 0; index < chunks.length; index++) {
      const chunk = chunks[index] as Buffer
      hash.update(chunk)
      since += chunk.byteLength
      if (since >= CHECKPOINT_BYTES && index + 1 < chunks.length) {
        checkpoints.push({ at: index + 1, state: hash.copy() })
        since = 0
      }
    }
    // A file of one chunk is hashed whole anyway: its bytes are not kept for it.
    if (checkpoints.length > 0) this.#last.set(path, { chunks, checkpoints })
    else this.#last.delete(path)
    return hash.digest('hex')
  }

  /** Forget the paths `outputs` no longer holds. */
  keepOnly(outputs: { has(path: string): boolean }): void {
    for (const path of this.#last.keys()) if (!outputs.has(path)) this.#last.delete(path)
  }
}

/** How many chunks the two lists begin with alike. */
function alikeLead(a: readonly Buffer[], b: readonly Buffer[]): number {
  let index = 0
  while (index < a.length && index < b.length && sameBytes(a[index] as Buffer, b[index] as Buffer)) index++
  return index
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a === b || a.equals(b)
}
