import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SchemaReader } from '../../src/emit/openapi/schema-refusals.js'
import type { SchemaObject } from '../../src/emit/openapi/spec.js'
import { agreementWithAjv } from './reader-agreement.js'

const SCHEMAS: Record<string, SchemaObject> = {
  bodyType: { type: 'string', enum: ['text', 'html'] },
  entity: { type: 'object', properties: { id: { type: 'string', format: 'uuid', readOnly: true } } },
  message: {
    allOf: [
      { $ref: '#/components/schemas/entity' },
      {
        type: 'object',
        properties: {
          contentType: { anyOf: [{ $ref: '#/components/schemas/bodyType' }, { type: 'null' }] },
          sent: { type: ['string', 'null'], format: 'date-time' },
          size: { type: 'integer', format: 'int32' },
          duration: { type: 'string', pattern: '^P(\\d+D)?$' },
          tags: { type: 'array', items: { type: 'string' } },
        },
        discriminator: { propertyName: '@odata.type', mapping: {} },
      },
    ],
  },
  request: {
    type: 'object',
    properties: { comment: { type: 'string' } },
    required: ['comment'],
    additionalProperties: false,
  },
}
const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` })

describe('SchemaReader', () => {
  const reader = new SchemaReader(SCHEMAS)
  it('finds no refusal in an instance, through $ref, allOf and a nullable anyOf', () => {
    const value = {
      id: '0b5cc6a2-4a35-4f2e-8a7c-6b2f0f1d3e4a',
      contentType: null,
      sent: '2021-07-16T10:00:00Z',
      size: 3,
      duration: 'P2D',
      tags: ['a'],
      unlisted: { anything: true },
    }
    expect(reader.refusals(ref('message'), value)).toEqual([])
  })

  it.each([
    ['an enum member in other case', { contentType: 'HTML' }, 'enum', ['contentType']],
    ['text for an integer', { size: '3' }, 'type', ['size']],
    ['an int32 out of range', { size: 2 ** 40 }, 'format', ['size']],
    ['a placeholder for a date-time', { sent: 'datetime-value' }, 'format', ['sent']],
    ['a malformed uuid', { id: 'id-value' }, 'format', ['id']],
    ['a duration outside the pattern', { duration: '2 days' }, 'pattern', ['duration']],
    ['a number in a string array', { tags: ['a', 7] }, 'type', ['tags', '1']],
  ])('refuses %s, at its path', (_, value, keyword, path) => {
    expect(reader.refusals(ref('message'), value)).toContainEqual(expect.objectContaining({ keyword, path }))
  })

  it('names the allowed members of a refused enum and the types of a refused type', () => {
    expect(reader.refusals(ref('bodyType'), 'Text')).toEqual([
      { path: [], keyword: 'enum', allowed: ['text', 'html'] },
    ])
    expect(reader.refusals(ref('message'), 5)).toEqual([
      { path: [], keyword: 'type', types: ['object'] },
      { path: [], keyword: 'type', types: ['object'] },
    ])
  })

  it('refuses a missing required member and an unknown one where none is allowed', () => {
    const keywords = reader.refusals(ref('request'), { other: 1 }).map((refusal) => refusal.keyword)
    expect(keywords.sort()).toEqual(['additionalProperties', 'required'])
  })

  it('throws on a $ref to a schema the document does not have (an emitter bug, not bad docs)', () => {
    expect(() => reader.refusals(ref('missing'), {})).toThrow(/no schema for \$ref/)
  })
})

describe('SchemaReader agrees with a compiling JSON Schema 2020-12 validator', () => {
  it('on every example of the graph sample document and on values near each', () => {
    const text = readFileSync(
      new URL('../golden/graph-sample/expected/openapi.json', import.meta.url),
      'utf8',
    )
    const { compared, refused } = agreementWithAjv(JSON.parse(text))
    // Enough of both answers to mean something.
    expect(refused).toBeGreaterThan(50)
    expect(compared - refused).toBeGreaterThan(50)
  })
})
