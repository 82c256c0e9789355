import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { check, diff, generate } from '../../src/index.js'

const dir = await mkdtemp(join(tmpdir(), 'doc2ts-api-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

const PAGE = join('resources', 'intune-enrollment-importedwindowsautopilotdeviceidentityupload.md')

it('generate lists every output file with what the run did to it, as the command exits', async () => {
  const docs = join(dir, 'docs')
  const out = join(dir, 'out')
  const cacheDir = join(dir, 'cache')
  await cp('input-docs', docs, { recursive: true })

  const first = await generate({ docs, out, cacheDir })
  expect(first.summary).toMatchObject({ ok: true, written: true, upToDate: false, removed: 0 })
  expect(first.files.every((file) => file.status === 'changed')).toBe(true)
  expect(first.files.map((file) => file.path)).toContain('types/index.ts')
  expect(first.summary.changed).toBe(first.files.length)
  expect(first.diagnostics.length).toBe(first.summary.errors + first.summary.warnings + first.summary.infos)

  // Nothing changed: the run stops after reading, and still lists the files.
  const again = await generate({ docs, out, cacheDir })
  expect(again.summary).toMatchObject({ ok: true, upToDate: true, changed: 0 })
  expect(again.files).toEqual(first.files.map(({ path }) => ({ path, status: 'unchanged' })))
  expect(again.diagnostics).toEqual(first.diagnostics)

  const text = await readFile(join(docs, PAGE), 'utf8')
  await writeFile(join(docs, PAGE), text.replace('The GUID for the object', 'ApiEditMarker'))
  const drift = await generate({ docs, out, cacheDir, check: true })
  expect(drift.summary).toMatchObject({ ok: false, written: false })
  const changed = drift.files.filter((file) => file.status === 'changed').map((file) => file.path)
  expect(changed).toContain('model.json')
  expect(changed).not.toContain('server/runtime.ts')
  expect(await readFile(join(out, 'model.json'), 'utf8')).not.toContain('ApiEditMarker')

  // The seeds have warnings: strict writes nothing.
  const strict = await generate({ docs, out, cacheDir: false, strict: true })
  expect(strict.summary).toMatchObject({ ok: false, written: false })
  expect(await readFile(join(out, 'model.json'), 'utf8')).not.toContain('ApiEditMarker')
})

it('generate rejects what it cannot do before writing anything', async () => {
  const empty = join(dir, 'empty')
  await cp('input-docs', empty, { recursive: true, filter: (source) => !source.endsWith('.md') })
  await expect(generate({ docs: empty, out: join(dir, 'unused') })).rejects.toThrow(/no Markdown pages/)
  const file = join(dir, 'a-file')
  await writeFile(file, '')
  await expect(generate({ docs: 'input-docs', out: join(file, 'out') })).rejects.toThrow(/cannot use --out/)
  await expect(
    generate({ docs: 'input-docs', out: join(dir, 'unused'), cacheDir: false, include: ['/nowhere/**'] }),
  ).rejects.toThrow('--include /nowhere/** matches no route')
  // An output name the library was given unchecked (a JavaScript caller, a job built in code)
  // would write none of the outputs and remove the ones there: refused, nothing touched.
  const kept = join(dir, 'kept')
  await generate({ docs: 'input-docs', out: kept, cacheDir: false, outputs: ['types'] })
  const typo = ['typez'] as unknown as ['types']
  await expect(generate({ docs: 'input-docs', out: kept, cacheDir: false, outputs: typo })).rejects.toThrow(
    'Unexpected --outputs typez, expected some of types, client, server, openapi, model, reference',
  )
  expect(await readFile(join(kept, 'types', 'index.ts'), 'utf8')).toContain('export interface')
  // A suppression naming no code or check would silence nothing, as a config's is refused.
  const unknownCode = 'Unexpected suppress code "todo", expected a diagnostic code or check name'
  await expect(
    generate({ docs: 'input-docs', out: kept, cacheDir: false, suppress: [{ code: 'todo' }] }),
  ).rejects.toThrow(unknownCode)
  await expect(check({ docs: 'input-docs', suppress: [{ code: 'todo' }] })).rejects.toThrow(unknownCode)
})

it('generate takes the outputs and route selection of a config job', async () => {
  const out = join(dir, 'types-only')
  const { files, summary } = await generate({
    docs: 'input-docs',
    out,
    cacheDir: false,
    outputs: ['types'],
    include: ['/deviceManagement/importedWindowsAutopilotDeviceIdentities/**'],
  })
  expect(summary.ok).toBe(true)
  expect(files.map((file) => file.path).filter((path) => path !== '.doc2ts-manifest.json')).toEqual(
    expect.arrayContaining(['types/index.ts']),
  )
  expect(files.some((file) => file.path.startsWith('client/') || file.path === 'model.json')).toBe(false)
  // The Uploads routes are left out: their type is not in the subset's types.
  await generate({ docs: 'input-docs', out: join(dir, 'all'), cacheDir: false, outputs: ['types'] })
  const upload = 'export interface ImportedWindowsAutopilotDeviceIdentityUpload '
  expect(await readFile(join(dir, 'all', 'types', 'index.ts'), 'utf8')).toContain(upload)
  expect(await readFile(join(out, 'types', 'index.ts'), 'utf8')).not.toContain(upload)
})

it('check and diff resolve to what their commands print', async () => {
  const checked = await check({ docs: 'input-docs' })
  expect(checked.summary).toMatchObject({ pages: 17, errors: 0, ok: true })
  expect(checked.summary.warnings).toBeGreaterThan(0)
  expect((await check({ docs: 'input-docs', strict: true })).summary.ok).toBe(false)
  const suppressed = await check({ docs: 'input-docs', suppress: [{ code: 'todo-placeholder' }] })
  expect(suppressed.diagnostics.some((d) => d.code === 'todo-placeholder')).toBe(false)

  const changed = join(dir, 'docs-changed')
  await cp('input-docs', changed, { recursive: true })
  await rm(join(changed, 'api', 'intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md'))
  const { changes, summary } = await diff({ old: 'input-docs', new: changed })
  expect(summary).toEqual({ changes: changes.length, breaking: changes.filter((c) => c.breaking).length })
  expect(summary.breaking).toBeGreaterThan(0)
  // A wrong path is no API: not "every operation removed" (a gate failing on nothing) nor "all
  // added" (a gate passing on nothing).
  const empty = join(dir, 'no-pages')
  await mkdir(empty, { recursive: true })
  for (const [old, changedTo] of [
    ['input-docs', empty],
    [empty, 'input-docs'],
  ] as const)
    await expect(diff({ old, new: changedTo })).rejects.toThrow(
      `no Markdown pages (*.md) in docs folder "${empty}"; nothing compared`,
    )
})
