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
  const { io, log, summaries: summaryLines } = capture()
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--no-cache', '--quiet'], io, stop.signal)
  const model = () => readFile(join(out, 'model.json'), 'utf8').catch(() => '')
  const summaries = () => summaryLines().length
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
  // What the saves left (each relinked against the last, reusing its unchanged parts) is what a
  // fresh generate writes.
  await expectStoppedLikeFreshGenerate({ running, log, io, docs, out, fresh: join(dir, 'fresh') })
})

/** An Io that keeps what is printed, and the summary lines among it. */
function capture() {
  let text = ''
  const append = (more: string) => {
    text += more
  }
  const io: Io = { out: append, err: append, isTTY: false }
  const log = () => text
  const summaries = () => text.split('\n').filter((line) => / in \d+\.\d+s$/.test(line))
  return { io, log, summaries }
}

async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      files.set(path.slice(root.length + 1), await readFile(path, 'utf8'))
    }
  return files
}

it('starts up to date after a generate into the same folder, and its first save is right', async () => {
  const docs = join(dir, 'docs-after-generate')
  const out = join(dir, 'out-after-generate')
  const cache = join(dir, 'cache')
  await cp('input-docs', docs, { recursive: true })
  const { io, log, summaries } = capture()
  expect(await generateCommand([docs, '--out', out, '--cache-dir', cache, '--quiet'], io)).toBe(0)
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--cache-dir', cache, '--quiet'], io, stop.signal)
  await until(async () => summaries().length >= 2)
  // The watch's first run found generate's outputs current.
  expect(summaries()[1]).toContain('0 file(s) written')

  const page = join(docs, 'resources', 'intune-enrollment-importedwindowsautopilotdeviceidentityupload.md')
  await writeFile(page, (await readFile(page, 'utf8')).replace('The GUID for the object', 'FirstSaveMarker'))
  const model = () => readFile(join(out, 'model.json'), 'utf8').catch(() => '')
  await until(async () => summaries().length >= 3 && (await model()).includes('FirstSaveMarker'))
  stop.abort()
  await expectStoppedLikeFreshGenerate({
    running,
    log,
    io,
    docs,
    out,
    fresh: join(dir, 'fresh-after-generate'),
  })
})

/** The stopped watch exited cleanly, never failed a run, and left in `out` what a fresh generate
 *  of `docs` writes. */
async function expectStoppedLikeFreshGenerate(watch: {
  running: Promise<number>
  log: () => string
  io: Io
  docs: string
  out: string
  fresh: string
}): Promise<void> {
  expect(await watch.running).toBe(0)
  expect(watch.log()).not.toContain('regeneration failed')
  expect(await generateCommand([watch.docs, '--out', watch.fresh, '--no-cache', '--quiet'], watch.io)).toBe(0)
  expect(await snapshot(watch.out)).toEqual(await snapshot(watch.fresh))
}
