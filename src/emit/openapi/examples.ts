/**
 * Example Objects from the page's example blocks: only bodies that parse as JSON (the rest are
 * reported by extract as `invalid-json`). Keys are the annotation's `name`, or `example-N`.
 *
 * Reads: the operation's shape (examples, parsed once).
 */
import { unwrapSingleEntity } from '../../shape/examples.js'
import type { ExampleShape, OperationShape } from '../../shape/operation-shape.js'
import type { ExampleObject } from './spec.js'

/** The request examples of `shape` with a JSON body, by key. */
export function requestExamples(shape: OperationShape): Record<string, ExampleObject> {
  return examplesOf(shape.examples.filter(({ example }) => example.kind === 'request'))
}

/** The response examples of `shape` with a JSON body and status `status`, by key; a single entity
 *  the page wraps in `"value"` as the wire carries it. */
export function responseExamples(shape: OperationShape, status: number): Record<string, ExampleObject> {
  const examples = examplesOf(
    shape.examples.filter(({ example }) => example.kind === 'response' && example.status === status),
  )
  for (const example of Object.values(examples)) example.value = unwrapSingleEntity(example.value, shape)
  return examples
}

/** Statuses of the response examples (a page may show a `400` besides its documented `200`). */
export function exampleStatuses(shape: OperationShape): number[] {
  const statuses = new Set<number>()
  for (const { example } of shape.examples)
    if (example.kind === 'response' && example.status !== undefined) statuses.add(example.status)
  return [...statuses].sort((a, b) => a - b)
}

function examplesOf(examples: readonly ExampleShape[]): Record<string, ExampleObject> {
  const result: Record<string, ExampleObject> = {}
  examples.forEach(({ example, body }, index) => {
    if (body.kind !== 'json') return
    const named = typeof example.annotation?.name === 'string' ? example.annotation.name : ''
    let key = named === '' ? `example-${index + 1}` : named
    for (let n = 2; key in result; n++) key = `${named === '' ? 'example' : named}-${n}`
    result[key] = { ...(named === '' ? {} : { summary: named }), value: body.value }
  })
  return result
}
