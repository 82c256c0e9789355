/**
 * Watch mode reads again only regular files, as `generate` lists the folder: a FIFO named `*.md`
 * held a save forever (its read waits for a writer), and every later save with it.
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
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

it('drops a page whose folder became a file, where reading its path fails', () => {
  const docs = join(work, 'docs-folder-gone')
  cpSync('input-docs', docs, { recursive: true })
  const state = new DocsState(docs)
  state.readAll()
  const page = state.docs().pages.find((each) => each.file.startsWith('api/'))?.file as string
  rmSync(join(docs, 'api'), { recursive: true })
  writeFileSync(join(docs, 'api'), 'now a file')
  state.update([page])
  expect(state.docs().pages.map((each) => each.file)).not.toContain(page)
})
