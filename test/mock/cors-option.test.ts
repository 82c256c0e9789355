/**
 * `doc2ts mock --cors`: the mock answers browsers of any origin by default, of none with
 * `--cors none`, or of the origins given; a value that is no origin is bad usage.
 */
import { describe, expect, it } from 'vitest'
import { startMockServer } from '../../src/mock/serve.js'
import { seedPages } from '../server/helpers.js'
import { runCli } from '../support/run-cli.js'

const UPLOADS = '/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads'

async function allowedOrigin(cors: boolean | readonly string[] | undefined, origin: string) {
  const mock = await startMockServer(await seedPages(), {
    port: 0,
    log: false,
    ...(cors !== undefined && { cors }),
  })
  try {
    return (await fetch(`${mock.url}${UPLOADS}`, { headers: { origin } })).headers.get(
      'access-control-allow-origin',
    )
  } finally {
    await mock.close()
  }
}

describe('the mock and browsers of other origins', () => {
  it('answers any origin by default, none when told, and only those given', async () => {
    expect(await allowedOrigin(undefined, 'http://localhost:5173')).toBe('*')
    expect(await allowedOrigin(false, 'http://localhost:5173')).toBeNull()
    expect(await allowedOrigin(['http://localhost:5173'], 'http://localhost:5173')).toBe(
      'http://localhost:5173',
    )
    expect(await allowedOrigin(['http://localhost:5173'], 'http://evil.test')).toBeNull()
  })

  it('takes an --cors that is no origin as bad usage, in one line', async () => {
    const run = await runCli('mock', 'input-docs', '--port', '0', '--cors', 'localhost:5173/app', '--quiet')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(
      /^doc2ts mock: --cors: expected an origin such as http:\/\/localhost:5173, or none; got "localhost:5173\/app"/,
    )
  })
})
