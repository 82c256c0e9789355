/**
 * A `$value` route answers (and a PUT to it takes) the raw bytes, not the operation's JSON type:
 * every output says so, from the one route shape (`src/shape/route-shape.ts`).
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { clientReads } from '../support/client-kinds.js'
import { MIME_TEXT, VALUE_ROUTE_PAGES } from './value-route-pages.js'

const model = buildModel(VALUE_ROUTE_PAGES)
const files = emitAll(model)
const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''
const document = JSON.parse(text('openapi.json') || '{}') as OpenApiDocument
const operation = (id: string) => {
  const found = model.operations.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no operation ${id}`)
  return found
}
const routeOf = (id: string, raw: string) => {
  const found = operation(id).routes.find((route) => route.raw === raw)
  if (!found) throw new Error(`no route ${raw} of ${id}`)
  return found
}

describe('the shape of a `$value` route', () => {
  const shapes = shapeApi(model)
  const get = operation('note-get')

  it('answers bytes with the media type its example shows; the resource path answers the resource', () => {
    expect(shapes.ofRoute(get, routeOf('note-get', '/me/notes/{id}/$value')).response).toEqual({
      kind: 'binary',
      status: 200,
      mediaType: 'text/plain',
    })
    expect(shapes.ofRoute(get, routeOf('note-get', '/me/notes/{id}')).response).toMatchObject({
      kind: 'object',
      type: { resolved: 'microsoft.graph.note' },
    })
  })

  it('shows each response example on the route its request called, only there', () => {
    const shown = (raw: string) =>
      shapes
        .ofRoute(get, routeOf('note-get', raw))
        .examples.filter(({ example }) => example.kind === 'response')
        .map(({ example }) => example.headers['Content-type'])
    expect(shown('/me/notes/{id}')).toEqual(['application/json'])
    expect(shown('/me/notes/{id}/$value')).toEqual(['text/plain'])
  })

  it('shows every example on a page of `$value` routes only, a response without its request too', () => {
    const page = `---
doc_type: apiPageType
---
# Get note content

Namespace: microsoft.graph

## HTTP request

\`\`\`http
GET /me/drafts/{id}/$value
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [note](../resources/note.md) object in the response body.

## Example

<!-- { "blockType": "response" } -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: text/plain

${MIME_TEXT}
\`\`\`
`
    const alone = buildModel([...VALUE_ROUTE_PAGES, { file: 'api/draft-get.md', text: page }])
    const draft = alone.operations.find((candidate) => candidate.file === 'api/draft-get.md')
    const route = draft?.routes[0]
    if (!draft || !route) throw new Error('no draft operation')
    const shape = shapeApi(alone).ofRoute(draft, route)
    expect(shape.response).toEqual({ kind: 'binary', status: 200, mediaType: 'text/plain' })
    expect(shape.examples.map(({ example }) => example.kind)).toEqual(['response'])
  })

  it('takes bytes in a PUT, whatever the page says of its body', () => {
    const update = operation('note-update')
    expect(shapes.ofRoute(update, routeOf('note-update', '/me/notes/{id}/$value')).requestBody).toEqual({
      kind: 'binary',
    })
  })
})

describe('the outputs of a `$value` route', () => {
  it('OpenAPI: a binary string in the documented media type, no JSON schema or example', () => {
    const ok = document.paths['/me/notes/{id}/$value']?.get?.responses['200']
    expect(ok && 'content' in ok ? ok.content : undefined).toEqual({
      'text/plain': { schema: { type: 'string', format: 'binary' } },
    })
    const resource = document.paths['/me/notes/{id}']?.get?.responses['200']
    expect(resource && 'content' in resource ? Object.keys(resource.content ?? {}) : []).toEqual([
      'application/json',
    ])
  })

  it('OpenAPI: a PUT takes application/octet-stream bytes', () => {
    expect(document.paths['/me/notes/{id}/$value']?.put?.requestBody).toEqual({
      required: true,
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    })
  })

  it('client: the get resolves to bytes, read as bytes at run time; the put sends bytes', () => {
    const client = text('client/index.ts')
    const members = (node: string) =>
      new RegExp(`interface ${node} \\{([\\s\\S]*?)\\n\\}`).exec(client)?.[1] ?? ''
    expect(members('MeNotesItemValue')).toMatch(/\bget\([^\n]*\): Promise<Uint8Array>/)
    expect(members('MeNotesItemValue')).toMatch(/\bput\(body: BinaryBody\b/)
    expect(members('MeNotesItem')).toMatch(/\bget\([^\n]*\): Promise<T\.Note>/)
    expect(clientReads(client, 'GET', '/me/notes/*/$value')).toBe('binary')
    expect(clientReads(client, 'GET', '/me/notes/*')).toBe('json')
  })

  it('server: the route table gives the media type and no `$select` target; a PUT body is not JSON', () => {
    const routes = text('server/routes.ts')
      .split('\n')
      .flatMap((line) =>
        /^ {2}"\{/.test(line) ? [JSON.parse(JSON.parse(line.trim().replace(/,$/, '')))] : [],
      )
      .filter((route) => route.path === '/me/notes/{id}/$value')
    expect(
      routes.map(({ method, mediaType, selects, schema }) => ({
        method,
        mediaType,
        selects,
        body: schema.body,
      })),
    ).toEqual([
      { method: 'GET', mediaType: 'text/plain', selects: undefined, body: undefined },
      { method: 'PUT', mediaType: undefined, selects: undefined, body: {} },
    ])
  })

  it('server: a handler may reply bytes on the `$value` route and receives bytes from a PUT', () => {
    const handlers = text('server/handlers.ts')
    expect(handlers).toMatch(/noteGet: Handler<[^\n]*, T\.Note \| Uint8Array>/)
    expect(handlers).toMatch(/noteUpdate: Handler<[^\n]*, Uint8Array, void>/)
  })

  it('mock: the `$value` example answers its text as bytes, the resource example its JSON', () => {
    const line = text('server/mock-data.ts')
      .split('\n')
      .find((candidate) => candidate.startsWith('  ["noteGet"'))
    const examples = JSON.parse(
      JSON.parse(line?.replace(/^ {2}\["noteGet", /, '').replace(/\],$/, '') ?? '""'),
    )
    expect(examples).toMatchObject([
      { name: 'get_note', body: { id: 'n1', subject: 'Lunch' } },
      { name: 'get_note_mime', bytes: MIME_TEXT, mediaType: 'text/plain', synthesised: false },
    ])
    expect(examples[1]).not.toHaveProperty('body')
  })
})
