/**
 * The output is byte-identical whatever the cache state (none, cold, warm, half warm) and the
 * order in which pages are read: seeds plus a sample of the corpus.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { emitAll } from '../../src/build/in-memory.js'
import { runBuild } from '../../src/build/index.js'
import { type DocsInput, readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import type { CachedPage } from '../../src/store/page-cache.js'
import { checkDocs } from '../support/check-docs.js'
import { corpusDir } from '../support/corpus.js'
import { readTree } from '../support/read-tree.js'

const temps: string[] = []
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

async function sampleDocs(): Promise<DocsInput> {
  const seeds = await readDocs('input-docs')
  const corpus = await readDocs(corpusDir)
  // Every 25th page: resources, enums and API pages of many families.
  const sample = corpus.pages.filter((_, index) => index % 25 === 0)
  return {
    pages: [...seeds.pages, ...sample.map((p) => ({ file: `corpus/${p.file}`, text: p.text }))],
    diagnostics: [],
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/** A generate in a new session holding `previous` as the last run's page cache entries and, when
 *  given, `units` as the emit memo's unit texts; the entries and units it leaves. */
async function generateWith(
  docs: DocsInput,
  previous: ReadonlyMap<string, CachedPage>,
  units?: ReadonlyMap<string, string>,
) {
  const outDir = await mkdtemp(join(tmpdir(), 'doc2ts-determinism-'))
  temps.push(outDir)
  const session = new Session()
  session.pages = previous
  session.emitUnits = units
  const build = await runBuild({ docs, emit: { dir: outDir }, version: 't' }, session)
  return { outDir, build, entries: session.pages, units: session.emitUnits }
}

it('writes the same bytes with and without the cache, in any page order', async () => {
  const docs = await sampleDocs()
  const reference = Object.fromEntries(
    emitAll((await checkDocs(docs.pages)).model).map((file) => [file.path, file.text]),
  )
  const cold = await generateWith(docs, new Map())
  const coldFiles = await readTree(cold.outDir)
  for (const [path, text] of Object.entries(reference))
    if (!path.startsWith('server/handlers/')) expect(coldFiles[path], path).toBe(text)
  const warm = await generateWith({ ...docs, pages: shuffled(docs.pages, 7) }, cold.entries ?? new Map())
  expect(warm.build.extracted).toBe(0)
  expect(await readTree(warm.outDir)).toEqual(coldFiles)
  const half = new Map([...(cold.entries ?? [])].filter((_, index) => index % 2 === 0))
  const halfWarm = await generateWith({ ...docs, pages: shuffled(docs.pages, 11) }, half)
  expect(await readTree(halfWarm.outDir)).toEqual(coldFiles)
})

it('writes the same bytes from an emit memo kept from another revision of the docs', async () => {
  const docs = await sampleDocs()
  // Every third page edited (descriptions, names, types alike), every fifth missing.
  const older: DocsInput = {
    ...docs,
    pages: docs.pages
      .filter((_, index) => index % 5 !== 2)
      .map((page, index) => (index % 3 === 0 ? { ...page, text: page.text.replace(/the /gi, 'a ') } : page)),
  }
  const { units } = await generateWith(older, new Map(), new Map())
  const fresh = await generateWith(docs, new Map())
  const memoised = await generateWith(docs, new Map(), units)
  expect(await readTree(memoised.outDir)).toEqual(await readTree(fresh.outDir))
})
