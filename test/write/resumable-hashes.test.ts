/**
 * A hash resumed from the last one of the same path is the file's `outputHash` whatever changed,
 * and is resumed: the chunks before the first change (in whole checkpoints) are not read again.
 */
import { expect, it } from 'vitest'
import { outputHash, ResumableHashes } from '../../src/write/output-hash.js'

const MB = 1024 * 1024
const chunk = (fill: string, size = 3 * MB) => Buffer.alloc(size, fill)

it('gives the hash of the whole chunks after any change', () => {
  const hashes = new ResumableHashes()
  const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((fill) => chunk(fill)) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ]
  const versions: Buffer[][] = [
    [a, b, c, d, e],
    [a, b, c, d, chunk('x')], // the last chunk
    [a, b, chunk('y'), d, e], // one in the middle
    [a, b, Buffer.from(c), d], // alike by content, one fewer
    [chunk('z'), b, c, d, e], // the first
    [a, b, c, d, e, chunk('w', 10)], // one more
  ]
  for (const chunks of versions) expect(hashes.hash('model.json', chunks)).toBe(outputHash(chunks))
})

it('does not read again the chunks before the first change', () => {
  const hashes = new ResumableHashes()
  const chunks = ['a', 'b', 'c', 'd'].map((fill) => chunk(fill))
  const whole = hashes.hash('model.json', chunks)
  expect(whole).toBe(outputHash(chunks))
  // The first chunks' bytes changed behind the hash's back (never done: bytes are not changed
  // once encoded): a resumed hash does not see it.
  chunks[0]?.fill('q')
  const last = chunk('e')
  expect(hashes.hash('model.json', [...chunks.slice(0, 3), last])).toBe(
    outputHash([chunk('a'), ...chunks.slice(1, 3), last]),
  )
})
