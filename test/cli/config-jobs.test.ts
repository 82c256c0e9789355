/**
 * `generate` with a config file: its jobs run together or one by `--job`, each writes only its
 * `outputs` and keeps only its routes; the command line overrides a job's options; a bad config or
 * job name is one line and exit 2, writing nothing.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'doc2ts-jobs-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
let projects = 0

/** A project folder with a copy of the seeds in `docs/` and `config` as its doc2ts.config.json. */
function project(config: unknown): string {
  const dir = join(work, `p${projects++}`)
  mkdirSync(dir)
  cpSync('input-docs', join(dir, 'docs'), { recursive: true })
  writeFileSync(join(dir, 'doc2ts.config.json'), JSON.stringify(config))
  return dir
}

/** A base type, a type derived from it, and a property declared with the base type. */
function writeDerivedTypePages(docs: string): void {
  const page = (title: string, intro: string, rows: string[]) =>
    [
      `# ${title} resource type`,
      '',
      'Namespace: microsoft.graph',
      '',
      intro,
      '',
      '## Properties',
      '',
      '| Property | Type | Description |',
      '|:---|:---|:---|',
      ...rows,
      '',
    ].join('\n')
  const resources = join(docs, 'resources')
  writeFileSync(
    join(resources, 'attachment.md'),
    page('attachment', 'A file or item attached to a message.', ['| name | String | The name. |']),
  )
  writeFileSync(
    join(resources, 'fileattachment.md'),
    page('fileAttachment', 'A file attached to a message. Inherits from [attachment](attachment.md).', [
      '| contentBytes | Binary | The contents. |',
    ]),
  )
  writeFileSync(
    join(resources, 'message.md'),
    page('message', 'A message.', [
      '| attachments | [attachment](attachment.md) collection | The attachments. |',
    ]),
  )
}

const operationPaths = (modelJson: string) =>
  (
    JSON.parse(readFileSync(modelJson, 'utf8')) as { operations: { routes: { raw: string }[] }[] }
  ).operations.flatMap((operation) => operation.routes.map((route) => route.raw))

describe('generate with a config file', () => {
  const TWO_JOBS = {
    docs: 'docs',
    jobs: {
      types: { out: 'out/types-only', outputs: ['types'] },
      api: { out: 'out/api', include: ['/deviceManagement/importedWindowsAutopilotDeviceIdentities/**'] },
    },
  }

  it('runs every job: one writes only types, the other every output of its routes', async () => {
    const dir = project(TWO_JOBS)
    const run = await runCli('generate', '--config', join(dir, 'doc2ts.config.json'), '--no-cache', '--quiet')
    expect(run.code, run.err).toBe(0)
    expect(run.err).toMatch(/job types/)
    expect(run.err).toMatch(/job api/)
    const typesOnly = readdirSync(join(dir, 'out/types-only')).filter((name) => !name.startsWith('.'))
    expect(typesOnly).toContain('types')
    for (const other of ['client', 'server', 'openapi.json', 'model.json'])
      expect(typesOnly).not.toContain(other)
    const api = readdirSync(join(dir, 'out/api'))
    expect(api).toEqual(expect.arrayContaining(['types', 'client', 'server', 'openapi.json', 'model.json']))
    const paths = operationPaths(join(dir, 'out/api/model.json'))
    expect(paths.length).toBeGreaterThan(0)
    expect(paths.length).toBeLessThan(operationPaths('generated/model.json').length)
    // The summary counts what the job wrote: the subset's operations, not the whole API's.
    const counted = /job api\n(?:.*\n)*?doc2ts: \d+ pages, \d+ types, (\d+) operations/.exec(run.err)?.[1]
    const written = (
      JSON.parse(readFileSync(join(dir, 'out/api/model.json'), 'utf8')) as { operations: unknown[] }
    ).operations.length
    expect(Number(counted)).toBe(written)
    for (const path of paths)
      expect(path.toLowerCase()).toMatch(/^\/devicemanagement\/importedwindowsautopilotdeviceidentities/)
  })

  it('prints the diagnostics of jobs over the same docs once, and names them after', async () => {
    const dir = project({
      ...TWO_JOBS,
      jobs: { ...TWO_JOBS.jobs, spec: { out: 'out/spec', outputs: ['openapi'] } },
    })
    // A second page documenting a route: the server, which only some jobs write, notes (info) the
    // route it does not serve; the printed diagnostics are the same.
    const page = join(dir, 'docs/api/intune-enrollment-importedwindowsautopilotdeviceidentity-get.md')
    writeFileSync(page.replace(/\.md$/, '-again.md'), readFileSync(page, 'utf8'))
    const run = await runCli('generate', '--config', join(dir, 'doc2ts.config.json'), '--no-cache')
    expect(run.code, run.err).toBe(0)
    const lines = run.err.split('\n')
    expect(lines.filter((line) => line.startsWith('doc2ts: warnings by code: '))).toHaveLength(1)
    expect(
      lines.filter((line) => /^doc2ts: the docs' diagnostics as for job types above$/.test(line)),
    ).toHaveLength(2)
  })

  it("selects with a config's glob without its leading `/` the routes the command line's selects", async () => {
    const glob = 'deviceManagement/importedWindowsAutopilotDeviceIdentities/**'
    const dir = project({ docs: 'docs', out: 'out/config', include: [glob] })
    const fromConfig = await runCli('generate', '--config', join(dir, 'doc2ts.config.json'), '--no-cache')
    expect(fromConfig.code, fromConfig.err).toBe(0)
    const fromLine = await runCli(
      'generate',
      join(dir, 'docs'),
      '--out',
      join(dir, 'out/line'),
      '--include',
      `/${glob}`,
      '--no-cache',
    )
    expect(fromLine.code, fromLine.err).toBe(0)
    const selected = operationPaths(join(dir, 'out/config/model.json'))
    expect(selected.length).toBeLessThan(operationPaths('generated/model.json').length)
    expect(selected).toEqual(operationPaths(join(dir, 'out/line/model.json')))
  })

  it('writes every job’s diagnostics to --report, by job name', async () => {
    const dir = project(TWO_JOBS)
    // A second page documenting a route: the server, which only the api job writes, notes (info)
    // the route it does not serve.
    const page = join(dir, 'docs/api/intune-enrollment-importedwindowsautopilotdeviceidentity-get.md')
    writeFileSync(page.replace(/\.md$/, '-again.md'), readFileSync(page, 'utf8'))
    const file = join(dir, 'report.json')
    const run = await runCli('generate', '--config', join(dir, 'doc2ts.config.json'), '--report', file)
    expect(run.code, run.err).toBe(0)
    const report = JSON.parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { code: string }[]> }
    expect(Object.keys(report.jobs)).toEqual(['types', 'api'])
    const codes = (job: string) => new Set(report.jobs[job]?.map((d) => d.code))
    expect(codes('api').size).toBeGreaterThan(codes('types').size)
    for (const code of codes('types')) expect(codes('api')).toContain(code)
  })

  it('runs one job with --job, and the command line overrides its options', async () => {
    const dir = project(TWO_JOBS)
    const config = join(dir, 'doc2ts.config.json')
    const run = await runCli(
      'generate',
      '--config',
      config,
      '--job',
      'types',
      '--outputs',
      'openapi',
      '--no-cache',
    )
    expect(run.code, run.err).toBe(0)
    expect(existsSync(join(dir, 'out/api'))).toBe(false)
    expect(readdirSync(join(dir, 'out/types-only')).filter((name) => !name.startsWith('.'))).toEqual([
      'openapi.json',
    ])
  })

  it('types properties of a base type as unions with propertyUnions, from the config or the flag', async () => {
    const dir = project({
      docs: 'docs',
      jobs: { plain: { out: 'out/plain' }, unions: { out: 'out/unions', propertyUnions: true } },
    })
    writeDerivedTypePages(join(dir, 'docs'))
    const config = join(dir, 'doc2ts.config.json')
    const cache = ['--cache-dir', join(dir, 'cache')]
    expect((await runCli('generate', '--config', config, ...cache, '--quiet')).code).toBe(0)
    const attachments = (out: string) =>
      /attachments\?: (.*);/.exec(readFileSync(join(dir, out, 'types/index.ts'), 'utf8'))?.[1]
    expect(attachments('out/plain')).toBe('Attachment[] | null')
    expect(attachments('out/unions')).toBe('AnyAttachment[] | null')
    // The flag turns it on for a job whose config does not; the cached run of that job is not reused.
    const flagged = await runCli(
      'generate',
      '--config',
      config,
      '--job',
      'plain',
      '--property-unions',
      ...cache,
    )
    expect(flagged.code, flagged.err).toBe(0)
    expect(attachments('out/plain')).toBe('AnyAttachment[] | null')
  })

  it('takes suppressions from the config', async () => {
    const dir = project({ docs: 'docs', out: 'out', suppress: [{ code: 'todo-placeholder' }] })
    const run = await runCli(
      'generate',
      '--config',
      join(dir, 'doc2ts.config.json'),
      '--no-cache',
      '--diagnostics',
      'all',
    )
    expect(run.code, run.err).toBe(0)
    expect(run.err).not.toMatch(/todo-placeholder/)
  })

  it.each([
    [{ jobs: { a: { ouputs: ['types'] } } }, [], /Unexpected key "ouputs" in jobs\.a/],
    [{ docs: 'docs', jobs: { a: {} } }, ['--job', 'b'], /no job "b" \(jobs: a\)/],
    [{ docs: 'docs' }, ['--outputs', 'types,docs'], /Unexpected --outputs docs/],
    [
      { docs: 'docs', jobs: { types: { outputs: ['types'] }, api: {} } },
      [],
      /--out \S+ would hold the outputs of every job \(types, api\); run one with --job/,
    ],
  ])('refuses %j %j on one line with exit 2, writing nothing', async (config, args, message) => {
    const dir = project(config)
    const run = await runCli(
      'generate',
      '--config',
      join(dir, 'doc2ts.config.json'),
      '--out',
      join(dir, 'out'),
      ...args,
    )
    expect(run.code).toBe(2)
    expect(run.err).toMatch(message)
    expect(run.err.trim().split('\n')).toHaveLength(1)
    // One note on what to read: the schema for a value it refuses, else the command's help.
    expect(run.err.match(/\(see /g)).toHaveLength(1)
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('points a value the schema refuses at the schema, once', async () => {
    const dir = project({ docs: 'docs', ouput: 'x' })
    const run = await runCli('generate', '--config', join(dir, 'doc2ts.config.json'))
    expect(run.code).toBe(2)
    expect(run.err).toMatch(
      /^doc2ts generate: \S+: Unexpected key "ouput" in \(top level\), expected one of [^()]*\(see doc2ts\.config\.schema\.json\)\n$/,
    )
  })

  it('refuses jobs that write to one folder, where each would remove the other’s outputs', async () => {
    const dir = project({
      docs: 'docs',
      jobs: { types: { out: 'out', outputs: ['types'] }, spec: { out: './out/', outputs: ['openapi'] } },
    })
    const run = await runCli('generate', '--config', join(dir, 'doc2ts.config.json'), '--no-cache')
    expect(run.code).toBe(2)
    expect(run.err.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^doc2ts generate: jobs types and spec both write to \S+; give each its own "out"/,
      ),
    ])
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('refuses jobs whose folders are one through a link, or one inside the other', async () => {
    const dir = project({
      docs: 'docs',
      jobs: { types: { out: 'out', outputs: ['types'] }, spec: { out: 'link/', outputs: ['openapi'] } },
    })
    mkdirSync(join(dir, 'out'))
    symlinkSync(join(dir, 'out'), join(dir, 'link'))
    const linked = await runCli('generate', '--config', join(dir, 'doc2ts.config.json'), '--no-cache')
    expect(linked.code).toBe(2)
    expect(linked.err).toMatch(
      /^doc2ts generate: jobs types and spec both write to \S*link; give each its own "out"/,
    )
    const nested = project({
      docs: 'docs',
      jobs: { all: { out: 'out' }, types: { out: 'out/types-only', outputs: ['types'] } },
    })
    const inside = await runCli('generate', '--config', join(nested, 'doc2ts.config.json'), '--no-cache')
    expect(inside.code).toBe(2)
    expect(inside.err).toMatch(
      /^doc2ts generate: jobs all and types write to \S*out and \S*out\/types-only, one inside the other; give each its own "out"/,
    )
    expect(existsSync(join(nested, 'out'))).toBe(false)
  })

  it('refuses a missing --config file, and --job without a config file', async () => {
    const missing = await runCli('generate', '--config', join(work, 'missing.json'))
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/missing\.json: no such config file/)
    expect(existsSync('doc2ts.config.json')).toBe(false) // the repository has none: --job has no config
    const job = await runCli('generate', '--job', 'types', '--out', join(work, 'no-config-out'))
    expect(job.code).toBe(2)
    expect(job.err).toMatch(/--job types: no doc2ts\.config file found/)
  })
})

describe('--no-config, and the docs folder of a config for mock and check', () => {
  it('reads no config file, even the working directory’s, so explicit flags run alone', async () => {
    const { resolveJobs } = await import('../../src/cli/jobs.js')
    const dir = project({ docs: 'docs', jobs: { a: { out: 'a' }, b: { out: 'b' } } })
    expect((await resolveJobs({ positionals: [] }, dir)).map((job) => job.name)).toEqual(['a', 'b'])
    const [alone, ...none] = await resolveJobs({ positionals: [join(dir, 'docs')], 'no-config': true }, dir)
    expect(none).toEqual([])
    expect(alone).toMatchObject({ docsDir: join(dir, 'docs'), outDir: 'generated' })
    expect(alone).not.toHaveProperty('name')
    // Nor the docs folder's own config, where doc writers keep suppressions.
    writeFileSync(
      join(dir, 'docs', 'doc2ts.config.json'),
      JSON.stringify({ suppress: [{ code: 'missing-section' }] }),
    )
    const [plain] = await resolveJobs(
      { positionals: [join(dir, 'docs')], 'no-config': true },
      join(dir, 'docs'),
    )
    expect(plain?.suppress).toEqual([])
    await expect(resolveJobs({ positionals: [], 'no-config': true, job: 'a' }, dir)).rejects.toThrow(
      /--no-config: no config is read, so --job names nothing/,
    )
  })

  it('gives mock and check the config’s docs folder, one for all its jobs', async () => {
    const { docsJob } = await import('../../src/cli/jobs.js')
    const dir = project({ docs: 'docs', jobs: { a: { out: 'a' }, b: { out: 'b' } } })
    expect((await docsJob({ positionals: [] }, dir)).docsDir).toBe(join(dir, 'docs'))
    mkdirSync(join(dir, 'other'))
    cpSync('input-docs', join(dir, 'other'), { recursive: true })
    writeFileSync(
      join(dir, 'doc2ts.config.json'),
      JSON.stringify({ jobs: { a: { docs: 'docs', out: 'a' }, b: { docs: 'other', out: 'b' } } }),
    )
    await expect(docsJob({ positionals: [] }, dir)).rejects.toThrow(
      /read different docs folders: name one with --job/,
    )
    expect((await docsJob({ positionals: [], job: 'b' }, dir)).docsDir).toBe(join(dir, 'other'))
  })
})
