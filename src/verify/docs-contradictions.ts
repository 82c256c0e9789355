/**
 * Where the docs contradict themselves rather than the service: a fault of the answer that a
 * response example of the docs shows too (against the page's declared type), or a request the
 * docs' own model refuses (a service that refuses it agrees with the docs).
 *   page declares an upload, its example shows { "status": 5 }, the mock answers it
 *     → verify-docs-contradiction "…, as the docs' own response example at api/x-get.md:60 shows"
 *
 * Reads: the planned request and the shapes (examples) of the pages that answer its path.
 */
import { checkRequestJson, type TypeQuestions } from '../check/json-against-model.js'
import { getOrCreate } from '../get-or-create.js'
import { requiredBodyMembers } from '../json-schema/operation-schemas.js'
import type { ApiModel, OperationDef } from '../model.js'
import { argumentFaults } from '../shape/call-arguments.js'
import { isJsonObject, wireBody } from '../shape/examples.js'
import {
  carriesBody,
  type ExampleBody,
  type ExampleShape,
  type OperationShape,
  type ResponseShape,
  requiresBody,
} from '../shape/operation-shape.js'
import { naturalKey, refusedInRequest, sentByRequestExamples } from '../shape/read-only-in-request.js'
import { shownStatus } from '../shape/response.js'
import { type SelectableNames, selectedType } from '../shape/selectable.js'
import type { JudgeContext } from './judge-answer.js'
import { judgeBody } from './judge-body.js'
import type { Mismatch } from './mismatch.js'
import type { PlannedRequest } from './plan-requests.js'

/** What each response example of the docs gets wrong as the answer of a response shape, as
 *  `code pointer` keys: judged once per run, however many answers fail alike. */
export type ShownFaults = (response: ResponseShape, shape: OperationShape, example: ExampleShape) => string[]

/** One per run: the memo lives as long as the function. */
export function judgeShownFaults(reads: TypeQuestions): ShownFaults {
  const byResponse = new Map<ResponseShape, Map<ExampleShape, string[]>>()
  return (response, shape, example) =>
    getOrCreate(
      getOrCreate(byResponse, response, () => new Map()),
      example,
      () => {
        const body: ExampleBody =
          example.body.kind === 'json'
            ? { kind: 'json', value: wireBody(example.body.value, shape) }
            : example.body
        return judgeBody(response, body, reads).map(faultKey)
      },
    )
}

const faultKey = (mismatch: Mismatch) => `${mismatch.code} ${mismatch.pointer ?? ''}`

/**
 * The mismatches a response example of the docs shows too, as the docs' contradictions: the one
 * after the request first, then those of the other pages that document the path (the service may
 * have answered as one of them does).
 */
export function asContradictions(
  mismatches: Mismatch[],
  planned: PlannedRequest,
  response: ResponseShape,
  shapes: readonly OperationShape[],
  shownFaults: ShownFaults,
  where: string,
): Mismatch[] {
  const examples = [
    ...(planned.response ? [{ shape: planned.shape, example: planned.response }] : []),
    ...shapes.flatMap((shape) =>
      shape.examples
        .filter(({ example }) => example.kind === 'response' && example !== planned.response?.example)
        .map((example) => ({ shape, example })),
    ),
  ].filter(({ shape, example }) => shownStatus(example.example, shape.response.status || 200) < 300)
  const shown = new Map<string, string>()
  for (const { shape, example } of examples) {
    const at = `${example.example.position.file}:${example.example.position.line}`
    for (const key of shownFaults(response, shape, example)) if (!shown.has(key)) shown.set(key, at)
  }
  return mismatches.map((mismatch) => {
    const at = shown.get(faultKey(mismatch))
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
 * Why the docs' own request contradicts the request the page documents, if it does: its `$select`
 * names a property the answered type does not have, it sends no header or body where one is required, or
 * its body is not JSON, sets a read-only
 * property of the resource, or the judge of values finds a fault (the first is said), an enum the
 * docs list only in a "Possible values are" sentence read as the server reads it (`"contentType": ""`
 * is none of `text`, `html`). A service that refuses such a request agrees with the docs' model.
 * `routeOwner`: the operation that serves the path. A page that documents no body of its own
 * (OneDrive's upload from a URL, `POST …/children` "the JSON representation of the item"), or whose
 * example calls a path none of its own request lines documents (the open-extension page creating a
 * conversation on `POST /groups/{id}/conversations`), is judged by the body of the page the route
 * is served by, as the generated server judges it. `servesPath`: whether the page's own operation
 * is among those that answer the example's path (as the server picks them: the most specific route).
 */
export function requestFault(
  planned: PlannedRequest,
  { reads, selectable, api }: Pick<JudgeContext, 'reads' | 'selectable' | 'api'>,
  routeOwner: OperationDef | undefined,
  servesPath: boolean,
): string | undefined {
  const selected = selectFault(planned, selectable, api.model)
  if (selected !== undefined) return selected
  const own = planned.shape.operation
  const operation =
    routeOwner && (planned.shape.requestBody.kind === 'none' || !servesPath) ? routeOwner : own
  const shape = operation === own ? planned.shape : api.of(operation)
  const headers = new Set(Object.keys(planned.headers).map((name) => name.toLowerCase()))
  const header = shape.parameters.requiredHeaders.find((name) => !headers.has(name.toLowerCase()))
  if (header !== undefined) return `it sends no ${header} header, which the page requires`
  const segments = planned.request.target?.segments ?? []
  const [argument] = argumentFaults(operation, segments, (name) => api.model.types[name])
  if (argument !== undefined) return argument
  if (planned.body === undefined) {
    // An example cut short before its body (`PATCH …/channels/{id}` alone, under "supply a JSON
    // representation of channel"): the documented body is required.
    return carriesBody(planned.method) && requiresBody(shape.requestBody)
      ? 'it sends no body, where the page documents one'
      : undefined
  }
  const { body } = planned.request
  if (body.kind === 'fault') return `not JSON: ${body.message}`
  if (body.kind !== 'json') return undefined
  if (body.slip !== undefined) return `not JSON: ${body.slip}`
  const type = operation.requestBody?.type
  const resource = type?.kind === 'named' && type.resolved ? reads.resolved(type.resolved) : undefined
  if (resource && resource.kind !== 'enum' && isJsonObject(body.value)) {
    // In any letter case, as Graph and the server read names (`"Threads"` sets `threads`).
    const key = naturalKey(resource, (name) => reads.resolved(name))
    const sent = sentByRequestExamples(shape)
    const readOnlyNames = new Set(
      [...reads.family(resource).properties.values()]
        .filter((property) => refusedInRequest(property, operation, key, sent))
        .map((property) => property.name.toLowerCase()),
    )
    const readOnly = Object.keys(body.value).find((key) => readOnlyNames.has(key.toLowerCase()))
    if (readOnly !== undefined) return `${readOnly} is read-only`
    // A body named as a type of the docs' namespaces that no page defines, which the server cannot
    // judge and refuses (`#microsoft.graph.fileAssessmentRequest` on a tree without its page).
    const named = body.value['@odata.type']
    if (typeof named === 'string' && undocumentedInNamespaces(named, reads, api.namespaces()))
      return `its @odata.type ${named} names a type no page of the docs defines`
  }
  if (isJsonObject(body.value)) {
    const sent = new Set(Object.keys(body.value).map((key) => key.toLowerCase()))
    const missing = requiredBodyMembers(shape, api.model).find((name) => !sent.has(name.toLowerCase()))
    if (missing !== undefined) return `${missing} is required`
  }
  const faults: string[] = []
  checkRequestJson(operation, body.value, {
    reads,
    enumCase: 'any',
    nameCase: 'any',
    inferredEnums: 'listed',
    undocumentedTypes: 'declared',
    report: (_fault, _path, message) => faults.push(message),
  })
  return faults[0]
}

/** Whether `written` (`#microsoft.graph.x`) names a type of one of `namespaces` that the docs do not define. */
function undocumentedInNamespaces(
  written: string,
  reads: TypeQuestions,
  namespaces: readonly string[],
): boolean {
  const name = written.trim().replace(/^#/, '')
  const dot = name.lastIndexOf('.')
  const namespace = name.slice(0, Math.max(dot, 0)).toLowerCase()
  return (
    dot > 0 && reads.named(name) === undefined && namespaces.some((each) => each.toLowerCase() === namespace)
  )
}

/** `GET /me?$select=displayName,colour`: the names the answered type does not have, as the mock refuses them. */
function selectFault(
  planned: PlannedRequest,
  selectable: SelectableNames,
  model: ApiModel,
): string | undefined {
  const at = planned.target.indexOf('?')
  if (planned.method !== 'GET' || at === -1) return undefined
  const option = new URLSearchParams(planned.target.slice(at + 1)).get('$select')
  const type = option ? selectedType(planned.shape.response, model) : undefined
  const names = type === undefined ? undefined : selectable(type)
  if (!option || !names) return undefined
  const known = new Set(names.map((name) => name.toLowerCase()))
  const unknown = option
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && name !== '*' && !known.has(name.toLowerCase()))
  return unknown.length > 0 ? `$select names ${unknown.join(', ')}, which ${type} does not have` : undefined
}
