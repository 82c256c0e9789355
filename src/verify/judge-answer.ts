/**
 * A service's answer to a replayed example, judged by the model: the documented status, then the
 * body by the wire shape of what the route answers (`{ "value": [ … ] }` for a collection,
 * `{ "value": x }` for a primitive or an enum, the object itself for an entity), its values by the
 * judge the doc checks use (`json-against-model.ts`), enum members in any letter case as Graph
 * reads them. A path several pages document agrees when the answer fits any of them.
 * Where the docs' own response example shows the same fault (its body contradicts the page's
 * declared type, its status the page's, its path every documented route), the finding is the
 * docs' (`verify-docs-contradiction`), not the service's.
 *   GET /x/{id} → 200 { "status": 5 }    → verify-type  /status  Unexpected number 5 for status, expected a …Status member (string)
 *   GET /x      → 200 [ … ]              → verify-shape          Unexpected array as response body, expected …
 *
 * Reads: the planned request (its shape and examples), the model's routes and types.
 */
import {
  checkJsonValue,
  checkRequestJson,
  describeJson,
  type ExpectedValue,
  isJsonObject,
  type TypeQuestions,
  typeName,
  type ValueFault,
} from '../check/json-against-model.js'
import { jsonPointer } from '../check/json-locations.js'
import type { ApiShape } from '../shape/api-shape.js'
import { requestPathOf, shapeBodyText, shapeExampleBody, unwrapSingleEntity } from '../shape/examples.js'
import type { ExampleBody, OperationShape, ResponseShape } from '../shape/operation-shape.js'
import { shapeOfRoute } from '../shape/route-property.js'
import type { RouteIndex } from './answering-pages.js'
import type { PlannedRequest } from './plan-requests.js'
import type { Answer } from './send-requests.js'

export type VerifyCode =
  | 'verify-status'
  | 'verify-type'
  | 'verify-enum'
  | 'verify-shape'
  | 'verify-unknown-property'
  | 'verify-unreachable'
  | 'verify-docs-contradiction'

/** One disagreement, before it is placed at its example. `pointer`: where in the answer's body. */
export interface Mismatch {
  code: VerifyCode
  message: string
  pointer?: string
}

const VALUE_CODES: Record<ValueFault, VerifyCode> = {
  type: 'verify-type',
  'odata-type': 'verify-type',
  enum: 'verify-enum',
  'unknown-property': 'verify-unknown-property',
  null: 'verify-type',
  format: 'verify-type',
}

export interface JudgeContext {
  api: ApiShape
  routes: RouteIndex
  reads: TypeQuestions
}

export function judgeAnswer(planned: PlannedRequest, answer: Answer, context: JudgeContext): Mismatch[] {
  if ('error' in answer) return [{ code: 'verify-unreachable', message: `No answer: ${answer.error}` }]
  const where = `${planned.request.position.file}:${planned.request.position.line}`
  const path = requestPathOf(planned.target)
  const answering = context.routes.answering(planned.method, path)
  const own = planned.shape
  // The responses the service may give: those of the pages that answer the path (its own first).
  const responses =
    answering.length === 0
      ? [own.response]
      : answering
          .sort((a, b) => Number(b.operation === own.operation) - Number(a.operation === own.operation))
          .map(
            ({ operation, route }) =>
              shapeOfRoute(context.api.of(operation), route, context.api.model).response,
          )
  const documented = planned.response?.example.status
  const declared = (responses[0] as ResponseShape).status || 200
  const statuses = new Set([
    ...responses.map((response) => response.status || 200),
    ...(documented ? [documented] : []),
  ])
  if (!statuses.has(answer.status)) {
    const message = `Unexpected status ${answer.status}, expected ${[...statuses].join(' or ')}${graphErrorOf(answer.text)}`
    if (answering.length === 0)
      return [
        {
          code: 'verify-docs-contradiction',
          message: `${message}: the example's path (${where}) matches none of the documented routes`,
        },
      ]
    const shownAt = answering
      .flatMap(({ operation }) => context.api.of(operation).examples)
      .find(({ example }) => example.kind === 'response' && example.status === answer.status)
      ?.example.position
    if (shownAt)
      return [
        {
          code: 'verify-docs-contradiction',
          message: `${message}, as the docs' response example at ${shownAt.file}:${shownAt.line} answers (example of ${where})`,
        },
      ]
    const refusal =
      answer.status >= 400 && answer.status < 500 ? requestFault(planned, context.reads) : undefined
    if (refusal)
      return [
        {
          code: 'verify-docs-contradiction',
          message: `${message}: the docs' own request at ${where} does not fit the documented request body (${refusal})`,
        },
      ]
    return [{ code: 'verify-status', message }]
  }
  const found: Mismatch[] = []
  if (documented !== undefined && documented !== declared && documented < 300 && declared < 300)
    found.push({
      code: 'verify-docs-contradiction',
      message: `The example at ${where} answers ${documented}, the page declares ${declared}`,
    })
  if (answer.status >= 300) return found
  const body = shapeBodyText(answer.text, 0)
  if (isCountPath(path) && !answering.some(({ route }) => isCountPath(route.raw)))
    return /^\d+$/.test(answer.text.trim())
      ? found
      : [
          ...found,
          { code: 'verify-shape', message: 'Unexpected body of a $count request, expected a plain number' },
        ]
  const judged = responses.map((response) => judgeBody(response, body, context.reads))
  if (judged.some((mismatches) => mismatches.length === 0)) return found
  const mismatches = judged[0] ?? []
  const shapes = answering.map(({ operation }) => context.api.of(operation))
  return [
    ...found,
    ...asContradictions(mismatches, planned, responses[0] as ResponseShape, shapes, context, where),
  ]
}

/**
 * The mismatches a response example of the docs shows too, as the docs' contradictions: the one
 * after the request first, then those of the other pages that document the path (the service may
 * have answered as one of them does).
 */
function asContradictions(
  mismatches: Mismatch[],
  planned: PlannedRequest,
  response: ResponseShape,
  shapes: readonly OperationShape[],
  context: JudgeContext,
  where: string,
): Mismatch[] {
  const examples = [
    ...(planned.response ? [{ shape: planned.shape, example: planned.response }] : []),
    ...shapes.flatMap((shape) =>
      shape.examples
        .filter(({ example }) => example.kind === 'response' && example !== planned.response?.example)
        .map((example) => ({ shape, example })),
    ),
  ].filter(({ example }) => (example.example.status ?? 200) < 300)
  const shown = new Map<string, string>()
  for (const { shape, example } of examples) {
    const body: ExampleBody =
      example.body.kind === 'json'
        ? { kind: 'json', value: unwrapSingleEntity(example.body.value, shape) }
        : example.body
    const at = `${example.example.position.file}:${example.example.position.line}`
    for (const mismatch of judgeBody(response, body, context.reads)) {
      const key = `${mismatch.code} ${mismatch.pointer ?? ''}`
      if (!shown.has(key)) shown.set(key, at)
    }
  }
  return mismatches.map((mismatch) => {
    const at = shown.get(`${mismatch.code} ${mismatch.pointer ?? ''}`)
    return at === undefined
      ? mismatch
      : {
          ...mismatch,
          code: 'verify-docs-contradiction',
          message: `${mismatch.message}, as the docs' own response example at ${at} shows (${mismatch.code}; example of ${where})`,
        }
  })
}

/**
 * Why the docs' own request body contradicts the request the page documents, if it does: it is
 * not JSON, it sets a read-only property of the resource, or the judge of values finds a fault
 * (the first is said). A service that refuses such a request agrees with the docs' model.
 */
function requestFault(planned: PlannedRequest, reads: TypeQuestions): string | undefined {
  if (planned.body === undefined) return undefined
  const body = shapeExampleBody(planned.request)
  if (body.kind === 'fault') return `not JSON: ${body.message}`
  if (body.kind !== 'json') return undefined
  const { operation } = planned.shape
  const type = operation.requestBody?.type
  const resource = type?.kind === 'named' && type.resolved ? reads.resolved(type.resolved) : undefined
  if (resource && resource.kind !== 'enum' && isJsonObject(body.value)) {
    const { properties } = reads.family(resource)
    const readOnly = Object.keys(body.value).find((key) => properties.get(key)?.readOnly)
    if (readOnly !== undefined) return `${readOnly} is read-only`
  }
  const faults: string[] = []
  checkRequestJson(operation, body.value, {
    reads,
    enumCase: 'any',
    report: (_fault, _path, message) => faults.push(message),
  })
  return faults[0]
}

/** What a body gets wrong as the answer of `response`. Bytes and untyped answers are not judged. */
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

/** A last `$count` segment asks for the collection's size, as plain text. */
function isCountPath(path: string): boolean {
  return /\/(?:\$|%24)count$/i.test(path)
}

/** `: BadRequest: …` from a Graph error body `{ "error": { "code", "message" } }`, else nothing. */
function graphErrorOf(text: string): string {
  const body = shapeBodyText(text, 0)
  const error = body.kind === 'json' && isJsonObject(body.value) ? body.value.error : undefined
  if (!isJsonObject(error)) return ''
  const said = [error.code, error.message].filter((part) => typeof part === 'string').join(': ')
  return said === '' ? '' : ` (${said.length > 300 ? `${said.slice(0, 300)}…` : said})`
}
