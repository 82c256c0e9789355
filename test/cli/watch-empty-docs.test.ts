/**
 * `watch` never empties an output for a docs folder without pages: a wrong path ends the first run
 * with bad usage (exit 2, as `generate`), and a folder whose pages are all deleted while it is
 * watched is reported, the outputs of the last run kept.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import type { Io } from '../../src/cli/streams.js'
import { watchCommand } from '../../src/cli/watch.js'

const work = mkdtempSync(join(tmpdir(), 'doc2ts-watch-empty-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** An io that collects stderr and calls `on` with each line. */
function collecting(on: (line: string) => void = () => {}): Io & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    out: () => {},
    err: (text) => {
      for (const line of text.split('\n').filter(Boolean)) {
        lines.push(line)
        on(line)
      }
    },
    isTTY: false,
  }
}

it('refuses a docs folder without pages on its first run, writing nothing', async () => {
  const out = join(work, 'kept')
  const docs = join(work, 'docs')
  cpSync('input-docs', docs, { recursive: true })
  const stop = new AbortController()
  const io = collecting((line) => line.startsWith('doc2ts: watching ') && stop.abort())
  expect(await watchCommand([docs, '--out', out, '--no-cache'], io, stop.signal)).toBe(0)
  const before = readFileSync(join(out, 'types', 'index.ts'), 'utf8')
  const empty = join(work, 'empty')
  mkdirSync(empty)
  const second = new AbortController()
  const watching = collecting((line) => line.startsWith('doc2ts: watching ') && second.abort())
  await expect(watchCommand([empty, '--out', out, '--no-cache'], watching, second.signal)).rejects.toThrow(
    /^no Markdown pages \(\*\.md\) in docs folder ".*empty"; nothing generated or removed$/,
  )
  expect(readFileSync(join(out, 'types', 'index.ts'), 'utf8')).toBe(before)
})

it('keeps the outputs when every page of the watched folder is deleted', async () => {
  const out = join(work, 'watched-out')
  const docs = join(work, 'watched')
  mkdirSync(join(docs, 'resources'), { recursive: true })
  const page = 'intune-enrollment-importedwindowsautopilotdeviceidentity.md'
  cpSync(join('input-docs', 'resources', page), join(docs, 'resources', page))
  const stop = new AbortController()
  const io = collecting((line) => {
    if (line.startsWith('doc2ts: watching ')) rmSync(join(docs, 'resources', page))
    if (line.startsWith('doc2ts: regeneration failed')) stop.abort()
  })
  const watching = watchCommand([docs, '--out', out, '--no-cache'], io, stop.signal)
  const timeout = setTimeout(() => stop.abort(), 20_000)
  expect(await watching).toBe(0)
  clearTimeout(timeout)
  expect(io.lines).toContainEqual(
    expect.stringMatching(
      /^doc2ts: regeneration failed, still watching: no Markdown pages .*nothing generated or removed$/,
    ),
  )
  expect(readFileSync(join(out, 'types', 'index.ts'), 'utf8')).toContain('export interface')
})
