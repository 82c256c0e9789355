/** Shared by the server tests: the seed docs in memory, generated files on disk under test/server/out. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const SEED_DOCS = join(ROOT, 'input-docs')

export async function seedPages() {
  return (await readDocs(SEED_DOCS)).pages
}

/** A fresh folder under test/server/out (where `fastify` and the repo's types resolve). */
export async function outFolder(name: string): Promise<string> {
  const dir = join(ROOT, 'test/server/out', `${name}-${process.pid}`)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  return dir
}

export async function writeFiles(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const path = join(dir, file.path)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, file.text)
  }
}

/** The generated server of `model` listening on 127.0.0.1, built with `options` (default: in mock
 *  mode): its base URL and how to close it. */
export async function listenServer(
  model: ApiModel,
  options: {
    mock?: boolean
    handlers?: Record<string, (request: { body: unknown }) => unknown>
    cors?: boolean | string | readonly string[]
  } = {
    mock: true,
  },
): Promise<{ base: string; close: () => Promise<void> }> {
  const loaded = await loadGeneratedServer(emitAll(model))
  const app = loaded.module.buildServer({ ...options, log: false })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    base,
    close: async () => {
      await app.close()
      await loaded.dispose()
    },
  }
}

export { readFile, rm }
