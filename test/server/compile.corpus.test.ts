/**
 * The generated server (index, runtime, route table, Handlers, stubs) compiles under `strict`
 * for the seed API and for the whole sample corpus (pipeline run once, in process).
 */
import { afterAll, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { startServer } from '../../src/emit/server/index.js'
import { assignTsNames } from '../../src/emit/type-names.js'
import { readDocs } from '../../src/read-docs.js'
import { corpusDir } from '../support/corpus.js'
import { typeErrors } from './compile.js'
import { outFolder, rm, seedPages, writeFiles } from './helpers.js'

const folders: string[] = []
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true })
})

const ROOTS = ['server/index.ts', 'server/handlers/index.ts']

it('compiles for the seed API', async () => {
  const dir = await outFolder('compile-seed')
  folders.push(dir)
  await writeFiles(dir, emitAll(buildModel(await seedPages())))
  expect(typeErrors(dir, ROOTS)).toEqual([])
}, 60_000)

it('compiles for the whole sample corpus; every route Fastify accepts', async () => {
  const model = buildModel((await readDocs(corpusDir)).pages)
  const server = startServer(model, assignTsNames(model))()
  expect(server.diagnostics.filter((d) => d.code === 'unroutable-route')).toEqual([])
  const dir = await outFolder('compile-corpus')
  folders.push(dir)
  await writeFiles(dir, emitAll(model))
  expect(typeErrors(dir, ROOTS)).toEqual([])
}, 300_000)
