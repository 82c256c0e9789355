/**
 * Operation kinds the whole docs decide: a page may route a create or a list to a segment that other
 * pages document as an operation name, or that a resource's Methods table names as one.
 *   POST /workbook/tables/{id}/rows/add     # Create TableRow    ← `add` is `TableCollection: add` elsewhere
 *   |[delta](../api/event-delta.md)|[event](event.md) collection|…|     ← Methods row named after the segment
 *   |[wipe action](../api/…-wipe.md)|None|…|                            ← Methods row `<name> action|function`
 * Such a create becomes an action (its body is then the parameters, not a resource) and such a
 * get or list a function. So does a create whose body names no resource, posted to a segment after
 * another that no documented type has as a property: it adds to no collection, it calls an operation.
 *   POST /drives/{id}/items/{id}/preview   | viewer | string | Optional. … |   ← no type has `preview`
 * A PUT stays what it is: it writes where its URL says, and a PUT that creates (`PUT
 * /tenantRelationships/multiTenantOrganization` answering `201 Created`) calls no operation.
 * Runs on link's copies of the operations, after the Methods rows are tied to their operations.
 */
import { endingName } from '../route-end.js'
import type { OperationDef, TypeDef } from './drafts.js'

export function refineOperationKinds(types: Iterable<TypeDef>, operations: readonly OperationDef[]): void {
  const names = new Set<string>()
  // Each operation's name, read once: the loops below visit every operation and Methods row.
  const lastNames = new Map(operations.map((operation) => [operation, lastName(operation)]))
  for (const [operation, name] of lastNames)
    if (name && (operation.kind === 'action' || operation.kind === 'function')) names.add(name)
  const byId = new Map(operations.map((operation) => [operation.id, operation]))
  // Every documented property name, structural or navigation, lower-cased.
  const properties = new Set<string>()
  for (const type of types) {
    if (type.kind === 'enum') continue
    for (const property of type.properties) properties.add(property.name.toLowerCase())
    for (const row of type.methods) {
      const operation = row.operationId ? byId.get(row.operationId) : undefined
      const name = operation && lastNames.get(operation)
      if (!name) continue
      const title = row.title.toLowerCase()
      if (title === name || title === `${name} action` || title === `${name} function`) names.add(name)
    }
  }
  for (const [operation, name] of lastNames) {
    if (!name || operation.routes[0]?.method === 'PUT') continue
    const called =
      names.has(name) || (operation.kind === 'create' && postsToNoCollection(operation, name, properties))
    if (!called) continue
    if (operation.kind === 'create') {
      operation.kind = 'action'
      delete operation.requestBody
    } else if (operation.kind === 'list' || operation.kind === 'get') operation.kind = 'function'
  }
}

/** A bound POST (the segment follows another) with no resource body, to a segment no type has. */
function postsToNoCollection(
  operation: OperationDef,
  name: string,
  properties: ReadonlySet<string>,
): boolean {
  const bound = (operation.routes[0]?.segments.length ?? 0) > 1
  return bound && !operation.requestBody && !properties.has(name)
}

/** The lower-cased literal (or call) name that ends the operation's first route, `$…` excluded. */
function lastName(operation: OperationDef): string | undefined {
  return endingName(operation.routes[0])?.name.toLowerCase() || undefined
}
