/**
 * The requests `doc2ts verify` replays: each documented request example of an operation, with the
 * response example that follows it (as the mock pairs them), its path and query without host and
 * version, the headers that describe the request (not those of a connection: length, host,
 * authorization) and, for a body-carrying verb, its body. Only GET examples unless `unsafe`: a
 * replayed POST, PATCH, PUT or DELETE changes the service.
 *   ### Request   GET https://graph.microsoft.com/v1.0/me/messages?$top=1   (api/user-list-messages.md:80)
 *   ### Response  HTTP/1.1 200 OK + { "value": [ … ] }
 *     → { method: 'GET', target: '/me/messages?$top=1', request: <example at :80>, response: <its example> }
 *
 * Reads: the operations' shapes (examples with parsed bodies), their root aliases and namespaces.
 */

import { otherRouteExamples, routeReadingOf } from '../check/other-route-examples.js'
import { HOST } from '../extract/route-template.js'
import type { HttpMethod, OperationDef } from '../model.js'
import type { ApiShape } from '../shape/api-shape.js'
import { pairExamples } from '../shape/examples.js'
import {
  carriesBody,
  type ExampleShape,
  type OperationShape,
  type RequestTarget,
} from '../shape/operation-shape.js'
import { isConnectionHeader } from '../shape/parameters.js'
import type { Service } from '../shape/service-root.js'
import { isSendableHeader } from './send-requests.js'

export interface PlannedRequest {
  shape: OperationShape
  method: HttpMethod
  /** Path and query as documented, without host and version: `/users/{id}?$select=displayName`. */
  target: string
  headers: Record<string, string>
  body?: string
  /** The request example (where the docs show it) with its body parsed. */
  request: ExampleShape
  /** The response example that follows it, when the page shows one. */
  response?: ExampleShape
  /** The request calls another route than its page's (`otherRouteExamples`, which
   *  example-route-mismatch reports): its page's responses are another call's. */
  callsOtherRoute: boolean
}

export interface RequestPlan {
  requests: PlannedRequest[]
  /** Request examples not replayed because they would change the service (without `unsafe`). */
  unsafe: number
}

/** Headers of a connection, or the token the service's own client sends: never copied from the docs. */
const notReplayed = (name: string) => name.toLowerCase() === 'authorization' || isConnectionHeader(name)

export interface PlanOptions {
  unsafe: boolean
  /** Which operations to replay (`--include`); unset: all. */
  keep?: ((operation: OperationDef) => boolean) | undefined
}

export function planRequests(api: ApiShape, options: PlanOptions): RequestPlan {
  const requests: PlannedRequest[] = []
  let unsafe = 0
  const service = api.service()
  const reading = routeReadingOf(api)
  for (const operation of api.model.operations) {
    if (options.keep && !options.keep(operation)) continue
    const shape = api.of(operation)
    const otherCalls = new Set(
      otherRouteExamples(operation, api.examples, reading).map(({ example }) => example),
    )
    for (const { request, response } of pairExamples(shape)) {
      const target = request?.target
      if (!request?.example.method || !target || callsAnotherService(request, service)) continue
      if (request.example.method !== 'GET' && !options.unsafe) {
        unsafe++
        continue
      }
      requests.push(plannedRequest(shape, request, target, otherCalls.has(request.example), response))
    }
  }
  return { requests, unsafe }
}

/**
 * A request that calls another service than the one the docs describe is not a call of a
 * documented route, so not one to replay against the service: one the docs mark
 * `"opaqueUrl": true` (a URL the service hands out: the pre-authenticated download URL a `302`
 * leads to, an upload session's URL), and one whose absolute URL is on another host than the
 * service root (the embed URL a preview answer names, shown in a plain code block).
 *   <!-- { "blockType": "request", "opaqueUrl": true, "name": "download-item-partial" } -->
 *   GET https://b0mpua-by3301.files.1drv.com/y23vmag
 *   POST https://www.onedrive.com/embed_by_post        (the service: https://graph.microsoft.com/v1.0)
 */
function callsAnotherService({ example }: ExampleShape, service: Service): boolean {
  if (example.annotation?.opaqueUrl === true) return true
  const root = example.url === undefined ? undefined : HOST.exec(example.url.trim())?.[0]
  if (root === undefined || !URL.canParse(root) || !URL.canParse(service.root)) return false
  return new URL(root).host !== new URL(service.root).host
}

function plannedRequest(
  shape: OperationShape,
  request: ExampleShape,
  { target }: RequestTarget,
  callsOtherRoute: boolean,
  response?: ExampleShape,
): PlannedRequest {
  const { example } = request
  const method = example.method as HttpMethod
  const headers: Record<string, string> = {}
  // A name with spaces or a value with a line break is the docs' typo, not something to send.
  for (const [name, value] of Object.entries(example.headers))
    if (!notReplayed(name) && isSendableHeader(name, value)) headers[name] = value
  const planned: PlannedRequest = {
    shape,
    method,
    target,
    headers,
    request,
    callsOtherRoute,
  }
  if (response) planned.response = response
  const body = example.bodyText?.trim()
  if (carriesBody(method) && body) {
    planned.body = body
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json'
  }
  return planned
}
