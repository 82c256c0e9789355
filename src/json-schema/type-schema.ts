/**
 * Model types → JSON Schema (draft-07, as Fastify's Ajv reads it), pure and shared by the server
 * emitter and any other consumer (OpenAPI). References between types go through one definitions
 * document: `{ $ref: '<id>#/definitions/<qualified name>' }`.
 *
 * Reads: `TypeRef`s and `TypeDef`s of the linked `ApiModel`.
 */

import type {
  ApiModel,
  EnumTypeDef,
  ObjectTypeDef,
  PrimitiveName,
  PropertyDef,
  TypeDef,
  TypeRef,
} from '../model.js'
import { escapeRegExp } from '../reg-exp-text.js'
import { baseTypesOf } from '../shape/base-types.js'
import { EDM_TEXT_FORMS } from '../shape/edm-text.js'
import { isNullable } from '../shape/nullable.js'

export type JsonSchema = { [key: string]: unknown }

/** The `$id` of the shared definitions document (`doc2ts#/definitions/microsoft.graph.user`). */
export const DEFINITIONS_ID = 'doc2ts'

/** Keys with `@` are OData annotations (`@odata.type`, `manager@odata.bind`): always allowed. */
export const ANNOTATION_KEYS = '@'

/** The primitives JSON carries as text, in their lexical form (`edm-text.ts`, as openapi.json and
 *  the doc checks read them): `"yesterday"` is no DateTimeOffset. */
const textForm = (name: keyof typeof EDM_TEXT_FORMS): JsonSchema => ({
  type: 'string',
  pattern: EDM_TEXT_FORMS[name].pattern,
})

/** A number OData writes as a string: `NaN`, `INF`, `-INF`, or digits (big decimals). */
const NUMBER_TEXT = '^(NaN|-?INF|-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?)$'

const PRIMITIVE_SCHEMA: Record<PrimitiveName, JsonSchema> = {
  String: { type: 'string' },
  Guid: textForm('Guid'),
  DateTimeOffset: textForm('DateTimeOffset'),
  Date: textForm('Date'),
  TimeOfDay: textForm('TimeOfDay'),
  Duration: textForm('Duration'),
  Binary: { type: 'string' },
  Boolean: { type: 'boolean' },
  Int16: { type: 'integer' },
  Int32: { type: 'integer' },
  Int64: { type: 'integer' },
  Byte: { type: 'integer' },
  SByte: { type: 'integer' },
  // OData writes `NaN`, `INF` and big decimals as strings (a pattern constrains strings only).
  Single: { type: ['number', 'string'], pattern: NUMBER_TEXT },
  Double: { type: ['number', 'string'], pattern: NUMBER_TEXT },
  Decimal: { type: ['number', 'string'], pattern: NUMBER_TEXT },
  Stream: {},
  Json: {},
}

/** The schema of one value of `ref` (not a collection, not nullable). Unknown types accept anything. */
export function schemaForTypeRef(ref: TypeRef, model: ApiModel): JsonSchema {
  if (ref.kind === 'primitive') return { ...PRIMITIVE_SCHEMA[ref.name] }
  if (ref.kind === 'unknown' || !ref.resolved || !model.types[ref.resolved]) return {}
  return { $ref: definitionRef(ref.resolved) }
}

export function definitionRef(qualifiedName: string): string {
  return `${DEFINITIONS_ID}#/definitions/${qualifiedName}`
}

/** `schema`, as an array when `collection`, accepting `null` when `nullable`. */
export function withShape(schema: JsonSchema, collection: boolean, nullable: boolean): JsonSchema {
  const shaped = collection ? { type: 'array', items: schema } : schema
  if (!nullable || Object.keys(shaped).length === 0) return shaped
  const type = shaped.type
  if (typeof type === 'string' && !shaped.enum) return { ...shaped, type: [type, 'null'] }
  if (Array.isArray(type) && !shaped.enum) return { ...shaped, type: [...type, 'null'] }
  return { anyOf: [shaped, { type: 'null' }] }
}

/** A schema accepting values of `a` or `b` (of JSON Schema or OpenAPI's Schema Objects); `{}`
 *  (anything) absorbs the other. */
export function eitherSchema<Schema extends object>(a: Schema, b: Schema): Schema {
  if (Object.keys(a).length === 0 || Object.keys(b).length === 0) return {} as Schema
  const options = (schema: Schema): Schema[] => {
    const { anyOf } = schema as { anyOf?: Schema[] }
    return anyOf && Object.keys(schema).length === 1 ? anyOf : [schema]
  }
  const all: Schema[] = []
  for (const option of [...options(a), ...options(b)])
    if (!all.some((known) => JSON.stringify(known) === JSON.stringify(option))) all.push(option)
  return (all.length === 1 && all[0] ? all[0] : { anyOf: all }) as Schema
}

export function schemaForProperty(property: PropertyDef, model: ApiModel): JsonSchema {
  return withShape(schemaForTypeRef(property.type, model), property.collection, isNullable(property))
}

/** Own and inherited properties, base first; a derived property replaces a base one of the same name. */
export function flattenProperties(type: ObjectTypeDef, model: ApiModel): PropertyDef[] {
  const chain: ObjectTypeDef[] = []
  const seen = new Set<string>()
  for (let current: TypeDef | undefined = type; current && current.kind !== 'enum'; ) {
    if (seen.has(current.qualifiedName)) break
    seen.add(current.qualifiedName)
    chain.unshift(current)
    const base: TypeRef | undefined = current.baseType
    current = base?.kind === 'named' && base.resolved ? model.types[base.resolved] : undefined
  }
  const byName = new Map<string, PropertyDef>()
  for (const link of chain) for (const property of link.properties) byName.set(property.name, property)
  return [...byName.values()]
}

/**
 * Whether a body of `type` may carry properties the docs do not list: open types, types with
 * derived types (a derived `@odata.type` brings its own properties) and types whose base chain
 * leaves the documented tree are open; every other type is closed.
 */
export function acceptsUnlistedProperties(
  type: ObjectTypeDef,
  model: ApiModel,
  derived: Set<string>,
): boolean {
  if (type.openType || type.abstract || derived.has(type.qualifiedName)) return true
  for (let base = type.baseType; base; ) {
    if (base.kind !== 'named' || !base.resolved) return true
    const next = model.types[base.resolved]
    if (!next || next.kind === 'enum') return true
    base = next.baseType
  }
  return false
}

/** Qualified names of the types some other type derives from. */
export function collectBaseTypes(model: ApiModel): Set<string> {
  return new Set(baseTypesOf(model.types).values())
}

/** An object schema from properties: `required` names (each once, as JSON Schema demands: a create
 *  page's tables for two derived types may both list `displayName`), closed or open to unlisted keys. */
export function objectSchema(
  properties: readonly { name: string; schema: JsonSchema }[],
  required: readonly string[],
  open: boolean,
): JsonSchema {
  const schema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(properties.map((p) => [p.name, p.schema])),
  }
  if (required.length > 0) schema.required = [...new Set(required)]
  if (!open) {
    schema.patternProperties = { [ANNOTATION_KEYS]: {} }
    schema.additionalProperties = false
  }
  return schema
}

/** An enum's values: one of its members; of a flags enum, also several of them, comma-separated
 *  (`"password,sms"`, `"password, sms"`). */
export function enumValuesSchema(
  type: EnumTypeDef,
): { type: 'string'; enum: string[] } | { anyOf: object[] } {
  const names = type.members.map((member) => member.name)
  const single = { type: 'string' as const, enum: names }
  if (!type.flags || names.length === 0) return single
  const member = `(?:${names.map(escapeRegExp).join('|')})`
  return { anyOf: [single, { type: 'string', pattern: `^${member}(?:\\s*,\\s*${member})+$` }] }
}

/** The definition of one type: enums as string enums, object types with all their properties. */
export function definitionForType(type: TypeDef, model: ApiModel, derived: Set<string>): JsonSchema {
  if (type.kind === 'enum') return enumValuesSchema(type)
  const properties = flattenProperties(type, model).map((p) => ({
    name: p.name,
    schema: schemaForProperty(p, model),
  }))
  return objectSchema(properties, [], acceptsUnlistedProperties(type, model, derived))
}

/** Every type of the model as `{ $id, definitions }`, keyed and sorted by qualified name. */
export function definitionsForModel(model: ApiModel): JsonSchema {
  return {
    $id: DEFINITIONS_ID,
    definitions: eachDefinition(model, (type, bases) => definitionForType(type, model, bases)),
  }
}

/** `make` of each type (given the names of the base types), keyed and sorted by qualified name,
 *  as `definitionsForModel` lists them. */
export function eachDefinition<D>(
  model: ApiModel,
  make: (type: TypeDef, bases: Set<string>) => D,
): Record<string, D> {
  const bases = collectBaseTypes(model)
  const definitions: Record<string, D> = {}
  for (const name of Object.keys(model.types).sort()) {
    const type = model.types[name]
    if (type) definitions[name] = make(type, bases)
  }
  return definitions
}
