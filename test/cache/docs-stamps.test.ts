import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readDocs } from '../../src/read-docs.js'
import { docsStampsPath, loadDocsStamps, saveDocsStamps } from '../../src/store/docs-stamps.js'
import { pageCachePath } from '../../src/store/page-cache.js'

const temps: string[] = []
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function docsFolder(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'doc2ts-stamps-'))
  temps.push(dir)
  for (const [file, text] of Object.entries(pages)) await writeFile(join(dir, file), text)
  return dir
}

/** A read as a later run makes it, once the files have settled. */
const later = () => Date.now() + 60_000
const isUnread = (page: object) => Object.getOwnPropertyDescriptor(page, 'text')?.get !== undefined

describe('docs stamps', () => {
  it('reads again only the pages whose files changed, and reads the others when asked', async () => {
    const root = await docsFolder({ 'a.md': '# A\n', 'b.md': '# B\n' })
    const first = await readDocs(root, new Map(), later())
    expect(first.pages.some(isUnread)).toBe(false)
    await writeFile(join(root, 'b.md'), '# B, longer\n')
    const second = await readDocs(root, first.stamps, later())
    const [a, b] = second.pages
    expect(a && isUnread(a)).toBe(true)
    expect(b && isUnread(b)).toBe(false)
    expect(a?.digest).toBe(first.pages[0]?.digest)
    expect(a?.text).toBe('# A\n')
    expect(b?.text).toBe('# B, longer\n')
  })

  it('sees an edit that keeps the size and the modification time (a restored timestamp)', async () => {
    const root = await docsFolder({ 'a.md': '# Old\n' })
    const path = join(root, 'a.md')
    // A whole second, which every file system keeps exactly.
    const time = new Date('2026-01-01T00:00:00Z')
    await utimes(path, time, time)
    const first = await readDocs(root, new Map(), later())
    await writeFile(path, '# New\n')
    await utimes(path, time, time)
    expect((await stat(path)).mtime).toEqual(time)
    const second = await readDocs(root, first.stamps, later())
    expect(second.pages[0]?.text).toBe('# New\n')
    expect(second.pages[0]?.digest).not.toBe(first.pages[0]?.digest)
  })

  it('keeps no stamp for a file changed just before the read: the next read reads it again', async () => {
    const root = await docsFolder({ 'a.md': '# A\n' })
    const first = await readDocs(root) // the file was written now: not settled
    expect(first.stamps?.get('a.md')?.stamp).toBe('')
    const second = await readDocs(root, first.stamps, later())
    expect(second.pages.some(isUnread)).toBe(false)
  })

  it('saves the stamps only when they changed, and loads them back', async () => {
    const root = await docsFolder({ 'a.md': '# A\n' })
    const cache = await mkdtemp(join(tmpdir(), 'doc2ts-stamps-cache-'))
    temps.push(cache)
    const path = docsStampsPath(pageCachePath(cache, root))
    const { stamps = new Map() } = await readDocs(root, new Map(), later())
    await saveDocsStamps(path, new Map(), stamps)
    expect(await loadDocsStamps(path)).toEqual(stamps)
    const { mtimeMs } = await stat(path)
    await saveDocsStamps(path, await loadDocsStamps(path), stamps)
    expect((await stat(path)).mtimeMs).toBe(mtimeMs)
    await writeFile(path, '{"format":1,"pages":') // damaged: read everything again
    expect((await loadDocsStamps(path)).size).toBe(0)
  })
})
