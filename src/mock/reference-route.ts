/**
 * The mock's `GET /`: the interactive reference of the documented API (`reference/index.html` of
 * the build the mock serves), so "Try it" requests reach the mock from the same origin.
 * A browser that opened it keeps connections it has not sent a request on yet (preconnected);
 * Fastify's close ends only idle ones, so closing would wait for the connection timeout (30 s):
 * closing the mock ends them all.
 *
 * Reads: the build's `GeneratedFile[]`.
 */
import type { FastifyInstance } from 'fastify'
import type { GeneratedFile } from '../emit/generated-file.js'
import { REFERENCE_PAGE } from '../emit/reference/emit-reference.js'

export function serveReference(app: FastifyInstance, files: readonly GeneratedFile[]): void {
  const page = files.find((file) => file.path === REFERENCE_PAGE)
  if (!page) return
  app.get('/', (_request, reply) => {
    reply.type('text/html; charset=utf-8').send(page.text)
  })
  app.addHook('preClose', (done) => {
    app.server.closeAllConnections()
    done()
  })
}
