/**
 * Load a generated server in this process: its `server/*.ts` files are transpiled to JavaScript
 * (ts-morph's bundled TypeScript, type-only imports elided) into a private folder under the
 * package's `node_modules/.cache/`, where `fastify` resolves, and imported. The mock serves
 * exactly the code `generate` writes, not a second implementation.
 *
 * Reads: `GeneratedFile[]` from `emitAll` (only `server/` files are needed at run time).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { GeneratedFile } from '../emit/generated-file.js'

/** The part of the generated `server/index.ts` the mock uses. */
export interface GeneratedServerModule {
  buildServer(options?: {
    mock?: boolean
    handlers?: object
    bodyLimit?: number
    log?: boolean | ((line: string) => void)
    cors?: boolean | string | readonly string[]
  }): import('fastify').FastifyInstance
}

const CACHE_URL = new URL('../../node_modules/.cache/doc2ts-mock/', import.meta.url)

export interface LoadedServer {
  module: GeneratedServerModule
  /** Remove the transpiled files. */
  dispose(): Promise<void>
}

export async function loadGeneratedServer(files: readonly GeneratedFile[]): Promise<LoadedServer> {
  const { ts } = await import('ts-morph')
  const root = join(
    fileURLToPath(CACHE_URL),
    `server-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
  )
  const needed = files.filter(
    (file) => file.path.startsWith('server/') && !file.path.startsWith('server/handlers/'),
  )
  for (const file of needed) {
    const output = ts.transpileModule(file.text, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false,
      },
    }).outputText
    const path = join(root, file.path.replace(/\.ts$/, '.js'))
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, output)
  }
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n')
  const module = (await import(pathToFileURL(join(root, 'server/index.js')).href)) as GeneratedServerModule
  return { module, dispose: () => rm(root, { recursive: true, force: true }) }
}
