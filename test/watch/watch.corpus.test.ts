import { writeFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'
import { generateCommand } from '../../src/cli/generate.js'
import type { Io } from '../../src/cli/streams.js'
import { watchCommand } from '../../src/cli/watch.js'
import { loadEmitMemo } from '../../src/store/emit-memo.js'
import { doc2tsVersion } from '../../src/store/version.js'

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

/** An Io that keeps what is printed, and the summary lines among it; `onPrint` sees each print. */
function capture(onPrint?: (text: string) => void) {
  let text = ''
  const append = (more: string) => {
    text += more
    onPrint?.(more)
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
  // The watch's first run wrote nothing: generate's outputs were current.
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

it('keeps its emit memo for the next process when it stops, without a generate before it', async () => {
  const docs = join(dir, 'docs-memo')
  const out = join(dir, 'out-memo')
  const cache = join(dir, 'cache-memo')
  await cp('input-docs', docs, { recursive: true })
  const { io, summaries } = capture()
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--cache-dir', cache, '--quiet'], io, stop.signal)
  await until(async () => summaries().length >= 1)
  const memoFiles = async () =>
    (await readdir(join(cache, 'runs')).catch(() => [])).filter((name) => name.endsWith('.memo.json'))
  // Saves write no memo: rewriting it would cost each save more than it saves.
  expect(await memoFiles()).toEqual([])
  stop.abort()
  expect(await running).toBe(0)
  const [memo] = await memoFiles()
  expect(memo).toBeDefined()
  const units = await loadEmitMemo(join(cache, 'runs', memo as string), doc2tsVersion())
  // The types, model.json, OpenAPI and reference units of the first run (client and server keep none).
  expect([...units.keys()].some((key) => key.startsWith('types'))).toBe(true)
  expect([...units.keys()].some((key) => key.startsWith('openapi'))).toBe(true)
})

/** The stopped watch exited cleanly, never failed a run, and left in `out` what a fresh generate
 *  of `docs` writes. With `keepsStubs`, the generate runs over a copy of `out`: handler stubs of
 *  routes the saves added and removed again are the user's, and stay in both. */
async function expectStoppedLikeFreshGenerate(watch: {
  running: Promise<number>
  log: () => string
  io: Io
  docs: string
  out: string
  fresh: string
  keepsStubs?: boolean
}): Promise<void> {
  expect(await watch.running).toBe(0)
  expect(watch.log()).not.toContain('regeneration failed')
  if (watch.keepsStubs) await cp(watch.out, watch.fresh, { recursive: true })
  expect(await generateCommand([watch.docs, '--out', watch.fresh, '--no-cache', '--quiet'], watch.io)).toBe(0)
  expect(await snapshot(watch.out)).toEqual(await snapshot(watch.fresh))
}

const PAGE = join('resources', 'intune-enrollment-importedwindowsautopilotdeviceidentityupload.md')
const GET_PAGE = join('api', 'intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md')

/** `"file": "<page>"` as model.json lists a page read from the docs. */
const fileEntry = (page: string) => `"file": "${page.split('\\').join('/')}"`

/** The model lists the page at its new path and no longer at its old one (a move is seen as a
 *  new page, then a deleted one). */
const hasOnly = (model: string, now: string, before: string) =>
  model.includes(fileEntry(now)) && !model.includes(fileEntry(before))

it('stops after its first run when it was told to stop while that run went on', async () => {
  // A stop that came before the watch listened for one was lost, and the watch ran on.
  const docs = join(dir, 'docs-stopped')
  await cp('input-docs', docs, { recursive: true })
  const { io, summaries } = capture()
  const stop = new AbortController()
  stop.abort()
  expect(
    await watchCommand([docs, '--out', join(dir, 'out-stopped'), '--no-cache', '--quiet'], io, stop.signal),
  ).toBe(0)
  expect(summaries()).toHaveLength(1)
})

it('sees atomic saves, a renamed page, pages in new folders, and moved and removed folders', async () => {
  const docs = join(dir, 'docs-saves')
  const out = join(dir, 'out-saves')
  await cp('input-docs', docs, { recursive: true })
  const { io, log, summaries } = capture()
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--no-cache', '--quiet'], io, stop.signal)
  const model = () => readFile(join(out, 'model.json'), 'utf8').catch(() => '')
  await until(async () => summaries().length >= 1 && (await model()) !== '')
  const original = await readFile(join(docs, PAGE), 'utf8')

  // An editor's atomic save: write a temporary file, rename it over the page. Twice: the first
  // rename replaces the file that was watched.
  for (const marker of ['FirstAtomicSave', 'SecondAtomicSave']) {
    const temporary = join(docs, 'resources', `.${marker}.md.tmp`)
    await writeFile(temporary, original.replace(/^(# .*)$/m, `$1\n\n${marker} was added here.`))
    await rename(temporary, join(docs, PAGE))
    await until(async () => (await model()).includes(marker))
  }
  expect(await model()).not.toContain('FirstAtomicSave')

  const renamed = join('api', 'renamed-get.md')
  await rename(join(docs, GET_PAGE), join(docs, renamed))
  await until(async () => hasOnly(await model(), renamed, GET_PAGE))

  // A folder made with its page, then the page edited inside it.
  const added = join('api', 'added', 'deeper', 'added-get.md')
  await mkdir(join(docs, 'api', 'added', 'deeper'), { recursive: true })
  await writeFile(join(docs, added), await readFile(join(docs, renamed), 'utf8'))
  await until(async () => (await model()).includes(fileEntry(added)))
  const text = await readFile(join(docs, added), 'utf8')
  await writeFile(join(docs, added), text.replace(/^(# .*)$/m, '$1\n\nNewFolderEdit was added here.'))
  await until(async () => (await model()).includes('NewFolderEdit'))

  const moved = join('api', 'moved', 'deeper', 'added-get.md')
  await rename(join(docs, 'api', 'added'), join(docs, 'api', 'moved'))
  await until(async () => hasOnly(await model(), moved, added))

  await rm(join(docs, 'api', 'moved'), { recursive: true })
  await until(async () => !(await model()).includes(fileEntry(moved)))

  stop.abort()
  const fresh = join(dir, 'fresh-saves')
  await expectStoppedLikeFreshGenerate({ running, log, io, docs, out, fresh, keepsStubs: true })
})

it('sees a save made while its first build runs', async () => {
  const docs = join(dir, 'docs-first-build')
  const out = join(dir, 'out-first-build')
  await cp('input-docs', docs, { recursive: true })
  const page = join(docs, PAGE)
  const original = await readFile(page, 'utf8')
  let saved = false
  // The first build's summary is printed once its outputs are written, before the build ends:
  // the save happens then, after the build read the page.
  const { io, log, summaries } = capture((text) => {
    if (saved || !/ in \d+\.\d+s$/m.test(text)) return
    saved = true
    writeFileSync(page, original.replace(/^(# .*)$/m, '$1\n\nDuringFirstBuild was added here.'))
  })
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--no-cache', '--quiet'], io, stop.signal)
  const model = () => readFile(join(out, 'model.json'), 'utf8').catch(() => '')
  await until(async () => summaries().length >= 1)
  expect(saved).toBe(true)
  await until(async () => (await model()).includes('DuringFirstBuild'))
  stop.abort()
  await expectStoppedLikeFreshGenerate({ running, log, io, docs, out, fresh: join(dir, 'fresh-first-build') })
})

const ROUTE_OWNER_DOCS = fileURLToPath(new URL('../fixtures/route-owner', import.meta.url))

it('names a stub kept when another page comes to own its route, once, not on every later save', async () => {
  // As in test/server/regenerate.test.ts: shelf.md cut to one property leaves GET /shelves/{id} to
  // inventory-shelf-get; put back, shelf-get owns it and inventoryShelfGet.ts is the user's to move.
  const docs = join(dir, 'docs-owner')
  const out = join(dir, 'out-owner')
  await cp(ROUTE_OWNER_DOCS, docs, { recursive: true })
  const shelf = join(docs, 'resources', 'shelf.md')
  const full = await readFile(shelf, 'utf8')
  await writeFile(shelf, full.replace(/^.*(capacity|aisle|height|color).*\n/gm, ''))
  const { io, log, summaries } = capture()
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--no-cache', '--quiet'], io, stop.signal)
  await until(async () => summaries().length >= 1)
  // The user's code in the stub (one still as doc2ts made it would go).
  const stub = join(out, 'server', 'handlers', 'inventoryShelfGet.ts')
  await writeFile(stub, `${await readFile(stub, 'utf8')}// my implementation\n`)
  await writeFile(shelf, full)
  await until(async () => summaries().length >= 2)
  const kept =
    'doc2ts: kept server/handlers/inventoryShelfGet.ts: no longer called; GET /shelves/{shelfId} is now served by server/handlers/shelfGet.ts'
  expect(log()).toContain(kept)
  // A save of the same text (nothing to do), then one that changes another page: not named again.
  await writeFile(shelf, full)
  await until(async () => summaries().length >= 3)
  const bin = join(docs, 'resources', 'bin.md')
  await writeFile(bin, (await readFile(bin, 'utf8')).replace('what a store adds to it', 'what a shop adds'))
  await until(async () => summaries().length >= 4)
  expect(log().split(kept)).toHaveLength(2)
  stop.abort()
  expect(await running).toBe(0)
})

it('says in one line that an output could not be written after a save, and goes on watching', async () => {
  const docs = join(dir, 'docs-unwritable')
  const out = join(dir, 'out-unwritable')
  await cp(ROUTE_OWNER_DOCS, docs, { recursive: true })
  const { io, log, summaries } = capture()
  const stop = new AbortController()
  const running = watchCommand([docs, '--out', out, '--no-cache', '--quiet'], io, stop.signal)
  await until(async () => summaries().length >= 1)
  // The output folder replaced by a file meanwhile: nothing of the next run can be written.
  await rm(out, { recursive: true })
  await writeFile(out, 'not a folder')
  const bin = join(docs, 'resources', 'bin.md')
  await writeFile(bin, (await readFile(bin, 'utf8')).replace('what a store adds to it', 'what a shop adds'))
  await until(async () => log().includes('regeneration failed'))
  const failure = log().slice(log().indexOf('doc2ts: regeneration failed'))
  expect(failure).toMatch(/^doc2ts: regeneration failed, still watching: cannot write \S+: E[A-Z]+\n$/)
  stop.abort()
  expect(await running).toBe(0)
})
