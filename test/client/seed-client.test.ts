/**
 * The committed seed client (`generated/client/`) against a real HTTP server on 127.0.0.1:
 * documented requests (method, path, escaped keys, JSON body, bearer token), documented bodies,
 * Graph errors, paging, retries, abort and non-JSON error bodies.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createClient, GraphError } from '../../generated/client/index.js'
import { retryAfterDelay } from '../../generated/client/runtime.js'
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js'

let server: LoopbackServer

beforeAll(async () => {
  server = await startLoopbackServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

const upload = { id: 'a/b', createdDateTimeUtc: '2024-01-01T00:00:00Z', status: 'pending' as const }
const uploadsPath = '/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads'

function client(extra: Parameters<typeof createClient>[0] = {}) {
  return createClient({ baseUrl: server.baseUrl, token: async () => 'tok-123', ...extra })
}

describe('documented requests', () => {
  it('lists a collection with the bearer token and returns the page', async () => {
    server.handle(() => ({ body: { value: [upload] } }))
    const page = await client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get()
    expect(page.value).toEqual([upload])
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request?.method).toBe('GET')
    expect(request?.url).toBe(uploadsPath)
    expect(request?.headers.authorization).toBe('Bearer tok-123')
    expect(request?.headers.accept).toBe('application/json')
    expect(request?.body).toBe('')
  })

  it('escapes keys and sends $select, returning the documented body', async () => {
    server.handle(() => ({ body: upload }))
    const one = await client({ token: 'static-token' })
      .deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.byId('a/b')
      .get({ $select: ['id', 'status'] })
    expect(one).toEqual(upload)
    expect(server.requests[0]?.url).toBe(`${uploadsPath}/a%2Fb?$select=id%2Cstatus`)
    expect(server.requests[0]?.headers.authorization).toBe('Bearer static-token')
  })

  it('creates with a JSON body', async () => {
    server.handle((request) => ({ status: 201, body: { ...JSON.parse(request.body), id: 'new' } }))
    const created = await client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.post({
      status: 'noUpload',
    })
    expect(created).toEqual({ status: 'noUpload', id: 'new' })
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe(uploadsPath)
    expect(request?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(request?.body ?? '')).toEqual({ status: 'noUpload' })
  })

  it("sends links to existing entities and a collection's changes beside the properties (`@odata.bind`, `@delta`)", async () => {
    server.handle((request) => ({ status: 201, body: { ...JSON.parse(request.body), id: 'new' } }))
    const uploads = client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads
    const link =
      'https://graph.microsoft.com/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentities/d1'
    await uploads.post({ status: 'noUpload', 'deviceIdentities@odata.bind': [link] })
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      status: 'noUpload',
      'deviceIdentities@odata.bind': [link],
    })
    // A collection's changes, as an update sends them.
    await uploads
      .byId('u1')
      .patch({ 'deviceIdentities@delta': [{ id: 'd1', '@removed': { reason: 'deleted' } }] })
    expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual({
      'deviceIdentities@delta': [{ id: 'd1', '@removed': { reason: 'deleted' } }],
    })
    // @ts-expect-error: a link is a URL or a list of URLs
    await uploads.post({ 'deviceIdentities@odata.bind': 1 })
    // @ts-expect-error: other members are still the type's properties
    await uploads.post({ statuss: 'noUpload' })
  })

  it('updates with PATCH and deletes (204 → undefined)', async () => {
    const one = client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.byId('x y')
    server.handle((request) => (request.method === 'PATCH' ? { body: upload } : { status: 204 }))
    await expect(one.patch({ status: 'complete' })).resolves.toEqual(upload)
    await expect(one.delete()).resolves.toBeUndefined()
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `PATCH ${uploadsPath}/x%20y`,
      `DELETE ${uploadsPath}/x%20y`,
    ])
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ status: 'complete' })
  })

  it('reaches nested collections and actions with their body parameters', async () => {
    server.handle(() => ({ body: { value: [{ id: 'd1' }] } }))
    const identities =
      client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.byId('u1').deviceIdentities
    await identities.get()
    const imported = await client().deviceManagement.importedWindowsAutopilotDeviceIdentities.import.post({
      importedWindowsAutopilotDeviceIdentities: [{ serialNumber: 'S1' }],
    })
    expect(imported.value).toEqual([{ id: 'd1' }])
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${uploadsPath}/u1/deviceIdentities`,
      'POST /v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentities/import',
    ])
    expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual({
      importedWindowsAutopilotDeviceIdentities: [{ serialNumber: 'S1' }],
    })
  })

  it('unwraps a primitive function result from { "value": … }', async () => {
    server.handle(() => ({ body: { '@odata.context': 'x', value: 'stream-text' } }))
    const text = await client()
      .deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.byId('u1')
      .autopilotDeviceStream.get()
    expect(text).toBe('stream-text')
    expect(server.requests[0]?.url).toBe(`${uploadsPath}/u1/autopilotDeviceStream`)
  })

  it('sends extra headers, per client and per request, through an injected fetch', async () => {
    const seen: string[] = []
    server.handle(() => ({ body: { value: [] } }))
    const api = client({
      headers: { ConsistencyLevel: 'eventual' },
      fetch: (url, init) => {
        seen.push(`${init.method} ${url}`)
        return fetch(url, init as RequestInit)
      },
    })
    await api.deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get(undefined, {
      headers: { 'X-Trace': 't1' },
    })
    expect(seen).toEqual([
      `GET ${server.baseUrl}/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads`,
    ])
    expect(server.requests[0]?.headers.consistencylevel).toBe('eventual')
    expect(server.requests[0]?.headers['x-trace']).toBe('t1')
  })

  it("gives onResponse the answer's status and headers, a 202's Location among them", async () => {
    server.handle(() => ({ status: 202, headers: { Location: 'https://example.test/monitor/1' } }))
    const heads: { status: number; location: string | null }[] = []
    const answer = await client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.post(
      { status: 'noUpload' },
      { onResponse: (head) => heads.push({ status: head.status, location: head.headers.get('location') }) },
    )
    expect(answer).toBeUndefined()
    expect(heads).toEqual([{ status: 202, location: 'https://example.test/monitor/1' }])
  })

  it('calls onResponse once, for the attempt whose answer is read, not for a retried one', async () => {
    let calls = 0
    server.handle(() =>
      ++calls === 1 ? { status: 429, headers: { 'Retry-After': '0' } } : { body: { value: [] } },
    )
    const statuses: number[] = []
    await client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get(undefined, {
      onResponse: (head) => statuses.push(head.status),
    })
    expect(statuses).toEqual([200])
  })
})

describe('errors', () => {
  it('turns a Graph error body into a rejected GraphError', async () => {
    server.handle(() => ({
      status: 404,
      headers: { 'request-id': 'header-id' },
      body: {
        error: {
          code: 'ResourceNotFound',
          message: 'No such upload',
          innerError: { 'request-id': 'body-id' },
        },
      },
    }))
    const error = await client()
      .deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.byId('missing')
      .get()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(GraphError)
    expect(error).toMatchObject({
      name: 'GraphError',
      status: 404,
      code: 'ResourceNotFound',
      message: 'No such upload',
      requestId: 'body-id',
      method: 'GET',
    })
    expect((error as GraphError).body).toContain('ResourceNotFound')
  })

  it('keeps a non-JSON error body as it is', async () => {
    server.handle(() => ({
      status: 502,
      headers: { 'content-type': 'text/html', 'request-id': 'r-9' },
      body: '<h1>Bad gateway</h1>',
    }))
    const error = (await client()
      .deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get()
      .catch((caught: unknown) => caught)) as GraphError
    expect(error).toBeInstanceOf(GraphError)
    expect(error.status).toBe(502)
    expect(error.code).toBeUndefined()
    expect(error.body).toBe('<h1>Bad gateway</h1>')
    expect(error.requestId).toBe('r-9')
    expect(error.message).toContain('502')
  })
})

describe('paging', () => {
  it('follows @odata.nextLink across two pages', async () => {
    server.handle((request) =>
      request.url.includes('skiptoken')
        ? { body: { value: [{ id: '3' }] } }
        : {
            body: {
              value: [{ id: '1' }, { id: '2' }],
              '@odata.nextLink': `${server.baseUrl}/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads?$skiptoken=p2`,
            },
          },
    )
    const ids: (string | null | undefined)[] = []
    for await (const item of client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.iterate())
      ids.push(item.id)
    expect(ids).toEqual(['1', '2', '3'])
    expect(server.requests.map((request) => request.url)).toEqual([
      uploadsPath,
      `${uploadsPath}?$skiptoken=p2`,
    ])
    expect(server.requests.every((request) => request.headers.authorization === 'Bearer tok-123')).toBe(true)
  })

  // A path the mock gives relative to the service root goes below baseUrl; one already under
  // baseUrl's path resolves as URLs do.
  it.each([
    [
      'relative to the service root (as a mock of the docs gives it)',
      '/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads',
    ],
    ['whose path already begins with baseUrl’s', uploadsPath],
  ])('follows a nextLink %s below baseUrl', async (_, linkPath) => {
    server.handle((request) =>
      request.url.includes('skiptoken')
        ? { body: { value: [{ id: '2' }] } }
        : { body: { value: [{ id: '1' }], '@odata.nextLink': `${linkPath}?$skiptoken=p2` } },
    )
    const ids: (string | null | undefined)[] = []
    for await (const item of client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.iterate())
      ids.push(item.id)
    expect(ids).toEqual(['1', '2'])
    expect(server.requests.map((request) => request.url)).toEqual([
      uploadsPath,
      `${uploadsPath}?$skiptoken=p2`,
    ])
  })

  it('refuses a protocol-relative nextLink to another host', async () => {
    server.handle(() => ({ body: { value: [], '@odata.nextLink': '//elsewhere.example/v1.0/x' } }))
    const items = client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.iterate()
    await expect(items.next()).rejects.toThrow(/another origin/)
    expect(server.requests).toHaveLength(1)
  })

  it('refuses to send the token to a nextLink on another origin', async () => {
    server.handle(() => ({ body: { value: [], '@odata.nextLink': 'https://elsewhere.example/v1.0/x' } }))
    const items = client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.iterate()
    await expect(items.next()).rejects.toThrow(/another origin/)
    expect(server.requests).toHaveLength(1)
  })
})

describe('retries', () => {
  const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 } }

  it('retries a GET answered 429 with Retry-After: 0, then returns the 200 body', async () => {
    server.handle((_, index) =>
      index === 0
        ? {
            status: 429,
            headers: { 'retry-after': '0' },
            body: { error: { code: 'TooManyRequests', message: 'slow down' } },
          }
        : { body: upload },
    )
    const one = await client(fast)
      .deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.byId('a')
      .get()
    expect(one).toEqual(upload)
    expect(server.requests).toHaveLength(2)
  })

  it('waits the Retry-After seconds', async () => {
    server.handle((_, index) =>
      index === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { body: upload },
    )
    const started = performance.now()
    await client(fast).deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.byId('a').get()
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
    expect(server.requests).toHaveLength(2)
  })

  it('backs off on 503 and 504 and gives up after maxRetries with the last error', async () => {
    server.handle((_, index) => ({
      status: index % 2 === 0 ? 503 : 504,
      body: { error: { code: 'serviceNotAvailable', message: 'busy' } },
    }))
    const error = (await client({ retry: { baseDelayMs: 1, maxDelayMs: 2, maxRetries: 2 } })
      .deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get()
      .catch((caught: unknown) => caught)) as GraphError
    expect(error.status).toBe(503)
    expect(server.requests).toHaveLength(3)
  })

  it('does not retry a POST unless asked', async () => {
    server.handle((_, index) =>
      index === 0 ? { status: 429, headers: { 'retry-after': '0' } } : { status: 201, body: upload },
    )
    const uploads = client(fast).deviceManagement.importedWindowsAutopilotDeviceIdentityUploads
    await expect(uploads.post({})).rejects.toMatchObject({ status: 429 })
    expect(server.requests).toHaveLength(1)
    server.requests.length = 0
    await expect(uploads.post({}, { retry: { retryNonIdempotent: true } })).resolves.toEqual(upload)
    expect(server.requests).toHaveLength(2)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterDelay('2')).toBe(2000)
    expect(retryAfterDelay(null)).toBeUndefined()
    expect(retryAfterDelay('soon')).toBeUndefined()
    const inFiveSeconds = new Date(Date.now() + 5000).toUTCString()
    expect(retryAfterDelay(inFiveSeconds)).toBeGreaterThan(3000)
    expect(retryAfterDelay('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(0)
  })
})

describe('abort', () => {
  it('rejects when the signal aborts a request in flight', async () => {
    server.handle(() => new Promise((resolve) => setTimeout(() => resolve({ body: upload }), 2000)))
    const controller = new AbortController()
    const pending = client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get(undefined, {
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 50)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('rejects when the signal aborts a retry wait, without another attempt', async () => {
    server.handle(() => ({ status: 429, headers: { 'retry-after': '30' } }))
    const controller = new AbortController()
    const pending = client().deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get(undefined, {
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 100)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(server.requests).toHaveLength(1)
  })
})
