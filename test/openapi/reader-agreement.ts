/**
 * The example reader of the OpenAPI emitter (`SchemaReader`) against Ajv, a compiling JSON Schema
 * 2020-12 validator with the same formats: on each example of a document and on values near each
 * (a member respelled, retyped, nulled or added), both must accept or both refuse.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { expect } from 'vitest'
import { SchemaReader } from '../../src/emit/openapi/schema-refusals.js'
import type { SchemaObject } from '../../src/emit/openapi/spec.js'

interface Media {
  schema: SchemaObject
  examples?: Record<string, { value: unknown }>
}
interface Document {
  components: { schemas: Record<string, SchemaObject> }
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, Media> }
        responses?: Record<string, { content?: Record<string, Media> }>
      }
    >
  >
}

/** How many values were compared, and how many both refused; fails on the first disagreement. */
export function agreementWithAjv(document: Document): { compared: number; refused: number } {
  const schemas = document.components.schemas
  const id = 'https://doc2ts.invalid/openapi.json'
  const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true, logger: false })
  addFormats.default(ajv)
  ajv.addSchema({ $id: id, components: { schemas } })
  const reader = new SchemaReader(schemas)
  let compared = 0
  let refused = 0
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item))
      for (const body of [operation.requestBody, ...Object.values(operation.responses ?? {})])
        for (const media of Object.values(body?.content ?? {})) {
          if (!media.examples) continue
          const text = JSON.stringify(media.schema).replaceAll('"#/components/', `"${id}#/components/`)
          const validate = ajv.compile(JSON.parse(text))
          for (const example of Object.values(media.examples))
            for (const value of variants(example.value)) {
              const valid = validate(value)
              expect(reader.refusals(media.schema, value).length === 0, JSON.stringify(value)).toBe(valid)
              compared++
              if (!valid) refused++
            }
        }
  return { compared, refused }
}

/** Values near `value`: each member respelled, retyped or nulled, one at a time. */
function variants(value: unknown): unknown[] {
  const found: unknown[] = [value]
  const visit = (current: unknown, replace: (next: unknown) => unknown) => {
    if (Array.isArray(current)) {
      for (const [index, item] of current.entries())
        visit(item, (next) => replace(current.map((other, at) => (at === index ? next : other))))
      return
    }
    if (typeof current === 'object' && current !== null) {
      for (const [name, member] of Object.entries(current))
        visit(member, (next) => replace({ ...current, [name]: next }))
      found.push(replace({ ...current, zzUnknownMember: 1 }))
      return
    }
    found.push(replace(null), replace(typeof current === 'string' ? 7 : String(current)))
    if (typeof current === 'string') found.push(replace(current.toUpperCase()), replace(`${current}x`))
  }
  visit(value, (next) => next)
  return found
}
