/** The writer never leaves the output folder, never destroys what it did not write, writes atomically. */
import { createHash } from 'node:crypto'
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  isInside,
  MANIFEST,
  OutputWriteError,
  safeOutputPath,
  writeOutput,
} from '../../src/write/write-output.js'

let base: string
let out: string

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'doc2ts-write-'))
  out = join(base, 'out')
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

/** Every file below `dir`, relative, sorted (links listed, not followed). */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
}

describe('safeOutputPath', () => {
  it.each([
    '../x.ts',
    '../../x',
    'a/../../x',
    'a/./b',
    '/etc/passwd',
    'a\\..\\x',
    'C:\\x',
    'a//b',
    '',
    '.',
    'a/..',
    'nul\u0000.ts',
    'line\nbreak.ts',
    MANIFEST,
  ])('refuses %j', (path) => {
    expect(safeOutputPath('/tmp/out', path)).toBeUndefined()
  })

  it.each(['types/index.ts', 'server/handlers/a.ts', '..hidden.ts', 'a..b/c.ts'])('accepts %j', (path) => {
    expect(safeOutputPath('/tmp/out', path)?.startsWith('/tmp/out/')).toBe(true)
  })
})

describe('writeOutput', () => {
  it('writes files and a manifest with hashes, and refuses paths that leave the folder', async () => {
    const result = await writeOutput(out, [
      { path: 'types/index.ts', text: 'export {}\n' },
      { path: '../escaped.ts', text: 'x' },
      { path: 'a/../../escaped.ts', text: 'x' },
    ])
    expect(result.refused.map((r) => r.path)).toEqual(['../escaped.ts', 'a/../../escaped.ts'])
    expect(await tree(base)).toEqual([`out/${MANIFEST}`, 'out/types/index.ts'])
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8'))
    expect(Object.keys(manifest.files)).toEqual(['types/index.ts'])
    expect(manifest.files['types/index.ts']).toMatch(/^[0-9a-f]{40}$/)
  })

  it('is a no-op on the second run, and leaves no temp files', async () => {
    const files = [{ path: 'a.ts', text: 'export const a = 1\n' }]
    await writeOutput(out, files)
    const { hashes, ...again } = await writeOutput(out, files)
    expect(again).toEqual({ changed: [], removed: [], refused: [] })
    expect(await tree(out)).toEqual([MANIFEST, 'a.ts'])
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8'))
    expect(hashes).toEqual(new Map([['a.ts', manifest.files['a.ts']]]))
  })

  it('keeps paths passed as intact in the manifest without touching or removing them', async () => {
    const files = [
      { path: 'a.ts', text: 'export const a = 1\n' },
      { path: 'b.ts', text: 'export const b = 1\n' },
    ]
    await writeOutput(out, files)
    const first = JSON.parse(await readFile(join(out, MANIFEST), 'utf8'))
    const intact = new Map([['b.ts', first.files['b.ts'] as string]])
    const { hashes, ...again } = await writeOutput(out, files.slice(0, 1), { known: { intact } })
    expect(again).toEqual({ changed: [], removed: [], refused: [] })
    expect(hashes).toEqual(new Map(Object.entries(first.files)))
    expect(JSON.parse(await readFile(join(out, MANIFEST), 'utf8'))).toEqual(first)
    expect(await readFile(join(out, 'b.ts'), 'utf8')).toBe('export const b = 1\n')
  })
  it('never replaces a file it did not generate', async () => {
    await mkdir(out, { recursive: true })
    await writeFile(join(out, 'mine.ts'), 'user code')
    const result = await writeOutput(out, [{ path: 'mine.ts', text: 'generated' }])
    expect(result.refused).toEqual([{ path: 'mine.ts', reason: expect.stringMatching(/did not generate/) }])
    expect(await readFile(join(out, 'mine.ts'), 'utf8')).toBe('user code')
  })

  it('removes files it no longer produces, unless the user changed them', async () => {
    await writeOutput(out, [
      { path: 'old.ts', text: 'old' },
      { path: 'edited.ts', text: 'generated' },
    ])
    await writeFile(join(out, 'edited.ts'), 'edited by the user')
    const result = await writeOutput(out, [])
    expect(result.removed).toEqual(['old.ts'])
    expect(result.refused.map((r) => r.path)).toEqual(['edited.ts'])
    expect(await readFile(join(out, 'edited.ts'), 'utf8')).toBe('edited by the user')
  })

  it('reads the SHA-256 hashes of an older manifest: removes a file as written, keeps one the user changed', async () => {
    await writeOutput(out, [
      { path: 'old.ts', text: 'old' },
      { path: 'edited.ts', text: 'generated' },
    ])
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
    const files = { 'old.ts': sha256('old'), 'edited.ts': sha256('generated') }
    await writeFile(join(out, MANIFEST), JSON.stringify({ generatedBy: 'doc2ts', files }))
    await writeFile(join(out, 'edited.ts'), 'edited by the user')
    const result = await writeOutput(out, [])
    expect(result.removed).toEqual(['old.ts'])
    expect(result.refused.map((r) => r.path)).toEqual(['edited.ts'])
    expect(await readFile(join(out, 'edited.ts'), 'utf8')).toBe('edited by the user')
  })

  it('never overwrites user-owned stubs, even without a manifest', async () => {
    const userOwned = (path: string) => path.startsWith('stubs/')
    await writeOutput(out, [{ path: 'stubs/a.ts', text: 'stub' }], { userOwned })
    await writeFile(join(out, 'stubs/a.ts'), 'implemented')
    const { hashes, ...result } = await writeOutput(out, [{ path: 'stubs/a.ts', text: 'new stub' }], {
      userOwned,
    })
    expect(result).toEqual({ changed: [], removed: [], refused: [] })
    expect(hashes).toEqual(new Map()) // the stub's bytes are the user's: no hash vouched for
    await rm(join(out, MANIFEST))
    const without = await writeOutput(out, [{ path: 'stubs/a.ts', text: 'new stub' }], { userOwned })
    expect(without.refused).toEqual([])
    expect(await readFile(join(out, 'stubs/a.ts'), 'utf8')).toBe('implemented')
    await writeOutput(out, [], { userOwned })
    expect(await readFile(join(out, 'stubs/a.ts'), 'utf8')).toBe('implemented')
  })

  it('ignores a forged manifest that lists paths outside the folder', async () => {
    await writeFile(join(base, 'victim.txt'), 'keep me')
    await mkdir(out, { recursive: true })
    await writeFile(
      join(out, MANIFEST),
      JSON.stringify({ files: ['../victim.txt', '/etc/hostname', '..', '', 'a/../../victim.txt'] }),
    )
    const result = await writeOutput(out, [])
    expect(result.removed).toEqual([])
    expect(await readFile(join(base, 'victim.txt'), 'utf8')).toBe('keep me')
  })

  it('refuses to write through a symbolic link that leads out of the folder', async () => {
    const outside = join(base, 'outside')
    await mkdir(outside)
    await mkdir(out, { recursive: true })
    await symlink(outside, join(out, 'types'))
    await writeFile(join(outside, 'target.ts'), 'outside')
    await symlink(join(outside, 'target.ts'), join(out, 'file.ts'))
    const result = await writeOutput(out, [
      { path: 'types/index.ts', text: 'x' },
      { path: 'file.ts', text: 'x' },
    ])
    expect(result.refused.map((r) => r.path).sort()).toEqual(['file.ts', 'types/index.ts'])
    expect(await tree(outside)).toEqual(['target.ts'])
    expect(await readFile(join(outside, 'target.ts'), 'utf8')).toBe('outside')
    expect((await lstat(join(out, 'file.ts'))).isSymbolicLink()).toBe(true)
  })

  it('does not remove a listed file that is now a link leading out', async () => {
    await writeOutput(out, [{ path: 'sub/a.ts', text: 'x' }])
    const outside = join(base, 'outside')
    await mkdir(outside)
    await writeFile(join(outside, 'a.ts'), 'x')
    await rm(join(out, 'sub'), { recursive: true })
    await symlink(outside, join(out, 'sub'))
    await writeOutput(out, [])
    expect(await readFile(join(outside, 'a.ts'), 'utf8')).toBe('x')
  })

  it('with --out equal to the docs folder or a parent of it, never touches the docs', async () => {
    const docs = join(base, 'docs')
    await mkdir(join(docs, 'api'), { recursive: true })
    await writeFile(join(docs, 'api/page.md'), '# page')
    for (const target of [docs, base]) {
      const prefix = target === docs ? '' : 'docs/'
      await writeFile(join(target, MANIFEST), JSON.stringify({ files: [`${prefix}api/page.md`] }))
      const result = await writeOutput(target, [{ path: `${prefix}api/page.md`, text: 'overwritten' }], {
        protect: [docs],
      })
      expect(result.refused.map((r) => r.reason)).toEqual(['the path is inside the docs folder'])
      const removal = await writeOutput(target, [], { protect: [docs] })
      expect(removal.removed).toEqual([])
      expect(await readFile(join(docs, 'api/page.md'), 'utf8')).toBe('# page')
    }
  })

  it('reports a file in the way of a folder instead of crashing', async () => {
    await writeOutput(out, [{ path: 'types', text: 'a file named like a folder' }])
    const result = await writeOutput(out, [{ path: 'types/index.ts', text: 'x' }])
    expect(result.refused.map((r) => r.path)).toEqual(['types/index.ts'])
  })
})

describe('a write the up-front check could not foresee', () => {
  it('fails with the path and the system code, not a stack trace', async () => {
    // The output folder turned into a file after the check (removed and replaced meanwhile): the
    // manifest cannot be written.
    await writeFile(out, 'not a folder')
    const writing = writeOutput(out, [{ path: 'types/index.ts', text: 'export {}\n' }])
    await expect(writing).rejects.toBeInstanceOf(OutputWriteError)
    await expect(writeOutput(out, [])).rejects.toThrow(
      new RegExp(`^cannot write ${join(out, MANIFEST).replace(/[.\\]/g, '\\$&')}: E[A-Z]+$`),
    )
  })
})

describe('isInside', () => {
  it.each([
    ['/a/docs', '/a/docs', true],
    ['/a/docs/api/x.md', '/a/docs', true],
    // A name that starts with two dots is still inside.
    ['/a/docs/..gen', '/a/docs', true],
    ['/a/docs/..gen/types', '/a/docs', true],
    ['/a/docs/..', '/a/docs', false],
    ['/a/docsx', '/a/docs', false],
    ['/a/out', '/a/docs', false],
    ['/b', '/a/docs', false],
  ])('%s in %s: %s', (path, folder, expected) => {
    expect(isInside(path, folder)).toBe(expected)
  })
})
