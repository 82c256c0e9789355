import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/help.js'
import { main } from '../../src/cli.js'

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join(''), err: err.join('') }
}

describe('doc2ts --version and --help', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    for (const flag of ['--version', '-v'])
      expect(await run([flag])).toEqual({ code: 0, out: `${version}\n`, err: '' })
  })

  it.each(Object.keys(COMMANDS))(
    '`doc2ts %s --help` prints that command’s options and runs nothing',
    async (name) => {
      const { code, out, err } = await run([name, '--help', 'no/such/folder'])
      expect(code).toBe(0)
      expect(err).toBe('')
      expect(out).toMatch(new RegExp(`^usage: doc2ts ${name} `))
      expect(out).toContain('-h, --help')
    },
  )

  it('lists every command in the general help', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    for (const name of Object.keys(COMMANDS)) expect(out).toMatch(new RegExp(`^  ${name} `, 'm'))
  })
})

describe('usage errors', () => {
  it.each([
    [['generate', '--frob'], /^doc2ts generate: Unknown option '--frob' \(see doc2ts generate --help\)\n$/],
    [
      ['generate', '--out'],
      /^doc2ts generate: Option '--out <value>' argument missing \(see doc2ts generate --help\)\n$/,
    ],
    [
      ['mock', '--port', 'x'],
      /^doc2ts mock: --port: expected 0-65535, got "x" \(see doc2ts mock --help\)\n$/,
    ],
    [['frob'], /^doc2ts: unknown command "frob" \(commands: .*\)\n$/],
    [[], /^doc2ts: no command \(commands: generate, .*; see doc2ts --help\)\n$/],
  ])('%j is one line on stderr and exit 2', async (argv, message) => {
    const { code, out, err } = await run(argv)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toMatch(message)
  })
})
