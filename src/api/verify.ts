/**
 * `verify(options)`: replay the docs' request examples against a running service and judge each
 * answer by the model, as `doc2ts verify` reports it (the command is this function plus printing):
 *   const { findings, summary } = await verify({ docs: 'docs', baseUrl: 'http://127.0.0.1:4010' })
 * Only GET examples unless `unsafe`. The steps: build the model, plan the requests
 * (`src/verify/plan-requests.ts`), send them (`send-requests.ts`), judge the answers (`judge-answer.ts`).
 */
import { runBuild } from '../build/index.js'
import { typeFinder } from '../check/check-context.js'
import { ModelAnswers } from '../check/model-reads.js'
import { readDocsFolder, requireDirectory } from '../cli/io.js'
import { selectOrFail } from '../cli/selection.js'
import { UsageError } from '../cli/usage-error.js'
import { assignHandlerNames } from '../emit/server/index.js'
import type { HttpMethod } from '../model.js'
import { Session } from '../session/index.js'
import { shapeApi } from '../shape/api-shape.js'
import { collectDerivedTypes } from '../shape/derived-types.js'
import { selectableNamesOf } from '../shape/selectable.js'
import { indexRoutes } from '../verify/answering-pages.js'
import { judgeShownFaults } from '../verify/docs-contradictions.js'
import { type JudgeContext, judgeAnswer } from '../verify/judge-answer.js'
import type { VerifyCode } from '../verify/mismatch.js'
import { planRequests } from '../verify/plan-requests.js'
import { isSendableHeader, sendRequest, sendRequests } from '../verify/send-requests.js'

export type { VerifyCode } from '../verify/mismatch.js'

export interface VerifyOptions {
  /** The docs folder (default `input-docs`). */
  docs?: string
  /** Where the service runs: `http://127.0.0.1:4010`, `https://graph.example/v1.0`. */
  baseUrl: string
  /** Replay POST, PATCH, PUT and DELETE examples too (default false: they change the service). */
  unsafe?: boolean
  /** Require in each answer every member its response example shows, truncated or not (ApiDoctor's
   *  rule; default false: a service answers a request by its own defaults, a mock by the path). */
  shownMembers?: boolean
  /** Only the operations with a route these globs match (`/users/**`), as `generate --include`. */
  include?: string[]
  /** Milliseconds to wait for each answer (default 10 000). */
  timeoutMs?: number
  /** Requests in flight at once (default 8). */
  concurrency?: number
  /** Headers sent with every request, over an example's own of the same name:
   *  `{ Authorization: 'Bearer …' }` for a service that demands a token. */
  headers?: Record<string, string>
}

/** One disagreement between the service and the docs, at the request example that showed it. */
export interface VerifyFinding {
  code: VerifyCode
  /** `warning` for the docs' own contradictions (they are the docs' to fix), else `error`. */
  severity: 'error' | 'warning'
  /** The operation (its page id) and the handler the generated server names it by. */
  operation: string
  handler: string
  method: HttpMethod
  /** Path and query as sent, after the base URL. */
  target: string
  /** The request example: docs-relative file, line, column. */
  file: string
  line: number
  column: number
  /** The answer's status, when there was one. */
  status?: number
  /** Where in the answer's body (a JSON pointer), for a finding about one value. */
  pointer?: string
  message: string
}

export interface VerifySummary {
  /** Request examples replayed. */
  examples: number
  /** Answers that agree with the docs. */
  agreed: number
  /** Answers whose only disagreements are the docs' own contradictions. */
  contradicted: number
  /** Answers with at least one disagreement of the service's. */
  mismatched: number
  /** Request examples not replayed because they change the service (without `unsafe`). */
  unsafeSkipped: number
  /** What `doc2ts verify` exits 0 for: no answer disagrees with the docs. */
  ok: boolean
}

export interface VerifyResult {
  /** In the order of the operations and their examples. */
  findings: VerifyFinding[]
  summary: VerifySummary
}

/** The service gave no answer at all: `doc2ts verify` exits 2. */
export class ServiceUnreachableError extends Error {}

/** An option `verify` cannot use, named as `VerifyOptions` names it; `doc2ts verify` says it as
 *  the flag that set it, with the text given there. */
export class VerifyOptionError extends UsageError {
  constructor(
    readonly option: 'baseUrl' | 'timeoutMs' | 'concurrency' | 'headers',
    /** `expected a positive integer`, `"Bad Name" is not a header name`. */
    readonly problem: string,
    /** The value given, where the problem is the value as a whole. */
    readonly given?: unknown,
  ) {
    super(`${option}: ${problem}${given === undefined ? '' : `, got ${valueText(given)}`}`)
  }
}

/** A value as written in code: `NaN` and `Infinity` as themselves (JSON would say `null`). */
function valueText(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))
}

const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_CONCURRENCY = 8

/** Rejects with a `UsageError` for a bad option or docs folder, a `ServiceUnreachableError` when
 *  nothing answers at `baseUrl`. */
export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const baseUrl = checkedBaseUrl(options.baseUrl)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY
  const headers = checkedHeaders(options.headers ?? {})
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new VerifyOptionError('timeoutMs', 'expected milliseconds (a positive number)', timeoutMs)
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new VerifyOptionError('concurrency', 'expected a positive integer', concurrency)
  const docsDir = options.docs ?? 'input-docs'
  await requireDirectory(docsDir)
  // The session's reads of the examples, begun by link, are those the plan reads.
  const session = new Session()
  const { model } = await runBuild({ docs: () => readDocsFolder(docsDir), checks: false }, session)
  if (!model) throw new Error('a build without outputs always links')
  const include = options.include ?? []
  const kept =
    include.length === 0
      ? undefined
      : new Set(
          selectOrFail({ include, exclude: [], namespaces: [], workloads: [] })(model).operations.map(
            (op) => op.id,
          ),
        )
  const api = shapeApi(model, undefined, session.examples)
  const plan = planRequests(api, { unsafe: options.unsafe === true, keep: kept && ((op) => kept.has(op.id)) })
  // Any answer at all, even an error, says the service is there.
  const probe = await sendRequest(
    baseUrl,
    { method: 'HEAD', target: '/', headers: {} },
    { timeoutMs, headers },
  )
  if ('error' in probe) throw new ServiceUnreachableError(`cannot reach ${baseUrl}: ${probe.error}`)
  const answers = await sendRequests(baseUrl, plan.requests, { timeoutMs, concurrency, headers })
  // No page facts: a response's required members are the docs' concern, not the service's.
  const reads = new ModelAnswers({ model, type: typeFinder(model), facts: () => undefined })
  const context: JudgeContext = {
    api,
    routes: indexRoutes(model, api.listings(), api.baseTypes()),
    selectable: selectableNamesOf(model, collectDerivedTypes(model)),
    reads,
    shownFaults: judgeShownFaults(reads),
    shownMembers: options.shownMembers === true,
  }
  const handlers = assignHandlerNames(model)
  const findings: VerifyFinding[] = []
  const summary = { examples: plan.requests.length, agreed: 0, contradicted: 0, mismatched: 0 }
  plan.requests.forEach((planned, index) => {
    const answer = answers[index] ?? { error: 'not sent' }
    const mismatches = judgeAnswer(planned, answer, context)
    const { operation } = planned.shape
    for (const mismatch of mismatches) {
      const finding: VerifyFinding = {
        code: mismatch.code,
        severity: mismatch.code === 'verify-docs-contradiction' ? 'warning' : 'error',
        operation: operation.id,
        handler: handlers.get(operation.id) ?? operation.id,
        method: planned.method,
        target: planned.target,
        file: planned.request.example.position.file,
        line: planned.request.example.position.line,
        column: planned.request.example.position.column,
        message: mismatch.message,
      }
      if ('status' in answer) finding.status = answer.status
      if (mismatch.pointer !== undefined) finding.pointer = mismatch.pointer
      findings.push(finding)
    }
    if (mismatches.length === 0) summary.agreed++
    else if (mismatches.every((m) => m.code === 'verify-docs-contradiction')) summary.contradicted++
    else summary.mismatched++
  })
  return { findings, summary: { ...summary, unsafeSkipped: plan.unsafe, ok: summary.mismatched === 0 } }
}

function checkedBaseUrl(text: string): string {
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new VerifyOptionError('baseUrl', 'expected an http:// or https:// URL', text)
  return text.replace(/\/+$/, '')
}

/** Headers fetch can send: a value with a line break would forge another header. */
function checkedHeaders(headers: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(headers)) {
    if (!isSendableHeader(name, '')) throw new VerifyOptionError('headers', `"${name}" is not a header name`)
    if (!isSendableHeader(name, value))
      throw new VerifyOptionError(
        'headers',
        `the value of ${name} is not one fetch can send (a line break, a NUL or a character beyond Latin-1)`,
      )
  }
  return headers
}
