/**
 * A bounded load run against the mock of a docs folder on loopback (autocannon): every documented
 * GET route in turn, `connections` connections for `seconds` seconds. Returns requests/s, latency
 * percentiles and the error count (non-2xx answers included). Used by `npm run bench`.
 *
 * Reads: the pages of a docs folder (default: the seed API in `input-docs`).
 */
import { readDocs } from '../read-docs.js'
import { requestPathOf } from '../shape/examples.js'
import { startMockServer } from './serve.js'

export interface MockLoadOptions {
  docsDir?: string
  seconds?: number
  connections?: number
}

export interface MockLoadResult {
  routes: number
  requests: number
  requestsPerSecond: number
  latencyMs: { p50: number; p97_5: number; p99: number; max: number }
  errors: number
  non2xx: number
}

interface AutocannonResult {
  requests: { total: number; average: number }
  latency: { p50: number; p97_5: number; p99: number; max: number }
  errors: number
  timeouts: number
  non2xx: number
}

export async function runMockLoad(options: MockLoadOptions = {}): Promise<MockLoadResult> {
  const docs = await readDocs(options.docsDir ?? 'input-docs')
  const mock = await startMockServer(docs.pages, { port: 0, host: '127.0.0.1', log: false })
  try {
    const paths = new Set<string>()
    for (const operation of mock.model.operations)
      for (const example of operation.examples)
        if (example.kind === 'request' && example.method === 'GET' && example.url)
          paths.add(requestPathOf(example.url).replace(/\{[^}]*\}/g, 'id-1'))
    const moduleName = 'autocannon' // untyped package: imported by name, typed below
    const { default: autocannon } = (await import(moduleName)) as {
      default: (options: object) => Promise<AutocannonResult>
    }
    const result = await autocannon({
      url: mock.url,
      connections: options.connections ?? 10,
      duration: options.seconds ?? 5,
      requests: [...paths].sort().map((path) => ({ method: 'GET', path })),
    })
    return {
      routes: paths.size,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: {
        p50: result.latency.p50,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    }
  } finally {
    await mock.close()
  }
}

/** `node dist/mock/mock-load.js [docs-dir]`: print the figures. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runMockLoad({ docsDir: process.argv[2] ?? 'input-docs' })
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}
