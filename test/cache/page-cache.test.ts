import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type CachedPage, loadPageCache, pageCachePath, savePageCache } from '../../src/store/page-cache.js'

const temps: string[] = []
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true })
})

const entry = (hash: string): CachedPage => ({ hash, model: `{"m":"${hash}"}`, checks: '{}' })
const pagesOf = (count: number, tag = 'a') =>
  new Map(Array.from({ length: count }, (_, index) => [`p${index}.md`, entry(`${tag}${index}`)]))
/** The pages as read back: each entry's fields (those of the base are read when asked for). */
const loaded = async (cacheDir: string, version = 'v1') =>
  new Map(
    [...(await loadPageCache(pageCachePath(cacheDir, 'docs'), version)).pages].map(
      ([file, { hash, model, checks }]) => [file, { hash, model, checks }],
    ),
  )

describe('page cache file', () => {
  it('appends a few changed pages to the log and loads exactly the pages saved', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'doc2ts-page-cache-'))
    temps.push(cacheDir)
    const cache = await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')
    const first = pagesOf(80)
    await savePageCache(cache, first)
    const base = await readFile(pageCachePath(cacheDir, 'docs'), 'utf8')
    const changed = new Map(first)
    changed.set('p3.md', entry('edited'))
    changed.delete('p7.md')
    changed.set('new.md', entry('new'))
    await savePageCache(cache, changed)
    // The base is untouched; the three changes went to the log.
    expect(await readFile(pageCachePath(cacheDir, 'docs'), 'utf8')).toBe(base)
    const log = await readFile(pageCachePath(cacheDir, 'docs').replace(/\.json$/, '.log'), 'utf8')
    expect(log.trim().split('\n')).toHaveLength(3)
    expect(await loaded(cacheDir)).toEqual(changed)
    expect((await loaded(cacheDir, 'v2')).size).toBe(0)
  })

  it('counts the log in bytes, as the base, when pages hold non-ASCII text', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'doc2ts-page-cache-'))
    temps.push(cacheDir)
    const cache = await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')
    await savePageCache(cache, pagesOf(80))
    const changed = new Map(pagesOf(80))
    changed.set('p3.md', { hash: 'edited', model: '{"m":"Zurück – ✓"}', checks: '{}' })
    await savePageCache(cache, changed)
    const logFile = pageCachePath(cacheDir, 'docs').replace(/\.json$/, '.log')
    const size = (await stat(logFile)).size
    expect(cache.logBytes).toBe(size)
    expect((await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')).logBytes).toBe(size)
  })

  it('rewrites the base when most pages change, and ignores stale or torn log lines', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'doc2ts-page-cache-'))
    temps.push(cacheDir)
    const cache = await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')
    await savePageCache(cache, pagesOf(40))
    const logFile = pageCachePath(cacheDir, 'docs').replace(/\.json$/, '.log')
    const stale = JSON.stringify({ generation: cache.generation, file: 'p1.md', entry: entry('stale') })
    await savePageCache(cache, pagesOf(40, 'b'))
    expect(await readdir(join(cacheDir, 'pages'))).toEqual([expect.stringMatching(/\.json$/)])
    // A line of the old generation (a log left beside a rewritten base) and a torn line.
    await appendFile(logFile, `${stale}\n{"generation":"${cache.generation}","file":"p2.md","ent`)
    expect(await loaded(cacheDir)).toEqual(pagesOf(40, 'b'))
  })

  it('rewrites the base from pages read from it and pages extracted since', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'doc2ts-page-cache-'))
    temps.push(cacheDir)
    await savePageCache(await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1'), pagesOf(40))
    // A new process: half its pages come from the base as read, half were extracted again.
    const cache = await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')
    const odd = (file: string) => Number(file.replace(/\D/g, '')) % 2 === 1
    const mixed = new Map(
      [...cache.pages].map(([file, page]) => [file, odd(file) ? entry(`c${file}`) : page]),
    )
    await savePageCache(cache, mixed)
    expect(await loaded(cacheDir)).toEqual(
      new Map([...pagesOf(40)].map(([file, page]) => [file, odd(file) ? entry(`c${file}`) : page])),
    )
  })

  it('starts cold from a damaged base: cut short, or bytes missing', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'doc2ts-page-cache-'))
    temps.push(cacheDir)
    const cache = await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')
    await savePageCache(cache, pagesOf(40))
    const basePath = pageCachePath(cacheDir, 'docs')
    const base = await readFile(basePath)
    expect((await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')).pages.size).toBe(40)
    const middle = base.length / 2
    for (const damaged of [
      base.subarray(0, middle),
      Buffer.concat([base.subarray(0, middle), base.subarray(middle + 9)]),
    ]) {
      await writeFile(basePath, damaged)
      expect((await loadPageCache(pageCachePath(cacheDir, 'docs'), 'v1')).pages.size).toBe(0)
    }
  })
})
