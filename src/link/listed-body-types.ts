/**
 * A create or update body sends the type whose members its Request body table lists. extract
 * takes the body's type from the page's prose (most often the resource the description links);
 * where that type is undocumented or has no member of some listed name, and the single type the
 * Response sentence names has them all, the body is of the response's type:
 *   Update the privacy settings for [itemInsights](../resources/iteminsights.md) … of a user.
 *   | isEnabled | Boolean | … |
 *   …returns a `200 OK` response code and a [userInsightsSettings](…) object in the response body.
 * sends a userInsightsSettings (itemInsights has no isEnabled). A create sends, where both lack a
 * listed member, an item of the collection it posts to:
 *   Install a [teamsApp](../resources/teamsapp.md) to the specified [chat](…).   POST /chats/{chat-id}/installedApps
 *   | consentedPermissionSet | … |      (a teamsAppInstallation's, as chat's installedApps hold)
 * Only link can decide it: members
 * are inherited, and a derived type's body lists its base's members too. Where no such type is
 * found, each listed member the documented body type lacks is reported (`body-member-unknown`):
 * a client typed from the docs cannot send it (a resource page older than its update page, whose
 * table lists what the service now takes).
 */
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, ParameterDef, PropertyDef } from '../model.js'
import type { ObjectTypeDef, OperationDef, TypeRef } from './drafts.js'
import type { GuessedProperties } from './example-properties.js'
import { derivedNames, derivedTypesByBase, namesWithBases } from './inheritance.js'
import { objectTypeOf } from './key-addressed.js'
import { entityAnswer, ITEM_KEY, PathTypes, propertyOf } from './path-types.js'
import type { TypeRegistry } from './registry.js'
import { type NamespaceOf, resolveReference } from './resolve-references.js'

export function settleListedBodyTypes(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
  guessed: GuessedProperties,
  diagnostics: Diagnostic[],
): void {
  let paths: PathTypes | undefined
  // Made once, when a body first needs it (a large API has thousands of types).
  let derived: ReturnType<typeof derivedTypesByBase> | undefined
  const itemPosted = (operation: OperationDef) => {
    paths ??= new PathTypes(registry, operations, entityAnswer(registry, namespaceOf))
    return postedItemType(operation, paths)
  }
  for (const operation of operations) {
    const { requestBody, response } = operation
    if (requestBody?.type.kind !== 'named' || requestBody.collection) continue
    // `@odata.type`, `members@odata.bind`: annotations of the body, not members of its type.
    const listed = operation.parameters.filter(
      (parameter) => parameter.in === 'body' && !parameter.name.includes('@'),
    )
    if (listed.length === 0) continue
    // A member spelt in another letter case is the property's (`| Status |` for `status`).
    const has = (members: ReadonlySet<string>) => listed.every(({ name }) => members.has(name.toLowerCase()))
    const namespace = namespaceOf(operation)
    const sentType: TypeRef = { ...requestBody.type }
    const sent = membersOf(sentType, namespace, registry)
    // The body's type settled: each listed member typed otherwise than its property is reported.
    const settle = (type: TypeRef) => {
      const def = type.kind === 'named' && type.resolved ? registry.get(type.resolved) : undefined
      if (def && def.kind !== 'enum')
        reportRetypedMembers(listed, def, operation.id, namespace, registry, guessed, diagnostics)
    }
    if (sent && has(sent)) {
      settle(sentType)
      continue
    }
    const answered: TypeRef | undefined =
      response.type?.kind === 'named' && !response.collection ? { ...response.type } : undefined
    const members = answered && membersOf(answered, namespace, registry)
    if (answered && members && has(members)) {
      operation.requestBody = { ...requestBody, type: answered }
      settle(answered)
      continue
    }
    const item = operation.kind === 'create' ? itemPosted(operation) : undefined
    if (item && has(namesWithBases(item, registry))) {
      const type: TypeRef = { kind: 'named', name: item.qualifiedName, resolved: item.qualifiedName }
      operation.requestBody = { ...requestBody, type }
      settle(type)
      continue
    }
    if (!sent || sentType.kind !== 'named' || !sentType.resolved) continue
    // A body may be an instance of a derived type (a room's update through its base, place).
    const sentDef = registry.get(sentType.resolved)
    derived ??= derivedTypesByBase(registry)
    const below = sentDef && sentDef.kind !== 'enum' ? derivedNames(sentDef, derived) : []
    const sendable = new Set([...sent, ...below])
    for (const member of listed)
      if (!sendable.has(member.name.toLowerCase()))
        diagnostics.push(
          diagnostic(
            'body-member-unknown',
            member.position,
            `Unexpected Request body member ${member.name} of ${operation.id}, expected a property of ${sentType.resolved}, the type its body sends; a client typed from the docs cannot send it`,
          ),
        )
  }
}

/**
 * A listed member typed otherwise than the body type's property of its name: one a collection and
 * the other not, two different primitives (today's search-searchentity-post-acronyms.md lists
 * `standsFor` as `String collection`, where the acronym's page and the example send one String),
 * or a primitive and an object (today's security-retentionevent-post.md lists `retentionEventType`
 * as `String`, where the retentionEvent's page relates a retentionEventType).
 * The body sends the property's type (a client is typed from the resource); the table is reported.
 * A table writing `String` for an enum property, or an enum for a string one, is not: enums are
 * strings on the wire. Nor is a property only an example's value typed: the table types it.
 * `namespace`: where the table's type names are read (its page's).
 */
function reportRetypedMembers(
  listed: readonly ParameterDef[],
  type: ObjectTypeDef,
  operation: string,
  namespace: string,
  registry: TypeRegistry,
  guessed: GuessedProperties,
  diagnostics: Diagnostic[],
): void {
  for (const member of listed) {
    const property = propertyOf(type, member.name, registry)
    if (!property || guessed.refine(property, member)) continue
    const written = wireForm(member.type, namespace, registry)
    const held = wireForm(property.type, type.namespace, registry)
    const otherForm =
      written !== undefined && held !== undefined && written !== held && !namesByIds(member, property)
    if (member.collection === property.collection && !otherForm) continue
    diagnostics.push(
      diagnostic(
        'body-member-retyped',
        member.position,
        `Unexpected Request body member ${member.name} of ${operation} typed ${typeText(member)}, expected ${typeText(property)} as ${type.qualifiedName}'s property ${property.name} is; the body sends the property's type`,
      ),
    )
  }
}

/** A `String` row for a relationship names the entities it binds by their ids, as the sample's
 *  group-post-groups.md lists `| owners | string collection |` and sends `"owners@odata.bind"`. */
function namesByIds(member: ParameterDef, property: PropertyDef): boolean {
  return property.relationship && member.type.kind === 'primitive' && member.type.name === 'String'
}

/** What a value of `type` is on the wire, as far as a Type cell can contradict it: the primitive it
 *  names, or an object (a complex or entity type, or Json, as the sample's
 *  externalconnectors-externalitem-update.md types the `properties` bag `Object`); undefined for
 *  an enum (a string) or a type no page documents. */
function wireForm(type: TypeRef, namespace: string, registry: TypeRegistry): string | undefined {
  if (type.kind === 'primitive') return type.name === 'Json' ? 'object' : type.name.toLowerCase()
  return objectTypeOf(type, registry, namespace) ? 'object' : undefined
}

/** `String collection`, `Int32`, `microsoft.graph.x`, as the docs' Type cells write them. */
function typeText({ type, collection }: { type: TypeRef; collection: boolean }): string {
  const name =
    type.kind === 'primitive' ? type.name : type.kind === 'named' ? (type.resolved ?? type.name) : type.text
  return collection ? `${name} collection` : name
}

/** The type of the items at the collection a create posts to (the same on each of its routes). */
function postedItemType(operation: OperationDef, paths: PathTypes): ObjectTypeDef | undefined {
  const items = new Set(
    operation.routes
      .filter((route) => route.method === 'POST' && !route.query)
      .map((route) => paths.at([...route.segments, ITEM_KEY])),
  )
  const [item] = items
  return items.size === 1 ? item : undefined
}

/** The member names, lower-cased, of a documented object type and its bases; undefined for any
 *  other type. */
function membersOf(type: TypeRef, namespace: string, registry: TypeRegistry): Set<string> | undefined {
  if (type.kind !== 'named' || !resolveReference(type, namespace, registry) || !type.resolved)
    return undefined
  const def = registry.get(type.resolved)
  return def && def.kind !== 'enum' ? namesWithBases(def, registry) : undefined
}
