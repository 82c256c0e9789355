/**
 * What the OpenAPI emitter and the `openapi-inexact-path` check keep between runs of one session
 * (keys and invalidation: the session's doc comment, `src/session/index.ts`). The check and the
 * emitter of one run share it.
 */

import { LastOperations } from '../../last-operations.js'
import type { Diagnostic, RouteTemplate } from '../../model.js'
import type { BaseTypes } from '../../shape/base-types.js'
import type { MethodListings } from '../../shape/method-listings.js'
import { ReadMemo } from '../read-memo.js'
import type { PathTemplate } from './path-template.js'
import type { PathItemInput, PathItemInputs, ResourceTag } from './paths.js'
import type { RouteEntry } from './route-entries.js'
import type { SchemaObject } from './spec.js'

export class OpenApiMemo {
  /** Each route's path template, by route object. */
  readonly templates = new WeakMap<RouteTemplate, PathTemplate>()
  /** The route entries of the last list of operations. */
  readonly routeEntries = new LastOperations<readonly RouteEntry[]>()
  /** The `openapi-inexact-path` findings of the last list of operations. */
  readonly inexact = new LastOperations<readonly Diagnostic[]>()
  /** The security schemes as printed, for the last list of operations. */
  readonly securitySchemes = new LastOperations<string>()
  /** Each component schema, by type (or placeholder) object, with the descendants it maps. */
  readonly schemas = new WeakMap<object, { descendants: readonly string[]; schema: SchemaObject }>()
  /** What each component schema accepts, as a key (`acceptedKeys`), by schema object. */
  readonly acceptedKeys = new WeakMap<SchemaObject, string>()
  /** Each path item's memo key, by path item input object. */
  readonly pathItemKeys = new WeakMap<PathItemInput, string>()
  /** Each path item's `responseForms`, by path item input object, with what it read of the model
   *  (a type edited elsewhere changes a create's required members); kept only where more runs
   *  follow: recording what it reads costs a run the shapes it would share. */
  readonly responseForms: ReadMemo<string> | undefined

  /** `lasting`: more runs of the session follow (watch mode). */
  constructor(lasting = false) {
    this.responseForms = lasting ? new ReadMemo<string>() : undefined
  }
  /** The last path item inputs and what they were built from. */
  pathItems:
    | {
        entries: readonly RouteEntry[]
        resourceTags: ReadonlyMap<string, ResourceTag>
        listings: MethodListings
        bases: BaseTypes
        inputs: PathItemInputs
      }
    | undefined
}
