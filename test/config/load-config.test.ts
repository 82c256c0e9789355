import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type Doc2tsConfig, type JobOptions, OUTPUT_NAMES } from '../../src/config/define-config.js'
import { ConfigError, findConfig, jobsOf, loadConfig } from '../../src/config/load-config.js'

const work = mkdtempSync(join(tmpdir(), 'doc2ts-config-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
let folders = 0

/** A fresh folder holding one config file; returns the file's path. */
function configFile(text: string, name = 'doc2ts.config.json'): string {
  const dir = join(work, `c${folders++}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}

describe('validation', () => {
  it.each([
    [
      { ouput: 'x' },
      /Unexpected key "ouput" in \(top level\), expected one of \$schema, docs, out, outputs,/,
    ],
    [
      { jobs: { api: { outputs: ['types'], exlude: ['/x'] } } },
      /Unexpected key "exlude" in jobs\.api, expected one of docs, out, outputs, .*, include, exclude,/,
    ],
    [
      { suppress: [{ code: 'x', file: 'a.md' }] },
      /Unexpected key "file" in suppress\.0, expected one of code, files$/,
    ],
    [{ outputs: ['types', 'docs'] }, /Unexpected value of outputs\.1, expected one of "types", "client"/],
    [{ strict: 'yes' }, /Unexpected value of strict: must be boolean/],
    [{ diagnostics: 'some' }, /Unexpected value of diagnostics, expected one of "summary", "all", "none"/],
    [
      { suppress: [{ files: 'api/*.md' }] },
      /Unexpected value of suppress\.0: must have required property 'code'/,
    ],
    [[], /Unexpected value of \(top level\): must be object/],
    [
      { suppress: [{ code: 'broken-links' }] },
      /Unexpected code "broken-links" in suppress\.0\.code, expected a diagnostic code or check name$/,
    ],
    [
      { jobs: { api: { suppress: [{ code: 'example-bodies' }, { code: 'todo' }] } } },
      /Unexpected code "todo" in jobs\.api\.suppress\.1\.code, expected a diagnostic code or check name$/,
    ],
  ])('%j is refused, naming the key', async (value, message) => {
    const path = configFile(JSON.stringify(value))
    await expect(loadConfig(path)).rejects.toThrow(ConfigError)
    await expect(loadConfig(path)).rejects.toThrow(message)
  })

  it('takes suppressions naming a diagnostic code or a check', async () => {
    const config = { suppress: [{ code: 'todo-placeholder' }, { code: 'example-bodies', files: 'api/*.md' }] }
    await expect(loadConfig(configFile(JSON.stringify(config)))).resolves.toEqual(config)
  })

  it('takes a route glob with or without its leading `/`, as the command line does', async () => {
    const config = { include: ['users/**'], exclude: ['/users/{id}/photo/**'] }
    await expect(loadConfig(configFile(JSON.stringify(config)))).resolves.toEqual(config)
  })

  it('names the file of a config that is not JSON', async () => {
    const path = configFile('{ "docs": ')
    await expect(loadConfig(path)).rejects.toThrow(`${path}: Unexpected text, expected JSON`)
  })
})

describe('jobs', () => {
  it('runs every job over the top-level options, paths relative to the config file', async () => {
    const path = configFile(
      JSON.stringify({
        $schema: './node_modules/doc2ts/doc2ts.config.schema.json',
        docs: 'docs',
        strict: true,
        jobs: { all: { out: 'out/all' }, types: { out: 'out/types', outputs: ['types'], strict: false } },
      }),
    )
    const loaded = await findConfig(join(path, '..'))
    expect(loaded?.path).toBe(path)
    const dir = join(path, '..')
    // The cache beside the config file, wherever doc2ts runs (one cache from a monorepo's root too).
    const cacheDir = join(dir, 'node_modules/.cache/doc2ts')
    expect(jobsOf(loaded!)).toEqual([
      { name: 'all', docs: join(dir, 'docs'), out: join(dir, 'out/all'), strict: true, cacheDir },
      {
        name: 'types',
        docs: join(dir, 'docs'),
        out: join(dir, 'out/types'),
        outputs: ['types'],
        strict: false,
        cacheDir,
      },
    ])
    expect(jobsOf(loaded!, 'types').map((job) => job.name)).toEqual(['types'])
    expect(() => jobsOf(loaded!, 'client')).toThrow(/no job "client" \(jobs: all, types\)/)
  })

  it('a config without jobs is one job', async () => {
    const path = configFile(JSON.stringify({ out: 'gen', cacheDir: '.cache/doc2ts' }))
    expect(jobsOf({ path, config: await loadConfig(path) })).toEqual([
      { out: join(path, '..', 'gen'), cacheDir: join(path, '..', '.cache/doc2ts') },
    ])
  })

  it('--config names a file that must exist', async () => {
    await expect(findConfig(work, 'missing.json')).rejects.toThrow('missing.json: no such config file')
  })
})

describe('.mjs and .ts configs', () => {
  it.each([
    ['doc2ts.config.mjs', `export default { out: 'gen', outputs: ['types'] }`],
    [
      'doc2ts.config.ts',
      `import type { Doc2tsConfig } from 'doc2ts'\nconst config: Doc2tsConfig = { out: 'gen', outputs: ['types'] }\nexport default config`,
    ],
  ])('%s is found, loaded and validated', async (name, text) => {
    const path = configFile(text, name)
    const loaded = await findConfig(join(path, '..'))
    expect(loaded?.config).toEqual({ out: 'gen', outputs: ['types'] })
  })

  // A config is data: read once, a getter's failure or a function is the config's fault, named
  // with its file (a getter that threw printed Node's stack trace).
  it.each([
    [
      'a getter that throws',
      `export default { get out() { throw new Error('boom') } }`,
      'reading out failed: boom',
    ],
    [
      'a function',
      `export default { out: 'gen', jobs: { a: { outputs() {\n  return ['types']\n} } } }`,
      'Unexpected function at jobs.a.outputs, expected data',
    ],
    [
      'a class instance',
      `class Options { get out() { return 'gen' } }\nexport default new Options()`,
      'Unexpected Options instance at (top level), expected data',
    ],
  ])('a .mjs config with %s is refused in one line naming its file and key', async (_case, text, message) => {
    const path = configFile(text, 'doc2ts.config.mjs')
    await expect(loadConfig(path)).rejects.toThrow(`${path}: ${message}`)
  })

  it('a .ts config with a wrong value is refused like a JSON one', async () => {
    const path = configFile(`export default { outputs: ['everything'] as string[] }`, 'doc2ts.config.ts')
    await expect(loadConfig(path)).rejects.toThrow(/Unexpected value of outputs\.0/)
  })
})

describe('the shipped JSON Schema', () => {
  const schema = JSON.parse(readFileSync('doc2ts.config.schema.json', 'utf8'))
  // Every option, so that the compiler fails here when an option is added to the types only.
  const everyJobOption: Required<JobOptions> = {
    docs: '',
    out: '',
    outputs: [],
    propertyUnions: false,
    include: [],
    exclude: [],
    namespace: [],
    workload: [],
    strict: false,
    diagnostics: 'summary',
    suppress: [],
  }
  const everyOption: Required<Doc2tsConfig> = { ...everyJobOption, $schema: '', cacheDir: '', jobs: {} }

  it('has exactly the options of the TypeScript types', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(everyOption).sort())
    expect(Object.keys(schema.$defs.job.properties).sort()).toEqual(Object.keys(everyJobOption).sort())
    expect(schema.$defs.outputs.items.enum).toEqual([...OUTPUT_NAMES])
  })
})
