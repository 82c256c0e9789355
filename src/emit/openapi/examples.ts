/**
 * Example Objects from the page's example blocks: only bodies that parse as JSON (the rest are
 * reported by extract as `invalid-json`). Keys are the annotation's `name`, or `example-N`.
 *
 * Reads: the operation's shape (examples, parsed once).
 */
import { wireBody } from '../../shape/examples.js'
import type { ExampleShape, OperationShape } from '../../shape/operation-shape.js'
import { shownStatus } from '../../shape/response.js'
import type { ExampleObject } from './spec.js'

/** The request examples of `shape` with a JSON body, by key. */
export function requestExamples(shape: OperationShape): Record<string, ExampleObject> {
  return examplesOf(keyRequestExamples(shape))
}

/** The response examples of `shape` with a JSON body and status `status`, by key; a single entity
 *  the page wraps in `"value"` as the wire carries it. */
export function responseExamples(shape: OperationShape, status: number): Record<string, ExampleObject> {
  const examples = examplesOf(keyResponseExamples(shape, status))
  for (const example of Object.values(examples)) example.value = wireBody(example.value, shape)
  return examples
}

/** The keys of the request examples with a JSON body (the mock answers `Prefer: example=<key>`). */
export function keyRequestExamples(shape: OperationShape): Map<string, ExampleShape> {
  return keyExamples(shape.examples.filter(({ example }) => example.kind === 'request'))
}

/** The keys of the response examples of status `status` with a JSON body. */
export function keyResponseExamples(shape: OperationShape, status: number): Map<string, ExampleShape> {
  return keyExamples(
    shape.examples.filter(
      ({ example }) => example.kind === 'response' && shownStatus(example, shape.response.status) === status,
    ),
  )
}

/** Statuses of the response examples (a page may show a `400` besides its documented `200`). */
export function exampleStatuses(shape: OperationShape): number[] {
  const statuses = new Set<number>()
  for (const { example } of shape.examples)
    if (example.kind === 'response') statuses.add(shownStatus(example, shape.response.status))
  return [...statuses].sort((a, b) => a - b)
}

/** The annotation's `name`, or `example-N` (N counts every example of the list), made unique. */
function keyExamples(examples: readonly ExampleShape[]): Map<string, ExampleShape> {
  const keys = new Map<string, ExampleShape>()
  examples.forEach((shape, index) => {
    if (shape.body.kind !== 'json') return
    const named = nameOf(shape)
    let key = named === '' ? `example-${index + 1}` : named
    for (let n = 2; keys.has(key); n++) key = `${named === '' ? 'example' : named}-${n}`
    keys.set(key, shape)
  })
  return keys
}

function nameOf({ example }: ExampleShape): string {
  return typeof example.annotation?.name === 'string' ? example.annotation.name : ''
}

function examplesOf(keys: ReadonlyMap<string, ExampleShape>): Record<string, ExampleObject> {
  const result: Record<string, ExampleObject> = {}
  for (const [key, shape] of keys) {
    if (shape.body.kind !== 'json') continue
    const named = nameOf(shape)
    result[key] = { ...(named === '' ? {} : { summary: named }), value: shape.body.value }
  }
  return result
}
