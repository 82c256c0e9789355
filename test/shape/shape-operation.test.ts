/**
 * The wire rules, one row per response kind and body kind, after the OData JSON format: what
 * `shapeResponse`, `shapeRequestBody` and `shapeExamples` decide for an operation.
 */
import { describe, expect, it } from 'vitest'
import { querySchemaForOperation } from '../../src/json-schema/operation-schemas.js'
import type {
  ApiModel,
  ExampleDef,
  HttpMethod,
  OperationDef,
  ParameterDef,
  ResponseDef,
  TypeDef,
  TypeRef,
} from '../../src/model.js'
import { shapeOperation } from '../../src/shape/api-shape.js'
import { shapeExamples } from '../../src/shape/examples.js'
import { shapeParameters } from '../../src/shape/parameters.js'
import { shapeRequestBody } from '../../src/shape/request-body.js'

const at = { file: 'api/x.md', line: 1, column: 1 }
const named = (name: string): TypeRef => ({ kind: 'named', name, resolved: `microsoft.graph.${name}` })
const primitive = (name: 'String' | 'Int32' | 'Stream'): TypeRef => ({ kind: 'primitive', name })

const types: Record<string, TypeDef> = {
  'microsoft.graph.color': {
    kind: 'enum',
    name: 'color',
    namespace: 'microsoft.graph',
    qualifiedName: 'microsoft.graph.color',
    description: '',
    members: [{ name: 'red', description: '', position: at }],
    files: [],
    targets: [],
    position: at,
  },
  'microsoft.graph.widget': {
    kind: 'entity',
    name: 'widget',
    namespace: 'microsoft.graph',
    qualifiedName: 'microsoft.graph.widget',
    abstract: false,
    openType: false,
    description: '',
    properties: [],
    methods: [],
    files: [],
    targets: [],
    position: at,
  },
}
const model: ApiModel = { types, undocumented: {}, operations: [], diagnostics: [], pages: 0 }

function operation(
  method: HttpMethod,
  response: Partial<ResponseDef>,
  extra: Partial<OperationDef> = {},
): OperationDef {
  return {
    id: 'x',
    file: 'api/x.md',
    title: '',
    description: '',
    kind: 'function',
    routes: [{ method, raw: '/x', segments: [{ kind: 'literal', value: 'x' }], position: at }],
    parameters: [],
    response: { status: 200, collection: false, source: 'sentence', ...response },
    queryOptions: [],
    permissions: [],
    examples: [],
    position: at,
    ...extra,
  }
}

function responseExample(headers: Record<string, string>, bodyText?: string): ExampleDef {
  return {
    kind: 'response',
    status: 200,
    headers,
    ...(bodyText === undefined ? {} : { bodyText }),
    position: at,
  }
}

describe('shapeResponse: the wire shape of a result', () => {
  it.each([
    [
      'an entity is the object',
      operation('GET', { type: named('widget') }),
      { kind: 'object', status: 200, type: named('widget') },
    ],
    [
      'an unresolved name is the object',
      operation('GET', { type: { kind: 'unknown', text: 'x' } }),
      { kind: 'object', status: 200, type: { kind: 'unknown', text: 'x' } },
    ],
    [
      'a collection of entities is a page',
      operation('GET', { type: named('widget'), collection: true }),
      { kind: 'page', status: 200, item: named('widget') },
    ],
    [
      'a collection of strings is a page',
      operation('POST', { type: primitive('String'), collection: true }),
      { kind: 'page', status: 200, item: primitive('String') },
    ],
    [
      'a primitive is a value',
      operation('GET', { type: primitive('Int32') }),
      { kind: 'value', status: 200, type: primitive('Int32') },
    ],
    [
      'an enum is a value',
      operation('GET', { type: named('color') }),
      { kind: 'value', status: 200, type: named('color') },
    ],
    [
      'a Stream is bytes',
      operation('GET', { type: primitive('Stream') }),
      { kind: 'binary', status: 200, mediaType: 'application/octet-stream' },
    ],
    [
      'a Stream takes the media type of its example',
      operation(
        'GET',
        { type: primitive('Stream') },
        { examples: [responseExample({ 'content-type': 'text/plain; charset=utf-8' }, 'hi')] },
      ),
      { kind: 'binary', status: 200, mediaType: 'text/plain' },
    ],
    [
      'a Stream printed as JSON is still bytes',
      operation(
        'POST',
        { type: primitive('Stream') },
        { examples: [responseExample({ 'Content-Type': 'application/json' }, '{"value":"AA=="}')] },
      ),
      { kind: 'binary', status: 200, mediaType: 'application/octet-stream' },
    ],
    [
      'a 204 is no content, whatever the type',
      operation('PATCH', { type: named('widget'), status: 204 }),
      { kind: 'none', status: 204 },
    ],
    [
      'a DELETE without a type is no content',
      operation('DELETE', { status: 200, source: 'example' }),
      { kind: 'none', status: 200 },
    ],
    [
      'nothing documented is no content',
      operation('POST', { source: 'none' }),
      { kind: 'none', status: 200 },
    ],
    [
      'a body of no documented type is any JSON',
      operation('GET', { source: 'example' }),
      { kind: 'object', status: 200 },
    ],
  ])('%s', (_name, input, expected) => {
    expect(shapeOperation(input, model).response).toEqual(expected)
  })
})

const parameter = (name: string, required: boolean): ParameterDef => ({
  name,
  in: 'body',
  type: primitive('String'),
  collection: false,
  required,
  description: '',
  position: at,
})

describe('shapeRequestBody: what a request carries', () => {
  it.each([
    ['nothing', operation('POST', {}), { kind: 'none' }],
    [
      'a resource type',
      operation('POST', {}, { requestBody: { type: named('widget'), collection: false } }),
      { kind: 'json', type: named('widget'), collection: false },
    ],
    [
      'bytes for a Stream',
      operation('PUT', {}, { requestBody: { type: primitive('Stream'), collection: false } }),
      { kind: 'binary' },
    ],
    [
      'the parameter object of an action, a name once',
      operation(
        'POST',
        {},
        { parameters: [parameter('comment', false), parameter('to', true), parameter('comment', true)] },
      ),
      {
        kind: 'parameters',
        parameters: [parameter('comment', false), parameter('to', true)],
        optional: false,
      },
    ],
    [
      // A table that marks nothing required does not say its parameters are optional.
      'a parameter object the page sends, none required',
      operation(
        'POST',
        {},
        {
          parameters: [parameter('comment', false)],
          examples: [
            {
              kind: 'request',
              method: 'POST',
              url: '/x',
              headers: {},
              bodyText: '{ "comment": "A" }',
              position: at,
            },
          ],
        },
      ),
      { kind: 'parameters', parameters: [parameter('comment', false)], optional: false },
    ],
    [
      // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/security-ediscoverysearch-estimatestatistics.md
      'an optional parameter object where the page calls the action without a body',
      operation(
        'POST',
        {},
        {
          parameters: [parameter('statisticsOptions', false)],
          examples: [{ kind: 'request', method: 'POST', url: '/x', headers: {}, position: at }],
        },
      ),
      { kind: 'parameters', parameters: [parameter('statisticsOptions', false)], optional: true },
    ],
  ])('%s', (_name, input, expected) => {
    expect(shapeRequestBody(input)).toEqual(expected)
  })
})

describe('shapeParameters: where parameters travel', () => {
  it('takes each name once in its place, the first row (a schema requiring `mode` twice is refused)', () => {
    const query = (name: string, required: boolean): ParameterDef => ({
      ...parameter(name, required),
      in: 'query',
    })
    const op = operation(
      'POST',
      {},
      { parameters: [query('mode', true), query('mode', false), query('top', false)] },
    )
    expect(shapeParameters(op).query).toEqual([query('mode', true), query('top', false)])
    expect(querySchemaForOperation(shapeOperation(op, model), model)?.required).toEqual(['mode'])
  })
})

describe('shapeExamples: bodies parsed once', () => {
  it.each([
    ['no body', undefined, { kind: 'empty' }],
    ['blank', '  \n', { kind: 'empty' }],
    ['JSON', '{ "value": "red" }', { kind: 'json', value: { value: 'red' } }],
    ['not JSON, placed at its first line', '{ "a": }', { kind: 'fault', line: 7 }],
    // A slip JSON5 reads is the value its writer meant, with why it is not JSON.
    [
      'a trailing comma',
      '{ "a": 1, }',
      { kind: 'json', value: { a: 1 }, slip: expect.stringMatching(/JSON|position|Unexpected/) },
    ],
  ])('%s', (_name, bodyText, expected) => {
    const example: ExampleDef = { ...responseExample({}, bodyText), bodyLine: 7 }
    const [shaped] = shapeExamples(operation('GET', {}, { examples: [example] }))
    expect(shaped?.body).toMatchObject(expected)
    expect(shaped?.example).toBe(example)
  })
})
