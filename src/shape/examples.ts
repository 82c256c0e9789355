/**
 * The examples of an operation with their bodies parsed once (strict JSON, as the wire carries
 * it): absent, a value, or a fault placed at the body's first line. Keys `__proto__` stay own data.
 *   ```http
 *   HTTP/1.1 200 OK
 *   Content-type: application/json
 *
 *   { "value": "red" }                  → { kind: 'json', value: { value: 'red' } }
 *
 * Reads: `OperationDef.examples`.
 */
import type { ExampleDef, OperationDef } from '../model.js'
import type { ExampleBody, ExampleShape } from './operation-shape.js'

export function shapeExamples(operation: OperationDef): ExampleShape[] {
  return operation.examples.map((example) => ({ example, body: shapeExampleBody(example) }))
}

export function shapeExampleBody(example: ExampleDef): ExampleBody {
  const text = example.bodyText
  if (text === undefined || text.trim() === '') return { kind: 'empty' }
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown }
  } catch (error) {
    return {
      kind: 'fault',
      message: (error as Error).message,
      line: example.bodyLine ?? example.position.line,
    }
  }
}
