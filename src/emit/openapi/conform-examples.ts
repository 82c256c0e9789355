/**
 * Examples as the document's own schemas read them, so that what the document shows is an instance
 * of what it declares:
 * - a value Graph reads as another is shown as that one: an enum value that differs from a member
 *   only in letter case (Graph compares them case-insensitively), a Boolean or number as text:
 *     "body": { "contentType": "HTML" }, "saveToSentItems": "false"
 *       →   "body": { "contentType": "html" }, "saveToSentItems": false
 * - an example that still contradicts its schema (a `"datetime-value"` placeholder where the docs
 *   say DateTimeOffset) is left out: `doc2ts check` reports it against the page.
 * Validation is JSON Schema 2020-12 against `components.schemas` (`schema-refusals.ts`).
 */
import { type Refusal, SchemaReader } from './schema-refusals.js'
import type { MediaTypeObject, OperationObject, PathItemObject, SchemaObject } from './spec.js'

export class ExampleConformer {
  readonly #reader: SchemaReader

  /** `schemas`: the document's `components.schemas`. */
  constructor(schemas: Record<string, SchemaObject>) {
    this.#reader = new SchemaReader(schemas)
  }

  /** `value` as an instance of `schema` (a copy when respelled), or `undefined` when it is none. */
  conform(schema: SchemaObject, value: unknown): { value: unknown } | undefined {
    let current = value
    // Each round respells the values that failed; values inside alternatives (`anyOf`) may
    // only fail once the outer ones are respelled.
    for (let round = 0; round < 4; round++) {
      const refusals = this.#reader.refusals(schema, current)
      if (refusals.length === 0) return { value: current }
      const respelled = respell(current, refusals)
      if (respelled === undefined) return undefined
      current = respelled
    }
    return undefined
  }

  /** `run()`'s result, and the names of the component schemas its conforming read. */
  reading<T>(run: () => T): { result: T; read: Set<string> } {
    return this.#reader.reading(run)
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
function respell(value: unknown, refusals: readonly Refusal[]): unknown {
  const fixes: { path: string[]; canonical: unknown }[] = []
  for (const refusal of refusals) {
    const found = valueAt(value, refusal.path)
    const canonical = typeof found === 'string' ? canonicalOf(found, refusal) : undefined
    if (canonical !== undefined) fixes.push({ path: refusal.path, canonical })
  }
  if (fixes.length === 0) return undefined
  const copy = structuredClone(value)
  for (const { path, canonical } of fixes) setAt(copy, path, canonical)
  return copy
}

/**
 * The value `text` stands for where `refusal` refuses it, as Graph reads requests: an enum member
 * in other letter case (`"Text"` → `"text"`), a Boolean or a number as text (`"false"` → `false`).
 */
function canonicalOf(text: string, refusal: Refusal): unknown {
  if (refusal.keyword === 'enum')
    return refusal.allowed.find((member) => member !== text && member.toLowerCase() === text.toLowerCase())
  if (refusal.keyword !== 'type') return undefined
  const { types } = refusal
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true'
  if ((types.includes('number') || types.includes('integer')) && /^-?\d+(\.\d+)?$/.test(text))
    return Number(text)
  return undefined
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
