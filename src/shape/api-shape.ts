/**
 * The shapes of a model's operations for one emit: each operation is lowered at most once, when
 * an emitter first asks for it (an output whose memo already holds its text never asks). The
 * object lives as long as the emit that made it; nothing is kept in the module. A lasting session
 * keeps each operation's shape for the next emit (`KeptShapes`): an unchanged operation is the
 * same object then (`src/session/model-interner.ts`), and of the rest of the model its shape reads
 * only whether its response type is an enum (`isValueType`).
 *
 * Reads: the linked `ApiModel`.
 */

import { getOrCreate } from '../get-or-create.js'
import { LastOperations } from '../last-operations.js'
import type { ApiModel, OperationDef, PropertyDef, RouteTemplate } from '../model.js'
import { routeKey } from '../route-key.js'
import { type BaseTypes, baseTypesOf, sameBaseTypes } from './base-types.js'
import { ExampleReads, shapeExamples } from './examples.js'
import { listMethods, type MethodListings, sameListings } from './method-listings.js'
import type { OperationShape } from './operation-shape.js'
import { shapeParameters } from './parameters.js'
import { shapeRequestBody } from './request-body.js'
import { isValueType, shapeResponse } from './response.js'
import { type RootAlias, rootAliases } from './root-aliases.js'
import { type RouteAnswer, routeAnswers, shapeOfRoute } from './route-shape.js'
import { type RoutePages, routeOwners } from './same-route.js'
import { exampleRootsOf, type Service, serviceOf } from './service-root.js'

export interface ApiShape {
  model: ApiModel
  /** The docs' examples, each read once (`examples.ts`): the shapes' examples are these, and the
   *  checks read them here. */
  examples: ExampleReads
  of(operation: OperationDef): OperationShape
  /** The operation as one of its routes answers it: a property path with the property, a
   *  `$value` route with bytes, a cast with the type it casts to (`route-shape.ts`). */
  ofRoute(operation: OperationDef, route: RouteTemplate): OperationShape
  /** The property a property path of the operation answers with (`route-property.ts`). */
  propertyOf(operation: OperationDef, route: RouteTemplate): PropertyDef | undefined
  /** Where each operation is listed, which decides a route's owner (`same-route.ts`). */
  listings(): MethodListings
  /** Each type's base type, which decides a route's owner too. */
  baseTypes(): BaseTypes
  /** The operation that serves a route's requests where only one can (`routeOwners`): the server's. */
  ownerOf(route: RouteTemplate): OperationDef | undefined
  /** Every page documenting a route's requests, its owner first (`routeOwners`): whose examples
   *  the route shows. */
  pagesOf(route: RouteTemplate): readonly OperationDef[]
  /** The service the docs' request examples call (`service-root.ts`). */
  service(): Service
  /** The other names the pages give a collection's item at a path's root (`root-aliases.ts`):
   *  the server answers them, and `otherRouteExamples` reads examples through them. */
  rootAliases(): readonly RootAlias[]
  /** The namespaces the docs document types in, each once, sorted: a segment naming a type of one
   *  is a type cast, for the server and `otherRouteExamples` alike. */
  namespaces(): readonly string[]
  /** These shapes read through `view`, another view of the same model (one that records what is
   *  read, `src/emit/read-memo.ts`): the kept shapes, the listings, the base types and the owners
   *  are shared.
   *  These very shapes where `view` is their model. */
  through(view: ApiModel): ApiShape
}

/** What a session keeps of the shapes across its emits. */
export class KeptShapes {
  /** Each operation's shape, with the model fact it read. */
  readonly operations = new WeakMap<OperationDef, { valueResponse: boolean; shape: OperationShape }>()
  /** The last listings, kept while the listings made again say the same (what was derived from
   *  them is found again). */
  listings: MethodListings | undefined
  /** The last base types, kept while those made again say the same. */
  baseTypes: BaseTypes | undefined
  /** The route owners of the last operation list, listings and base types. */
  readonly owners = new LastOperations<ReadonlyMap<string, RoutePages>>()
  /** The service of the last operation list (its votes are its operations' own). */
  readonly service = new LastOperations<Service>()
  /** The root aliases of the last operation list. */
  readonly rootAliases = new LastOperations<RootAlias[]>()

  /** `listMethods(model)`: the last listings where they say the same. */
  listingsOf(model: ApiModel): MethodListings {
    const listings = listMethods(model)
    if (this.listings && sameListings(this.listings, listings)) return this.listings
    this.listings = listings
    return listings
  }

  /** `baseTypesOf(model.types)`: the last base types where they say the same. */
  baseTypesOf(model: ApiModel): BaseTypes {
    const bases = baseTypesOf(model.types)
    if (this.baseTypes && sameBaseTypes(this.baseTypes, bases)) return this.baseTypes
    this.baseTypes = bases
    return bases
  }

  /** `routeOwners(operations, listings, bases)`: the last owners for the same operations, listings
   *  and base types. */
  ownersOf(
    operations: readonly OperationDef[],
    listings: MethodListings,
    bases: BaseTypes,
  ): ReadonlyMap<string, RoutePages> {
    return this.owners.get(operations, (list) => routeOwners(list, listings, bases), [listings, bases])
  }
}

/** What shapes read through another view of the model share with those they were made from. */
type SharedFacts = Pick<
  ApiShape,
  'listings' | 'baseTypes' | 'ownerOf' | 'pagesOf' | 'service' | 'rootAliases' | 'namespaces'
>

/** `examples`: the reads of the docs' examples so far (the session's, which link began). */
export function shapeApi(
  model: ApiModel,
  kept?: KeptShapes,
  examples = new ExampleReads(),
  shared?: SharedFacts,
): ApiShape {
  const shapes = new Map<OperationDef, OperationShape>()
  const lower = (operation: OperationDef): OperationShape => {
    if (!kept) return shapeOperation(operation, model, examples)
    const valueResponse = !!operation.response.type && isValueType(operation.response.type, model)
    const known = kept.operations.get(operation)
    if (known?.valueResponse === valueResponse) return known.shape
    const shape = shapeOperation(operation, model, examples)
    kept.operations.set(operation, { valueResponse, shape })
    return shape
  }
  const routeShapes = new Map<OperationDef, Map<RouteTemplate, OperationShape>>()
  const answers = new Map<OperationDef, Map<RouteTemplate, RouteAnswer>>()
  const answersOf = (operation: OperationDef) =>
    getOrCreate(answers, operation, () => routeAnswers(operation, model, api.baseTypes))
  let listings: MethodListings | undefined
  let bases: BaseTypes | undefined
  let owners: ReadonlyMap<string, RoutePages> | undefined
  let service: Service | undefined
  let aliases: readonly RootAlias[] | undefined
  let namespaces: readonly string[] | undefined
  const routePages = (route: RouteTemplate): RoutePages | undefined => {
    owners ??= kept
      ? kept.ownersOf(model.operations, api.listings(), api.baseTypes())
      : routeOwners(model.operations, api.listings(), api.baseTypes())
    return owners.get(routeKey(route))
  }
  /** `derive(model.operations)`, kept for the operation list in `last` where there is one. */
  const ofOperations = <T>(
    last: LastOperations<T> | undefined,
    derive: (list: readonly OperationDef[]) => T,
  ) => (last ? last.get(model.operations, derive) : derive(model.operations))
  const api: ApiShape = {
    model,
    examples,
    of: (operation) => getOrCreate(shapes, operation, () => lower(operation)),
    ofRoute(operation, route) {
      const found = answersOf(operation)
      if (found.size === 0) return api.of(operation)
      const byRoute = getOrCreate(routeShapes, operation, () => new Map<RouteTemplate, OperationShape>())
      return getOrCreate(byRoute, route, () => shapeOfRoute(api.of(operation), route, found, model))
    },
    propertyOf(operation, route) {
      const answer = answersOf(operation).get(route)
      return answer?.kind === 'property' ? answer.property : undefined
    },
    listings: () => {
      listings ??= shared ? shared.listings() : kept ? kept.listingsOf(model) : listMethods(model)
      return listings
    },
    baseTypes: () => {
      bases ??= shared ? shared.baseTypes() : kept ? kept.baseTypesOf(model) : baseTypesOf(model.types)
      return bases
    },
    ownerOf: (route) => (shared ? shared.ownerOf(route) : routePages(route)?.owner),
    pagesOf: (route) => (shared ? shared.pagesOf(route) : (routePages(route)?.pages ?? [])),
    service: () => {
      service ??= shared
        ? shared.service()
        : ofOperations(kept?.service, (operations) => serviceOf(operations.map(api.of)))
      return service
    },
    rootAliases: () => {
      aliases ??= shared ? shared.rootAliases() : ofOperations(kept?.rootAliases, rootAliases)
      return aliases
    },
    namespaces: () => {
      namespaces ??= shared
        ? shared.namespaces()
        : [...new Set(Object.values(model.types).map((type) => type.namespace))].sort()
      return namespaces
    },
    through: (view) => (view === model ? api : shapeApi(view, kept, examples, api)),
  }
  return api
}

/** One operation lowered (see `OperationShape`). */
export function shapeOperation(
  operation: OperationDef,
  model: ApiModel,
  reads = new ExampleReads(),
): OperationShape {
  const examples = shapeExamples(operation, reads)
  return {
    operation,
    verbs: [...new Set(operation.routes.map((route) => route.method))],
    parameters: shapeParameters(operation),
    requestBody: shapeRequestBody(operation),
    response: shapeResponse(operation, model, examples),
    examples,
    exampleRoots: exampleRootsOf(operation, reads),
  }
}
