/**
 * Watch mode reads again only regular files, as `generate` lists the folder: a FIFO named `*.md`
 * held a save forever (its read waits for a writer), and every later save with it.
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { DocsState } from '../../src/watch/docs-state.js'

const work = mkdtempSync(join(tmpdir(), 'doc2ts-docs-state-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

it('reads no FIFO or link that appears among the pages, as generate lists none', () => {
  const docs = join(work, 'docs')
  cpSync('input-docs', docs, { recursive: true })
  const state = new DocsState(docs)
  state.readAll()
  const pages = state.docs().pages.map((page) => page.file)
  execFileSync('mkfifo', [join(docs, 'api', 'fifo.md')])
  // A writer after a while, so that a read of the FIFO ends (as a failure here) instead of waiting.
  const writer = spawn('sh', ['-c', `sleep 2; echo x > '${join(docs, 'api', 'fifo.md')}'`], {
    stdio: 'ignore',
  })
  try {
    symlinkSync(join(docs, pages[0] as string), join(docs, 'api', 'link.md'))
    state.update(['api/fifo.md', 'api/link.md', pages[0] as string])
    expect(state.docs().pages.map((page) => page.file)).toEqual(pages)
  } finally {
    writer.kill()
  }
})
