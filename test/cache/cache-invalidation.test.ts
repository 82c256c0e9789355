import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runBuild } from '../../src/build/index.js'
import { isUserOwnedOutput } from '../../src/emit/server/user-owned.js'
import { type DocsInput, readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { openStore, type Store } from '../../src/store/index.js'
import { type CachedPage, loadPageCache, pageCachePath, savePageCache } from '../../src/store/page-cache.js'

const temps: string[] = []
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true })
})
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'doc2ts-cache-'))
  temps.push(dir)
  return dir
}

/** A build in a new session holding `previous` as the last run's page cache entries. */
async function build(
  docs: DocsInput,
  previous: ReadonlyMap<string, CachedPage> | undefined,
  version = 'v1',
  store?: Store,
  outDir?: string,
) {
  const session = new Session()
  session.pages = previous ?? new Map()
  const result = await runBuild({ docs, emit: { dir: outDir ?? (await temp()) }, version, store }, session)
  return { ...result, entries: result.upToDate ? undefined : session.pages }
}

const withPages = (docs: DocsInput, pages: DocsInput['pages']): DocsInput => ({ ...docs, pages })

describe('page cache invalidation', async () => {
  const seeds = await readDocs('input-docs')
  const first = await build(seeds, new Map())

  it('extracts every page when cold, none when nothing changed', async () => {
    expect(first.extracted).toBe(seeds.pages.length)
    expect((await build(seeds, first.entries)).extracted).toBe(0)
  })

  it('re-extracts an edited page only', async () => {
    const [head, ...rest] = seeds.pages
    if (!head) throw new Error('no seed pages')
    const edited = withPages(seeds, [{ file: head.file, text: `${head.text}\nEdited.\n` }, ...rest])
    const second = await build(edited, first.entries)
    expect(second.extracted).toBe(1)
    expect(second.entries?.get(head.file)?.hash).not.toBe(first.entries?.get(head.file)?.hash)
  })

  it('drops a deleted page and extracts a new one', async () => {
    const [gone, ...rest] = seeds.pages
    if (!gone) throw new Error('no seed pages')
    const deleted = await build(withPages(seeds, rest), first.entries)
    expect(deleted.extracted).toBe(0)
    expect(deleted.entries?.has(gone.file)).toBe(false)
    expect(deleted.pages).toBe(seeds.pages.length - 1)
    const added = await build(
      withPages(seeds, [...seeds.pages, { file: 'api/new-page.md', text: gone.text }]),
      first.entries,
    )
    expect(added.extracted).toBe(1)
    expect(added.entries?.has('api/new-page.md')).toBe(true)
  })

  it('starts cold under a new doc2ts version, in memory and on disk', async () => {
    expect((await build(seeds, first.entries, 'v2')).extracted).toBe(seeds.pages.length)
    const path = pageCachePath(await temp(), 'input-docs')
    await savePageCache(await loadPageCache(path, 'v1'), first.entries ?? new Map())
    expect((await loadPageCache(path, 'v1')).pages.size).toBe(seeds.pages.length)
    expect((await loadPageCache(path, 'v2')).pages.size).toBe(0)
  })

  it('skips link and emit when inputs and outputs are unchanged, not when an output was touched', async () => {
    const cacheDir = await temp()
    const outDir = await temp()
    const record = openStore(cacheDir, 'input-docs', outDir, 'test')
    const written = await build(seeds, first.entries, 'v1', record, outDir)
    expect(written.upToDate).toBe(false)
    const again = await build(seeds, written.entries, 'v1', record, outDir)
    expect(again.upToDate).toBe(true)
    expect(again.diagnostics).toEqual(written.diagnostics)
    await writeFile(join(outDir, 'model.json'), 'tampered')
    const repaired = await build(seeds, written.entries, 'v1', record, outDir)
    expect(repaired.upToDate).toBe(false)
    expect(repaired.write.changed).toContain('model.json')
  })

  it('stays up to date when a user edits a handler stub, and makes a deleted one again', async () => {
    const cacheDir = await temp()
    const outDir = await temp()
    const store = openStore(cacheDir, 'input-docs', outDir, 'test')
    const run = () =>
      runBuild({ docs: seeds, emit: { dir: outDir, userOwned: isUserOwnedOutput }, version: 'v1', store })
    expect((await run()).upToDate).toBe(false)
    const [stub] = (await readdir(join(outDir, 'server', 'handlers')))
      .filter((name) => isUserOwnedOutput(`server/handlers/${name}`))
      .sort()
    expect(stub).toBeDefined()
    const path = join(outDir, 'server', 'handlers', stub as string)
    await writeFile(path, '// my handler\n')
    expect((await run()).upToDate).toBe(true)
    await rm(path)
    const repaired = await run()
    expect(repaired.upToDate).toBe(false)
    expect(repaired.write.changed).toContain(`server/handlers/${stub}`)
  })
})
