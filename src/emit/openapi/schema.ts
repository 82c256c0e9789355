/**
 * Schema Objects: model type references and type definitions → JSON Schema 2020-12 as OpenAPI 3.1
 * embeds it. Types live in `components.schemas` under their qualified name (`microsoft.graph.user`),
 * which matches the component-name grammar `^[a-zA-Z0-9.\-_]+$`.
 */

import { TYPE_ANNOTATION } from '../../format-defaults.js'
import { eitherSchema, enumValuesSchema } from '../../json-schema/type-schema.js'
import type {
  ApiModel,
  EnumTypeDef,
  ObjectTypeDef,
  PrimitiveName,
  PropertyDef,
  TypeDef,
  TypeRef,
  UndocumentedType,
} from '../../model.js'
import { baseTypesOf } from '../../shape/base-types.js'
import { EDM_TEXT_FORMS } from '../../shape/edm-text.js'
import { isNullable } from '../../shape/nullable.js'
import type { SchemaObject } from './spec.js'

/** The property Graph uses to name the concrete type of a value (`#microsoft.graph.fileAttachment`). */

const PRIMITIVES: Record<PrimitiveName, SchemaObject> = {
  String: { type: 'string' },
  Guid: { type: 'string', format: 'uuid' },
  DateTimeOffset: { type: 'string', format: 'date-time' },
  Date: { type: 'string', format: 'date' },
  TimeOfDay: { type: 'string', pattern: EDM_TEXT_FORMS.TimeOfDay.pattern },
  Duration: { type: 'string', pattern: EDM_TEXT_FORMS.Duration.pattern },
  Binary: { type: 'string', contentEncoding: 'base64' },
  Stream: { type: 'string', format: 'binary' },
  Boolean: { type: 'boolean' },
  Byte: { type: 'integer', format: 'uint8' },
  SByte: { type: 'integer', format: 'int8' },
  Int16: { type: 'integer', format: 'int16' },
  Int32: { type: 'integer', format: 'int32' },
  Int64: { type: 'integer', format: 'int64' },
  Single: { type: 'number', format: 'float' },
  Double: { type: 'number', format: 'double' },
  Decimal: { type: 'number', format: 'decimal' },
  Json: {},
}

export function schemaRef(qualifiedName: string): SchemaObject {
  return { $ref: `#/components/schemas/${qualifiedName}` }
}

/** `String` → `{type: 'string'}`; a resolved name → `$ref`; anything unresolved → `{}` (any value). */
export function schemaFromTypeRef(ref: TypeRef): SchemaObject {
  if (ref.kind === 'primitive') return { ...PRIMITIVES[ref.name] }
  if (ref.kind === 'named' && ref.resolved) return schemaRef(ref.resolved)
  return {}
}

/** A value of `ref`, as an array when `collection`, with `null` allowed when `nullable`. */
export function schemaFromValue(ref: TypeRef, collection: boolean, nullable: boolean): SchemaObject {
  return schemaFromValues([ref], collection, nullable)
}

/** A value of any of `refs` (the types a parameter offers, `typesOfParameter`), shaped as
 *  `schemaFromValue` shapes one. */
export function schemaFromValues(
  refs: readonly TypeRef[],
  collection: boolean,
  nullable: boolean,
): SchemaObject {
  const item = refs.map(schemaFromTypeRef).reduce(eitherSchema)
  const value: SchemaObject = collection ? { type: 'array', items: item } : item
  return nullable ? withNull(value) : value
}

/** `{type: 'string'}` → `{type: ['string', 'null']}`; a `$ref` → `anyOf: [ref, {type: 'null'}]`,
 *  an `anyOf` with `{type: 'null'}` among its own. */
function withNull(schema: SchemaObject): SchemaObject {
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] }
  if (schema.type === undefined && schema.$ref === undefined && schema.anyOf === undefined) return schema
  return eitherSchema(schema, { type: 'null' })
}

/** One property of an entity or complex type. */
export function schemaFromProperty(property: PropertyDef): SchemaObject {
  const value = schemaFromValue(property.type, property.collection, isNullable(property))
  const described = property.description === '' ? value : { ...value, description: property.description }
  return {
    ...described,
    ...(property.readOnly && { readOnly: true }),
    ...(property.deprecated && { deprecated: true }),
  }
}

/**
 * An entity or complex type: its own properties, `allOf` with its base type, `@odata.type` (which
 * any value may carry) declared at the root of its hierarchy, and on a type that has derived types
 * a discriminator on `@odata.type` mapping every descendant (and itself, when it is not abstract).
 */
export function schemaFromObjectType(type: ObjectTypeDef, descendants: readonly string[]): SchemaObject {
  const base = type.baseType?.kind === 'named' ? type.baseType.resolved : undefined
  const own: SchemaObject = { type: 'object' }
  const properties: Record<string, SchemaObject> = {}
  if (descendants.length > 0 || !base) properties[TYPE_ANNOTATION] = { type: 'string' }
  for (const property of type.properties) properties[property.name] = schemaFromProperty(property)
  if (Object.keys(properties).length > 0) own.properties = properties
  if (descendants.length > 0) {
    const mapped = type.abstract ? [...descendants] : [type.qualifiedName, ...descendants]
    const mapping: Record<string, string> = {}
    for (const name of mapped.sort()) mapping[`#${name}`] = `#/components/schemas/${name}`
    own.discriminator = { propertyName: TYPE_ANNOTATION, mapping }
  }
  // A derived type that adds nothing is its base alone: an empty `{ type: 'object' }` beside the base
  // reads as an object of no members to generators (openapi-typescript: `& Record<string, never>`).
  const adds = own.properties !== undefined || own.discriminator !== undefined
  const schema: SchemaObject = base ? { allOf: adds ? [schemaRef(base), own] : [schemaRef(base)] } : own
  return type.description === '' ? schema : { ...schema, description: type.description }
}

/** An enum: its member names as a string enum (`enumValuesSchema`). */
export function schemaFromEnumType(type: EnumTypeDef): SchemaObject {
  const schema: SchemaObject = enumValuesSchema(type)
  return type.description === '' ? schema : { ...schema, description: type.description }
}

/** A type the docs reference but never define: any value (an object with any members when used as
 *  a base type: without `additionalProperties` generators read an object of no members). */
export function schemaFromUndocumented(type: UndocumentedType): SchemaObject {
  return {
    ...(type.asBaseType ? { type: 'object', additionalProperties: true } : {}),
    description: `Undocumented: no page of the docs defines ${type.qualifiedName}.`,
    'x-doc2ts-undocumented': true,
  }
}

/** One entry of `components.schemas` to build: a type (with its descendants) or a placeholder. */
export type ComponentSchemaInput =
  | { name: string; type: TypeDef; descendants: readonly string[] }
  | { name: string; undocumented: UndocumentedType }

/** What every entry of `components.schemas` is built from (`componentSchema`), sorted by name. */
export function componentSchemaInputs(model: ApiModel): ComponentSchemaInput[] {
  const descendants = descendantsByBase(model)
  const inputs: ComponentSchemaInput[] = []
  for (const type of Object.values(model.types))
    inputs.push({ name: type.qualifiedName, type, descendants: descendants.get(type.qualifiedName) ?? [] })
  for (const type of Object.values(model.undocumented))
    inputs.push({ name: type.qualifiedName, undocumented: type })
  return inputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

export function componentSchema(input: ComponentSchemaInput): SchemaObject {
  if ('undocumented' in input) return schemaFromUndocumented(input.undocumented)
  return input.type.kind === 'enum'
    ? schemaFromEnumType(input.type)
    : schemaFromObjectType(input.type, input.descendants)
}

/** Every documented object type's transitive descendants, keyed by ancestor, sorted. */
export function descendantsByBase(model: ApiModel): Map<string, string[]> {
  const parent = baseTypesOf(model.types)
  const result = new Map<string, string[]>()
  for (const name of parent.keys()) {
    const seen = new Set<string>([name])
    for (let up = parent.get(name); up !== undefined && !seen.has(up); up = parent.get(up)) {
      seen.add(up)
      if (!(up in model.types)) continue
      const list = result.get(up) ?? []
      list.push(name)
      result.set(up, list)
    }
  }
  for (const list of result.values()) list.sort()
  return result
}
