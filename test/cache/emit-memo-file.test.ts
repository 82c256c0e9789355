import { mkdtemp, readFile, rm, truncate } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { fileOfParts } from '../../src/emit/generated-file.js'
import { EmitMemo } from '../../src/emit/memo.js'
import { keepEmitMemo, loadEmitMemo, StoredTexts } from '../../src/store/emit-memo.js'
import { OutputEncoder } from '../../src/write/output-bytes.js'

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
  expect([...(await loadEmitMemo(path, 'v1')).keys()]).toEqual(keys)

  // One unit changed: its text is printed again next time rather than the file rewritten now.
  await run(path, 'v1', [...keys.slice(1), 'new'])
  expect(await readFile(path, 'utf8')).toBe(written)

  // Half changed: rewritten with exactly the units used.
  const half = [...keys.slice(50), ...keys.slice(50).map((key) => `${key}b`)]
  await run(path, 'v1', half)
  expect([...(await loadEmitMemo(path, 'v1')).keys()]).toEqual(half)

  // Another doc2ts version ignores the file.
  const other = new EmitMemo(await loadEmitMemo(path, 'v2'))
  expect(other.text('k60', () => 'printed')).toBe('printed')
})

it('reads back each text as it was kept, and ignores a damaged file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'doc2ts-memo-'))
  temps.push(dir)
  const path = join(dir, 'memo.json')
  const texts = new Map([
    ['types:a', '/** Ünïcode — 日本語 😀 */\nexport interface A {}\n'],
    ['types:b', ''],
    ['types:c', 'line "quoted" \\ back'],
    ['types:lone', 'half a pair \ud800'],
  ])
  await keepEmitMemo(path, 'v1', new Map(), texts)
  const read = await loadEmitMemo(path, 'v1')
  // A lone surrogate has no UTF-8 form: that unit is printed again by the next run.
  expect(new Map(read)).toEqual(new Map([...texts].filter(([key]) => key !== 'types:lone')))

  // A file cut short (an interrupted copy) is no memo: every unit is printed again.
  const { size } = await import('node:fs').then((fs) => fs.statSync(path))
  await truncate(path, size - 3)
  expect((await loadEmitMemo(path, 'v1')).size).toBe(0)
})

it('hands the writer the bytes of each text it read, so that they are not encoded again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'doc2ts-memo-'))
  temps.push(dir)
  const path = join(dir, 'memo.json')
  const unit = `  "/users": { "get": "${'é'.repeat(300)}" }`
  await keepEmitMemo(path, 'v1', new Map(), new Map([['openapi.path-item:a', unit]]))
  const stored = await loadEmitMemo(path, 'v1')
  if (!(stored instanceof StoredTexts)) throw new Error('expected the stored memo')
  const text = stored.get('openapi.path-item:a') ?? ''
  const file = fileOfParts('openapi.json', ['{\n', text, '\n}\n'])
  const chunks = new OutputEncoder(false, stored.decoded()).chunks(file)
  expect(Buffer.concat(chunks).equals(Buffer.from(file.text))).toBe(true)
  // The unit's chunk is a view of the memo file's buffer, not a new encoding of its text.
  expect(
    chunks.some((chunk) => chunk.equals(Buffer.from(unit)) && chunk === stored.decoded().get(text)),
  ).toBe(true)
})
