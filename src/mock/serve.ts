/**
 * Serve the documented API as a mock: docs → model → generated server → `buildServer({ mock: true })`
 * listening on `host:port`. Every route answers its documented example; requests are validated.
 * `GET /` answers the interactive reference.
 *
 * Reads: the pages of a docs folder (already read by the caller).
 */
import type { FastifyInstance } from 'fastify'
import { runBuild } from '../build/index.js'
import type { ApiModel } from '../model.js'
import type { PageInput } from '../read-docs.js'
import { loadGeneratedServer } from './load-server.js'
import { serveReference } from './reference-route.js'

export interface MockServerOptions {
  port?: number
  host?: string
  /** One line per request (default: stdout). */
  log?: boolean | ((line: string) => void)
  bodyLimit?: number
  /** Browsers of other origins it answers (CORS): any (the default), none, or those listed. */
  cors?: boolean | readonly string[]
}

export interface RunningMock {
  app: FastifyInstance
  model: ApiModel
  /** `http://host:port` actually bound (port 0 picks a free port). */
  url: string
  close(): Promise<void>
}

export async function startMockServer(
  pages: readonly PageInput[],
  options: MockServerOptions = {},
): Promise<RunningMock> {
  // The build emitting in memory, without checks or writing.
  const { model, files } = await runBuild({
    docs: { pages: [...pages], diagnostics: [] },
    checks: false,
    emit: {},
  })
  if (!model) throw new Error('a build without an output folder always links')
  const loaded = await loadGeneratedServer(files)
  try {
    const serverOptions: Parameters<typeof loaded.module.buildServer>[0] = {
      mock: true,
      log: options.log ?? true,
      // A mock serves the browser apps being written against it, from their dev servers' origins.
      cors: options.cors ?? true,
    }
    if (options.bodyLimit !== undefined) serverOptions.bodyLimit = options.bodyLimit
    const app = loaded.module.buildServer(serverOptions)
    serveReference(app, files)
    const url = await app.listen({ port: options.port ?? 4010, host: options.host ?? '127.0.0.1' })
    return {
      app,
      model,
      url,
      close: async () => {
        await app.close()
        await loaded.dispose()
      },
    }
  } catch (error) {
    await loaded.dispose()
    throw error
  }
}
