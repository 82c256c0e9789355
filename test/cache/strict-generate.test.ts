import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { generateCommand } from '../../src/cli/generate.js'
import type { Io } from '../../src/cli/streams.js'

const dir = await mkdtemp(join(tmpdir(), 'doc2ts-strict-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

it('generate --strict writes nothing when the checks warn (the seeds have warnings); without, it writes', async () => {
  let log = ''
  const io: Io = {
    out: () => {},
    err: (text) => {
      log += text
    },
    isTTY: false,
  }
  const out = join(dir, 'out')
  const args = ['input-docs', '--out', out, '--no-cache', '--quiet']
  expect(await generateCommand([...args, '--strict'], io)).toBe(1)
  expect(log).toContain('--strict: diagnostics above; nothing written')
  // The summary line counts what was not written, not as written.
  expect(log).toMatch(/; \d+ file\(s\) not written in /)
  expect(log).not.toMatch(/file\(s\) written/)
  expect(await readdir(out).catch(() => [])).toEqual([])
  log = ''
  expect(await generateCommand([...args, '--strict', '--diagnostics', 'none'], io)).toBe(1)
  // Nothing is printed above it: the line counts the diagnostics instead.
  expect(log).toMatch(/--strict: 0 error\(s\), \d+ warning\(s\); nothing written/)
  expect(await generateCommand(args, io)).toBe(0)
  expect(await readdir(out)).toContain('model.json')
})
