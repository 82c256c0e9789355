/**
 * `mock` on a port it cannot listen on is bad usage named in one line (exit 2), found before the
 * build: it printed Node's `EADDRINUSE` stack trace and exited 1 after building the whole model.
 */
import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

let held: Server
let port: number
beforeAll(async () => {
  held = createServer()
  await new Promise<void>((resolve) => held.listen({ port: 0, host: '127.0.0.1' }, resolve))
  port = (held.address() as { port: number }).port
})
afterAll(() => new Promise<void>((resolve) => held.close(() => resolve())))

it('names a port in use in one line, exit 2', async () => {
  const run = await runCli('mock', 'input-docs', '--port', String(port), '--quiet')
  expect(run.code).toBe(2)
  expect(run.err).toBe(
    `doc2ts mock: 127.0.0.1:${port} is in use by another process; choose another --port (see doc2ts mock --help)\n`,
  )
  expect(run.out).toBe('')
})

it('names a host that is not this machine', async () => {
  const run = await runCli('mock', 'input-docs', '--port', '0', '--host', '192.0.2.1', '--quiet')
  expect(run.code).toBe(2)
  expect(run.err).toMatch(/^doc2ts mock: 192\.0\.2\.1:0 is not an address of this machine; see --host/)
})
