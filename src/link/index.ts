/**
 * link: page models → one ApiModel. Types are registered by qualified name (pages documenting
 * the same type merged), references resolved, inheritance checked, operations sorted.
 * Never throws on bad docs: problems become diagnostics. Never writes into the page models: what
 * link resolves or fills in (types, operations) are copies, so page models can be kept and
 * relinked (watch mode) and frozen.
 */

import { compareDiagnostics } from '../diagnostics.js'
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type { ApiModel, Diagnostic, OperationDef as ModelOperationDef, PageModel, TypeDef } from '../model.js'
import { settleCreateRequirements } from './create-requirements.js'
import { keepLinkedEnumTables } from './differing-enum-tables.js'
import type { OperationDef } from './drafts.js'
import { addListedMembers, reportUnknownListedValues, valueListings } from './evolvable-enums.js'
import { addPropertiesFromExamples } from './example-properties.js'
import { markFlagsEnums } from './flags-enums.js'
import { foldForeignNamespaces } from './foreign-namespaces.js'
import { discountForeignObjectBodies } from './foreign-object-bodies.js'
import { linkInheritance } from './inheritance.js'
import { markKeyAddressedEntities } from './key-addressed.js'
import { LinkMemo } from './link-memo.js'
import { settleListedBodyTypes } from './listed-body-types.js'
import { mergeTypes } from './merge-types.js'
import { linkMethodsToOperations } from './methods.js'
import { responsesFromMethods } from './methods-responses.js'
import { markNavigationTargets } from './navigation-targets.js'
import { settleOfferedParameterTypes } from './offered-types.js'
import { uniqueOperationIds } from './operation-ids.js'
import { refineOperationKinds } from './operation-kinds.js'
import { linkPermissionIncludes } from './permission-includes.js'
import { placeholderNames, UndocumentedTypes } from './placeholder-spellings.js'
import { markPluralNavigations, singularPlaceholder } from './plural-navigations.js'
import { TypeRegistry } from './registry.js'
import { relinkDescriptions } from './relink-descriptions.js'
import {
  bareNameNamespace,
  copyOperation,
  forEachOperationReference,
  inferEnumsFromDescriptions,
  reportLinkToOtherType,
  resolveReference,
  resolveToPlaceholder,
} from './resolve-references.js'
import { preferBaseResponseTypes } from './response-base-type.js'
import { reportResponseTypeConflicts } from './response-type-conflicts.js'
import { addNavigationsFromRoutes } from './route-navigations.js'
import { dropServiceRootStandIns } from './service-root-stand-ins.js'
import { settleStandardQueryOptions } from './standard-query-options.js'
import { bindStringsToEnums } from './string-enums.js'

/**
 * `memo`: what the last link of the same session kept (unset: nothing is kept). With the session's
 * interner, the model's unchanged parts are the last run's objects; a save that changed only
 * descriptions makes only the objects that hold them again (`relinkDescriptions`).
 */
export function linkModel(pages: readonly PageModel[], memo: LinkMemo = new LinkMemo()): ApiModel {
  const last = memo.last
  const changes = last && relinkDescriptions(pages, memo)
  if (last && changes) {
    last.model = memo.interner.internChanges(last.model, changes)
    return last.model
  }
  memo.last = undefined
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const diagnostics: Diagnostic[] = sorted.flatMap((page) => page.diagnostics)
  const registry = new TypeRegistry()
  const groups = keepLinkedEnumTables(
    groupByName(
      foldForeignNamespaces(
        sorted.flatMap((page) => page.types),
        diagnostics,
      ),
    ),
    sorted,
    diagnostics,
  )
  for (const definitions of groups.values()) {
    const merged = mergeTypes(definitions, diagnostics, memo.merges)
    delete merged.unstatedNamespace
    delete merged.namespaceDefaulted
    registry.add(merged)
  }

  inferEnumsFromDescriptions(registry, sorted)
  const pageOperations = sorted.flatMap((page) => page.operations)
  const names = placeholderNames(registry.types.values(), pageOperations)
  const undocumented = new UndocumentedTypes(names.spellings, names.qualified)
  markKeyAddressedEntities(registry, pageOperations)
  markNavigationTargets(registry)
  const restatedListings = linkInheritance(registry, undocumented, diagnostics)
  bindStringsToEnums(registry, diagnostics)
  // Only frozen page models are kept from one save to the next (`ParsedPages`): only then is this
  // link kept, with each linked operation's page operation.
  const kept = sorted.every((page) => Object.isFrozen(page))
  const sources = new Map<OperationDef, ModelOperationDef>()
  // The namespace an operation's bare type names are read in first: its page's.
  const namespaces = new Map<OperationDef, string>()
  const operations = sorted.flatMap((page) =>
    page.operations.map((operation) => {
      const copy = copyOperation(operation)
      if (kept) sources.set(copy, operation)
      if (page.namespace !== undefined) namespaces.set(copy, page.namespace)
      return copy
    }),
  )
  uniqueOperationIds(operations, diagnostics)
  const namespaceOf = (operation: OperationDef) => namespaces.get(operation) ?? DEFAULT_NAMESPACE
  dropServiceRootStandIns(operations)
  linkPermissionIncludes(sorted, operations, diagnostics)
  const guessed = addPropertiesFromExamples(registry, operations, namespaceOf, diagnostics, memo)
  linkMethodsToOperations(registry, operations)
  refineOperationKinds(registry.types.values(), operations)
  responsesFromMethods(registry.types.values(), operations)
  settleStandardQueryOptions(operations)
  reportResponseTypeConflicts(registry, operations, namespaceOf, memo.examples, diagnostics)
  preferBaseResponseTypes(registry, operations, namespaceOf)
  discountForeignObjectBodies(registry, operations, namespaceOf)
  // The offered types first: a body offered as either derived type lists the members of both.
  settleOfferedParameterTypes(registry, operations, namespaceOf)
  settleListedBodyTypes(registry, operations, namespaceOf, guessed, diagnostics)
  addNavigationsFromRoutes(registry, operations, namespaceOf, diagnostics)
  for (const type of registry.types.values())
    if (type.kind !== 'enum')
      type.properties = type.properties.map((written) => {
        const label = `${type.qualifiedName}.${written.name}`
        if (resolveReference(written.type, type.namespace, registry)) {
          reportLinkToOtherType(written.type, registry, written.position, label, diagnostics)
          return written
        }
        const property = singularPlaceholder(written)
        // The singular may name a type another page of the tree documents.
        if (property !== written && resolveReference(property.type, type.namespace, registry)) return property
        resolveToPlaceholder(
          property.type,
          bareNameNamespace(type),
          registry,
          false,
          undocumented,
          property.position,
          label,
          diagnostics,
        )
        return property
      })
  markPluralNavigations(registry)
  for (const operation of operations) {
    const namespace = namespaceOf(operation)
    forEachOperationReference(operation, (ref, position, label) => {
      if (resolveReference(ref, namespace, registry))
        return reportLinkToOtherType(ref, registry, position, label(), diagnostics)
      resolveToPlaceholder(ref, namespace, registry, false, undocumented, position, label(), diagnostics)
    })
  }
  const listings = valueListings(registry, operations, restatedListings)
  reportUnknownListedValues(registry, addListedMembers(registry, listings, diagnostics), diagnostics)
  settleCreateRequirements(registry, operations, namespaceOf, memo.examples)
  markFlagsEnums(registry, operations)
  operations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const model = memo.interner.intern({
    types: sortedRecord(registry.types, (type) => type.qualifiedName),
    undocumented: sortedRecord(undocumented, (type) => type.qualifiedName),
    operations,
    diagnostics: diagnostics.sort(compareDiagnostics),
    // Include files are material pages pull in, not pages.
    pages: pages.filter((page) => page.pageKind !== 'include').length,
  })
  if (kept)
    memo.last = {
      pages: new Map(sorted.map((page) => [page.file, page])),
      inputs: pages,
      groups,
      // The interner keeps each operation's place in the list.
      operations: new Map(
        operations.map((operation, index) => [sources.get(operation) as ModelOperationDef, index]),
      ),
      model,
    }
  return model
}

function sortedRecord<T>(map: Map<string, T>, keyOf: (value: T) => string): Record<string, T> {
  const record: Record<string, T> = {}
  for (const value of [...map.values()].sort((a, b) =>
    keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0,
  ))
    record[keyOf(value)] = value
  return record
}

function groupByName(types: readonly TypeDef[]): Map<string, readonly TypeDef[]> {
  const groups = new Map<string, TypeDef[]>()
  for (const type of types) {
    const key = type.qualifiedName.toLowerCase()
    const group = groups.get(key)
    if (group) group.push(type)
    else groups.set(key, [type])
  }
  return groups
}
