/**
 * The shape of one operation, lowered once for every emitter (client, server, JSON Schemas, mock,
 * OpenAPI) by `shapeOperation` (`./api-shape.ts`): what travels in the request and in the
 * response, by the OData JSON format. Emitters translate these shapes into their own syntax; none
 * of them reads `requestBody`, `response` or example texts of the model again.
 */

import type { ApiModel, ExampleDef, HttpMethod, OperationDef, ParameterDef, TypeRef } from '../model.js'
import type { ExampleRoot } from './service-root.js'

/**
 * What a request carries:
 * - `json`: a resource type (create, update), one value or an array; `typeRequired` where the page
 *   says the one object must name its type in `@odata.type` (`request-body.ts`);
 * - `parameters`: the parameter object of an action (`{ comment?: string }`), a name once;
 *   `optional` where the request may leave it out (`request-body.ts`);
 * - `binary`: raw bytes (a Stream body).
 */
export type BodyShape =
  | { kind: 'none' }
  | { kind: 'json'; type: TypeRef; collection: boolean; typeRequired?: true }
  | { kind: 'parameters'; parameters: readonly ParameterDef[]; optional: boolean }
  | { kind: 'binary' }

/**
 * What a successful response carries, on the wire:
 * - `none`: no content (`void`);
 * - `object`: an entity or complex value, the object itself (`type` unset: any JSON);
 * - `page`: a collection, `{ "value": [ … ], "@odata.nextLink"? }` (of objects or primitives);
 * - `value`: a primitive or an enum member, `{ "value": x }` (the client returns `x`);
 * - `binary`: raw bytes with their media type (a Stream).
 */
export type ResponseShape =
  | { kind: 'none'; status: number }
  | { kind: 'object'; status: number; type?: TypeRef }
  | { kind: 'page'; status: number; item: TypeRef }
  | { kind: 'value'; status: number; type: TypeRef }
  | { kind: 'binary'; status: number; mediaType: string }

/** An example body, parsed once: absent, a JSON value, or where and why it is not JSON. */
export type ExampleBody =
  | { kind: 'empty' }
  /** `slip`: why it is not JSON, where JSON5 reads it (a trailing comma) as its writer meant it. */
  | { kind: 'json'; value: unknown; slip?: string }
  | { kind: 'fault'; message: string; line: number }

/** A request example's URL as asked of the service, read once. */
export interface RequestTarget {
  /** `https://graph.microsoft.com/v1.0/x/{id}?$top=1` → `/x/{id}?$top=1` (`requestTargetOf`). */
  readonly target: string
  /** `/x/{id}`. */
  readonly path: string
  /** `$top=1`: what follows the path's `?`, if anything. */
  readonly query: string
  /** The path's segments as a route matches them (`requestSegments`). */
  readonly segments: readonly string[]
}

/** An example as the stages after extract read it (`ExampleReads`): shared, never changed. */
export interface ExampleShape {
  readonly example: ExampleDef
  readonly body: ExampleBody
  /** A request example's URL; unset for a response, or a request without a request line. */
  readonly target?: RequestTarget
}

export interface ParameterShapes {
  path: readonly ParameterDef[]
  query: readonly ParameterDef[]
  header: readonly ParameterDef[]
  /** The headers a caller must send (`requiredHeaders`, `parameters.ts`). */
  requiredHeaders: readonly string[]
}

export interface OperationShape {
  operation: OperationDef
  /** The verbs of its routes, in route order, each once. */
  verbs: readonly HttpMethod[]
  parameters: ParameterShapes
  requestBody: BodyShape
  response: ResponseShape
  /** Request and response examples, in page order. */
  examples: readonly ExampleShape[]
  /** The service root each request example calls where it calls one of the operation's routes
   *  (`''` for a path alone), with the example: its votes for the docs' service (`service-root.ts`). */
  exampleRoots: readonly ExampleRoot[]
}

/** Only POST, PATCH and PUT carry a request body. */
export function carriesBody(verb: HttpMethod): boolean {
  return verb === 'POST' || verb === 'PATCH' || verb === 'PUT'
}

/** Whether a body is one object of a documented type (an entity or complex type, not an enum),
 *  which may carry annotations beside its properties, as Graph reads them: links to existing
 *  entities (`"members@odata.bind": ["https://graph.microsoft.com/v1.0/users/{id}"]`) and a
 *  collection's changes (`"allowedValues@delta": [ … ]`). */
export function bindsEntities(body: BodyShape, model: Pick<ApiModel, 'types'>): boolean {
  if (body.kind !== 'json' || body.collection || body.type.kind !== 'named') return false
  // A resolved name is qualified (`microsoft.graph.group`): never one of the record's prototype's.
  const type = body.type.resolved === undefined ? undefined : model.types[body.type.resolved]
  return type !== undefined && type.kind !== 'enum'
}

/** Whether a request must carry its body: a resource or bytes must, an action's parameter object
 *  unless it is `optional`. */
export function requiresBody(body: BodyShape): boolean {
  switch (body.kind) {
    case 'none':
      return false
    case 'parameters':
      return !body.optional
    case 'json':
    case 'binary':
      return true
  }
}
