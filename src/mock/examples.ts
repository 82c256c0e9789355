/**
 * The documented examples of an operation, ready for the mock server: each response example
 * with the request that precedes it, bodies parsed, single entities wrapped in `"value": {…}`
 * unwrapped, and a body synthesised from the response type where the page shows none (or where
 * the example body is not valid JSON).
 *
 *   ### Request   <!-- { "blockType": "request", "name": "get_upload" } -->   GET https://…/v1.0/x/{id}
 *   ### Response  <!-- { "blockType": "response" } -->                       HTTP/1.1 200 OK + JSON
 *
 * Reads: `OperationDef.examples` and `response`.
 */
import type { ApiModel, ExampleDef, OperationDef } from '../model.js'
import { synthesiseResponseBody } from './synthesise.js'

export interface MockExample {
  /** The request annotation's `name`, or the example's ordinal (`1`, `2`…). Unique per operation. */
  name: string
  status: number
  /** Absent: answer without a body. */
  body?: unknown
  /** Path of the example request, without host and version (`/x/{id}`), when the page shows one. */
  requestPath?: string
  requestBody?: unknown
  /** True when the body was synthesised from the response type, not copied from the docs. */
  synthesised: boolean
}

const HOST = /^https?:\/\/[^/\s]+(?:\/(?:v1\.0|beta))?(?=\/|$|\?)/i

/** `https://graph.microsoft.com/v1.0/x/{id}?$top=1` → `/x/{id}`. */
export function requestPathOf(url: string): string {
  const path = url.trim().replace(HOST, '').split('?')[0] ?? ''
  return path.startsWith('/') ? path : `/${path}`
}

/** Parse JSON text from the docs; undefined when empty or not JSON. Keys `__proto__` stay own data. */
function parseJson(text: string | undefined): { value: unknown } | undefined {
  if (!text || text.trim() === '') return undefined
  try {
    return { value: JSON.parse(text) }
  } catch {
    return undefined
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Intune pages show a single entity as `{ "value": { … } }`: serve the entity itself. */
export function unwrapSingleEntity(body: unknown, operation: OperationDef): unknown {
  if (operation.response.collection || !isPlainObject(body)) return body
  const keys = Object.keys(body).filter((key) => !key.startsWith('@odata.'))
  if (keys.length !== 1 || keys[0] !== 'value') return body
  return isPlainObject(body.value) ? body.value : body
}

export function mockExamplesFor(operation: OperationDef, model: ApiModel): MockExample[] {
  const examples: MockExample[] = []
  const names = new Set<string>()
  let request: ExampleDef | undefined
  for (const example of operation.examples) {
    if (example.kind === 'request') {
      request = example
      continue
    }
    const status = example.status ?? operation.response.status
    let name = request?.name ?? example.name ?? String(examples.length + 1)
    for (let n = 2; names.has(name); n++)
      name = `${request?.name ?? example.name ?? examples.length + 1}_${n}`
    names.add(name)
    const mock: MockExample = { name, status, synthesised: false }
    const parsed = parseJson(example.bodyText)
    if (parsed) mock.body = unwrapSingleEntity(parsed.value, operation)
    else if (example.bodyText?.trim() && status !== 204) {
      const body = synthesiseResponseBody(operation.response, model)
      if (body !== undefined) mock.body = body
      mock.synthesised = true
    }
    if (request?.url) mock.requestPath = requestPathOf(request.url)
    const requestBody = parseJson(request?.bodyText)
    if (requestBody) mock.requestBody = requestBody.value
    examples.push(mock)
    request = undefined
  }
  if (examples.length === 0) {
    const fallback: MockExample = {
      name: 'synthesised',
      status: operation.response.status || 200,
      synthesised: true,
    }
    const body = synthesiseResponseBody(operation.response, model)
    if (body !== undefined) fallback.body = body
    examples.push(fallback)
  }
  return examples
}
