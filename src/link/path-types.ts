/**
 * The object type at a route's path, as the docs type it: the entity a get answers there (or a
 * list answers the items of under a key), else the type of the property the last segment names on
 * the type before it (`/me/drive/items/{id}/workbook` through driveItem's `workbook`).
 */

import { getOrCreate } from '../get-or-create.js'
import type { PathSegment, TypeRef } from '../model.js'
import { segmentsKey } from '../route-key.js'
import type { ObjectTypeDef, OperationDef } from './drafts.js'
import { baseOf } from './inheritance.js'
import { objectTypeOf, typeOf } from './key-addressed.js'
import type { TypeRegistry } from './registry.js'

/** The object type at a path: the entity a get answers there (or a list answers items of under a
 *  key), else the type of the property the last segment names on the type before it. A path two
 *  types are answered at has none. */
export class PathTypes {
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
    if (!this.known.has(key))
      this.known.set(
        key,
        this.answers.has(key) ? (this.answers.get(key) ?? undefined) : this.throughProperty(segments),
      )
    return this.known.get(key)
  }

  /** The type of the property a path ends in, as the type before it declares it, whatever a page
   *  answers there, documented or not: a collection's item type
   *  (`…/runs/{runId}/userProcessingResults`), else the one value's. */
  navigationAt(segments: readonly PathSegment[]): Navigation | undefined {
    return this.propertyAt(segments) ?? this.propertyAt([...segments, ITEM_KEY])
  }

  private throughProperty(segments: readonly PathSegment[]): ObjectTypeDef | undefined {
    const navigation = this.propertyAt(segments)
    return navigation && objectTypeOf(navigation.type, this.registry, navigation.namespace)
  }

  private propertyAt(segments: readonly PathSegment[]): Navigation | undefined {
    const last = segments.at(-1)
    const byKey = last?.kind === 'param'
    const named = byKey ? segments.at(-2) : last
    if (named?.kind !== 'literal' || segments.length < 2) return undefined
    const owner = this.at(segments.slice(0, byKey ? -2 : -1))
    const property = owner && propertyOf(owner, named.value, this.registry)
    if (!owner || !property || property.collection !== byKey) return undefined
    return { type: property.type, namespace: owner.namespace }
  }
}

/** The type a property declares, and the namespace its name is read in (its owner's). */
export interface Navigation {
  readonly type: TypeRef
  readonly namespace: string
}

/** A key after a collection's path: its item. */
export const ITEM_KEY: PathSegment = { kind: 'param', name: 'id', raw: '{id}' }

/** The property `name` of `type` or of a base type, in any letter case (cycles are cut before). */
export function propertyOf(type: ObjectTypeDef, name: string, registry: TypeRegistry) {
  const lower = name.toLowerCase()
  for (let t: ObjectTypeDef | undefined = type; t; t = baseOf(t, registry)) {
    const property = t.properties.find((each) => each.name.toLowerCase() === lower)
    if (property) return property
  }
  return undefined
}

/** The entity an operation answers, if any (what `PathTypes` reads of a get or a list), each
 *  operation's read once. */
export function entityAnswer(
  registry: TypeRegistry,
  namespaceOf: (operation: OperationDef) => string,
): (operation: OperationDef) => ObjectTypeDef | undefined {
  const answers = new Map<OperationDef, ObjectTypeDef | undefined>()
  return (operation) =>
    getOrCreate(answers, operation, () => {
      const type = typeOf(operation.response.type, registry, namespaceOf(operation))
      return type?.kind === 'entity' ? type : undefined
    })
}
