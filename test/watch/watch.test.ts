import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { generateCommand } from '../../src/cli/generate.js'
import type { Io } from '../../src/cli/io.js'
import { watchCommand } from '../../src/cli/watch.js'

const dir = await mkdtemp(join(tmpdir(), 'doc2ts-watch-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Poll until `condition` holds, at most `ms` milliseconds. */
async function until(condition: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting for watch output')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

it('regenerates after an edit, a new page and a deleted page, and survives a broken page', async () => {
  const docs = join(dir, 'docs')
  const out = join(dir, 'out')
  await cp('input-docs', docs, { recursive: true })
  let log = ''
  const append = (text: string) => {
    log += text
  }
  const io: Io = { out: append, err: append, isTTY: false }
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--no-cache', '--quiet'], io, stop.signal)
  const model = () => readFile(join(out, 'model.json'), 'utf8').catch(() => '')
  const summaries = () => log.split('\n').filter((line) => / in \d+\.\d+s$/.test(line)).length
  await until(async () => summaries() >= 1 && (await model()) !== '')

  const page = join(docs, 'resources', 'intune-enrollment-importedwindowsautopilotdeviceidentityupload.md')
  const original = await readFile(page, 'utf8')
  await writeFile(page, original.replace(/^(# .*)$/m, '$1\n\nWatchEditMarker was added here.'))
  await until(async () => (await model()).includes('WatchEditMarker'))

  const added = join(docs, 'api', 'watch-added-page.md')
  const api = await readFile(
    join(docs, 'api', 'intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md'),
    'utf8',
  )
  await writeFile(added, api)
  await until(async () => (await model()).includes('"watch-added-page"'))

  await writeFile(page, '---\ntitle: [unclosed\n---\n# ```\n| broken |\n')
  await until(async () => summaries() >= 4)
  await unlink(added)
  await until(async () => !(await model()).includes('"watch-added-page"'))
  const before = summaries()
  await writeFile(page, original)
  // While the page was broken its type was an undocumented placeholder.
  const restored = async () =>
    !(await model()).includes('placeholder microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload')
  await until(async () => summaries() > before && (await restored()))
  expect(await model()).not.toContain('WatchEditMarker')

  stop.abort()
  expect(await running).toBe(0)
  expect(log).not.toContain('regeneration failed')
  // What the saves left (each relinked against the last, reusing its unchanged parts) is what a
  // fresh generate writes.
  const fresh = join(dir, 'fresh')
  expect(await generateCommand([docs, '--out', fresh, '--no-cache', '--quiet'], io)).toBe(0)
  expect(await snapshot(out)).toEqual(await snapshot(fresh))
})

async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      files.set(path.slice(root.length + 1), await readFile(path, 'utf8'))
    }
  return files
}
