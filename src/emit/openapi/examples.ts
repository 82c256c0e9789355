/**
 * Example Objects from the page's example blocks: only bodies that parse as JSON (the rest are
 * reported by extract as `invalid-json`). Keys are the annotation's `name`, or `example-N`.
 */
import type { ExampleDef, OperationDef } from '../../model.js'
import type { ExampleObject } from './spec.js'

/** The request examples of `operation` with a JSON body, by key. */
export function requestExamples(operation: OperationDef): Record<string, ExampleObject> {
  return examplesOf(operation.examples.filter((example) => example.kind === 'request'))
}

/** The response examples of `operation` with a JSON body and status `status`, by key. */
export function responseExamples(operation: OperationDef, status: number): Record<string, ExampleObject> {
  return examplesOf(
    operation.examples.filter((example) => example.kind === 'response' && example.status === status),
  )
}

/** Statuses of the response examples (a page may show a `400` besides its documented `200`). */
export function exampleStatuses(operation: OperationDef): number[] {
  const statuses = new Set<number>()
  for (const example of operation.examples)
    if (example.kind === 'response' && example.status !== undefined) statuses.add(example.status)
  return [...statuses].sort((a, b) => a - b)
}

function examplesOf(examples: readonly ExampleDef[]): Record<string, ExampleObject> {
  const result: Record<string, ExampleObject> = {}
  examples.forEach((example, index) => {
    const value = parseBody(example.bodyText)
    if (value === undefined) return
    const named = typeof example.annotation?.name === 'string' ? example.annotation.name : ''
    let key = named === '' ? `example-${index + 1}` : named
    for (let n = 2; key in result; n++) key = `${named === '' ? 'example' : named}-${n}`
    result[key] = { ...(named === '' ? {} : { summary: named }), value }
  })
  return result
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
