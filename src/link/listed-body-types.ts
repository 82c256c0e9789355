/**
 * A create or update body sends the type whose members its Request body table lists. extract
 * takes the body's type from the page's prose (most often the resource the description links);
 * where that type is undocumented or has no member of some listed name, and the single type the
 * Response sentence names has them all, the body is of the response's type:
 *   Update the privacy settings for [itemInsights](../resources/iteminsights.md) … of a user.
 *   | isEnabled | Boolean | … |
 *   …returns a `200 OK` response code and a [userInsightsSettings](…) object in the response body.
 * sends a userInsightsSettings (itemInsights has no isEnabled). Only link can decide it: members
 * are inherited, and a derived type's body lists its base's members too.
 */
import type { OperationDef, TypeRef } from './drafts.js'
import { baseOf } from './inheritance.js'
import type { TypeRegistry } from './registry.js'
import { type NamespaceOf, resolveReference } from './resolve-references.js'

export function settleListedBodyTypes(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
): void {
  for (const operation of operations) {
    const { requestBody, response } = operation
    if (requestBody?.type.kind !== 'named' || requestBody.collection) continue
    if (response.type?.kind !== 'named' || response.collection) continue
    const listed = operation.parameters.filter((parameter) => parameter.in === 'body').map(({ name }) => name)
    if (listed.length === 0) continue
    const namespace = namespaceOf(operation)
    const sent = membersOf({ ...requestBody.type }, namespace, registry)
    if (sent && listed.every((name) => sent.has(name))) continue
    const answered: TypeRef = { ...response.type }
    const members = membersOf(answered, namespace, registry)
    if (members && listed.every((name) => members.has(name)))
      operation.requestBody = { ...requestBody, type: answered }
  }
}

/** The member names of a documented object type and its bases; undefined for any other type. */
function membersOf(type: TypeRef, namespace: string, registry: TypeRegistry): Set<string> | undefined {
  if (type.kind !== 'named' || !resolveReference(type, namespace, registry) || !type.resolved)
    return undefined
  const def = registry.get(type.resolved)
  if (!def || def.kind === 'enum') return undefined
  const names = new Set<string>()
  // Inheritance cycles are cut before (linkInheritance).
  for (let current: typeof def | undefined = def; current; current = baseOf(current, registry))
    for (const property of current.properties) names.add(property.name)
  return names
}
