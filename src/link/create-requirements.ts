/**
 * Which rows of a create's or update's body table are required where the table's lead-in says so for
 * creating ("The following table shows the properties that are required when you create the
 * [todoTaskList](…).": `displayName`; today's branding localization: its `id`, the locale) or
 * updating ("… when you update the [teamworkTag](…).": `displayName`, today's teamworktag-update.md).
 * Not where the table is the type's own, copied under that lead-in (Intune's create pages, down to
 * an assignment's `id` and `target`; the todoTask create): it lists most of the type's properties,
 * and so says nothing of what a create needs. Nor a row the page's own request leaves out: a table
 * copied before its type grew reads as a selection, and its key is the service's to assign (beta's
 * virtualendpoint-post-provisioningpolicies.md lists `id` and `assignments`; its request sends
 * neither; the sample's linkedresource-update.md requires `id`, which its request leaves out). Of a
 * PATCH (an update page that copied a create's lead-in) no row is required by a create's lead-in; a
 * PUT, which replaces the whole resource, is held to it as a create is (`sendsWholeResource`). An
 * update's lead-in holds for an update, by either verb.
 */

import { examplesOfOwnCalls } from '../extract/examples.js'
import type { RequiredWhen } from '../model.js'
import type { ExampleReads } from '../shape/examples.js'
import { requestMembers } from '../shape/examples.js'
import { sendsWholeResource } from '../shape/request-body.js'
import type { OperationDef } from './drafts.js'
import { chainOf } from './inheritance.js'
import type { TypeRegistry } from './registry.js'
import type { NamespaceOf } from './resolve-references.js'

/** A table listing at least this share of the type's properties is the type's (a share, not all: a
 *  type documented since gains properties its copied table lacks). */
const COPIED_SHARE = 2 / 3

export function settleCreateRequirements(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
  examples: ExampleReads,
): void {
  for (const operation of operations) {
    if (!operation.parameters.some((parameter) => parameter.requiredWhen)) continue
    const selection = !isTypesTable(operation, registry, namespaceOf(operation))
    const sent = sentMembers(operation, examples)
    operation.parameters = operation.parameters.map((parameter) => {
      const { requiredWhen, ...row } = parameter
      if (!requiredWhen) return parameter
      const required =
        selection &&
        leadHolds(requiredWhen, operation) &&
        sent.every((members) => members.has(row.name.toLowerCase()))
      return { ...row, required, ...(required && requiredWhen === 'updating' && { requiredWhen }) }
    })
  }
}

/** Whether the operation is one its lead-in's "required when you create" or "… update" speaks of. */
function leadHolds(requiredWhen: RequiredWhen, operation: OperationDef): boolean {
  return requiredWhen === 'creating' ? sendsWholeResource(operation) : operation.kind === 'update'
}

/** The members, by lower-case name, of each JSON object the page's requests send. */
function sentMembers(operation: OperationDef, examples: ExampleReads): Set<string>[] {
  return requestMembers(
    examplesOfOwnCalls(operation).map((example) => ({ example, body: examples.of(example).body })),
  )
}

/** Whether the body rows are most properties (not navigations) of the created type and its bases;
 *  true where the type is not documented, as nothing then says the rows are a selection. */
function isTypesTable(operation: OperationDef, registry: TypeRegistry, namespace: string): boolean {
  const rows = operation.parameters.filter((parameter) => parameter.in === 'body')
  const body = operation.requestBody?.type
  if (body?.kind !== 'named') return true
  const properties = chainOf({ ...body }, namespace, registry).flatMap((name) => {
    const type = registry.get(registry.byName(name, '') ?? '')
    return type && type.kind !== 'enum' ? type.properties.filter((property) => !property.relationship) : []
  })
  if (properties.length === 0) return true
  const listed = new Set(rows.map((row) => row.name.toLowerCase()))
  const covered = properties.filter((property) => listed.has(property.name.toLowerCase())).length
  return covered >= COPIED_SHARE * properties.length
}
