import { describe, expect, it } from 'vitest'
import { conformPathItem, ExampleConformer } from '../../src/emit/openapi/conform-examples.js'
import type { PathItemObject, SchemaObject } from '../../src/emit/openapi/spec.js'

const SCHEMAS: Record<string, SchemaObject> = {
  'microsoft.graph.bodyType': { type: 'string', enum: ['text', 'html'] },
  'microsoft.graph.itemBody': {
    type: 'object',
    properties: {
      contentType: {
        anyOf: [{ $ref: '#/components/schemas/microsoft.graph.bodyType' }, { type: 'null' }],
      },
      content: { type: ['string', 'null'] },
    },
  },
  'microsoft.graph.message': {
    type: 'object',
    properties: {
      body: { anyOf: [{ $ref: '#/components/schemas/microsoft.graph.itemBody' }, { type: 'null' }] },
      receivedDateTime: { type: ['string', 'null'], format: 'date-time' },
      importance: { type: 'integer' },
      isDraft: { type: ['boolean', 'null'] },
    },
  },
}
const MESSAGE = { $ref: '#/components/schemas/microsoft.graph.message' }

describe('ExampleConformer', () => {
  const conformer = new ExampleConformer(SCHEMAS)
  const cases: [string, unknown, { value: unknown } | undefined][] = [
    [
      'a valid example, as it is',
      { body: { contentType: 'html' } },
      { value: { body: { contentType: 'html' } } },
    ],
    ['null where the docs allow it', { body: null, isDraft: null }, { value: { body: null, isDraft: null } }],
    [
      'an enum member in other letter case, respelled (inside a nullable reference)',
      { body: { contentType: 'HTML', content: 'x' } },
      { value: { body: { contentType: 'html', content: 'x' } } },
    ],
    [
      'a Boolean and a number written as text, as values',
      { isDraft: 'false', importance: '2' },
      { value: { isDraft: false, importance: 2 } },
    ],
    ['a placeholder where a date-time belongs: left out', { receivedDateTime: 'datetime-value' }, undefined],
    [
      'an enum value that is no member in any case: left out',
      { body: { contentType: 'markdown' } },
      undefined,
    ],
    ['a number where an object belongs: left out', 893, undefined],
  ]
  it.each(cases)('%s', (_, value, expected) => {
    expect(conformer.conform(MESSAGE, value)).toEqual(expected)
  })

  it('never changes the example it was given', () => {
    const value = { body: { contentType: 'Text' } }
    conformer.conform(MESSAGE, value)
    expect(value).toEqual({ body: { contentType: 'Text' } })
  })
})

describe('conformPathItem', () => {
  it('respells what it can and drops the rest, leaving media types without examples bare', () => {
    const item: PathItemObject = {
      post: {
        tags: ['message'],
        summary: 'Create message',
        operationId: 'message-create',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: MESSAGE,
              examples: { wrong: { value: { receivedDateTime: 'datetime-value' } } },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: MESSAGE,
                examples: {
                  created: { summary: 'created', value: { body: { contentType: 'Text' } } },
                  wrong: { value: 17 },
                },
              },
            },
          },
          default: { $ref: '#/components/responses/error' },
        },
        'x-doc2ts-pages': ['api/message-create.md'],
      },
    }
    const conformed = conformPathItem(item, new ExampleConformer(SCHEMAS))
    expect(conformed.post?.requestBody?.content).toEqual({ 'application/json': { schema: MESSAGE } })
    expect(conformed.post?.responses['201']).toEqual({
      description: 'Created',
      content: {
        'application/json': {
          schema: MESSAGE,
          examples: { created: { summary: 'created', value: { body: { contentType: 'text' } } } },
        },
      },
    })
    expect(conformed.post?.responses.default).toEqual({ $ref: '#/components/responses/error' })
  })
})
