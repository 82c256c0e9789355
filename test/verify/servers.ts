/**
 * Services for the verify tests, over real HTTP on 127.0.0.1: the generated server of the seed API
 * in mock mode, or with handlers that answer each operation's documented example — some of them
 * changed to plant a fault.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer } from 'node:net'
import { afterAll, beforeAll } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { assignHandlerNames } from '../../src/emit/server/index.js'
import { mockExamplesFor } from '../../src/mock/examples.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import { type RunningMock, startMockServer } from '../../src/mock/serve.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { seedPages } from '../server/helpers.js'

export interface Service {
  url: string
  model: ApiModel
  close(): Promise<void>
}

/** `doc2ts mock` of the docs folder `docs` on a free port of 127.0.0.1, started before the tests of
 *  the calling file and closed after them; the result gives the running mock. */
export function mockOfDocs(docs: string): () => RunningMock {
  let mock: RunningMock | undefined
  beforeAll(async () => {
    mock = await startMockServer((await readDocs(docs)).pages, { port: 0, host: '127.0.0.1', log: false })
  })
  afterAll(() => mock?.close())
  return () => {
    if (!mock) throw new Error(`the mock of ${docs} did not start`)
    return mock
  }
}

/** Handler name → the documented body it answers; `plant` may change or replace it. */
export type Plant = (handler: string, body: unknown) => unknown

/** `demand`: headers every request must carry, else 401 (a service behind a token). */
export async function seedService(
  options: ({ mock: true } | { plant: Plant }) & { demand?: Record<string, string> },
): Promise<Service> {
  const model = buildModel(await seedPages())
  const loaded = await loadGeneratedServer(emitAll(model))
  const api = shapeApi(model)
  const handlers: Record<string, () => Promise<unknown>> = {}
  if ('plant' in options)
    for (const [id, name] of assignHandlerNames(model)) {
      const operation = model.operations.find((op) => op.id === id)
      if (!operation) continue
      const body = mockExamplesFor(api.of(operation), model)[0]?.body
      handlers[name] = async () => options.plant(name, structuredClone(body))
    }
  const app = loaded.module.buildServer({ mock: 'mock' in options, handlers, log: false })
  const demand = Object.entries(options.demand ?? {})
  if (demand.length > 0)
    app.addHook('onRequest', async (request, reply) => {
      if (demand.some(([name, value]) => request.headers[name.toLowerCase()] !== value))
        await reply
          .code(401)
          .send({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } })
    })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    url,
    model,
    close: async () => {
      await app.close()
      await loaded.dispose()
    },
  }
}

/** A port nothing listens on (bound, then freed). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (typeof address !== 'object' || address === null) throw new Error('no port')
  return address.port
}

/** A plain HTTP service on 127.0.0.1 whose every answer `answer` writes. */
export async function plainService(
  answer: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createHttpServer(answer)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
