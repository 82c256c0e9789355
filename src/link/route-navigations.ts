/**
 * Navigation properties that only the API pages document. In OData a path segment after an entity
 * is one of its properties, a bound operation or a type cast, so a page that reads or creates the
 * entities at `…/{parent}/x` documents a navigation property `x` of the parent's type, even where
 * the parent's resource page (written earlier, or by another team) has no Relationships row for it:
 *   GET  /users/{id}/transitiveMemberOf           # a list        → `transitiveMemberOf`, a collection
 *   GET  /me/onlineMeetings/{id} · POST /me/onlineMeetings   # one by key, a create → a collection
 *   GET  /me/presence                             # a get         → `presence`, one entity
 * and reported so the resource page can be fixed. Every page's word on a name is weighed: it is
 * typed by the list and create pages (they name the collection's item type) before those getting
 * one by key (which may be a derived type's), as the type they all share, and as other types
 * declare the name where that derives from it (`DeclaredTypes`); documented on a base type and on a
 * type deriving from it, it is the base's. The parent's type is the one the docs give its path
 * (`path-types.ts`). Only an entity is taken, on either side: a complex value at a path is a
 * structural property, which the Properties tables list. A name the docs call as an action or function anywhere is no property, and a name the
 * type, a base or a derived type already has, in any letter case, is not added again. Runs after
 * the operation kinds are settled (`operation-kinds.ts`).
 */
import { diagnostic } from '../diagnostics.js'
import { getOrCreate } from '../get-or-create.js'
import type { Diagnostic, PathSegment, RouteTemplate } from '../model.js'
import { endingName } from '../route-end.js'
import { DeclaredTypes } from './declared-types.js'
import type { ObjectTypeDef, OperationDef, TypeRef } from './drafts.js'
import {
  baseOf,
  chainOf,
  derivedNames,
  derivedTypesByBase,
  namesWithBases,
  sharedBase,
} from './inheritance.js'
import { entityAnswer, PathTypes, propertyOf } from './path-types.js'
import type { TypeRegistry } from './registry.js'

/** A literal segment that can name a property (no `$value`, no cast, no call). */
const PROPERTY_NAME = /^[A-Za-z_]\w*$/

/**
 * A page's word that the entities at `parent/name` exist: a list of them or a create of one
 * (`collection`: they name the collection's item type), one of them by key (`item`: it may be a
 * derived type's page), or a get of the one there (`single`).
 */
interface Evidence {
  parent: readonly PathSegment[]
  name: string
  /** The entity the page answers. */
  type: ObjectTypeDef
  says: 'collection' | 'item' | 'single'
  route: RouteTemplate
}

export function addNavigationsFromRoutes(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: (operation: OperationDef) => string,
  diagnostics: Diagnostic[],
): void {
  const answered = entityAnswer(registry, namespaceOf)
  const paths = new PathTypes(registry, operations, answered)
  // A name the docs call as an action or function on any route is no property: a page creating an
  // extension lists `POST …/posts/{id}/reply` beside its collections, and another page calls `reply`.
  const called = new Set(
    operations
      .filter((operation) => operation.kind === 'action' || operation.kind === 'function')
      .flatMap((operation) =>
        operation.routes.flatMap((route) => endingName(route)?.name.toLowerCase() ?? []),
      ),
  )
  // Every page's word on each (entity, name), in page order; every path is typed before a property
  // is added, so what one page documents never types another's path.
  const byParent = new Map<ObjectTypeDef, Map<string, Evidence[]>>()
  for (const operation of operations)
    for (const evidence of evidenceOf(operation, answered)) {
      const parent = paths.at(evidence.parent)
      const key = evidence.name.toLowerCase()
      // Most pages read a navigation their type's page lists: looked up on its chain at once.
      if (parent?.kind !== 'entity' || called.has(key) || propertyOf(parent, key, registry)) continue
      const byName = getOrCreate(byParent, parent, () => new Map<string, Evidence[]>())
      getOrCreate(byName, key, () => []).push(evidence)
    }
  const members = new Members(registry)
  const declared = new DeclaredTypes(registry)
  // Bases before the types deriving from them: a name documented on both is the base's property.
  const depth = (type: ObjectTypeDef) => chainOf(named(type.qualifiedName), '', registry).length
  const parents = [...byParent].sort(([a], [b]) => depth(a) - depth(b))
  for (const [parent, byName] of parents)
    for (const found of byName.values()) {
      const collection = found.some((evidence) => evidence.says !== 'single')
      // The list and create pages name the collection's item type; else the types shown, together.
      const decisive =
        ['collection', 'item', 'single']
          .map((says) => found.filter((evidence) => evidence.says === says))
          .find((some) => some.length > 0) ?? found
      const [first] = decisive
      if (!first || members.has(parent, first.name)) continue
      const shown = sharedType(decisive, registry)
      if (!shown) continue
      parent.properties.push({
        name: first.name,
        type: declared.of(first.name, shown, parent.namespace),
        collection,
        readOnly: false,
        relationship: true,
        description: '',
        position: first.route.position,
      })
      members.added(parent, first.name)
      const { method, raw, position } = first.route
      diagnostics.push(
        diagnostic(
          'navigation-from-route',
          parent.position,
          `Missing relationship ${first.name} of ${parent.qualifiedName}: ${method} ${raw} (${position.file}:${position.line}) reads it, expected a row in the type's Relationships table; added as a navigation property`,
        ),
      )
    }
}

/** The one type the evidence shows, or the nearest documented type all of them derive from. */
function sharedType(found: readonly Evidence[], registry: TypeRegistry): TypeRef | undefined {
  const names = [...new Set(found.map(({ type }) => type.qualifiedName))]
  const shared = names.length === 1 ? names[0] : sharedBase(names.map(named), registry, '')
  return shared === undefined ? undefined : named(shared)
}

const named = (qualifiedName: string): TypeRef => ({ kind: 'named', name: qualifiedName })

/** What an operation's routes say of the entities at a path: a list of them or a create of one
 *  (`…/x`), one by key (`…/x/{id}`) or a get of one (`…/x`), answered as an entity. */
function evidenceOf(
  operation: OperationDef,
  answered: (operation: OperationDef) => ObjectTypeDef | undefined,
): Evidence[] {
  const { kind, response } = operation
  const type = answered(operation)
  if (!type) return []
  const found: Evidence[] = []
  for (const route of operation.routes) {
    if (route.query) continue
    const { segments, method } = route
    const last = segments.at(-1)
    const add = (
      parent: readonly PathSegment[],
      segment: PathSegment | undefined,
      says: Evidence['says'],
    ) => {
      if (segment?.kind === 'literal' && PROPERTY_NAME.test(segment.value))
        found.push({ parent, name: segment.value, type, says, route })
    }
    if (
      (method === 'GET' && kind === 'list' && response.collection) ||
      (method === 'POST' && kind === 'create')
    )
      add(segments.slice(0, -1), last, 'collection')
    else if (method === 'GET' && kind === 'get' && !response.collection)
      if (last?.kind === 'param') add(segments.slice(0, -2), segments.at(-2), 'item')
      else add(segments.slice(0, -1), last, 'single')
  }
  // A create posting to collections of several names answers one type for all of them, right for
  // none in particular: "Create open extension" posts to `…/extensions` and to `…/messages`. (A get
  // reads one resource by several paths: `/me/presence`, `/communications/presences/{id}`.)
  const names = new Set(found.map((evidence) => evidence.name.toLowerCase()))
  return kind === 'create' && names.size > 1 ? [] : found
}

/** The lower-case property names of each type with its base types' and its derived types'. */
class Members {
  private readonly derived: ReadonlyMap<ObjectTypeDef, readonly ObjectTypeDef[]>
  private readonly names = new Map<ObjectTypeDef, Set<string>>()

  constructor(private readonly registry: TypeRegistry) {
    this.derived = derivedTypesByBase(registry)
  }

  has(type: ObjectTypeDef, name: string): boolean {
    return this.namesOf(type).has(name.toLowerCase())
  }

  /** `name` was added to `type`: it is a member of the types `type` derives from and of those
   *  deriving from it (the names kept for them take it). */
  added(type: ObjectTypeDef, name: string): void {
    const lower = name.toLowerCase()
    for (let t = baseOf(type, this.registry); t; t = baseOf(t, this.registry)) this.names.get(t)?.add(lower)
    const below = [type]
    for (let t = below.pop(); t; t = below.pop()) {
      this.names.get(t)?.add(lower)
      below.push(...(this.derived.get(t) ?? []))
    }
  }

  private namesOf(type: ObjectTypeDef): Set<string> {
    let names = this.names.get(type)
    if (!names) {
      names = new Set([...namesWithBases(type, this.registry), ...derivedNames(type, this.derived)])
      this.names.set(type, names)
    }
    return names
  }
}
