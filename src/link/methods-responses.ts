/**
 * An operation whose page names no response type (no linked type in the Response sentence, no
 * response annotation, no typed example) returns what the Methods table that links its page says,
 * where every row linking it says the same:
 *   |[GET customer](../api/dynamics_customer_get.md)|customer|Gets a customer object.|
 * beside "… returns a `200 OK` response code and a **customers** object in the response body." (the
 * name in bold, unlinked, is the entity set's). A `202`/`204` answers no body, whatever a row says,
 * and so does a page whose response examples all show none (`HTTP/1.1 200 OK` alone). A GET's
 * kind follows (a collection is listed): Defender's "Get alert related files information" over
 * `GET /api/alerts/{id}/files`, whose alert Methods row returns a File collection, is a list. A
 * create or update whose page names no body type sends that type too. A type the page names
 * without a link, which the rows name too, is the type their link's page defines (`linkNamedResponse`).
 * Runs on link's copies of the operations, after the Methods rows are tied to their operations.
 */
import { examplesOfOwnCalls } from '../extract/examples.js'
import { operationKind, pageEvidence } from '../extract/operation-kind.js'
import { sameType, showNoBody } from '../extract/response-section.js'
import { getOrCreate } from '../get-or-create.js'
import type { OperationDef, TypeDef, TypeRef } from './drafts.js'

export function responsesFromMethods(types: Iterable<TypeDef>, operations: readonly OperationDef[]): void {
  const byId = new Map(operations.map((operation) => [operation.id, operation]))
  const said = new Map<OperationDef, { type: TypeRef; collection: boolean }[]>()
  for (const type of types) {
    if (type.kind === 'enum') continue
    for (const row of type.methods) {
      const operation = row.operationId ? byId.get(row.operationId) : undefined
      if (!operation || !row.returnType) continue
      getOrCreate(said, operation, () => []).push({ type: row.returnType, collection: row.returnsCollection })
    }
  }
  for (const [operation, rows] of said) {
    const [first, ...others] = rows
    if (
      !first ||
      others.some((row) => row.collection !== first.collection || !sameType(row.type, first.type))
    )
      continue
    linkNamedResponse(operation, first.type)
    const { response } = operation
    if (!namesNoType(response) || response.status === 202 || response.status === 204) continue
    if (showNoBody(examplesOfOwnCalls(operation))) continue
    operation.response = {
      ...response,
      type: { ...first.type },
      collection: first.collection,
      source: 'methods',
    }
    // A create or update whose page names no body type sends the one object it answers with, as
    // on a page that names its response (`requestBodyType`): "supply a JSON representation of
    // **customers** object", its bold unread, beside the customer row.
    if (
      (operation.kind === 'create' || operation.kind === 'update') &&
      !operation.requestBody &&
      !first.collection
    )
      operation.requestBody = { type: { ...first.type }, collection: false }
    // A get or list was told apart by its title alone while its response was unknown: what it
    // answers decides now, as on a page that names it (`operationKind`).
    if (operation.kind === 'get' || operation.kind === 'list')
      operation.kind = operationKind({
        ...pageEvidence(operation.title, operation.routes, examplesOfOwnCalls(operation)),
        collection: first.collection,
      })
  }
}

/**
 * A response type the page names only by name takes the link of the rows naming it too, as the
 * annotation's name takes the Response sentence's link in extract (`merged`): the link's page then
 * decides, the name being a short form of its type (`resolveReference`). securescore-get.md's
 * `"@odata.type": "microsoft.graph.secureScore"` beside securescore.md's row
 *   |[Get secureScore](../api/securescore-get.md) | [secureScore](securescore.md) |…|
 * on the page of `secureScores`.
 */
function linkNamedResponse(operation: OperationDef, said: TypeRef): void {
  const { type } = operation.response
  if (type?.kind !== 'named' || type.target !== undefined) return
  if (said.kind !== 'named' || said.target === undefined || !sameType(type, said)) return
  operation.response = { ...operation.response, type: { ...type, target: said.target } }
}

/** The page names no response type: no evidence at all, or a Response sentence that names only an
 *  object (`an updated **projects ** object`, its bold unread), which says what the Methods
 *  table's row names. */
function namesNoType(response: OperationDef['response']): boolean {
  const { type } = response
  if (response.source === 'none') return type === undefined
  return (
    response.source === 'sentence' &&
    !response.collection &&
    type?.kind === 'primitive' &&
    type.name === 'Json'
  )
}
