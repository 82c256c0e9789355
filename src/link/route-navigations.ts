/**
 * Navigation properties that only the API pages document. In OData a path segment after an entity
 * is one of its properties, a bound operation or a type cast, so a page that reads or creates the
 * entities at `…/{parent}/x` documents a navigation property `x` of the parent's type, even where
 * the parent's resource page (written earlier, or by another team) has no Relationships row for it:
 *   GET  /users/{id}/transitiveMemberOf           # a list        → `transitiveMemberOf`, a collection
 *   GET  /me/onlineMeetings/{id} · POST /me/onlineMeetings   # one by key, a create → a collection
 *   GET  /me/presence                             # a get         → `presence`, one entity
 * typed by the page's response, and reported so the resource page can be fixed. The parent's type
 * is the one a get of the parent path answers (or a list of the path before its key), else the
 * type of the property the path's last segment names on the type before it
 * (`/me/drive/items/{id}/workbook` through driveItem's `workbook`). Only an entity is taken, on
 * either side: a complex value at a path is a structural property, which the Properties tables
 * list. A name the docs call as an action or function anywhere is no property, and a name the
 * type, a base or a derived type already has, in any letter case, is not added again. Runs after
 * the operation kinds are settled (`operation-kinds.ts`).
 */
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, PathSegment, RouteTemplate } from '../model.js'
import { endingName } from '../route-end.js'
import { segmentsKey } from '../route-key.js'
import { DeclaredTypes } from './declared-types.js'
import type { ObjectTypeDef, OperationDef, TypeRef } from './drafts.js'
import { baseOf } from './inheritance.js'
import { typeOf } from './key-addressed.js'
import type { TypeRegistry } from './registry.js'

/** A literal segment that can name a property (no `$value`, no cast, no call). */
const PROPERTY_NAME = /^[A-Za-z_]\w*$/

/** A page's word that the entities at `parent/name` exist. */
interface Evidence {
  parent: readonly PathSegment[]
  name: string
  type: TypeRef
  collection: boolean
  route: RouteTemplate
}

export function addNavigationsFromRoutes(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: (operation: OperationDef) => string,
  diagnostics: Diagnostic[],
): void {
  const answered = (operation: OperationDef) => {
    const type = typeOf(operation.response.type, registry, namespaceOf(operation))
    return type?.kind === 'entity' ? type : undefined
  }
  const paths = new PathTypes(registry, operations, answered)
  // A name the docs call as an action or function on any route is no property: a page creating an
  // extension lists `POST …/posts/{id}/reply` beside its collections, and another page calls `reply`.
  const called = new Set(
    operations
      .filter((operation) => operation.kind === 'action' || operation.kind === 'function')
      .flatMap((operation) => operation.routes.map((route) => endingName(route)?.name.toLowerCase())),
  )
  const members = new Members(registry)
  // Every path is typed before a property is added: what one page documents never types another's.
  const placed = operations.flatMap((operation) =>
    evidenceOf(operation, answered).map((evidence) => ({
      ...evidence,
      parent: paths.at(evidence.parent),
      namespace: namespaceOf(operation),
    })),
  )
  const declared = new DeclaredTypes(registry)
  for (const { parent, name, type, collection, route, namespace } of placed) {
    if (parent?.kind !== 'entity' || called.has(name.toLowerCase()) || members.has(parent, name)) continue
    parent.properties.push({
      name,
      type: declared.of(name, type, namespace),
      collection,
      readOnly: false,
      relationship: true,
      description: '',
      position: route.position,
    })
    members.changed()
    diagnostics.push(
      diagnostic(
        'navigation-from-route',
        parent.position,
        `Missing relationship ${name} of ${parent.qualifiedName}: ${route.method} ${route.raw} (${route.position.file}:${route.position.line}) reads it, expected a row in the type's Relationships table; added as a navigation property`,
      ),
    )
  }
}

/** What an operation's routes say of the entities at a path: a list of them or a create of one
 *  (`…/x`), one by key (`…/x/{id}`) or a get of one (`…/x`), answered as an entity. */
function evidenceOf(
  operation: OperationDef,
  answered: (operation: OperationDef) => ObjectTypeDef | undefined,
): Evidence[] {
  const { kind, response } = operation
  const type = response.type
  if (!type || !answered(operation)) return []
  const found: Evidence[] = []
  for (const route of operation.routes) {
    if (route.query) continue
    const { segments, method } = route
    const last = segments.at(-1)
    const add = (parent: readonly PathSegment[], segment: PathSegment | undefined, collection: boolean) => {
      if (segment?.kind === 'literal' && PROPERTY_NAME.test(segment.value))
        found.push({ parent, name: segment.value, type, collection, route })
    }
    if (
      (method === 'GET' && kind === 'list' && response.collection) ||
      (method === 'POST' && kind === 'create')
    )
      add(segments.slice(0, -1), last, true)
    else if (method === 'GET' && kind === 'get' && !response.collection)
      if (last?.kind === 'param') add(segments.slice(0, -2), segments.at(-2), true)
      else add(segments.slice(0, -1), last, false)
  }
  return found
}

/** The object type at a path: the entity a get answers there (or a list answers items of under a
 *  key), else the type of the property the last segment names on the type before it. A path two
 *  types are answered at has none. */
class PathTypes {
  private readonly answers = new Map<string, ObjectTypeDef | null>()
  private readonly known = new Map<string, ObjectTypeDef | undefined>()

  constructor(
    private readonly registry: TypeRegistry,
    operations: readonly OperationDef[],
    answered: (operation: OperationDef) => ObjectTypeDef | undefined,
  ) {
    for (const operation of operations) {
      const reads =
        (operation.kind === 'get' && !operation.response.collection) ||
        (operation.kind === 'list' && operation.response.collection)
      const type = reads ? answered(operation) : undefined
      if (!type) continue
      for (const route of operation.routes) {
        if (route.method !== 'GET' || route.query) continue
        const key = segmentsKey(route.segments) + (operation.kind === 'list' ? '/{}' : '')
        const before = this.answers.get(key)
        this.answers.set(key, before === undefined || before === type ? type : null)
      }
    }
  }

  at(segments: readonly PathSegment[]): ObjectTypeDef | undefined {
    const key = segmentsKey(segments)
    if (!this.known.has(key)) this.known.set(key, this.answers.get(key) ?? this.throughProperty(segments))
    return this.known.get(key)
  }

  private throughProperty(segments: readonly PathSegment[]): ObjectTypeDef | undefined {
    const last = segments.at(-1)
    const byKey = last?.kind === 'param'
    const named = byKey ? segments.at(-2) : last
    if (named?.kind !== 'literal' || segments.length < 2) return undefined
    const owner = this.at(segments.slice(0, byKey ? -2 : -1))
    const property = owner && propertyOf(owner, named.value, this.registry)
    if (!owner || !property || property.collection !== byKey) return undefined
    const type = typeOf(property.type, this.registry, owner.namespace)
    return type && type.kind !== 'enum' ? type : undefined
  }
}

/** The property `name` of `type` or of a base type, in any letter case. */
function propertyOf(type: ObjectTypeDef, name: string, registry: TypeRegistry) {
  const lower = name.toLowerCase()
  const seen = new Set<ObjectTypeDef>()
  for (let t: ObjectTypeDef | undefined = type; t && !seen.has(t); t = baseOf(t, registry)) {
    seen.add(t)
    const property = t.properties.find((each) => each.name.toLowerCase() === lower)
    if (property) return property
  }
  return undefined
}

/** The lower-case property names of each type with its base types' and its derived types'. */
class Members {
  private readonly derived = new Map<ObjectTypeDef, ObjectTypeDef[]>()
  private readonly names = new Map<ObjectTypeDef, Set<string>>()

  constructor(private readonly registry: TypeRegistry) {
    for (const type of registry.types.values()) {
      if (type.kind === 'enum') continue
      const base = baseOf(type, registry)
      if (base) this.derived.set(base, [...(this.derived.get(base) ?? []), type])
    }
  }

  has(type: ObjectTypeDef, name: string): boolean {
    return this.namesOf(type).has(name.toLowerCase())
  }

  /** A property was added: the names of every type related to its type are read again (few are
   *  added, and each may be a member of many types). */
  changed(): void {
    this.names.clear()
  }

  private namesOf(type: ObjectTypeDef): Set<string> {
    let names = this.names.get(type)
    if (!names) {
      const related = new Set<ObjectTypeDef>()
      // Inheritance cycles are cut: each type is visited once.
      for (let t: ObjectTypeDef | undefined = type; t && !related.has(t); t = baseOf(t, this.registry))
        related.add(t)
      const below = [...(this.derived.get(type) ?? [])]
      for (let t = below.pop(); t; t = below.pop())
        if (!related.has(t)) {
          related.add(t)
          below.push(...(this.derived.get(t) ?? []))
        }
      names = new Set(
        [...related].flatMap((t) => t.properties.map((property) => property.name.toLowerCase())),
      )
      this.names.set(type, names)
    }
    return names
  }
}
