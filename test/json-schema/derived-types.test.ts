/**
 * The server's JSON Schemas where the docs declare a base type others derive from: a body of a
 * derived type (`@odata.type` naming it, its own properties) is accepted there, while a type
 * without derived types stays closed to properties the docs do not list. Validated by Ajv as
 * Fastify configures it (draft-07, not strict).
 */
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { definitionRef, definitionsForModel } from '../../src/json-schema/type-schema.js'
import type { ApiModel, ObjectTypeDef, PropertyDef } from '../../src/model.js'

const position = { file: 'x.md', line: 1, column: 1 }

function property(name: string): PropertyDef {
  const type = { kind: 'primitive', name: 'String' } as const
  return { name, type, collection: false, readOnly: false, relationship: false, description: '', position }
}

function objectType(name: string, properties: string[], base?: string): ObjectTypeDef {
  const qualifiedName = `microsoft.graph.${name}`
  return {
    kind: 'entity',
    name,
    namespace: 'microsoft.graph',
    qualifiedName,
    ...(base ? { baseType: { kind: 'named', name: base, resolved: `microsoft.graph.${base}` } } : {}),
    abstract: false,
    openType: false,
    description: '',
    properties: properties.map(property),
    methods: [],
    files: [],
    targets: [],
    position,
  }
}

const types = [
  objectType('attachment', ['name']),
  objectType('fileAttachment', ['contentBytes'], 'attachment'),
  objectType('location', ['displayName']),
]
const model: ApiModel = {
  types: Object.fromEntries(types.map((type) => [type.qualifiedName, type])),
  undocumented: {},
  operations: [],
  diagnostics: [],
  pages: 0,
}

const ajv = new Ajv({ strict: false, allErrors: false })
ajv.addSchema(definitionsForModel(model))
const validate = (name: string) => ajv.compile({ $ref: definitionRef(`microsoft.graph.${name}`) })

describe('JSON Schemas of base types with derived types', () => {
  it('accept a derived type, with its own properties, where the base is declared', () => {
    const body = { '@odata.type': '#microsoft.graph.fileAttachment', name: 'a.txt', contentBytes: 'eA==' }
    expect(validate('attachment')(body)).toBe(true)
    expect(validate('fileAttachment')(body)).toBe(true)
  })

  it('still check the base properties they list', () => {
    expect(validate('attachment')({ name: 42 })).toBe(false)
  })

  it('leave a type without derived types closed to unlisted properties', () => {
    expect(validate('location')({ displayName: 'x', '@odata.type': '#microsoft.graph.location' })).toBe(true)
    expect(validate('location')({ displayName: 'x', contentBytes: 'eA==' })).toBe(false)
  })
})
