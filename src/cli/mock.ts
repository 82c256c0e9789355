/**
 * `doc2ts mock [docs-dir] [--port 4010] [--host 127.0.0.1] [--cors origin|none]… [--config FILE] [--job NAME]`:
 * serve the documented API (the docs folder given, else the config's) as a mock,
 * and its interactive reference at `/`, until interrupted; one log line per request on stdout.
 */

import { createServer } from 'node:net'
import { withShownPaths } from '../shown-paths.js'
import { parseCommandArgs, printDiagnostics, readDocsFolder } from './io.js'
import { CONFIG_OPTIONS, docsJob } from './jobs.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

export async function mockCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    quiet: { type: 'boolean', default: false },
    cors: { type: 'string', multiple: true },
    ...CONFIG_OPTIONS,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: expected 0-65535, got "${values.port}"`)
  const host = String(values.host)
  const cors = corsOption(values.cors)
  // The docs folder as `check` reads it: the argument, else the config's.
  const { docsDir } = await docsJob({ ...values, positionals })
  // A busy port is found before the build (tens of seconds on a large tree), and again at listen.
  await listenable(host, port)
  const docs = await readDocsFolder(docsDir)
  const { startMockServer } = await import('../mock/serve.js')
  const mock = await startMockServer(docs.pages, {
    port,
    host,
    cors,
    log: values.quiet ? false : (line) => io.out(`${line}\n`),
  }).catch((error: unknown) => {
    throw listenFailure(error, host, port) ?? error
  })
  if (!values.quiet) printDiagnostics(withShownPaths(docs.diagnostics, docsDir), io)
  io.err(
    `doc2ts: mock of ${docs.pages.length} pages, ${mock.model.operations.length} operations listening on ${mock.url}; its reference: ${mock.url}/\n`,
  )
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await mock.close()
  return 0
}

/** `--cors`: any origin (not given), none (`none`), or the origins given (`http://localhost:5173`,
 *  repeatable), each as a browser sends it: scheme, host and port, nothing after. */
function corsOption(given: readonly string[] | undefined): boolean | string[] {
  if (given === undefined) return true
  if (given.length === 1 && given[0] === 'none') return false
  for (const origin of given)
    if (!URL.canParse(origin) || new URL(origin).origin !== origin)
      throw new UsageError(
        `--cors: expected an origin such as http://localhost:5173, or none; got "${origin}"`,
      )
  return [...given]
}

/** Resolves when `host:port` can be listened on; bad usage (`listenFailure`) when it cannot. */
function listenable(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (error) => reject(listenFailure(error, host, port) ?? error))
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()))
  })
}

/** A failure to listen that the command line can mend: a port in use or not allowed, a host that
 *  is not this machine's. */
function listenFailure(error: unknown, host: string, port: number): UsageError | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  const why =
    code === 'EADDRINUSE'
      ? 'is in use by another process; choose another --port'
      : code === 'EACCES'
        ? 'needs privileges this user lacks; choose a --port above 1023'
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
          ? 'is not an address of this machine; see --host'
          : undefined
  return why === undefined ? undefined : new UsageError(`${host}:${port} ${why}`)
}
