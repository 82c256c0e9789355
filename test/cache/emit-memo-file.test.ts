import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { EmitMemo } from '../../src/emit/memo.js'
import { keepEmitMemo, loadEmitMemo } from '../../src/store/emit-memo.js'

const temps: string[] = []
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** A run of a new process that uses `keys` through the memo read from `path`, then keeps it. */
async function run(path: string, version: string, keys: readonly string[]): Promise<void> {
  const before = await loadEmitMemo(path, version)
  const memo = new EmitMemo(before)
  for (const key of keys) memo.text(key, () => `text of ${key}`)
  await keepEmitMemo(path, version, before, memo.used())
}

it('rewrites the memo file when many units changed, not for a few; a new process reads it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'doc2ts-memo-'))
  temps.push(dir)
  const path = join(dir, 'memo.json')
  const keys = Array.from({ length: 100 }, (_, index) => `k${index}`)
  await run(path, 'v1', keys)
  const written = await readFile(path, 'utf8')
  expect(Object.keys(JSON.parse(written).entries)).toEqual(keys)

  // One unit changed: its text is printed again next time rather than the file rewritten now.
  await run(path, 'v1', [...keys.slice(1), 'new'])
  expect(await readFile(path, 'utf8')).toBe(written)

  // Half changed: rewritten with exactly the units used.
  const half = [...keys.slice(50), ...keys.slice(50).map((key) => `${key}b`)]
  await run(path, 'v1', half)
  expect(Object.keys(JSON.parse(await readFile(path, 'utf8')).entries)).toEqual(half)

  // Another doc2ts version ignores the file.
  const other = new EmitMemo(await loadEmitMemo(path, 'v2'))
  expect(other.text('k60', () => 'printed')).toBe('printed')
})
