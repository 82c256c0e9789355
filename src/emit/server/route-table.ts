/**
 * The server's route table: one entry per documented (verb, path), Fastify URL and JSON Schemas
 * included. Of several operations documenting routes that match the same requests, the one that
 * answers them (`ApiShape.ownerOf`, `src/shape/same-route.ts`) is served, the others report
 * `duplicate-route`; a URL Fastify's router refuses is left out and reported as
 * `unroutable-route` — found by registering the table in a real Fastify instance, the same router
 * the generated server uses (`route-probe.ts`, on the emit worker while the other groups are
 * emitted; remembered in the memo, when there is one, by the methods and URLs registered and
 * Fastify's version).
 *
 * Reads: `ApiModel.operations` (routes, parameters) and the shape each route answers with (request
 * body, response).
 */
import { diagnostic } from '../../diagnostics.js'
import { getOrCreate } from '../../get-or-create.js'
import {
  bodySchemaForOperation,
  headersSchemaForOperation,
  paramsSchemaFor,
  querySchemaForOperation,
  type RequestSchemas,
} from '../../json-schema/operation-schemas.js'
import type { JsonSchema } from '../../json-schema/type-schema.js'
import type { ApiModel, Diagnostic, HttpMethod, OperationDef, RouteTemplate } from '../../model.js'
import { routeKey } from '../../route-key.js'
import type { ApiShape } from '../../shape/api-shape.js'
import { commonBase } from '../../shape/base-types.js'
import {
  type BodyShape,
  carriesBody,
  type OperationShape,
  type ResponseShape,
  requiresBody,
} from '../../shape/operation-shape.js'
import { documentedRouteParameter } from '../../shape/parameters.js'
import { answersObjectWhenAsked, statusWithoutContent } from '../../shape/response.js'
import { takesAnotherType } from '../../shape/same-route.js'
import { selectedType } from '../../shape/selectable.js'
import { type EmitMemo, unitKey } from '../memo.js'
import { keptValue } from '../read-memo.js'
import { findUnroutableLater } from '../worker/emit-worker.js'
import { fastifyUrlFor } from './fastify-url.js'
import { fastifyVersion, ROUTER_OPTIONS } from './route-probe.js'
import type { ServerMemo } from './server-memo.js'

export interface ServerRoute {
  /** Handler name (key of `Handlers`). */
  operation: string
  method: HttpMethod
  url: string
  /** The documented path, as written. */
  path: string
  status: number
  /** Set where the call may also answer without content (`statusWithoutContent`): the status a
   *  handler's empty result is answered with. */
  emptyStatus?: number
  /** Set where the call answers its object only where the request asks for it
   *  (`answersObjectWhenAsked`), and `emptyStatus` otherwise. */
  objectWhenAsked?: true
  params: string[]
  callParams: string[]
  schema: RequestSchemas
  /** Set when `schema.body` judges a body the request may leave out (`requiresBody`). */
  bodyOptional?: true
  /** Set when the route answers bytes: their media type. */
  mediaType?: string
  /** Set when the route addresses one property of the operation's response (`…/mailboxSettings/dateFormat`). */
  property?: string
  /** Set on a GET that answers an entity, or a page of them: its type, whose properties `$select` names. */
  selects?: SelectTarget
  /** The handlers of the other pages documenting the route (`ApiShape.pagesOf`), whose examples
   *  the mock answers it with after its own. */
  examplesFrom?: readonly string[]
  /** Set where the body is one object of a documented type: the types its `@odata.type` may
   *  name, the route's own first (`typedBodies`). */
  bodyTypes?: readonly BodyType[]
  /** The operation as this route answers it (`ApiShape.ofRoute`); not printed. */
  routeShape: OperationShape
}

/** A type a request body may name in `@odata.type` (qualified), with the schema that judges
 *  such a body; none: the route's own (`schema.body`). */
export interface BodyType {
  type: string
  schema?: JsonSchema
}

export interface SelectTarget {
  /** Qualified name (`microsoft.graph.user`): a key of the definitions. */
  type: string
  /** True when the route answers a page `{ "value": [ … ] }` of them. */
  page: boolean
}

export interface RouteTable {
  routes: ServerRoute[]
  diagnostics: Diagnostic[]
}

/** A route of one operation: its table entry where the operation serves it, else the page that does. */
export type OperationRoutes = { route: ServerRoute } | { servedBy: OperationDef; template: RouteTemplate }

/** The route table in two steps: the routes now, the probe of those Fastify refuses posted to the
 *  emit worker (unless the memo knows its answer); the table once its answer is taken.
 *  `handlerNames` maps operation ids to handler names (see `assignHandlerNames`). */
export function startRouteTable(
  model: ApiModel,
  handlerNames: ReadonlyMap<string, string>,
  shapes: ApiShape,
  memo?: EmitMemo,
  kept?: ServerMemo,
): () => RouteTable {
  // The types some other type derives from, as the shape holds them.
  const derived = new Set(shapes.baseTypes().values())
  const diagnostics: Diagnostic[] = []
  const routes: ServerRoute[] = []
  const operations = byId(model.operations)
  // What a kept entry's body schemas read of the model beyond the types: which types are bases.
  const basesKey = kept ? [...derived].sort().join('\n') : ''
  for (const operation of operations) {
    const operationName = handlerNames.get(operation.id)
    if (!operationName) continue
    const owned = operation.routes.map((route) => shapes.ownerOf(route))
    // The other pages of the routes it serves: their examples follow its own in the mock, and
    // their request bodies are judged by their own types.
    const pages = operation.routes.map((route, index) =>
      owned[index] !== operation ? [] : shapes.pagesOf(route).filter((page) => page !== operation),
    )
    const others = pages.map((list) =>
      list.flatMap((page) => {
        const name = handlerNames.get(page.id)
        return name === undefined ? [] : [name]
      }),
    )
    const inputs = [
      operationName,
      basesKey,
      shapes.baseTypes(),
      ...owned,
      ...others.map((names) => names.join(' ')),
      ...pages.flat(),
    ]
    const entries = keptValue(kept?.routes, operation, inputs, model, (view) =>
      operationRoutes(operation, operationName, owned, pages, others, shapes.through(view), view, derived),
    )
    for (const entry of entries) {
      if ('route' in entry) routes.push(entry.route)
      else
        diagnostics.push(
          diagnostic(
            'duplicate-route',
            entry.template.position,
            `${entry.template.method} ${entry.template.raw} is already documented by ${entry.servedBy.file}; this page's route is not served`,
          ),
        )
    }
  }
  const refusedLater = unroutable(routes, memo)
  return () => {
    const refused = refusedLater()
    for (const [index, reason] of refused) {
      const route = routes[index]
      const operation = route && operations.find((op) => handlerNames.get(op.id) === route.operation)
      const at = operation?.routes.find((r) => r.raw === route?.path && r.method === route?.method)
      if (at)
        diagnostics.push(
          diagnostic(
            'unroutable-route',
            at.position,
            `Fastify cannot route ${at.method} ${at.raw}: ${reason}`,
          ),
        )
    }
    return { routes: routes.filter((_, index) => !refused.has(index)), diagnostics }
  }
}

/** One operation's routes (`owners`: each route's owner, `pages`: its other pages, `others`:
 *  their handlers, by position), as served or not. Each
 *  route as it answers (`ofRoute`: a `$value` route takes and answers bytes); the body schema
 *  once per request body the routes share. */
function operationRoutes(
  operation: OperationDef,
  operationName: string,
  owners: readonly (OperationDef | undefined)[],
  pages: readonly (readonly OperationDef[])[],
  others: readonly (readonly string[])[],
  shapes: ApiShape,
  model: ApiModel,
  derived: Set<string>,
): OperationRoutes[] {
  const entries: OperationRoutes[] = []
  const querystring = querySchemaForOperation(shapes.of(operation), model)
  const headers = headersSchemaForOperation(shapes.of(operation))
  const bodies = new Map<BodyShape, JsonSchema | undefined>()
  const claimed = new Set<string>()
  for (const [index, route] of operation.routes.entries()) {
    const owner = owners[index]
    if (owner !== operation) {
      if (owner) entries.push({ servedBy: owner, template: route })
      continue
    }
    const key = routeKey(route)
    if (claimed.has(key)) continue
    claimed.add(key)
    const fastify = fastifyUrlFor(route)
    const shape = shapes.ofRoute(operation, route)
    const body = getOrCreate(bodies, shape.requestBody, () => bodySchemaForOperation(shape, model, derived))
    const schema: RequestSchemas = {}
    const callArguments = new Map(
      [...fastify.callArguments].map(([param, names]) => [
        param,
        documentedRouteParameter(shape.parameters.path, names),
      ]),
    )
    const params = paramsSchemaFor(fastify.params, callArguments, model)
    if (params) schema.params = params
    if (querystring) schema.querystring = querystring
    if (headers) schema.headers = headers
    if (body && carriesBody(route.method)) schema.body = body
    const property = shapes.propertyOf(operation, route)?.name
    const emptyStatus = statusWithoutContent(shape)
    const examplesFrom = others[index] ?? []
    const bodyTypes = carriesBody(route.method)
      ? typedBodies(shape, route, pages[index] ?? [], shapes, model, (other) =>
          getOrCreate(bodies, other.requestBody, () => bodySchemaForOperation(other, model, derived)),
        )
      : undefined
    entries.push({
      route: {
        operation: operationName,
        method: route.method,
        url: fastify.url,
        path: route.raw,
        status: shape.response.status || 200,
        ...(emptyStatus === undefined ? {} : { emptyStatus }),
        ...(answersObjectWhenAsked(shape) ? { objectWhenAsked: true as const } : {}),
        params: fastify.params,
        callParams: [...fastify.callArguments.keys()],
        schema,
        ...(schema.body && !requiresBody(shape.requestBody) ? { bodyOptional: true as const } : {}),
        ...(shape.response.kind === 'binary' ? { mediaType: shape.response.mediaType } : {}),
        ...(property === undefined ? {} : { property }),
        ...selectTarget(route.method, shape.response, property, model),
        ...(examplesFrom.length === 0 ? {} : { examplesFrom }),
        ...(bodyTypes === undefined ? {} : { bodyTypes }),
        routeShape: shape,
      },
    })
  }
  return entries
}

/**
 * The types a route's JSON body may name in `@odata.type`, as Graph picks a body's type by it:
 * the owner's, then each other page's of the route (its own schema), each type once; not the
 * body of a page documenting another use of the path (`takesAnotherType`: the extension page's
 * `POST /users/{id}/messages`). Undefined where the owner's body is not one object of a
 * documented type. A body naming none of them is judged by the nearest of them it derives from
 * (the server reads the base types).
 *   POST /deviceAppManagement/mobileApps   androidLobApp (owner) · iosLobApp · webApp · …
 */
function typedBodies(
  shape: OperationShape,
  route: RouteTemplate,
  pages: readonly OperationDef[],
  shapes: ApiShape,
  model: ApiModel,
  schemaOf: (shape: OperationShape) => JsonSchema | undefined,
): BodyType[] | undefined {
  const own = objectBodyType(shape.requestBody, model)
  if (own === undefined) return undefined
  const types: BodyType[] = [{ type: own }]
  const key = routeKey(route)
  for (const page of pages) {
    if (takesAnotherType(page, shapes.baseTypes())) continue
    const same = page.routes.find((other) => routeKey(other) === key)
    const other = same && shapes.ofRoute(page, same)
    const type = other && objectBodyType(other.requestBody, model)
    if (!other || type === undefined || types.some((known) => known.type === type)) continue
    const schema = schemaOf(other)
    if (schema) types.push({ type, schema })
  }
  // A documented type derived from what the pages' types share, without a page of its own on the
  // route (another team's docs, a page missing), is judged as the route's own body, not refused.
  const shared =
    types.length > 1
      ? commonBase(
          shapes.baseTypes(),
          types.map((known) => known.type),
        )
      : undefined
  if (shared !== undefined && !types.some((known) => known.type === shared)) types.push({ type: shared })
  return types
}

/** The qualified name of a body that is one object of a documented object type. */
function objectBodyType(body: BodyShape, model: ApiModel): string | undefined {
  if (body.kind !== 'json' || body.collection || body.type.kind !== 'named') return undefined
  const name = body.type.resolved
  const type = name === undefined ? undefined : model.types[name]
  return type && type.kind !== 'enum' ? name : undefined
}

/** Operations by id, as the table lists them. */
function byId(operations: readonly OperationDef[]): OperationDef[] {
  return [...operations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** What `$select` applies to on a route: a GET answering an entity or a page of them, not one property of it. */
function selectTarget(
  method: HttpMethod,
  response: ResponseShape,
  property: string | undefined,
  model: ApiModel,
): { selects?: SelectTarget } {
  if (method !== 'GET' || property !== undefined) return {}
  const type = selectedType(response, model)
  return type === undefined ? {} : { selects: { type, page: response.kind === 'page' } }
}

/** The refused routes by index (`findUnroutable`), through the memo: its answer depends only on
 *  Fastify and what is registered. Taken when called. */
function unroutable(routes: readonly ServerRoute[], memo: EmitMemo | undefined): () => Map<number, string> {
  const key = memo
    ? unitKey(
        // Named anew when what the probe registers changes (405 answers are no longer routes).
        'server.unroutable-documented',
        fastifyVersion(),
        JSON.stringify(ROUTER_OPTIONS),
        JSON.stringify(routes.map((route) => [route.method, route.url])),
      )
    : undefined
  if (memo && key !== undefined && memo.has(key))
    return () => new Map(JSON.parse(memo.text(key, () => '[]')) as [number, string][])
  const probed = findUnroutableLater(routes.map(({ method, url }) => ({ method, url })))
  return () => {
    const refused = probed()
    if (memo && key !== undefined) memo.text(key, () => JSON.stringify([...refused]))
    return refused
  }
}
