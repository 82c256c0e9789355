/**
 * A generated client, run: its `client/index.ts` and `client/runtime.ts` transpiled to JavaScript
 * into a folder of its own and imported.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import type { GeneratedFile } from '../../src/emit/generated-file.js'

export async function importClient<C>(
  files: readonly GeneratedFile[],
  dir: string,
): Promise<{ createClient(options: object): C }> {
  mkdirSync(dir, { recursive: true })
  for (const part of ['index', 'runtime']) {
    const source = files.find((file) => file.path === `client/${part}.ts`)?.text ?? ''
    const compilerOptions = { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    writeFileSync(join(dir, `${part}.js`), ts.transpileModule(source, { compilerOptions }).outputText)
  }
  return import(pathToFileURL(join(dir, 'index.js')).href)
}
