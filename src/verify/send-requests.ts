/**
 * Send requests to a running service with fetch: each with a timeout, `concurrency` at a time,
 * redirects not followed (a documented 302 is an answer), the answer read as text. A request that
 * gets no answer (refused, reset, timed out) gives the reason instead, never a thrown error; a GET
 * whose pooled connection the service had closed is sent again once.
 *   sendRequests('http://127.0.0.1:4010', [{ method: 'GET', target: '/me', headers: {} }], …)
 *     → [{ status: 200, contentType: 'application/json', text: '{"id":"…"}' }]
 */
import { mapConcurrently } from '../map-concurrently.js'

export interface OutgoingRequest {
  method: string
  /** Path and query, appended to the base URL. */
  target: string
  headers: Record<string, string>
  body?: string
}

export type Answer = { status: number; contentType: string; text: string } | { error: string }

export interface SendOptions {
  /** Milliseconds to wait for each answer. */
  timeoutMs: number
  /** Requests in flight at once. */
  concurrency: number
  /** Sent with every request, over the request's own header of the same name (any letter case). */
  headers?: Readonly<Record<string, string>>
}

/** Whether fetch can send the header: a name that is an HTTP token, a value without a line break
 *  or NUL (which would forge another header), each as fetch's own `Headers` judges them. */
export function isSendableHeader(name: string, value: string): boolean {
  try {
    new Headers([[name, value]])
    return true
  } catch {
    return false
  }
}

/** `http://host:4010/v1.0/` + `/me?$top=1` → `http://host:4010/v1.0/me?$top=1`; undefined when the
 *  two do not make a URL. */
function urlOf(baseUrl: string, target: string): URL | undefined {
  try {
    return new URL(baseUrl.replace(/\/+$/, '') + target)
  } catch {
    return undefined
  }
}

export async function sendRequests(
  baseUrl: string,
  requests: readonly OutgoingRequest[],
  options: SendOptions,
): Promise<Answer[]> {
  return mapConcurrently(requests, options.concurrency, (request) => sendRequest(baseUrl, request, options))
}

/** Connections a service closed while idle in the pool: a safe request is sent again, once. */
const STALE_CONNECTION = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'other side closed'])

export async function sendRequest(
  baseUrl: string,
  request: OutgoingRequest,
  options: Pick<SendOptions, 'timeoutMs' | 'headers'>,
): Promise<Answer> {
  const sent = { ...request, headers: withHeaders(request.headers, options.headers ?? {}) }
  const answer = await sendOnce(baseUrl, sent, options.timeoutMs)
  const safe = request.method === 'GET' || request.method === 'HEAD'
  return safe && 'error' in answer && STALE_CONNECTION.has(answer.error)
    ? sendOnce(baseUrl, sent, options.timeoutMs)
    : answer
}

/** `own` with `added` over any of its headers of the same name (`authorization` for `Authorization`). */
function withHeaders(
  own: Record<string, string>,
  added: Readonly<Record<string, string>>,
): Record<string, string> {
  const names = new Set(Object.keys(added).map((name) => name.toLowerCase()))
  if (names.size === 0) return own
  const kept = Object.entries(own).filter(([name]) => !names.has(name.toLowerCase()))
  return { ...Object.fromEntries(kept), ...added }
}

async function sendOnce(baseUrl: string, request: OutgoingRequest, timeoutMs: number): Promise<Answer> {
  const url = urlOf(baseUrl, request.target)
  if (!url) return { error: `${request.target} does not make a URL with ${baseUrl}` }
  try {
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    }
    if (request.body !== undefined) init.body = request.body
    const response = await fetch(url, init)
    const text = await response.text()
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text }
  } catch (error) {
    return { error: reasonOf(error, timeoutMs) }
  }
}

/** `fetch failed` says little: the cause's code (`ECONNREFUSED`) or message says why. */
function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs} ms`
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined
  if (typeof cause?.code === 'string') return cause.code
  if (typeof cause?.message === 'string') return cause.message
  return error instanceof Error ? error.message : String(error)
}
