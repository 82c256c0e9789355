/**
 * The server, the client and openapi.json agree on every answer the docs show: on the shared sample and on
 * the real trees (test/fixtures/real-trees), each request example of a route its operation
 * documents is sent to the generated mock over loopback, and its answer is read as a tool that
 * trusts the OpenAPI document would read it: the path found among `paths` (a literal template
 * before one with more placeholders), the status declared, a status HTTP gives no content
 * declared without any, the media type declared, the JSON body accepted by the declared schema
 * (Ajv, JSON Schema 2020-12 with formats). A body the docs' own example shows, which the mock
 * answers as written, may break the schema only where the docs' example does (their fault, which
 * the checks report). Disagreements these trees showed: an empty `201` where openapi.json and the
 * client promised the attachment the Response sentence names, and content declared for a `204`
 * whose example shows a body.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import { pathTemplateFromRoute } from '../../src/emit/openapi/path-template.js'
import type {
  OpenApiDocument,
  OperationObject,
  ResponseObject,
  SchemaObject,
} from '../../src/emit/openapi/spec.js'
import { KEY_IN_PARENTHESES_IN_URL } from '../../src/extract/route-template.js'
import { startMockServer } from '../../src/mock/serve.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { normaliseSegment } from '../../src/route-key.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { wireBody } from '../../src/shape/examples.js'
import { routeMatches } from '../../src/shape/route-matches.js'
import { type PlannedRequest, planRequests } from '../../src/verify/plan-requests.js'
import { type Answer, sendRequests } from '../../src/verify/send-requests.js'
import { responseKindOf, responseKinds } from '../support/client-kinds.js'
import { corpusDir } from '../support/corpus.js'
import { REAL_TREES } from '../support/real-trees.js'

const TREES = [{ name: 'the shared sample', docs: corpusDir }, ...REAL_TREES]

const DOCUMENT_ID = 'https://doc2ts.invalid/openapi.json'
/** The same components, as a request body is judged by them. */
const REQUEST_ID = 'https://doc2ts.invalid/request.json'

/** A `JSON.parse` reviver: a property marked `readOnly` is one a request must not send. */
function unsent(_key: string, value: unknown): unknown {
  return typeof value === 'object' && value !== null && (value as { readOnly?: unknown }).readOnly === true
    ? false
    : value
}

describe.each(TREES)('on $name', ({ docs }) => {
  it('the mock answers each documented request as openapi.json declares it', async () => {
    const pages = (await readDocs(docs)).pages
    const model = buildModel(pages)
    const text = emitAll(model).find((file) => file.path === 'openapi.json')?.text ?? '{}'
    const document = JSON.parse(text) as OpenApiDocument
    const requests = planRequests(shapeApi(model), { unsafe: true }).requests.filter(ownRoute)
    const reader = new DocumentReader(document)
    // Sent with each header a caller must send, which an example may leave out (Business
    // Central's `If-Match`), as a client of the document sends it.
    const sent = requests.map(withRequiredHeaders)
    const mock = await startMockServer(pages, { port: 0, host: '127.0.0.1', log: false })
    let answers: Answer[]
    try {
      answers = await sendRequests(mock.url, sent, { concurrency: 8, timeoutMs: 10_000 })
    } finally {
      await mock.close()
    }
    const disagreements = requests.flatMap((request, index) =>
      reader.disagreements(request, answers[index] as Answer),
    )
    expect(disagreements).toEqual([])
    // Most answers were read, not passed over (the rest: the docs' own faults the service refuses).
    expect(reader.read).toBeGreaterThanOrEqual(requests.length * 0.85)
  }, 300_000)

  it('the client reads each documented route as openapi.json declares it', async () => {
    const model = buildModel((await readDocs(docs)).pages)
    const files = emitAll(model)
    const document = JSON.parse(
      files.find((file) => file.path === 'openapi.json')?.text ?? '{}',
    ) as OpenApiDocument
    expect(clientDisagreements(model, files, document)).toEqual([])
  }, 120_000)
})

/**
 * How the generated client reads each documented route's answer (its `RESPONSE_KINDS`: bytes, a
 * `{ "value": … }` it unwraps, else JSON) against what openapi.json declares for the route's
 * documented status. The runtime names a route by its pattern: `/name` per literal or function,
 * `/*` per key, `:*:` per item path; and finds its kind by the pattern's ends (`responseKindOf`).
 */
function clientDisagreements(model: ApiModel, files: readonly GeneratedFile[], document: OpenApiDocument) {
  const client = files.find((file) => file.path === 'client/index.ts')?.text ?? ''
  const kinds = responseKinds(client)
  // openapi.json names a key as most routes name it at its place, not as each route does.
  const keyless = (path: string) => path.replace(/\{[^{}]+\}/g, '{}')
  const paths = new Map(Object.keys(document.paths).map((path) => [keyless(path), path]))
  const found: string[] = []
  let checked = 0
  let routes = 0
  for (const operation of model.operations)
    for (const route of operation.routes) {
      const pattern = route.segments
        .map(normaliseSegment)
        .map((segment) =>
          segment.kind === 'literal'
            ? `/${segment.value}`
            : segment.kind === 'call'
              ? `/${segment.name}`
              : segment.kind === 'param'
                ? '/*'
                : ':*:',
        )
        .join('')
      routes++
      const read = responseKindOf(kinds, route.method, pattern)
      const path = paths.get(keyless(pathTemplateFromRoute(route).path)) ?? ''
      const responses = document.paths[path]?.[lowerMethod(route.method)]?.responses
      const declared = responses?.[String(operation.response.status)] as ResponseObject | undefined
      // Not this route's owner in openapi.json (another page's); or a redirect, which the client
      // follows to what openapi.json does not describe (a download URL on another host).
      if (!declared || declared.headers?.Location) continue
      checked++
      const [media, { schema } = {}] = Object.entries(declared.content ?? {})[0] ?? []
      const properties = Object.keys(schema?.properties ?? {})
      const wants =
        media !== undefined && !media.includes('json')
          ? 'binary'
          : properties.length === 1 && properties[0] === 'value'
            ? 'value'
            : 'json'
      if (read !== wants)
        found.push(`${route.method} ${route.raw}: the client reads ${read}, openapi.json declares ${wants}`)
    }
  // Most routes were read, not passed over.
  if (checked < routes * 0.85) found.push(`only ${checked} of ${routes} routes found in openapi.json`)
  return found
}

/** A request of a route its operation documents, with its method: not one of a path the server
 *  derives (a `$count`, a cast, `/me` for `/users/{id}`, `/drive/root` for an item) or one the
 *  page's own routes do not list (the docs' example calling another page's path), which
 *  openapi.json need not describe. */
function ownRoute(request: PlannedRequest): boolean {
  const asked = request.request.target
  return (
    asked !== undefined &&
    request.shape.operation.routes.some(
      (route) => route.method === request.method && routeMatches(route, asked.segments),
    )
  )
}

/** HTTP gives these no content (RFC 9110). */
const NO_CONTENT = new Set([204, 205, 304])
const KEYS_IN_PARENTHESES = new RegExp(KEY_IN_PARENTHESES_IN_URL.source, 'g')

class DocumentReader {
  read = 0
  readonly #templates: { path: string; pattern: RegExp; placeholders: number }[]
  readonly #ajv = new Ajv2020({ strict: false, allowUnionTypes: true, logger: false })
  readonly #compiled = new Map<string, ValidateFunction>()

  constructor(private readonly document: OpenApiDocument) {
    addFormats.default(this.#ajv)
    this.#ajv.addSchema({ $id: DOCUMENT_ID, components: document.components })
    this.#ajv.addSchema({
      $id: REQUEST_ID,
      components: JSON.parse(JSON.stringify(document.components), unsent),
    })
    this.#templates = Object.keys(document.paths)
      .map((path) => {
        const source = `^${path
          .split(/\{[^{}]+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`
        return {
          path,
          pattern: new RegExp(source, 'i'),
          placeholders: path.split('{').length - 1,
        }
      })
      .sort((a, b) => a.placeholders - b.placeholders)
  }

  /** What is wrong with the answer as the document declares it (none when it agrees). */
  disagreements(request: PlannedRequest, answer: Answer): string[] {
    if ('error' in answer) return [`${request.method} ${request.target}: ${answer.error}`]
    const where = `${request.method} ${request.target} (${request.request.example.position.file}:${request.request.example.position.line})`
    const operation = this.#operationOf(request)
    if (answer.status === 400) {
      // The server refuses members a type does not document, as the service does, where
      // openapi.json's schemas stay open to them (a known difference: OpenAPI tools read a schema
      // without `additionalProperties` as open).
      if (answer.text.includes('is not a documented property')) return []
      return this.#refusedBody(request, operation, answer.text, where)
    }
    // Any other error is one the docs show (declared by its status), or the server failing a route.
    if (answer.status >= 400 && !operation?.responses[String(answer.status)])
      return [`${where}: answered ${answer.status} ${answer.text.slice(0, 200)}`]
    if (!operation) return [`${where}: no ${request.method} of this path in openapi.json`]
    const declared = operation.responses[String(answer.status)] as ResponseObject | undefined
    if (!declared) return [`${where}: answered ${answer.status}, not declared`]
    this.read++
    const content = declared.content ?? {}
    const mediaTypes = Object.keys(content)
    if (NO_CONTENT.has(answer.status) && mediaTypes.length > 0)
      return [`${where}: ${answer.status} declares content (${mediaTypes.join(', ')})`]
    const media = answer.contentType.split(';')[0]?.trim() ?? ''
    if (answer.text === '')
      return mediaTypes.length === 0 ? [] : [`${where}: answered no body, declared ${mediaTypes.join(', ')}`]
    const schema = content[media]?.schema
    if (schema === undefined)
      return [`${where}: answered ${media || 'no media type'}, declared ${mediaTypes.join(', ') || 'none'}`]
    if (!media.includes('json')) return []
    const accepts = this.#validator(schema)
    if (accepts(JSON.parse(answer.text))) return []
    const broken = this.#ajv.errorsText(accepts.errors)
    const shown = request.response?.body
    // The docs' example breaks it too (as the mock sends it: a single entity out of `"value"`).
    if (shown?.kind === 'json' && !accepts(wireBody(shown.value, request.shape))) return []
    return [`${where}: the ${answer.status} body breaks its schema: ${broken}`]
  }

  /** The operation of openapi.json whose path template the request's path matches. */
  #operationOf(request: PlannedRequest): OperationObject | undefined {
    // A slash the docs' URL ends in is not part of the path (`/me/mailFolders/`).
    const asked = decodeURI(request.target.split('?')[0] ?? '').replace(/(?<=.)\/+$/, '')
    const method = lowerMethod(request.method)
    // Paths are matched in any letter case, as Graph matches them (openapi.json writes a path the
    // docs write in two, `/oauth2PermissionGrants/{id}` and `/oAuth2PermissionGrants/{id}`, in one).
    // A key the URL writes in parentheses (`/me/events('AAMk…')`) where the path template writes a
    // key segment is that segment, as the server reads it.
    for (const url of [asked, asked.replace(KEYS_IN_PARENTHESES, '/$1/$2')]) {
      const found = this.#templates.find((template) => template.pattern.test(url))
      if (found) return this.document.paths[found.path]?.[method]
    }
    return undefined
  }

  /** A body the server refuses which openapi.json accepts: a client built from the document would
   *  send it. (The server may take more than the document says: letter case of enum members and
   *  formats, as the service does.) */
  #refusedBody(
    request: PlannedRequest,
    operation: OperationObject | undefined,
    refusal: string,
    where: string,
  ): string[] {
    const sent = request.request.body
    const schema = operation?.requestBody?.content['application/json']?.schema
    // A body with a slip (a trailing comma) is sent as written: not JSON, the server rightly refuses it.
    if (sent.kind !== 'json' || sent.slip !== undefined) return []
    if (schema === undefined || !this.#validator(schema, REQUEST_ID)(sent.value)) return []
    // The derived type a body names in `@odata.type` judges it too (the discriminator's mapping).
    const named = odataTypeOf(sent.value)
    if (named && named in this.document.components.schemas) {
      const derived = { $ref: `#/components/schemas/${named}` }
      if (!this.#validator(derived, REQUEST_ID)(sent.value)) return []
    }
    return [`${where}: the server refuses a body openapi.json accepts: ${refusal.slice(0, 300)}`]
  }

  /** `schema` compiled against the document's components as a response reads them, or as a
   *  request does (`REQUEST_ID`: a `readOnly` property is one a request does not send). */
  #validator(schema: SchemaObject, id = DOCUMENT_ID): ValidateFunction {
    const key = `${id} ${JSON.stringify(schema)}`
    let compiled = this.#compiled.get(key)
    if (!compiled) {
      // `#/components/…` read in the document the schemas were added as.
      const absolute = JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/', `"${id}#/components/`),
      ) as SchemaObject
      compiled = this.#ajv.compile(absolute)
      this.#compiled.set(key, compiled)
    }
    return compiled
  }
}

/** The request with a value (`*`) for each header its page requires of a caller and it leaves out. */
function withRequiredHeaders(request: PlannedRequest): PlannedRequest {
  const sent = new Set(Object.keys(request.headers).map((name) => name.toLowerCase()))
  const missing = request.shape.parameters.requiredHeaders.filter((name) => !sent.has(name.toLowerCase()))
  const added = Object.fromEntries(missing.map((name) => [name, '*']))
  return missing.length === 0 ? request : { ...request, headers: { ...request.headers, ...added } }
}

/** `"@odata.type": "#microsoft.graph.x"` → `microsoft.graph.x`. */
function odataTypeOf(value: unknown): string | undefined {
  const named =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)['@odata.type']
      : undefined
  return typeof named === 'string' ? named.replace(/^#/, '') : undefined
}

function lowerMethod(method: string) {
  return method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'
}
