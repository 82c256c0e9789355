/**
 * A service's answer to a replayed example, judged by the docs: the status (the example's or the
 * page's), the members the example's response shows (`shown-members.ts`, when asked), then the body against
 * the response of each page that answers the path (the example's own page first; `judge-body.ts`):
 * it agrees when it fits any of them. A fault the docs show
 * themselves is theirs (`docs-contradictions.ts`).
 *   GET /x/{id} → 204              → verify-status  Unexpected status 204, expected 200
 *   GET /x/{id} → 200 { "id": 5 }  → verify-type    /id  Unexpected number 5 for id, expected String
 *   GET /x/{id} → 200 { }          → verify-missing-property  the response example shows `id`
 *   GET /users/{id}/$count → "12"  → agrees (a plain number)
 *
 * Reads: the planned request (its shape and examples), the model's routes and types.
 */
import type { TypeQuestions } from '../check/json-against-model.js'
import { mayCarryContent } from '../http-status.js'
import type { ApiShape } from '../shape/api-shape.js'
import { isJsonObject, requestPathOf, shapeBodyText, wireBody } from '../shape/examples.js'
import type { ResponseShape } from '../shape/operation-shape.js'
import { otherStatedSuccesses, shownStatus } from '../shape/response.js'
import type { SelectableNames } from '../shape/selectable.js'
import type { RouteIndex } from './answering-pages.js'
import { asContradictions, requestFault, type ShownFaults } from './docs-contradictions.js'
import { judgeBody } from './judge-body.js'
import type { Mismatch } from './mismatch.js'
import type { PlannedRequest } from './plan-requests.js'
import type { Answer } from './send-requests.js'
import { missingShownMembers } from './shown-members.js'

export interface JudgeContext {
  api: ApiShape
  routes: RouteIndex
  reads: TypeQuestions
  /** The names `$select` may ask of each type, as the mock reads them. */
  selectable: SelectableNames
  /** What the docs' response examples get wrong, judged once per run. */
  shownFaults: ShownFaults
  /** Whether an answer must carry every member its response example shows (`--shown-members`). */
  shownMembers: boolean
}

export function judgeAnswer(planned: PlannedRequest, answer: Answer, context: JudgeContext): Mismatch[] {
  if ('error' in answer) return [{ code: 'verify-unreachable', message: `No answer: ${answer.error}` }]
  const where = `${planned.request.example.position.file}:${planned.request.example.position.line}`
  const path = requestPathOf(planned.target)
  const answering = context.routes.answering(planned.method, path)
  // A call of another route than its page's that no page documents has no documented answer: its
  // page's responses are another call's (the sample's range-get.md shows `GET …/names/{name}/range`
  // under `GET …/worksheets/{id|name}/range(address='<address>')`).
  if (answering.length === 0 && planned.callsOtherRoute)
    return [
      {
        code: 'verify-docs-contradiction',
        message: `Unexpected answer ${answer.status} to ${planned.method} ${path}, a route no page documents: the example at ${where} calls another route than its page's`,
      },
    ]
  const own = planned.shape
  // The responses the service may give: those of the pages that answer the path (its own first).
  const responses =
    answering.length === 0
      ? [own.response]
      : answering
          .sort((a, b) => Number(b.operation === own.operation) - Number(a.operation === own.operation))
          .map(({ operation, route }) => context.api.ofRoute(operation, route).response)
  // The status the docs' example shows, by the rule the mock and openapi.json read it by: a
  // status-less example shows its page's documented one.
  const documented = planned.response && shownStatus(planned.response.example, own.response.status)
  const declared = (responses[0] as ResponseShape).status || 200
  // A redirect the docs say the call answers first is an answer too (verify does not follow it), and
  // so are the other statuses its page states (`201 Created` if new, or `200 OK`).
  const alsoAnswered = (answering.length === 0 ? [own] : answering).flatMap(({ operation }) => [
    ...(operation.response.redirect === undefined ? [] : [operation.response.redirect]),
    ...otherStatedSuccesses(context.api.of(operation)),
  ])
  const statuses = new Set([
    ...responses.map((response) => response.status || 200),
    ...alsoAnswered,
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
    const shownAt = answering.flatMap(({ operation, route }) => {
      const shape = context.api.ofRoute(operation, route)
      return shape.examples.filter(
        ({ example }) =>
          example.kind === 'response' && shownStatus(example, shape.response.status) === answer.status,
      )
    })[0]?.example.position
    if (shownAt)
      return [
        {
          code: 'verify-docs-contradiction',
          message: `${message}, as the docs' response example at ${shownAt.file}:${shownAt.line} answers (example of ${where})`,
        },
      ]
    const owner = answering[0] && context.api.ownerOf(answering[0].route)
    const servesPath = answering.some(({ operation }) => operation === own.operation)
    const refusal =
      answer.status >= 400 && answer.status < 500
        ? requestFault(planned, context, owner, servesPath)
        : undefined
    if (refusal)
      return [
        {
          code: 'verify-docs-contradiction',
          message: `${message}: the docs' own request at ${where} does not fit the documented request (${refusal})`,
        },
      ]
    return [{ code: 'verify-status', message }]
  }
  const found: Mismatch[] = []
  if (
    documented !== undefined &&
    documented !== declared &&
    !otherStatedSuccesses(own).includes(documented) &&
    documented < 300 &&
    declared < 300
  )
    found.push({
      code: 'verify-docs-contradiction',
      message: `The example at ${where} answers ${documented}, the page declares ${declared}`,
    })
  // Only a success with content has a body to judge (a `204 No Content` the docs say it may answer has none).
  if (answer.status >= 300 || !mayCarryContent(answer.status)) return found
  const body = shapeBodyText(answer.text, 0)
  if (isCountPath(path) && !answering.some(({ route }) => isCountPath(route.raw)))
    return /^\d+$/.test(answer.text.trim())
      ? found
      : [
          ...found,
          { code: 'verify-shape', message: 'Unexpected body of a $count request, expected a plain number' },
        ]
  const shown = planned.response
  if (context.shownMembers && shown?.body.kind === 'json' && body.kind === 'json') {
    const at = `${shown.example.position.file}:${shown.example.position.line}`
    found.push(...missingShownMembers(wireBody(shown.body.value, own), body.value, at))
  }
  const judged = responses.map((response) => judgeBody(response, body, context.reads))
  if (judged.some((mismatches) => mismatches.length === 0)) return found
  const mismatches = judged[0] ?? []
  const shapes = answering.map(({ operation, route }) => context.api.ofRoute(operation, route))
  return [
    ...found,
    ...asContradictions(
      mismatches,
      planned,
      responses[0] as ResponseShape,
      shapes,
      context.shownFaults,
      where,
    ),
  ]
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
