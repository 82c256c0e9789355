import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Io } from '../../src/cli/streams.js'
import { main } from '../../src/cli.js'
import type { ApiModel } from '../../src/model.js'

const dir = await mkdtemp(join(tmpdir(), 'doc2ts-subset-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

async function generate(name: string, options: string[], command = 'generate') {
  let err = ''
  const io: Io = {
    out: () => {},
    err: (text) => {
      err += text
    },
    isTTY: false,
  }
  const out = join(dir, name)
  const code = await main([command, 'input-docs', '--out', out, '--no-cache', '--quiet', ...options], io)
  return { code, err, out }
}

const operationsIn = async (out: string) =>
  (JSON.parse(await readFile(join(out, 'model.json'), 'utf8')) as ApiModel).operations.map((op) => op.id)

describe('generate with subset options (seed docs)', () => {
  it.each([
    [['--include', '/nothing/**'], '--include /nothing/** matches no route'],
    [
      ['--include', '/deviceManagement/**', '--exclude', '/deviceManagement/x'],
      '--exclude /deviceManagement/x matches no route',
    ],
    // The names the seeds' operations have follow, for a name mistyped or from another docs tree.
    [['--workload', 'outlook'], '--workload outlook matches no operation (workloads: Intune)'],
    // Each selector matches, and together they keep nothing.
    [['--exclude', '**'], 'the selection keeps no operation (each route is excluded or not included)'],
    [
      ['--namespace', 'microsoft.graph.security'],
      '--namespace microsoft.graph.security matches no operation (namespaces: microsoft.graph)',
    ],
  ])('%j is bad usage: exit 2, one line, nothing written', async (options, message) => {
    const { code, err, out } = await generate('unmatched', options)
    expect(code).toBe(2)
    expect(err).toBe(`doc2ts generate: ${message} (see doc2ts generate --help)\n`)
    expect(await readdir(out).catch(() => [])).toEqual([])
  })

  it('watch stops at once on a glob that matches nothing', async () => {
    const { code, err } = await generate('watch', ['--include', '/nothing'], 'watch')
    expect(code).toBe(2)
    expect(err).toBe('doc2ts watch: --include /nothing matches no route (see doc2ts watch --help)\n')
  })

  it('keeps the included routes that are not excluded', async () => {
    const { code, out } = await generate('uploads', [
      '--include',
      '/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads/**',
      '--exclude',
      '/**/deviceIdentities/**',
    ])
    expect(code).toBe(0)
    expect(await operationsIn(out)).toEqual(
      ['autopilotdevicestream', 'create', 'delete', 'get', 'list', 'update'].map(
        (name) => `intune-enrollment-importedwindowsautopilotdeviceidentityupload-${name}`,
      ),
    )
  })

  it('selects by workload (without case) and by namespace', async () => {
    const byWorkload = await generate('intune', ['--workload', 'INTUNE'])
    expect(byWorkload.code).toBe(0)
    // 11 of the 12 pages say `ms.prod: intune` (or `Intune`); the import page's is draft text.
    expect(await operationsIn(byWorkload.out)).toHaveLength(11)
    const byNamespace = await generate('graph', ['--namespace', 'microsoft.graph'])
    expect(byNamespace.code).toBe(0)
    expect(await operationsIn(byNamespace.out)).toHaveLength(12)
  })
})
