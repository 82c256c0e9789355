import { describe, expect, it } from 'vitest'
import { schemaFromObjectType, schemaFromValue } from '../../src/emit/openapi/schema.js'
import type { ObjectTypeDef, PropertyDef, TypeRef } from '../../src/model.js'

const at = { file: 'resources/x.md', line: 1, column: 1 }
const user: TypeRef = { kind: 'named', name: 'user', resolved: 'microsoft.graph.user' }

describe('schemaFromValue', () => {
  const cases: [string, TypeRef, boolean, boolean, object][] = [
    ['string', { kind: 'primitive', name: 'String' }, false, false, { type: 'string' }],
    [
      'nullable date',
      { kind: 'primitive', name: 'DateTimeOffset' },
      false,
      true,
      { type: ['string', 'null'], format: 'date-time' },
    ],
    ['int64', { kind: 'primitive', name: 'Int64' }, false, false, { type: 'integer', format: 'int64' }],
    ['reference', user, false, false, { $ref: '#/components/schemas/microsoft.graph.user' }],
    [
      'nullable reference',
      user,
      false,
      true,
      { anyOf: [{ $ref: '#/components/schemas/microsoft.graph.user' }, { type: 'null' }] },
    ],
    [
      'collection',
      user,
      true,
      false,
      { type: 'array', items: { $ref: '#/components/schemas/microsoft.graph.user' } },
    ],
    ['unresolved', { kind: 'named', name: 'nowhere' }, false, true, {}],
    ['unknown', { kind: 'unknown', text: '??' }, false, false, {}],
  ]
  it.each(cases)('%s', (_, ref, collection, nullable, expected) => {
    expect(schemaFromValue(ref, collection, nullable)).toEqual(expected)
  })
})

describe('schemaFromObjectType', () => {
  const type: ObjectTypeDef = {
    kind: 'entity',
    name: 'attachment',
    namespace: 'microsoft.graph',
    qualifiedName: 'microsoft.graph.attachment',
    baseType: { kind: 'named', name: 'entity', resolved: 'microsoft.graph.entity' },
    abstract: true,
    openType: false,
    description: 'A file or item attached.',
    properties: [
      {
        name: 'size',
        type: { kind: 'primitive', name: 'Int32' },
        collection: false,
        readOnly: true,
        relationship: false,
        description: 'Size in bytes.',
        position: at,
      },
    ],
    methods: [],
    files: ['resources/attachment.md'],
    targets: [],
    position: at,
  }

  it('inherits with allOf and discriminates descendants on @odata.type', () => {
    expect(schemaFromObjectType(type, ['microsoft.graph.fileAttachment'])).toEqual({
      allOf: [
        { $ref: '#/components/schemas/microsoft.graph.entity' },
        {
          type: 'object',
          properties: {
            '@odata.type': { type: 'string' },
            // Silent docs: nullable, as Graph's properties are.
            size: {
              type: ['integer', 'null'],
              format: 'int32',
              description: 'Size in bytes.',
              readOnly: true,
            },
          },
          discriminator: {
            propertyName: '@odata.type',
            mapping: {
              '#microsoft.graph.fileAttachment': '#/components/schemas/microsoft.graph.fileAttachment',
            },
          },
        },
      ],
      description: 'A file or item attached.',
    })
  })

  it('maps a concrete base type to itself as well', () => {
    const concrete = schemaFromObjectType({ ...type, abstract: false, baseType: undefined }, [
      'microsoft.graph.fileAttachment',
    ])
    expect(Object.keys(concrete.discriminator?.mapping ?? {})).toEqual([
      '#microsoft.graph.attachment',
      '#microsoft.graph.fileAttachment',
    ])
  })

  it('makes a derived type that adds no property its base alone, not an object of no members', () => {
    // resources/intune-mam-androidmanagedappregistration.md: "Inherits from [managedAppRegistration]…",
    // every row of its Properties table "Inherited from [managedAppRegistration]…".
    const registration = schemaFromObjectType(
      {
        ...type,
        name: 'androidManagedAppRegistration',
        qualifiedName: 'microsoft.graph.androidManagedAppRegistration',
        baseType: {
          kind: 'named',
          name: 'managedAppRegistration',
          resolved: 'microsoft.graph.managedAppRegistration',
        },
        abstract: false,
        properties: [],
        description: '',
      },
      [],
    )
    expect(registration).toEqual({
      allOf: [{ $ref: '#/components/schemas/microsoft.graph.managedAppRegistration' }],
    })
  })

  it('declares @odata.type at the root of a hierarchy, and null only where the docs allow it', () => {
    const [size] = type.properties
    const root = schemaFromObjectType(
      { ...type, baseType: undefined, properties: [{ ...(size as PropertyDef), nullable: false }] },
      [],
    )
    expect(root).toEqual({
      type: 'object',
      properties: {
        '@odata.type': { type: 'string' },
        size: { type: 'integer', format: 'int32', description: 'Size in bytes.', readOnly: true },
      },
      description: 'A file or item attached.',
    })
  })
})
