/**
 * Examples as the document's own schemas read them, so that what the document shows is an instance
 * of what it declares:
 * - a value Graph reads as another is shown as that one: an enum value that differs from a member
 *   only in letter case (Graph compares them case-insensitively), a Boolean or number as text:
 *     "body": { "contentType": "HTML" }, "saveToSentItems": "false"
 *       →   "body": { "contentType": "html" }, "saveToSentItems": false
 * - an example that still contradicts its schema (a `"datetime-value"` placeholder where the docs
 *   say DateTimeOffset) is left out: `doc2ts check` reports it against the page.
 * Validation is JSON Schema 2020-12 with the formats of RFC 3339 and RFC 4122 (`date-time`,
 * `uuid`…), against `components.schemas`. The validator is made when first asked: a run whose
 * path items all come from the memo builds none.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { MediaTypeObject, OperationObject, PathItemObject, SchemaObject } from './spec.js'

/** The `$id` the components are known by while validating. */
const DOCUMENT_ID = 'https://doc2ts.invalid/openapi.json'
const LOCAL_REF = '"#/components/'

export class ExampleConformer {
  readonly #schemas: Record<string, SchemaObject>
  #ajv: Ajv2020 | undefined
  readonly #validators = new Map<string, ValidateFunction>()

  /** `schemas`: the document's `components.schemas`. */
  constructor(schemas: Record<string, SchemaObject>) {
    this.#schemas = schemas
  }

  /** `value` as an instance of `schema` (a copy when respelled), or `undefined` when it is none. */
  conform(schema: SchemaObject, value: unknown): { value: unknown } | undefined {
    const validate = this.#validator(schema)
    let current = value
    // Each round respells the values that failed; values inside alternatives (`anyOf`) may
    // only fail once the outer ones are respelled.
    for (let round = 0; round < 4; round++) {
      if (validate(current)) return { value: current }
      const respelled = respell(current, validate.errors ?? [])
      if (respelled === undefined) return undefined
      current = respelled
    }
    return undefined
  }

  #validator(schema: SchemaObject): ValidateFunction {
    const text = JSON.stringify(schema)
    let validate = this.#validators.get(text)
    if (!validate) {
      validate = this.#instance().compile(
        JSON.parse(text.replaceAll(LOCAL_REF, `"${DOCUMENT_ID}#/components/`)),
      )
      this.#validators.set(text, validate)
    }
    return validate
  }

  #instance(): Ajv2020 {
    if (!this.#ajv) {
      // Not strict: OpenAPI's own keywords (`discriminator`, `x-…`) and formats (`int32`) are annotations.
      this.#ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true, logger: false })
      addFormats.default(this.#ajv)
      this.#ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: this.#schemas } })
    }
    return this.#ajv
  }
}

/** Every example of the path item's operations conformed (see the module comment). */
export function conformPathItem(item: PathItemObject, conformer: ExampleConformer): PathItemObject {
  const result: PathItemObject = {}
  for (const [method, operation] of Object.entries(item) as [keyof PathItemObject, OperationObject][])
    result[method] = conformOperation(operation, conformer)
  return result
}

function conformOperation(operation: OperationObject, conformer: ExampleConformer): OperationObject {
  const result = { ...operation }
  if (operation.requestBody)
    result.requestBody = {
      ...operation.requestBody,
      content: conformContent(operation.requestBody.content, conformer),
    }
  result.responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      'content' in response && response.content
        ? { ...response, content: conformContent(response.content, conformer) }
        : response,
    ]),
  )
  return result
}

function conformContent(
  content: Record<string, MediaTypeObject>,
  conformer: ExampleConformer,
): Record<string, MediaTypeObject> {
  const result: Record<string, MediaTypeObject> = {}
  for (const [mediaType, media] of Object.entries(content)) {
    if (!media.examples) {
      result[mediaType] = media
      continue
    }
    const examples: NonNullable<MediaTypeObject['examples']> = {}
    for (const [name, example] of Object.entries(media.examples)) {
      const conformed = conformer.conform(media.schema, example.value)
      if (conformed) examples[name] = { ...example, value: conformed.value }
    }
    result[mediaType] =
      Object.keys(examples).length === 0 ? { schema: media.schema } : { schema: media.schema, examples }
  }
  return result
}

/** A copy of `value` with each refused value that is a spelling of an allowed one respelled, or
 *  `undefined` when no refusal is of that kind. */
function respell(value: unknown, errors: readonly ErrorObject[]): unknown {
  const fixes: { path: string[]; canonical: unknown }[] = []
  for (const error of errors) {
    const path = pointerSegments(error.instancePath)
    const found = valueAt(value, path)
    const canonical = typeof found === 'string' ? canonicalOf(found, error) : undefined
    if (canonical !== undefined) fixes.push({ path, canonical })
  }
  if (fixes.length === 0) return undefined
  const copy = structuredClone(value)
  for (const { path, canonical } of fixes) setAt(copy, path, canonical)
  return copy
}

/**
 * The value `text` stands for where `error` refuses it, as Graph reads requests: an enum member in
 * other letter case (`"Text"` → `"text"`), a Boolean or a number as text (`"false"` → `false`).
 */
function canonicalOf(text: string, error: ErrorObject): unknown {
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? []
    return allowed.find(
      (member) =>
        typeof member === 'string' && member !== text && member.toLowerCase() === text.toLowerCase(),
    )
  }
  if (error.keyword !== 'type') return undefined
  const types = String((error.params as { type?: unknown }).type).split(',')
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true'
  if ((types.includes('number') || types.includes('integer')) && /^-?\d+(\.\d+)?$/.test(text))
    return Number(text)
  return undefined
}

/** `/value/0/body` → `['value', '0', 'body']` (JSON Pointer, RFC 6901). */
function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

function setAt(value: unknown, path: readonly string[], canonical: unknown): void {
  const parent = valueAt(value, path.slice(0, -1))
  const last = path[path.length - 1]
  if (last !== undefined && typeof parent === 'object' && parent !== null)
    (parent as Record<string, unknown>)[last] = canonical
}
