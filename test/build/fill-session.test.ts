/**
 * A lasting session's first run emits every output group even when its files are current, and
 * writes nothing then: the first save finds every view made and every output's bytes encoded, as
 * the next saves do.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runBuild } from '../../src/build/index.js'
import { readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { openStore } from '../../src/store/index.js'

const temps: string[] = []
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

it("fills the session's views on its first run, writing nothing", async () => {
  const root = await mkdtemp(join(tmpdir(), 'doc2ts-fill-'))
  temps.push(root)
  const out = join(root, 'out')
  const store = openStore(join(root, 'cache'), 'input-docs', out, 'test')
  const docs = await readDocs('input-docs')
  await runBuild({ docs, emit: { dir: out }, store }, new Session())

  const emittedPaths = (files: readonly { path: string }[]) => files.map((file) => file.path)
  // A single run finds every group current and emits none of them.
  const single = await runBuild({ docs, emit: { dir: out }, store, force: true }, new Session())
  expect(emittedPaths(single.files)).toEqual([])

  const session = new Session(true)
  const first = await runBuild({ docs, emit: { dir: out }, store, force: true }, session)
  expect(emittedPaths(first.files)).toContain('client/index.ts')
  expect(emittedPaths(first.files)).toContain('server/routes.ts')
  expect(emittedPaths(first.files)).toContain('openapi.json')
  expect(emittedPaths(first.files)).toContain('model.json')
  expect(first.write.changed).toEqual([])
  expect(session.client.last?.files.map((file) => file.path)).toContain('client/index.ts')

  const next = await runBuild({ docs, emit: { dir: out }, store, force: true }, session)
  expect(emittedPaths(next.files)).toEqual([])
})
