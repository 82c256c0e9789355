/**
 * Handler stubs survive regeneration: an edited stub is kept, a new operation page gets a new
 * stub, an edited one no longer called is reported and kept, never deleted (one still as doc2ts made
 * it goes); one whose route another page now owns is kept and names the stub that serves it now.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { main } from '../../src/cli.js'
import { SEED_DOCS } from './helpers.js'

let root = ''
const errors: string[] = []
const io = { out: () => {}, err: (text: string) => void errors.push(text) }
const generate = (docs: string, out: string) =>
  main(['generate', docs, '--out', out, '--no-cache', '--quiet'], io)

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'doc2ts-regen-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

const ROUTE_OWNER_DOCS = fileURLToPath(new URL('../fixtures/route-owner', import.meta.url))
const STUB = 'server/handlers/intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadGet.ts'
const NEW_PAGE = 'api/intune-enrollment-importedwindowsautopilotdeviceidentityupload-preview.md'
const NEW_STUB = 'server/handlers/intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadPreview.ts'

it('keeps an edited stub, adds the stub of a new operation, reports a removed one', async () => {
  const docs = join(root, 'docs')
  const out = join(root, 'out')
  await cp(SEED_DOCS, docs, { recursive: true })
  expect(await generate(docs, out)).toBe(0)
  const edited = `${await readFile(join(out, STUB), 'utf8')}\n// my implementation\n`
  await writeFile(join(out, STUB), edited)

  const get = await readFile(
    join(docs, 'api/intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md'),
    'utf8',
  )
  const preview = get.replaceAll(
    '/importedWindowsAutopilotDeviceIdentityUploads/{importedWindowsAutopilotDeviceIdentityUploadId}',
    '/importedWindowsAutopilotDeviceIdentityUploads/{importedWindowsAutopilotDeviceIdentityUploadId}/preview',
  )
  await writeFile(join(docs, NEW_PAGE), preview)
  expect(await generate(docs, out)).toBe(0)
  expect(await readFile(join(out, STUB), 'utf8')).toBe(edited)
  expect(await readFile(join(out, NEW_STUB), 'utf8')).toContain(
    'intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadPreview',
  )
  expect(await readFile(join(out, 'server/handlers/index.ts'), 'utf8')).toContain(
    './intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadPreview.js',
  )
  await writeFile(join(out, NEW_STUB), `${await readFile(join(out, NEW_STUB), 'utf8')}// edited too\n`)

  await rm(join(docs, NEW_PAGE))
  errors.length = 0
  expect(await generate(docs, out)).toBe(0)
  expect(await readFile(join(out, NEW_STUB), 'utf8')).toContain('// edited too')
  expect(errors.join('')).toContain(`kept ${NEW_STUB}`)
  expect(await readFile(join(out, 'server/handlers/index.ts'), 'utf8')).not.toContain('Preview')
  expect(await readFile(join(out, STUB), 'utf8')).toBe(edited)
}, 120_000)

it('removes a stub no longer called that is still as doc2ts made it: none of the user’s code is there', async () => {
  const docs = join(root, 'docs-untouched')
  const out = join(root, 'out-untouched')
  await cp(SEED_DOCS, docs, { recursive: true })
  const get = await readFile(
    join(docs, 'api/intune-enrollment-importedwindowsautopilotdeviceidentityupload-get.md'),
    'utf8',
  )
  await writeFile(
    join(docs, NEW_PAGE),
    get.replaceAll('{importedWindowsAutopilotDeviceIdentityUploadId}', '{id}/preview'),
  )
  expect(await generate(docs, out)).toBe(0)
  expect(await readFile(join(out, NEW_STUB), 'utf8')).toContain('Preview')
  await rm(join(docs, NEW_PAGE))
  errors.length = 0
  expect(await generate(docs, out)).toBe(0)
  expect(errors.join('')).not.toContain('kept')
  await expect(readFile(join(out, NEW_STUB), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' })
  expect(await readFile(join(out, '.doc2ts-manifest.json'), 'utf8')).not.toContain(NEW_STUB)
}, 120_000)

it('recreates a deleted stub on the next run with the cache, and keeps one the user made a link', async () => {
  const docs = join(root, 'docs-cached')
  const out = join(root, 'out-cached')
  const cached = () =>
    main(['generate', docs, '--out', out, '--cache-dir', join(root, 'cache'), '--quiet'], io)
  await cp(SEED_DOCS, docs, { recursive: true })
  expect(await cached()).toBe(0)
  const stub = await readFile(join(out, STUB), 'utf8')
  await rm(join(out, STUB))
  expect(await cached()).toBe(0)
  expect(await readFile(join(out, STUB), 'utf8')).toBe(stub)

  const mine = join(root, 'my-handler.ts')
  await writeFile(mine, '// mine\n')
  await rm(join(out, STUB))
  await symlink(mine, join(out, STUB))
  expect(await cached()).toBe(0)
  expect(await readFile(join(out, STUB), 'utf8')).toBe('// mine\n')
}, 120_000)

it('keeps the stub of a page that no longer owns its route, and names the stub that serves it now', async () => {
  // test/fixtures/route-owner with shelf.md cut to one property: no page documents most of shelf,
  // so the first page by id (inventory-shelf-get) owns GET /shelves/{id}; put back, shelf-get does.
  const docs = join(root, 'docs-owner')
  const out = join(root, 'out-owner')
  const shelf = join(docs, 'resources/shelf.md')
  const cached = () =>
    main(['generate', docs, '--out', out, '--cache-dir', join(root, 'cache-owner'), '--quiet'], io)
  await cp(ROUTE_OWNER_DOCS, docs, { recursive: true })
  const full = await readFile(shelf, 'utf8')
  await writeFile(shelf, full.replace(/^.*(capacity|aisle|height|color).*\n/gm, ''))
  expect(await cached()).toBe(0)
  const old = join(out, 'server/handlers/inventoryShelfGet.ts')
  const mine = `${await readFile(old, 'utf8')}// my implementation\n`
  await writeFile(old, mine)

  await writeFile(shelf, full)
  errors.length = 0
  expect(await cached()).toBe(0)
  expect(await readFile(old, 'utf8')).toBe(mine)
  expect(await readFile(join(out, 'server/handlers/shelfGet.ts'), 'utf8')).toContain(
    'GET /shelves/{shelf-id}',
  )
  expect(errors.join('')).toContain(
    'doc2ts: kept server/handlers/inventoryShelfGet.ts: no longer called; GET /shelves/{shelfId} is now served by server/handlers/shelfGet.ts',
  )
  // Reported on each run that writes while the stub is there, whatever else changed.
  const bin = join(docs, 'resources/bin.md')
  await writeFile(bin, (await readFile(bin, 'utf8')).replace('what a store adds to it', 'what a shop adds'))
  errors.length = 0
  expect(await cached()).toBe(0)
  expect(await readFile(old, 'utf8')).toBe(mine)
  expect(errors.join('')).toContain(
    'kept server/handlers/inventoryShelfGet.ts: no longer called; GET /shelves/{shelfId}',
  )
}, 120_000)
