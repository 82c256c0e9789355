/**
 * Find, read and validate the config file: `--config FILE`, else the first of
 * `doc2ts.config.json`, `doc2ts.config.mjs`, `doc2ts.config.ts` in the working directory.
 * Validated by the shipped `doc2ts.config.schema.json`: an unknown key or a wrong value is a
 * `ConfigError` naming the key (the CLI turns it into exit 2). Paths in it are relative to it.
 */
import { readFileSync } from 'node:fs'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { unknownSuppression } from '../check/check-names.js'
import { DEFAULT_CACHE_DIR } from '../store/cache-dir.js'
import type { Doc2tsConfig, JobOptions } from './define-config.js'

export const CONFIG_NAMES = ['doc2ts.config.json', 'doc2ts.config.mjs', 'doc2ts.config.ts'] as const

export class ConfigError extends Error {
  /** What to read about it: the schema, for a value it refuses. */
  readonly see?: string
  constructor(message: string, see?: string) {
    super(message)
    if (see !== undefined) this.see = see
  }
}

export interface LoadedConfig {
  path: string
  config: Doc2tsConfig
}

/** A job as it runs: its name (unset for a config without jobs) and its options, paths resolved. */
export interface ResolvedJob extends JobOptions {
  name?: string
  /** The config's cache folder (`cacheDir`, else the default beside the config file), resolved. */
  cacheDir: string
}

export async function findConfig(cwd: string, explicit?: string): Promise<LoadedConfig | undefined> {
  if (explicit) {
    const path = resolve(cwd, explicit)
    if (!(await stat(path).catch(() => undefined))?.isFile())
      throw new ConfigError(`${explicit}: no such config file`)
    return { path, config: await loadConfig(path) }
  }
  for (const name of CONFIG_NAMES) {
    const path = join(cwd, name)
    if ((await stat(path).catch(() => undefined))?.isFile()) return { path, config: await loadConfig(path) }
  }
  return undefined
}

export async function loadConfig(path: string): Promise<Doc2tsConfig> {
  const value =
    extname(path) === '.json' ? parseJson(await readFile(path, 'utf8'), path) : await importConfig(path)
  return validateConfig(value, path)
}

/** The jobs to run: every job of the config (or the one named), each over the top-level options. */
export function jobsOf(loaded: LoadedConfig, only?: string): ResolvedJob[] {
  const { jobs, $schema: _, cacheDir, ...shared } = loaded.config
  const base = dirname(loaded.path)
  // One cache wherever doc2ts runs from: a monorepo's root (`--config packages/x/…`) and the
  // package's folder find the same.
  const resolvePaths = (job: JobOptions & { name?: string }): ResolvedJob => ({
    ...job,
    ...(job.docs && { docs: resolve(base, job.docs) }),
    ...(job.out && { out: resolve(base, job.out) }),
    cacheDir: resolve(base, cacheDir ?? DEFAULT_CACHE_DIR),
  })
  if (!jobs) {
    if (only) throw new ConfigError(`${loaded.path}: --job ${only}, but the config has no jobs`)
    return [resolvePaths(shared)]
  }
  const names = Object.keys(jobs)
  if (only && !names.includes(only))
    throw new ConfigError(`${loaded.path}: no job "${only}" (jobs: ${names.join(', ')})`)
  return names
    .filter((name) => !only || name === only)
    .map((name) => resolvePaths({ ...shared, ...jobs[name], name }))
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${path}: Unexpected text, expected JSON (${(error as Error).message})`)
  }
}

/** The default export of a `.mjs` config, or of a `.ts` one transpiled to a temporary `.mjs`
 *  beside it (as Vite does), so that its imports resolve from the user's own node_modules. Read
 *  once, as plain data (`plainData`): a getter that throws, a function or a class instance is the
 *  config's fault, named like any other, and no getter runs again later. */
async function importConfig(path: string): Promise<unknown> {
  const load = async (file: string) =>
    plainData(((await import(pathToFileURL(file).href)) as { default?: unknown }).default, path)
  try {
    if (extname(path) !== '.ts') return await load(path)
    const { ts } = await import('ts-morph')
    const output = ts.transpileModule(readFileSync(path, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText
    const temporary = `${path}.timestamp-${Date.now()}-${process.pid}.mjs`
    await writeFile(temporary, output, { flag: 'wx' })
    try {
      return await load(temporary)
    } finally {
      await rm(temporary, { force: true })
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`${path}: cannot load the config: ${(error as Error).message}`)
  }
}

/** A copy of a config value as plain data (objects, arrays, strings, numbers, booleans, null),
 *  each getter read once; anything else is the config's fault, named by where it is. */
function plainData(value: unknown, file: string, at = '(top level)'): unknown {
  const refuse = (what: string): never => {
    throw new ConfigError(`${file}: Unexpected ${what} at ${at}, expected data`)
  }
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value
  if (typeof value !== 'object') return value === undefined ? value : refuse(typeof value)
  if (Array.isArray(value)) return value.map((item, index) => plainData(item, file, `${prefix(at)}${index}`))
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null)
    refuse(`${(prototype as { constructor?: { name?: string } }).constructor?.name || 'class'} instance`)
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    let item: unknown
    try {
      item = (value as Record<string, unknown>)[key]
    } catch (error) {
      throw new ConfigError(`${file}: reading ${prefix(at)}${key} failed: ${(error as Error).message}`)
    }
    Object.defineProperty(copy, key, {
      value: plainData(item, file, `${prefix(at)}${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return copy
}

function prefix(at: string): string {
  return at === '(top level)' ? '' : `${at}.`
}

/** The schema's validator, compiled on first use: Ajv is loaded only where there is a config to
 *  validate (loading it was a seventh of a warm run's time). */
let validator: Promise<ValidateFunction> | undefined

async function validateConfig(value: unknown, path: string): Promise<Doc2tsConfig> {
  validator ??= import('ajv/dist/2020.js').then(({ Ajv2020 }) =>
    // verbose: an error carries the schema it failed, whose keys a wrong key's message lists.
    new Ajv2020({ allErrors: false, strict: true, verbose: true }).compile(
      JSON.parse(readFileSync(new URL('../../doc2ts.config.schema.json', import.meta.url), 'utf8')),
    ),
  )
  const validate = await validator
  if (validate(value)) {
    const config = value as Doc2tsConfig
    const unknown = unknownSuppressedCode(config)
    if (unknown)
      throw new ConfigError(
        `${path}: Unexpected code "${unknown.code}" in ${unknown.at}, expected a diagnostic code or check name`,
        'doc2ts check --list',
      )
    return config
  }
  const error = validate.errors?.[0]
  throw new ConfigError(
    `${path}: ${error ? describe(error) : 'not a valid config'}`,
    'doc2ts.config.schema.json',
  )
}

/** The first suppression naming neither a diagnostic code nor a check (the schema takes any
 *  string: the codes are the catalog's), with where it is, as the schema's errors say it. */
function unknownSuppressedCode(config: Doc2tsConfig): { code: string; at: string } | undefined {
  const lists: [string, JobOptions][] = [
    ['', config],
    ...Object.entries(config.jobs ?? {}).map(([name, job]): [string, JobOptions] => [`jobs.${name}.`, job]),
  ]
  for (const [prefix, { suppress }] of lists) {
    const unknown = unknownSuppression(suppress ?? [])
    if (unknown) return { code: unknown.code, at: `${prefix}suppress.${unknown.index}.code` }
  }
  return undefined
}

/** "Unexpected key X, expected one of …" / "Unexpected value at K, expected …", naming the key. */
function describe(error: ErrorObject): string {
  const at = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(top level)'
  const { params } = error
  if (error.keyword === 'additionalProperties') {
    const keys = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {})
    return `Unexpected key "${params.additionalProperty}" in ${at}, expected one of ${keys.join(', ')}`
  }
  if (error.keyword === 'enum')
    return `Unexpected value of ${at}, expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
  return `Unexpected value of ${at}: ${error.message}`
}
