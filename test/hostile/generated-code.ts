/**
 * Check generated output the way a user's build would see it: every `.ts` file type-checked under
 * `tsc --strict` (compiler API, once per batch), and every module transpiled and imported in a
 * child process, where anything injected from the docs would set a sentinel or exit.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { typeErrorsOf } from '../support/type-check.js'

export const REPO = fileURLToPath(new URL('../../', import.meta.url))
/** Outputs live inside the repo (ignored by git, lint and typecheck) so `fastify` resolves. */
export const OUT_ROOT = join(REPO, 'test/hostile/out')
mkdirSync(OUT_ROOT, { recursive: true })
writeFileSync(join(OUT_ROOT, '.gitignore'), '*\n')

/** What a hostile page injects; the child process reports it. */
export const SENTINEL = 'globalThis.__doc2tsPwned = 1; process.exit(42)'

/** Every `.ts` file below `dir`, absolute. */
export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** `file:line:column message` for every error in the `.ts` files below each of `dirs` (one program). */
export function compileErrors(dirs: readonly string[]): string[] {
  return typeErrorsOf(dirs.flatMap(typeScriptFiles))
}

/** Transpile the `.ts` files of `dir` into `jsDir` (same layout, `.js`), returning the module paths. */
export function transpileTree(dir: string, jsDir: string): string[] {
  return typeScriptFiles(dir).map((file) => {
    const target = join(jsDir, relative(dir, file)).replace(/\.ts$/, '.js')
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
    return target
  })
}

export interface ImportRun {
  status: number | null
  stdout: string
  stderr: string
  /** What the child reported, when it got to the end. */
  report?: { pwned: boolean; polluted: boolean; imported: number; extra: unknown }
}

/**
 * Import `modules` in a fresh Node process, then run `afterImport` (an async function body with
 * `modules` in scope: module path → namespace), and report whether the sentinel was set or
 * `Object.prototype` polluted.
 */
export function importInChild(modules: readonly string[], afterImport = 'return null'): ImportRun {
  const script = `
    const paths = ${JSON.stringify(modules.map((m) => pathToFileURL(m).href))}
    const modules = {}
    for (const path of paths) modules[path.slice(${JSON.stringify(pathToFileURL(OUT_ROOT).href.length)})] = await import(path)
    const extra = await (async (modules) => { ${afterImport} })(modules)
    const report = { pwned: globalThis.__doc2tsPwned !== undefined, polluted: ({}).polluted !== undefined, imported: paths.length, extra }
    process.stdout.write('\\nREPORT ' + JSON.stringify(report) + '\\n')
  `
  // The script goes through stdin: for large batches it exceeds the limit of one command-line argument.
  const child = spawnSync(process.execPath, ['--input-type=module'], {
    cwd: REPO,
    encoding: 'utf8',
    input: script,
    timeout: 60_000,
  })
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('REPORT '))
  const run: ImportRun = { status: child.status, stdout: child.stdout, stderr: child.stderr }
  if (line) run.report = JSON.parse(line.slice('REPORT '.length))
  return run
}
