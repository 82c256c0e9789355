/**
 * Where a JSON value is not an instance of a schema the emitter wrote: JSON Schema 2020-12 read
 * directly (not compiled), for the keywords `SchemaObject` allows; the rest of it (`description`,
 * `readOnly`, `discriminator`, `contentEncoding`…) only annotates. Formats are those of
 * RFC 3339 / RFC 4122 as `ajv-formats` defines them (`date-time`, `uuid`, `int32`…); other formats
 * (`uint8`, `decimal`) are not checked.
 *   { "contentType": "Text" }  against  { properties: { contentType: { $ref: bodyType } } }
 *     → [{ path: ['contentType'], keyword: 'enum', allowed: ['text', 'html'] }]
 * Why not a compiling validator: each example is checked once, and compiling the schema graph
 * one example reaches (a user reaches hundreds of types) costs seconds on a large API.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js'
import type { SchemaObject } from './spec.js'

/** One refusal, at the members' path from the value's root. */
export type Refusal =
  | { path: string[]; keyword: 'type'; types: string[] }
  | { path: string[]; keyword: 'enum'; allowed: readonly string[] }
  | { path: string[]; keyword: 'format' | 'pattern' | 'required' | 'additionalProperties' | 'anyOf' }

const SCHEMAS = '#/components/schemas/'

export class SchemaReader {
  readonly #patterns = new Map<string, RegExp>()
  /** The names of the schemas `$ref`s led to, while `reading` records them. */
  #read: Set<string> | undefined

  /** `schemas`: the document's `components.schemas`, which `$ref`s name. */
  constructor(private readonly schemas: Readonly<Record<string, SchemaObject>>) {}

  /** The refusals of `value` against `schema`: none when it is an instance. */
  refusals(schema: SchemaObject, value: unknown): Refusal[] {
    const found: Refusal[] = []
    this.#check(schema, value, [], found)
    return found
  }

  /** `run()`'s result, and the names of the schemas it read through `$ref`s: nothing else it
   *  reads of the document. */
  reading<T>(run: () => T): { result: T; read: Set<string> } {
    const outer = this.#read
    const read = new Set<string>()
    this.#read = read
    try {
      return { result: run(), read }
    } finally {
      this.#read = outer
    }
  }

  #check(schema: SchemaObject, value: unknown, path: string[], found: Refusal[]): void {
    if (schema.$ref !== undefined) this.#check(this.#resolve(schema.$ref), value, path, found)
    for (const part of schema.allOf ?? []) this.#check(part, value, path, found)
    if (schema.anyOf) this.#checkAnyOf(schema.anyOf, value, path, found)
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type
    if (types && !types.some((type) => isOfType(value, type))) found.push({ path, keyword: 'type', types })
    if (schema.enum && !schema.enum.includes(value as string))
      found.push({ path, keyword: 'enum', allowed: schema.enum })
    // Each keyword below applies only to values of its own JSON type, whatever `type` says.
    if (
      typeof value === 'string' &&
      schema.pattern !== undefined &&
      !this.#pattern(schema.pattern).test(value)
    )
      found.push({ path, keyword: 'pattern' })
    if (
      (typeof value === 'string' || typeof value === 'number') &&
      schema.format !== undefined &&
      !formatHolds(schema.format, value)
    )
      found.push({ path, keyword: 'format' })
    if (Array.isArray(value)) {
      if (schema.items)
        for (const [index, item] of value.entries())
          this.#check(schema.items, item, [...path, String(index)], found)
    } else if (typeof value === 'object' && value !== null) this.#checkMembers(schema, value, path, found)
  }

  #checkAnyOf(options: readonly SchemaObject[], value: unknown, path: string[], found: Refusal[]): void {
    const refused: Refusal[] = []
    for (const option of options) {
      const own: Refusal[] = []
      this.#check(option, value, path, own)
      if (own.length === 0) return
      refused.push(...own)
    }
    found.push(...refused, { path, keyword: 'anyOf' })
  }

  #checkMembers(schema: SchemaObject, value: object, path: string[], found: Refusal[]): void {
    for (const name of schema.required ?? [])
      if (!Object.hasOwn(value, name)) found.push({ path, keyword: 'required' })
    const properties = schema.properties ?? {}
    for (const [name, member] of Object.entries(value)) {
      const property = Object.hasOwn(properties, name) ? properties[name] : undefined
      if (property) this.#check(property, member, [...path, name], found)
      else if (schema.additionalProperties === false)
        found.push({ path: [...path, name], keyword: 'additionalProperties' })
    }
  }

  #resolve(ref: string): SchemaObject {
    const name = ref.startsWith(SCHEMAS) ? ref.slice(SCHEMAS.length) : undefined
    if (name !== undefined) this.#read?.add(name)
    const schema = name !== undefined && Object.hasOwn(this.schemas, name) ? this.schemas[name] : undefined
    // The emitter writes a reference only to a schema it writes: anything else is its bug.
    if (!schema) throw new Error(`no schema for $ref ${ref}`)
    return schema
  }

  #pattern(source: string): RegExp {
    let pattern = this.#patterns.get(source)
    if (!pattern) {
      pattern = new RegExp(source, 'u')
      this.#patterns.set(source, pattern)
    }
    return pattern
  }
}

function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    case 'integer':
      return Number.isInteger(value)
    default:
      return typeof value === type
  }
}

/** How `ajv-formats` checks the format `name`, and the JSON type it applies to; undefined for a
 *  format it does not check. */
function formatCheck(name: string): { type: string; holds(value: never): boolean } | undefined {
  const format = Object.hasOwn(fullFormats, name) ? fullFormats[name as keyof typeof fullFormats] : undefined
  if (format === undefined || typeof format === 'boolean' || typeof format === 'string') return undefined
  if (format instanceof RegExp) return { type: 'string', holds: (text: string) => format.test(text) }
  if (typeof format === 'function') return { type: 'string', holds: format }
  const { validate } = format
  const holds = validate instanceof RegExp ? (text: string) => validate.test(text) : validate
  return { type: format.type ?? 'string', holds: holds as (value: never) => boolean }
}

function formatHolds(name: string, value: string | number): boolean {
  const check = formatCheck(name)
  return check?.type !== typeof value || check.holds(value as never)
}
