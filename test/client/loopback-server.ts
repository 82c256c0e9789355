/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) for client tests: records every request
 * (method, raw path, headers, body) and answers with the test's handler.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path and query exactly as sent (still percent-encoded). */
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface Reply {
  status?: number
  headers?: Record<string, string>
  /** An object is sent as JSON; a string as it is. */
  body?: unknown
}

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>

export interface LoopbackServer {
  baseUrl: string
  requests: RecordedRequest[]
  /** Replace the handler for the next requests. */
  handle(handler: Handler): void
  close(): Promise<void>
}

export async function startLoopbackServer(prefix = '/v1.0'): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = []
  let handler: Handler = () => ({ status: 204 })
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', async () => {
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(request)
      const reply = await handler(request, requests.length - 1)
      const isText = typeof reply.body === 'string'
      const text =
        reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body)
      const headers: Record<string, string> = {}
      if (reply.body !== undefined && !isText) headers['content-type'] = 'application/json'
      outgoing.writeHead(reply.status ?? 200, { ...headers, ...reply.headers })
      outgoing.end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    requests,
    handle(next) {
      handler = next
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
