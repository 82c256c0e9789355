/**
 * Handler stubs survive regeneration: an edited stub is kept, a new operation page gets a new
 * stub, a removed one is reported and kept, never deleted.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
