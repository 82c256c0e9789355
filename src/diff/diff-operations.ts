/**
 * Operations of two revisions, matched by verb and route with placeholder names ignored
 * (`/x/{id}` = `/x/{xId}`), then by route without a function's arguments (`f(a={a})` =
 * `f(a={a},b={b})`), whose parameters are compared below. Each pair of operations is compared once
 * (an operation documents several routes), under its first matched route.
 *
 * Parameters of actions and functions, after Microsoft's API guidelines: a new required parameter,
 * a removed or renamed one, one that turns required or changes type breaks request writers; a new
 * optional one, or one offered as a type more (`a or b`, `ParameterDef.otherTypes`), breaks nobody. Compared: body parameters (`## Request body` tables of actions), function
 * parameters (in the route's call, always required, or in the query string), never `$` query options,
 * headers or the placeholders of the route itself.
 */
import type { OperationDef, ParameterDef, RouteTemplate, TypeRef } from '../model.js'
import { callArgumentNames } from '../shape/route-matches.js'
import { type ApiChange, caseRename, change, inNew, inOld, removal } from './api-change.js'
import { pairByName, pairItems } from './pair-items.js'
import { cardinalText, parameterTypeText, sameTypeText, widensParameter } from './type-text.js'

interface RouteEntry {
  /** `GET /deviceManagement/x/{}`: what pairs the routes of two revisions. */
  key: string
  /** `GET /deviceManagement/x/{xId}`: the route as its page writes it, as changes name it. */
  subject: string
  operation: OperationDef
  route: RouteTemplate
}

export function diffOperations(
  before: readonly OperationDef[],
  after: readonly OperationDef[],
  changes: ApiChange[],
): void {
  const routes = pairItems(routesOf(before), routesOf(after), (r) => r.key, withoutArguments)
  for (const { subject, operation, route } of routes.removed)
    changes.push(
      change(
        'route-removed',
        'both',
        subject,
        `Route ${subject} was removed (${operation.id})`,
        inOld(route.position),
      ),
    )
  const compared = new Set<string>()
  for (const [old, next] of routes.paired) {
    const pair = `${old.operation.id}\n${next.operation.id}`
    if (compared.has(pair)) continue
    compared.add(pair)
    diffOperation(old.operation, next, changes)
  }
  for (const { subject, operation, route } of routes.added)
    changes.push(
      change(
        'route-added',
        undefined,
        subject,
        `Route ${subject} was added (${operation.id})`,
        inNew(route.position),
      ),
    )
}

function diffOperation(before: OperationDef, after: RouteEntry, changes: ApiChange[]): void {
  const { subject, operation, route } = after
  const bodies = [
    ['request-type-changed', 'request', 'Request body', before.requestBody, operation.requestBody],
    ['response-type-changed', 'response', 'Response', before.response, operation.response],
  ] as const
  for (const [kind, side, what, oldBody, newBody] of bodies) {
    const oldType = bodyText(oldBody)
    const newType = bodyText(newBody)
    if (!sameTypeText(oldType, newType))
      changes.push(
        change(
          kind,
          side,
          subject,
          `${what} of ${subject} changed from ${oldType} to ${newType}`,
          inNew(route.position),
          {
            old: oldType,
            new: newType,
          },
        ),
      )
  }
  if (hasParameters(before) || hasParameters(operation)) diffParameters(subject, before, operation, changes)
}

function diffParameters(
  route: string,
  before: OperationDef,
  after: OperationDef,
  changes: ApiChange[],
): void {
  const parameters = pairByName(parametersOf(before), parametersOf(after), (p) => p.name)
  const subject = (p: ParameterDef) => `${route} (${p.name})`
  const what = { noun: 'Parameter', owner: route }
  for (const parameter of parameters.removed)
    changes.push(
      removal('parameter-removed', 'request', subject(parameter), what, parameter.name, parameter.position),
    )
  for (const [old, next] of parameters.paired) {
    if (old.name !== next.name)
      changes.push(
        caseRename(
          'parameter-case-changed',
          'request',
          subject(next),
          what,
          { old: old.name, new: next.name },
          next.position,
        ),
      )
    const oldType = parameterTypeText(old)
    const newType = parameterTypeText(next)
    if (!sameTypeText(oldType, newType))
      changes.push(
        change(
          'parameter-type-changed',
          // A parameter offered as one more type still takes what callers send.
          widensParameter(old, next) ? undefined : 'request',
          subject(next),
          `Parameter ${next.name} of ${route} changed type from ${oldType} to ${newType}`,
          inNew(next.position),
          { old: oldType, new: newType },
        ),
      )
    if (isRequired(old) !== isRequired(next))
      changes.push(
        change(
          'parameter-required-changed',
          isRequired(next) ? 'request' : undefined,
          subject(next),
          `Parameter ${next.name} of ${route} ${isRequired(next) ? 'became required' : 'became optional'}`,
          inNew(next.position),
          { old: requiredness(old), new: requiredness(next) },
        ),
      )
  }
  for (const parameter of parameters.added)
    changes.push(
      change(
        'parameter-added',
        isRequired(parameter) ? 'request' : undefined,
        subject(parameter),
        `${isRequired(parameter) ? 'Required' : 'Optional'} parameter ${parameter.name} was added to ${route}`,
        inNew(parameter.position),
      ),
    )
}

function bodyText(body: { type?: TypeRef; collection: boolean } | undefined): string {
  return body?.type ? cardinalText(body.type, body.collection) : 'none'
}

function hasParameters(operation: OperationDef): boolean {
  return operation.kind === 'action' || operation.kind === 'function'
}

/** Body and function parameters (see the module comment); none for other kinds of operation. */
function parametersOf(operation: OperationDef): ParameterDef[] {
  if (!hasParameters(operation)) return []
  const callArguments = callArgumentNames(operation.routes)
  return operation.parameters.filter(
    (p) =>
      p.in === 'body' ||
      (p.in === 'query' && !p.name.startsWith('$')) ||
      (p.in === 'path' && callArguments.has(p.name.toLowerCase())),
  )
}

/** A function parameter in the route's call must be written in the URL. */
function isRequired(parameter: ParameterDef): boolean {
  return parameter.required || parameter.in === 'path'
}

function requiredness(parameter: ParameterDef): string {
  return isRequired(parameter) ? 'required' : 'optional'
}

/** `GET /deviceManagement/x/{}` per route, the first operation documenting it. */
function routesOf(operations: readonly OperationDef[]): RouteEntry[] {
  const routes = new Map<string, RouteEntry>()
  for (const operation of operations)
    for (const route of operation.routes) {
      const path = route.raw
        .replace(/\{[^}]*\}|<[^>]*>/g, '{}')
        .replace(/\/+$/, '')
        .toLowerCase()
      const key = `${route.method} ${path}`
      if (!routes.has(key))
        routes.set(key, { key, subject: `${route.method} ${route.raw}`, operation, route })
    }
  return [...routes.values()]
}

/** `GET /x/f(a='{}',b={})` → `GET /x/f()`. */
function withoutArguments(entry: RouteEntry): string {
  return entry.key.replace(/\([^)]*\)/g, '()')
}
