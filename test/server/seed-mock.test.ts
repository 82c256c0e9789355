/**
 * The mock of the seed API over real HTTP on 127.0.0.1: documented answers for every route,
 * Graph errors naming the property, 404, 405, 413, prototype-pollution payloads refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import type { ApiModel } from '../../src/model.js'
import { requestPathOf } from '../../src/shape/examples.js'
import { seedPages } from './helpers.js'

let base = ''
let model: ApiModel
const logLines: string[] = []
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  model = buildModel(await seedPages())
  const loaded = await loadGeneratedServer(emitAll(model))
  const app = loaded.module.buildServer({ mock: true, log: (line) => logLines.push(line) })
  base = await app.listen({ port: 0, host: '127.0.0.1' })
  close = async () => {
    await app.close()
    await loaded.dispose()
  }
})
afterAll(() => close())

async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = body
    ;(init.headers as Record<string, string>)['content-type'] = 'application/json'
  }
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  }
}

const UPLOADS = '/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads'
const IDENTITIES = '/deviceManagement/importedWindowsAutopilotDeviceIdentities'

describe('documented answers', () => {
  it('answers every documented request example with its response example', async () => {
    let checked = 0
    for (const operation of model.operations) {
      const request = operation.examples.find((e) => e.kind === 'request')
      const response = operation.examples.find((e) => e.kind === 'response')
      if (!request?.url || !request.method || !response) continue
      const path = requestPathOf(request.url).replace(/\{[^}]*\}/g, 'id-1')
      const result = await call(request.method, path, request.bodyText?.trim() || undefined)
      expect(result.status, `${request.method} ${path}`).toBe(response.status)
      if (response.bodyText?.trim()) {
        const documented = JSON.parse(response.bodyText) as Record<string, unknown>
        const wrapped = Object.keys(documented).join() === 'value' && typeof documented.value === 'object'
        const expected = !operation.response.collection && wrapped ? documented.value : documented
        expect(result.json, `${request.method} ${path}`).toEqual(expected)
      } else expect(result.text).toBe('')
      checked++
    }
    expect(checked).toBe(model.operations.length)
  })

  it('serves every route of the table, including the second documented path of an operation', async () => {
    const list = await call('GET', `${UPLOADS}/u-1/deviceIdentities`)
    expect(list.status).toBe(200)
    expect((list.json as { value: unknown[] }).value.length).toBeGreaterThan(0)
  })

  it('unwraps the single entity Intune wraps in "value"', async () => {
    const one = await call('GET', `${UPLOADS}/u-1`)
    expect(one.json).toMatchObject({ id: '8d639524-9524-8d63-2495-638d2495638d', status: 'pending' })
  })

  it('picks the example named by Prefer: example=<name>, and refuses an unknown name', async () => {
    const named = await call('POST', `${IDENTITIES}/import`, '{}', {
      prefer: 'example=importedwindowsautopilotdeviceidentity_import',
    })
    expect(named.status).toBe(200)
    expect(named.headers.get('preference-applied')).toBe(
      'example=importedwindowsautopilotdeviceidentity_import',
    )
    const unknown = await call('POST', `${IDENTITIES}/import`, '{}', { prefer: 'example=<script>' })
    expect(unknown.status).toBe(400)
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('logs one line per request', async () => {
    const before = logLines.length
    await call('GET', UPLOADS)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(logLines.length).toBe(before + 1)
    expect(logLines.at(-1)).toMatch(
      /^GET \/deviceManagement\/importedWindowsAutopilotDeviceIdentityUploads 200 /,
    )
  })
})

describe('Graph-style errors', () => {
  const error = (json: unknown) => (json as { error: { code: string; message: string } }).error

  it('400 naming the property for a wrong type', async () => {
    const result = await call('POST', UPLOADS, JSON.stringify({ createdDateTimeUtc: 5 }))
    expect(result.status).toBe(400)
    expect(error(result.json).code).toBe('BadRequest')
    expect(error(result.json).message).toContain("'createdDateTimeUtc'")
    const nested = await call(
      'PATCH',
      `${IDENTITIES}/i-1`,
      JSON.stringify({ state: { deviceErrorCode: 'x' } }),
    )
    expect(nested.status).toBe(400)
    expect(error(nested.json).message).toContain("'state.deviceErrorCode'")
  })

  it('400 naming the property for a value outside an enum', async () => {
    const result = await call('PATCH', `${UPLOADS}/u-1`, JSON.stringify({ status: 'bogus' }))
    expect(result.status).toBe(400)
    expect(error(result.json).message).toMatch(/'status'.*noUpload, pending, complete, error/)
  })

  it('400 for malformed JSON, with nothing of the input echoed', async () => {
    const result = await call('POST', UPLOADS, '{"status": <img src=x onerror=alert(1)>')
    expect(result.status).toBe(400)
    expect(error(result.json)).toEqual({ code: 'BadRequest', message: 'The request body is not valid JSON.' })
  })

  it('404 for an unknown route', async () => {
    const result = await call('GET', '/deviceManagement/nothingHere')
    expect(result.status).toBe(404)
    expect(error(result.json).code).toBe('NotFound')
  })

  it('405 with Allow where the path exists but the verb does not', async () => {
    const result = await call('PUT', UPLOADS, '{}')
    expect(result.status).toBe(405)
    expect(result.headers.get('allow')).toBe('GET, POST')
    expect(error(result.json).code).toBe('MethodNotAllowed')
    // A key holding an escaped slash is one segment, as the router reads it.
    const item = await call('PUT', `${UPLOADS}/a%2Fb`, '{}')
    expect([item.status, item.headers.get('allow')]).toEqual([405, 'GET, PATCH, DELETE'])
  })

  it('answers no preflight and sends no CORS headers unless asked to (the mock CLI asks)', async () => {
    const preflight = await call('OPTIONS', UPLOADS, undefined, {
      origin: 'http://127.0.0.1:1',
      'access-control-request-method': 'POST',
    })
    expect(preflight.status).toBe(405)
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('400 for a type cast to a type the docs do not define or that is not derived from the segment’s', async () => {
    for (const cast of [
      'microsoft.graph.noSuchType',
      'microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload',
    ]) {
      const result = await call('GET', `${IDENTITIES}/${cast}`)
      expect(result.status, cast).toBe(400)
      expect(error(result.json).code).toBe('BadRequest')
    }
    expect(
      (await call('GET', `${IDENTITIES}/microsoft.graph.importedWindowsAutopilotDeviceIdentity`)).status,
    ).toBe(200)
  })

  it('400 for a body whose @odata.type the docs do not define or is not derived from the route’s type', async () => {
    for (const type of [
      '#microsoft.graph.noSuchType',
      '#microsoft.graph.importedWindowsAutopilotDeviceIdentity',
    ]) {
      const result = await call('POST', UPLOADS, JSON.stringify({ '@odata.type': type, status: 'pending' }))
      expect(result.status, type).toBe(400)
      expect(error(result.json).code).toBe('BadRequest')
    }
    const own = {
      '@odata.type': '#microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload',
      status: 'pending',
    }
    expect((await call('POST', UPLOADS, JSON.stringify(own))).status).toBe(201)
  })

  it('Graph’s error body where Fastify answers before a route: a path parameter over 8 KiB, a malformed escape, headers too large', async () => {
    const long = await call('GET', `${IDENTITIES}/${'A'.repeat(9 * 1024)}`)
    expect(long.status).toBe(414)
    expect(error(long.json).code).toBe('RequestUriTooLong')
    const malformed = await call('GET', `${IDENTITIES}/%zz`)
    expect(malformed.status).toBe(400)
    expect(error(malformed.json).code).toBe('BadRequest')
    const headers = await call('GET', IDENTITIES, undefined, { 'x-large': 'y'.repeat(32 * 1024) })
    expect(headers.status).toBe(431)
    expect(error(headers.json).code).toBe('RequestHeaderFieldsTooLarge')
  })

  it('413 for a 12 MB body', async () => {
    const big = JSON.stringify({ orderIdentifier: 'x'.repeat(12 * 1024 * 1024) })
    const result = await call('POST', IDENTITIES, big).catch((e: unknown) => ({
      status: -1,
      json: String(e),
    }))
    expect(result.status).toBe(413)
    expect(error(result.json).code).toBe('RequestEntityTooLarge')
  })

  it('refuses __proto__ and constructor.prototype payloads and changes nothing', async () => {
    const before = await call('GET', `${UPLOADS}/u-1`)
    for (const payload of ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}']) {
      const result = await call('POST', UPLOADS, payload)
      expect(result.status).toBe(400)
      expect(error(result.json).message).toMatch(/forbidden property/)
    }
    const nested = await call(
      'PATCH',
      `${UPLOADS}/u-1`,
      '{"status":"pending","x":{"__proto__":{"polluted":1}}}',
    )
    expect(nested.status).toBe(400)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(await call('GET', `${UPLOADS}/u-1`)).toMatchObject({ status: 200, text: before.text })
  })

  it('refuses a body nested deeper than it reads, with 400, not a 500 from a stack overflow', async () => {
    const nest = (depth: number) => `{"deviceIdentities":[${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}]}`
    const deep = await call('POST', UPLOADS, nest(5000))
    expect(deep.status).toBe(400)
    expect(error(deep.json).message).toMatch(/nested more than \d+ levels deep/)
    expect((await call('POST', UPLOADS, nest(100))).status).not.toBe(500)
  })
})
