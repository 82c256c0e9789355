/**
 * link: page models → one ApiModel. Types are registered by qualified name (pages documenting
 * the same type merged), references resolved, inheritance checked, operations sorted.
 * Never throws on bad docs: problems become diagnostics. Never writes into the page models: what
 * link resolves or fills in (types, operations) are copies, so page models can be kept and
 * relinked (watch mode) and frozen.
 */
import { compareDiagnostics } from '../diagnostics.js'
import type { ApiModel, Diagnostic, PageModel, TypeDef } from '../model.js'
import type { UndocumentedType } from './drafts.js'
import { addPropertiesFromExamples } from './example-properties.js'
import { linkInheritance } from './inheritance.js'
import { LinkMemo } from './link-memo.js'
import { mergeTypes } from './merge-types.js'
import { linkMethodsToOperations } from './methods.js'
import { refineOperationKinds } from './operation-kinds.js'
import { linkPermissionIncludes } from './permission-includes.js'
import { TypeRegistry } from './registry.js'
import {
  bareNameNamespace,
  copyOperation,
  DEFAULT_NAMESPACE,
  forEachOperationReference,
  inferEnumsFromDescriptions,
  resolveReference,
  resolveToPlaceholder,
} from './resolve-references.js'
import { preferBaseResponseTypes } from './response-base-type.js'

/** `memo`: what the last link of the same session kept (unset: nothing is kept). */
export function linkModel(pages: readonly PageModel[], memo: LinkMemo = new LinkMemo()): ApiModel {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const diagnostics: Diagnostic[] = sorted.flatMap((page) => page.diagnostics)
  const registry = new TypeRegistry()
  for (const definitions of groupByName(sorted.flatMap((page) => page.types)).values())
    registry.add(mergeTypes(definitions, diagnostics, memo.merges))

  inferEnumsFromDescriptions(registry)
  const undocumented = new Map<string, UndocumentedType>()
  linkInheritance(registry, undocumented, diagnostics)
  const operations = sorted.flatMap((page) => page.operations.map(copyOperation))
  linkPermissionIncludes(sorted, operations, diagnostics)
  addPropertiesFromExamples(registry, operations, diagnostics, memo)
  linkMethodsToOperations(registry, operations)
  refineOperationKinds(registry.types.values(), operations)
  preferBaseResponseTypes(registry, operations)
  for (const type of registry.types.values())
    if (type.kind !== 'enum')
      for (const property of type.properties) {
        if (resolveReference(property.type, type.namespace, registry)) continue
        const label = `${type.qualifiedName}.${property.name}`
        resolveToPlaceholder(
          property.type,
          bareNameNamespace(type),
          false,
          undocumented,
          property.position,
          label,
          diagnostics,
        )
      }
  for (const operation of operations)
    forEachOperationReference(operation, (ref, position, label) => {
      if (resolveReference(ref, DEFAULT_NAMESPACE, registry)) return
      resolveToPlaceholder(ref, DEFAULT_NAMESPACE, false, undocumented, position, label(), diagnostics)
    })
  return {
    types: sortedRecord(registry.types, (type) => type.qualifiedName),
    undocumented: sortedRecord(undocumented, (type) => type.qualifiedName),
    operations: operations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    diagnostics: diagnostics.sort(compareDiagnostics),
    // Include files are material pages pull in, not pages.
    pages: pages.filter((page) => page.pageKind !== 'include').length,
  }
}

function sortedRecord<T>(map: Map<string, T>, keyOf: (value: T) => string): Record<string, T> {
  const record: Record<string, T> = {}
  for (const value of [...map.values()].sort((a, b) =>
    keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0,
  ))
    record[keyOf(value)] = value
  return record
}

function groupByName(types: readonly TypeDef[]): Map<string, TypeDef[]> {
  const groups = new Map<string, TypeDef[]>()
  for (const type of types) {
    const key = type.qualifiedName.toLowerCase()
    const group = groups.get(key)
    if (group) group.push(type)
    else groups.set(key, [type])
  }
  return groups
}
