/**
 * The examples of the docs, each read once per run after extract: its body parsed (strict JSON, as
 * the wire carries it: absent, a value, or a fault placed at the body's first line; keys
 * `__proto__` stay own data) and a request's URL read as the path and query it asks for.
 *   ```http
 *   GET https://graph.microsoft.com/v1.0/me/events?$top=1   → target /me/events?$top=1, segments [me, events]
 *   HTTP/1.1 200 OK
 *   Content-type: application/json
 *
 *   { "value": "red" }                  → { kind: 'json', value: { value: 'red' } }
 * Link (the objects a body shows that name their type), shape (the operations' examples), the
 * checks and verify read them through one `ExampleReads`, which the session keeps: none parses
 * `bodyText` or `url` again.
 *
 * Reads: `OperationDef.examples` (and its `routes`, for `shapeExamples`).
 */
import { examplesOfOwnCalls } from '../extract/examples.js'
import { HOST, quotedKeyPlaceholders } from '../extract/route-template.js'
import type { ExampleDef, OperationDef } from '../model.js'
import { nestsTooDeep, TOO_DEEP } from '../parse/json-depth.js'
import { parseJson5 } from '../parse/json5-text.js'
import type { ExampleBody, ExampleShape, OperationShape, RequestTarget } from './operation-shape.js'
import { requestSegments } from './route-matches.js'

/** Each example read once, kept by its object with the texts it was read from: an unfrozen
 *  example whose body or URL was edited in place (a test's draft) is read again. */
export class ExampleReads {
  readonly #read = new WeakMap<ExampleDef, { bodyText?: string; url?: string; shape: ExampleShape }>()

  of(example: ExampleDef): ExampleShape {
    const { bodyText, url } = example
    const known = this.#read.get(example)
    if (known && known.bodyText === bodyText && known.url === url) return known.shape
    const shape = readExample(example)
    this.#read.set(example, { bodyText, url, shape })
    return shape
  }
}

function readExample(example: ExampleDef): ExampleShape {
  const body = exampleBodyOf(example.bodyText, example.bodyLine ?? example.position.line)
  const { url } = example
  if (example.kind !== 'request' || url === undefined) return { example, body }
  const target = requestTargetOf(url)
  const [path = '/', query = ''] = target.split('?')
  const read: RequestTarget = { target, path, query, segments: requestSegments(path) }
  return { example, body, target: read }
}

/** The examples of the operation's own calls (`examplesOfOwnCalls`): those of another route's are
 *  none of its outputs'. */
export function shapeExamples(operation: OperationDef, reads = new ExampleReads()): ExampleShape[] {
  return examplesOfOwnCalls(operation).map((example) => reads.of(example))
}

/** An operation's examples as a page shows them: each request with the response example that
 *  follows it (none when another request or the end of the page comes first); a response with no
 *  request before it stands alone, and so does the redirect the docs say the call answers first
 *  (`302 Found`): the request's answer is the example of where it leads. Every example is in one
 *  pair, in the page's order. */
export interface ExamplePair {
  request?: ExampleShape
  response?: ExampleShape
}

export function pairExamples({
  examples,
  operation,
}: Pick<OperationShape, 'examples' | 'operation'>): ExamplePair[] {
  const { redirect } = operation.response
  const pairs: ExamplePair[] = []
  let open: ExamplePair | undefined
  for (const current of examples) {
    if (current.example.kind === 'request') {
      open = { request: current }
      pairs.push(open)
    } else if (open && (redirect === undefined || current.example.status !== redirect)) {
      open.response = current
      open = undefined
    } else pairs.push({ response: current })
  }
  return pairs
}

/** Whether an example shows a body: some text after its request line or status and headers. */
export function showsBody(example: ExampleDef): boolean {
  return (example.bodyText?.trim() ?? '') !== ''
}

/** A body as text (an example's, a service's answer) → absent, a JSON value, or a fault at `line`. */
export function shapeBodyText(text: string | undefined, line: number): ExampleBody {
  if (text === undefined || text.trim() === '') return { kind: 'empty' }
  if (nestsTooDeep(text)) return { kind: 'fault', message: `Not JSON: ${TOO_DEEP}`, line }
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown }
  } catch (error) {
    return { kind: 'fault', message: (error as Error).message, line }
  }
}

/**
 * An example's body (`shapeBodyText`), where a slip that JSON5 reads (a trailing comma, a comment, a
 * non-breaking space: today's securescorecontrolprofile-get.md) keeps the value its writer meant, with why it is not JSON (`slip`): the
 * mock answers it and the checks judge it, while `invalid-json` still reports the slip, verify
 * does not send it (the docs contradict themselves there) and link adds no property from it
 * (`addPropertiesFromExamples`). A service's
 * answer gets no such leniency.
 */
function exampleBodyOf(text: string | undefined, line: number): ExampleBody {
  const body = shapeBodyText(text, line)
  if (body.kind !== 'fault' || text === undefined) return body
  try {
    return { kind: 'json', value: parseJson5(text), slip: body.message }
  } catch {
    return body
  }
}

/** A JSON object: neither null nor an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An example body as the wire carries it (what the mock answers and OpenAPI shows): Intune pages
 *  show a single entity as `{ "value": { … } }`, the entity itself; some pages show a collection as
 *  a bare array, `{ "value": [ … ] }`. */
export function wireBody(body: unknown, shape: OperationShape): unknown {
  if (shape.response.kind === 'page' && Array.isArray(body)) return { value: body }
  if (shape.response.kind !== 'object' || !isJsonObject(body)) return body
  const keys = Object.keys(body).filter((key) => !key.startsWith('@odata.'))
  if (keys.length !== 1 || keys[0] !== 'value') return body
  return isJsonObject(body.value) ? body.value : body
}

/** `https://graph.microsoft.com/v1.0/x/{id}?$top=1` → `/x/{id}`. */
export function requestPathOf(url: string): string {
  return requestTargetOf(url).split('?')[0] ?? '/'
}

/** `https://graph.microsoft.com/v1.0/x/{id}?$top=1` → `/x/{id}?$top=1`: what is asked of the service. */
export function requestTargetOf(url: string): string {
  const target = quotedKeyPlaceholders(url.trim().replace(HOST, ''))
  return target.startsWith('/') ? target : `/${target}`
}

/** The members, by lower-case name, of each JSON object the requests among `examples` send. */
export function requestMembers(examples: readonly Pick<ExampleShape, 'example' | 'body'>[]): Set<string>[] {
  return examples.flatMap(({ example, body }) =>
    example.kind === 'request' && body.kind === 'json' && isJsonObject(body.value)
      ? [new Set(Object.keys(body.value).map((name) => name.toLowerCase()))]
      : [],
  )
}
