/**
 * A cache file of many texts, kept as bytes: one JSON line `{ "meta": …, "lengths": [n, …] }`,
 * then each text's UTF-8 bytes, back to back, in the order of `lengths`. A reader takes the file
 * as one buffer and decodes a text only when asked for it, one slice at a time: a JSON file of
 * the same texts is decoded whole and then unescaped whole, which on a large tree took longer
 * than the run's own work (page cache and emit memo run to tens of megabytes).
 */
import { readFile } from 'node:fs/promises'
import { writeCacheFile } from './cache-file.js'

export interface PackedTexts {
  readonly meta: unknown
  readonly count: number
  /** The file's size in bytes. */
  readonly size: number
  /** The text at `index` (0 ≤ index < count). */
  text(index: number): string
  /** Its bytes, a view of the file's buffer (to be written again without encoding). */
  bytes(index: number): Buffer
}

/** The texts of a packed file; undefined when there is none or it is damaged (the lengths do not
 *  add up to the file's size). */
export async function readPackedTexts(path: string): Promise<PackedTexts | undefined> {
  let buffer: Buffer
  try {
    buffer = await readFile(path)
  } catch {
    return undefined
  }
  const newline = buffer.indexOf(0x0a)
  if (newline < 0) return undefined
  let header: { meta?: unknown; lengths?: unknown }
  try {
    header = JSON.parse(buffer.toString('utf8', 0, newline))
  } catch {
    return undefined
  }
  const { lengths } = header
  if (!Array.isArray(lengths)) return undefined
  const starts = new Float64Array(lengths.length + 1)
  starts[0] = newline + 1
  for (const [index, length] of lengths.entries()) {
    if (!Number.isSafeInteger(length) || length < 0) return undefined
    starts[index + 1] = (starts[index] as number) + length
  }
  if (starts[lengths.length] !== buffer.length) return undefined
  const range = (index: number): [number, number] => {
    if (!(index >= 0 && index < lengths.length)) throw new RangeError(`no text ${index} in ${path}`)
    return [starts[index] as number, starts[index + 1] as number]
  }
  return {
    meta: header.meta,
    count: lengths.length,
    size: buffer.length,
    text: (index) => buffer.toString('utf8', ...range(index)),
    bytes: (index) => buffer.subarray(...range(index)),
  }
}

/** Write `texts` (as text, or as bytes already encoded) with `meta`, through `writeCacheFile`;
 *  returns the file's size. Each text must be well-formed (`isWellFormed`): UTF-8 has no lone
 *  surrogates. */
export async function writePackedTexts(
  path: string,
  meta: unknown,
  texts: Iterable<string | Buffer>,
): Promise<number> {
  // Lengths first, without encoding: each text is encoded only as its batch is written.
  const chunks = [...texts]
  const lengths = chunks.map((text) => (typeof text === 'string' ? Buffer.byteLength(text) : text.length))
  const header = Buffer.from(`${JSON.stringify({ meta, lengths })}\n`)
  await writeCacheFile(path, [header, ...chunks])
  return lengths.reduce((size, length) => size + length, header.length)
}
