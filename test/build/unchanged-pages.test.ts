/**
 * A `generate` that finds the stamps of the last read does not read the pages whose files are
 * unchanged, and still sees every edit: here an edit that keeps the page's size and restores its
 * modification time, after which the outputs are those of a cold build of the edited docs.
 */
import { cp, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { generate } from '../../src/api/generate.js'
import { readTree } from '../support/read-tree.js'

const temps: string[] = []
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

it('reads only changed pages and sees an edit that restores the modification time', async () => {
  const work = await mkdtemp(join(tmpdir(), 'doc2ts-unchanged-'))
  temps.push(work)
  const docs = join(work, 'docs')
  await cp('input-docs', docs, { recursive: true })
  const options = { docs, out: join(work, 'out'), cacheDir: join(work, 'cache') }
  const page = join(docs, 'resources', 'intune-enrollment-importedwindowsautopilotdeviceidentity.md')
  // A whole second, which every file system keeps exactly.
  const time = new Date('2026-01-01T00:00:00Z')
  await utimes(page, time, time)
  // A stamp is kept only for a file that changed at least 2 s before it was read.
  await new Promise((resolve) => setTimeout(resolve, 2_100))
  await generate(options)

  const text = await readFile(page, 'utf8')
  const edited = text.replace('|The GUID for the object|', '|The GUID of the object.|')
  expect(edited.length).toBe(text.length)
  expect(edited).not.toBe(text)
  await writeFile(page, edited)
  await utimes(page, time, time)
  expect((await stat(page)).mtime).toEqual(time)
  // Settled again: only the change time tells the edit apart.
  await new Promise((resolve) => setTimeout(resolve, 2_100))
  await generate(options)
  const cold = join(work, 'cold')
  await generate({ docs, out: cold, cacheDir: false })

  const outputs = await readTree(options.out)
  expect(outputs).toEqual(await readTree(cold))
  expect(outputs['types/index.ts']).toContain('The GUID of the object.')
})
