/**
 * A body against the response shape of what a route answers, by the OData JSON format:
 * `{ "value": [ … ] }` for a collection, `{ "value": x }` for a primitive or an enum, the object
 * itself for an entity; its values by the judge the doc checks use (`json-against-model.ts`), enum
 * members in any letter case as Graph reads them. Bytes and untyped answers are not judged.
 *   { "status": 5 }  as an upload       → verify-type  /status  Unexpected number 5 for status, expected a …Status member (string)
 *   [ … ]            as a page of them  → verify-shape          Unexpected bare array as response body, expected a collection …
 *
 * Reads: the response shape, the model's types (through `reads`).
 */
import {
  checkJsonValue,
  describeJson,
  type ExpectedValue,
  type TypeQuestions,
  typeName,
  type ValueFault,
} from '../check/json-against-model.js'
import { jsonPointer } from '../check/json-locations.js'
import { isJsonObject } from '../shape/examples.js'
import type { ExampleBody, ResponseShape } from '../shape/operation-shape.js'
import type { Mismatch, VerifyCode } from './mismatch.js'

const VALUE_CODES: Record<ValueFault, VerifyCode> = {
  type: 'verify-type',
  'odata-type': 'verify-type',
  enum: 'verify-enum',
  'unknown-property': 'verify-unknown-property',
  null: 'verify-type',
  format: 'verify-type',
}

/** What a body gets wrong as the answer of `response`. */
export function judgeBody(response: ResponseShape, body: ExampleBody, reads: TypeQuestions): Mismatch[] {
  if (
    response.kind === 'none' ||
    response.kind === 'binary' ||
    (response.kind === 'object' && !response.type)
  )
    return []
  const found: Mismatch[] = []
  const expected = expectation(response)
  if (body.kind !== 'json') {
    found.push({
      code: 'verify-shape',
      message: `Unexpected ${body.kind === 'empty' ? 'empty body' : 'body that is not JSON'}, expected ${expected.said}`,
    })
    return found
  }
  const judge = {
    reads,
    enumCase: 'any' as const,
    report: (fault: ValueFault, path: (string | number)[], message: string) =>
      found.push({ code: VALUE_CODES[fault], message, pointer: jsonPointer(path) }),
  }
  const { value } = body
  if (response.kind === 'object') {
    checkJsonValue(value, expected.value, [], judge)
    return found
  }
  if (
    !isJsonObject(value) ||
    !('value' in value) ||
    (response.kind === 'page' && !Array.isArray(value.value))
  ) {
    const what = Array.isArray(value)
      ? 'bare array'
      : isJsonObject(value) && 'value' in value
        ? `object whose value is ${describeJson(value.value)}`
        : describeJson(value)
    found.push({
      code: 'verify-shape',
      message: `Unexpected ${what} as response body, expected ${expected.said}`,
    })
    return found
  }
  checkJsonValue(value.value, expected.value, ['value'], judge)
  return found
}

/** The value a response carries (under `value` for a page or a value) and how a message says its shape. */
function expectation(response: Exclude<ResponseShape, { kind: 'none' | 'binary' }>): {
  value: ExpectedValue
  said: string
} {
  switch (response.kind) {
    case 'page':
      return {
        value: { type: response.item, collection: true },
        said: `a collection \`{ "value": [ … ] }\` of ${typeName(response.item)}`,
      }
    case 'value':
      return {
        value: { type: response.type, collection: false },
        said: `\`{ "value": … }\` holding a ${typeName(response.type)}`,
      }
    case 'object': {
      const type = response.type ?? { kind: 'unknown', text: 'JSON' }
      return { value: { type, collection: false }, said: `a ${typeName(type)} object` }
    }
  }
}
