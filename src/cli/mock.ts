/**
 * `doc2ts mock [docs-dir] [--port 4010] [--host 127.0.0.1]`: serve the documented API as a mock,
 * and its interactive reference at `/`, until interrupted; one log line per request on stdout.
 */
import { docsDirArgument, parseCommandArgs, printDiagnostics, readDocsFolder } from './io.js'
import type { Io } from './streams.js'
import { UsageError } from './usage-error.js'

export async function mockCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    quiet: { type: 'boolean', default: false },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: expected 0-65535, got "${values.port}"`)
  const docsDir = await docsDirArgument(positionals)
  const docs = await readDocsFolder(docsDir)
  const { startMockServer } = await import('../mock/serve.js')
  const mock = await startMockServer(docs.pages, {
    port,
    host: String(values.host),
    log: values.quiet ? false : (line) => io.out(`${line}\n`),
  })
  if (!values.quiet) printDiagnostics(docs.diagnostics, io)
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
