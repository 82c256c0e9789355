/** A write given its files in batches (each output group's as it is emitted) writes each batch
 *  before the last is given, and reports as one write of every file in the batches' order. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MANIFEST, startOutputWrite, writeOutput } from '../../src/write/write-output.js'

let out: string

beforeEach(async () => {
  out = join(await mkdtemp(join(tmpdir(), 'doc2ts-batches-')), 'out')
})

afterEach(async () => {
  await rm(join(out, '..'), { recursive: true, force: true })
})

/** Resolves once `path` holds `text` (a batch is written while the caller goes on). */
async function written(path: string, text: string): Promise<void> {
  for (;;) {
    if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('a write given its files in batches', () => {
  it('writes a batch before the next is given', async () => {
    const write = startOutputWrite(out)
    write.add([{ path: 'model.json', text: '{}\n' }], 3)
    await written(join(out, 'model.json'), '{}\n')
    write.add([{ path: 'types/index.ts', text: 'export {}\n' }], 0)
    const result = await write.finish()
    expect(await readFile(join(out, 'types/index.ts'), 'utf8')).toBe('export {}\n')
    // In the batches' order, not the order they were given in, as one write of all would report.
    expect(result.changed).toEqual(['types/index.ts', 'model.json', MANIFEST])
    const all = await writeOutput(join(out, '..', 'all'), [
      { path: 'types/index.ts', text: 'export {}\n' },
      { path: 'model.json', text: '{}\n' },
    ])
    expect(all.changed).toEqual(result.changed)
  })

  it('refuses a path an earlier batch gave (two writes of one file would race)', () => {
    const write = startOutputWrite(out)
    write.add([{ path: 'model.json', text: '{}\n' }])
    expect(() => write.add([{ path: 'model.json', text: '[]\n' }])).toThrow(
      /model\.json is given in two batches/,
    )
    return write.finish()
  })
})
