/**
 * What a docs change does to the API: a semantic diff of two linked models. Types are matched by
 * qualified name, properties and enum members by name, operations by verb and route (placeholder
 * names ignored: `/x/{id}` = `/x/{xId}`). Each change says whether it breaks a client: removing a
 * type, property, member or route, or changing a type, cardinality or base type breaks; adding
 * optional things does not; a property that becomes nullable breaks readers, one that stops being
 * nullable does not.
 */
import type {
  ApiModel,
  EnumTypeDef,
  ObjectTypeDef,
  OperationDef,
  PropertyDef,
  TypeDef,
  TypeRef,
} from '../model.js'

export type ChangeKind =
  | 'type-added'
  | 'type-removed'
  | 'type-kind-changed'
  | 'base-type-changed'
  | 'property-added'
  | 'property-removed'
  | 'property-type-changed'
  | 'property-cardinality-changed'
  | 'property-nullability-changed'
  | 'enum-member-added'
  | 'enum-member-removed'
  | 'route-added'
  | 'route-removed'
  | 'request-type-changed'
  | 'response-type-changed'

export interface ApiChange {
  kind: ChangeKind
  breaking: boolean
  /** What changed: `microsoft.graph.user`, `microsoft.graph.user.displayName`, `GET /users/{}`. */
  subject: string
  message: string
  /** Before and after, as type text (`String`, `Collection(microsoft.graph.x)`, `nullable`). */
  old?: string
  new?: string
}

export function diffModels(before: ApiModel, after: ApiModel): ApiChange[] {
  const changes: ApiChange[] = []
  const oldTypes = byLowerName(before.types)
  const newTypes = byLowerName(after.types)
  for (const [key, type] of oldTypes) {
    const next = newTypes.get(key)
    if (!next)
      changes.push(change('type-removed', true, type.qualifiedName, `Type ${type.qualifiedName} was removed`))
    else diffType(type, next, changes)
  }
  for (const [key, type] of newTypes)
    if (!oldTypes.has(key))
      changes.push(change('type-added', false, type.qualifiedName, `Type ${type.qualifiedName} was added`))
  diffOperations(before.operations, after.operations, changes)
  return changes.sort((a, b) => compare(a.subject, b.subject) || compare(a.kind, b.kind))
}

function diffType(before: TypeDef, after: TypeDef, changes: ApiChange[]): void {
  const name = after.qualifiedName
  if ((before.kind === 'enum') !== (after.kind === 'enum')) {
    changes.push({
      ...change('type-kind-changed', true, name, `Type ${name} changed from ${before.kind} to ${after.kind}`),
      old: before.kind,
      new: after.kind,
    })
    return
  }
  if (before.kind === 'enum' && after.kind === 'enum') diffMembers(before, after, changes)
  else if (before.kind !== 'enum' && after.kind !== 'enum') {
    const oldBase = before.baseType ? typeText(before.baseType) : undefined
    const newBase = after.baseType ? typeText(after.baseType) : undefined
    if (oldBase?.toLowerCase() !== newBase?.toLowerCase())
      changes.push({
        ...change(
          'base-type-changed',
          oldBase !== undefined,
          name,
          `Base type of ${name} changed from ${oldBase ?? 'none'} to ${newBase ?? 'none'}`,
        ),
        ...(oldBase ? { old: oldBase } : {}),
        ...(newBase ? { new: newBase } : {}),
      })
    diffProperties(before, after, changes)
  }
}

function diffMembers(before: EnumTypeDef, after: EnumTypeDef, changes: ApiChange[]): void {
  const oldNames = new Set(before.members.map((m) => m.name))
  const newNames = new Set(after.members.map((m) => m.name))
  for (const member of oldNames)
    if (!newNames.has(member))
      changes.push(
        change(
          'enum-member-removed',
          true,
          `${after.qualifiedName}.${member}`,
          `Member ${member} was removed from enum ${after.qualifiedName}`,
        ),
      )
  for (const member of newNames)
    if (!oldNames.has(member))
      changes.push(
        change(
          'enum-member-added',
          false,
          `${after.qualifiedName}.${member}`,
          `Member ${member} was added to enum ${after.qualifiedName}`,
        ),
      )
}

function diffProperties(before: ObjectTypeDef, after: ObjectTypeDef, changes: ApiChange[]): void {
  const oldProps = new Map(before.properties.map((p) => [p.name, p]))
  const newProps = new Map(after.properties.map((p) => [p.name, p]))
  for (const [name, property] of oldProps) {
    const subject = `${after.qualifiedName}.${name}`
    const next = newProps.get(name)
    if (!next) {
      changes.push(
        change('property-removed', true, subject, `Property ${name} was removed from ${after.qualifiedName}`),
      )
      continue
    }
    const oldType = typeText(property.type)
    const newType = typeText(next.type)
    if (oldType.toLowerCase() !== newType.toLowerCase())
      changes.push({
        ...change(
          'property-type-changed',
          true,
          subject,
          `Property ${subject} changed type from ${oldType} to ${newType}`,
        ),
        old: propertyText(property),
        new: propertyText(next),
      })
    if (property.collection !== next.collection)
      changes.push({
        ...change(
          'property-cardinality-changed',
          true,
          subject,
          `Property ${subject} changed from ${property.collection ? 'a collection' : 'a single value'} to ${next.collection ? 'a collection' : 'a single value'}`,
        ),
        old: propertyText(property),
        new: propertyText(next),
      })
    if ((property.nullable === true) !== (next.nullable === true))
      changes.push({
        ...change(
          'property-nullability-changed',
          next.nullable === true,
          subject,
          `Property ${subject} ${next.nullable === true ? 'became nullable' : 'is no longer nullable'}`,
        ),
        old: nullability(property),
        new: nullability(next),
      })
  }
  for (const name of newProps.keys())
    if (!oldProps.has(name))
      changes.push(
        change(
          'property-added',
          false,
          `${after.qualifiedName}.${name}`,
          `Property ${name} was added to ${after.qualifiedName}`,
        ),
      )
}

function diffOperations(
  before: readonly OperationDef[],
  after: readonly OperationDef[],
  changes: ApiChange[],
): void {
  const oldRoutes = routesOf(before)
  const newRoutes = routesOf(after)
  for (const [key, operation] of oldRoutes) {
    const next = newRoutes.get(key)
    if (!next) {
      changes.push(change('route-removed', true, key, `Route ${key} was removed (${operation.id})`))
      continue
    }
    const oldRequest = operation.requestBody
      ? cardinalText(operation.requestBody.type, operation.requestBody.collection)
      : 'none'
    const newRequest = next.requestBody
      ? cardinalText(next.requestBody.type, next.requestBody.collection)
      : 'none'
    if (oldRequest.toLowerCase() !== newRequest.toLowerCase())
      changes.push({
        ...change(
          'request-type-changed',
          true,
          key,
          `Request body of ${key} changed from ${oldRequest} to ${newRequest}`,
        ),
        old: oldRequest,
        new: newRequest,
      })
    const oldResponse = operation.response.type
      ? cardinalText(operation.response.type, operation.response.collection)
      : 'none'
    const newResponse = next.response.type
      ? cardinalText(next.response.type, next.response.collection)
      : 'none'
    if (oldResponse.toLowerCase() !== newResponse.toLowerCase())
      changes.push({
        ...change(
          'response-type-changed',
          true,
          key,
          `Response of ${key} changed from ${oldResponse} to ${newResponse}`,
        ),
        old: oldResponse,
        new: newResponse,
      })
  }
  for (const [key, operation] of newRoutes)
    if (!oldRoutes.has(key))
      changes.push(change('route-added', false, key, `Route ${key} was added (${operation.id})`))
}

/** `GET /deviceManagement/x/{}` → the first operation documenting it. */
function routesOf(operations: readonly OperationDef[]): Map<string, OperationDef> {
  const routes = new Map<string, OperationDef>()
  for (const operation of operations)
    for (const route of operation.routes) {
      const path = route.raw
        .replace(/\{[^}]*\}|<[^>]*>/g, '{}')
        .replace(/\/+$/, '')
        .toLowerCase()
      const key = `${route.method} ${path}`
      if (!routes.has(key)) routes.set(key, operation)
    }
  return routes
}

function change(kind: ChangeKind, breaking: boolean, subject: string, message: string): ApiChange {
  return { kind, breaking, subject, message }
}

function byLowerName(types: Record<string, TypeDef>): Map<string, TypeDef> {
  return new Map(Object.values(types).map((type) => [type.qualifiedName.toLowerCase(), type]))
}

function typeText(type: TypeRef): string {
  if (type.kind === 'primitive') return type.name
  if (type.kind === 'named') return type.resolved ?? type.name
  return type.text || 'unknown'
}

function cardinalText(type: TypeRef, collection: boolean): string {
  return collection ? `Collection(${typeText(type)})` : typeText(type)
}

function propertyText(property: PropertyDef): string {
  return cardinalText(property.type, property.collection)
}

function nullability(property: PropertyDef): string {
  return property.nullable === true
    ? 'nullable'
    : property.nullable === false
      ? 'not nullable'
      : 'unspecified'
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
