/**
 * The package as a user gets it: `npm pack` (of the built `dist/`), installed from the tarball into
 * an empty project (dependencies from npm's cache when there), where the `doc2ts` binary runs and
 * a consumer's `import { generate } from 'doc2ts'` type-checks under `module: NodeNext` and runs;
 * the library's declarations also type-check in a project with no Node types.
 * Slow (an install), so it is this one file.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect, it } from 'vitest'
import type { GenerateSummary } from '../../src/index.js'

const run = promisify(execFile)
const repo = resolve('.')
const dir = await mkdtemp(join(tmpdir(), 'doc2ts-package-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

// npm run by `npm test` passes its settings on as npm_* variables (the project's folder among
// them); the child npm must see only the user's own, and the cache.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^npm_/i.test(name) || /^npm_config_(cache|userconfig)$/i.test(name),
  ),
)

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

interface Packed {
  filename: string
  size: number
  entryCount: number
  files: { path: string }[]
}

it('packs, installs into an empty project, and runs there as a binary and as a library', {
  timeout: 600_000,
}, async () => {
  const version = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version
  // `dist/` is the build the other tests run (`prepare` would rebuild it under them).
  const [packed] = JSON.parse(
    await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo),
  ) as Packed[]
  if (!packed) throw new Error('npm pack printed no package')
  const paths = packed.files.map((file) => file.path)
  for (const expected of [
    'package.json',
    'LICENSE',
    'README.md',
    'CHANGELOG.md',
    'doc2ts.config.schema.json',
    'bin/doc2ts.js',
    'dist/cli.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/build/extract-worker.js',
    'templates/client/index.hbs',
  ])
    expect(paths).toContain(expected)
  const unwanted = paths.filter((path) =>
    /^(test|src|input-docs|generated|node_modules)\/|fixtures|bench|\.test\./.test(path),
  )
  expect(unwanted).toEqual([])

  const project = join(dir, 'project')
  await mkdir(project)
  await writeFile(join(project, 'package.json'), `${JSON.stringify({ private: true, type: 'module' })}\n`)
  await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed.filename)], project)

  const npx = async (...args: string[]) => (await run('npx', args, { cwd: project, env })).stdout
  expect(await npx('doc2ts', '--version')).toBe(`${version}\n`)
  expect(await npx('doc2ts', 'generate', '--help')).toMatch(/^usage: doc2ts generate /)

  // A consumer of the library: typed under NodeNext (strict, declarations checked too), then run.
  await writeFile(
    join(project, 'consumer.ts'),
    [
      "import { generate, type GenerateResult } from 'doc2ts'",
      'const [docs, out] = process.argv.slice(2)',
      'const result: GenerateResult = await generate({ docs, out, cacheDir: false })',
      'const written = result.files.filter((file) => file.status === "changed").map((file) => file.path)',
      'console.log(JSON.stringify({ summary: result.summary, written }))',
      '',
    ].join('\n'),
  )
  // Strict, declarations checked too; `extra` adds or overrides options.
  const typeCheck = async (file: string, extra: Record<string, unknown>) => {
    const config = join(project, `tsconfig.${file}.json`)
    const compilerOptions = {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      strict: true,
      skipLibCheck: false,
      ...extra,
    }
    await writeFile(config, JSON.stringify({ compilerOptions, files: [file] }))
    await run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', config], { env })
  }
  await typeCheck('consumer.ts', {
    exactOptionalPropertyTypes: true,
    types: ['node'],
    typeRoots: [join(repo, 'node_modules/@types')],
  })
  // The library's declarations need no Node types: a browser or edge project type-checks them
  // with none.
  await writeFile(
    join(project, 'library-types.ts'),
    [
      "import { check, defineConfig, diff, generate, verify, type ApiChange, type Diagnostic } from 'doc2ts'",
      "const config = defineConfig({ docs: 'docs', out: 'out' })",
      "const { summary } = await generate({ docs: 'docs', out: 'out' })",
      "const diagnostics: Diagnostic[] = (await check({ docs: 'docs' })).diagnostics",
      'const changes: ApiChange[] = []',
      'export const all = [config, summary.ok, diagnostics, changes, diff, verify]',
      '',
    ].join('\n'),
  )
  await typeCheck('library-types.ts', { noEmit: true, types: [], typeRoots: [] })
  const out = join(project, 'generated')
  const { stdout } = await run(
    process.execPath,
    [join(project, 'consumer.js'), join(repo, 'input-docs'), out],
    {
      cwd: project,
      env,
    },
  )
  const { summary, written } = JSON.parse(stdout) as { summary: GenerateSummary; written: string[] }
  expect(summary).toMatchObject({ ok: true, written: true, upToDate: false })
  expect(summary.operations).toBeGreaterThan(0)
  expect(written).toContain('types/index.ts')
  expect(existsSync(join(out, 'types/index.ts'))).toBe(true)
})
