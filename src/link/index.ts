/**
 * link: page models → one ApiModel. Types are registered by qualified name (pages documenting
 * the same type merged), references resolved, inheritance checked, operations sorted.
 * Never throws on bad docs: problems become diagnostics. Never writes into the page models: what
 * link resolves or fills in (types, operations) are copies, so page models can be kept and
 * relinked (watch mode) and frozen.
 */
import { compareDiagnostics } from '../diagnostics.js'
import type { ApiModel, Diagnostic, PageModel, PropertyDef, TypeDef, UndocumentedType } from '../model.js'
import { addPropertiesFromExamples } from './example-properties.js'
import { linkInheritance } from './inheritance.js'
import { mergeTypes } from './merge-types.js'
import { linkMethodsToOperations } from './methods.js'
import { TypeRegistry } from './registry.js'
import {
  copyOperation,
  DEFAULT_NAMESPACE,
  inferEnumsFromDescriptions,
  operationReferences,
  resolveReference,
  resolveToPlaceholder,
} from './resolve-references.js'

export function linkModel(pages: readonly PageModel[]): ApiModel {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const diagnostics: Diagnostic[] = sorted.flatMap((page) => page.diagnostics)
  const registry = new TypeRegistry()
  for (const definitions of groupByName(sorted.flatMap((page) => page.types)).values())
    registry.add(mergeTypes(definitions, diagnostics))

  inferEnumsFromDescriptions(propertiesWithNamespace(registry), registry)
  const undocumented = new Map<string, UndocumentedType>()
  linkInheritance(registry, undocumented, diagnostics)
  const operations = sorted.flatMap((page) => page.operations.map(copyOperation))
  addPropertiesFromExamples(registry, operations, diagnostics)
  linkMethodsToOperations(registry, operations)
  for (const [property, namespace, owner] of propertiesWithOwner(registry)) {
    resolveReference(property.type, namespace, registry)
    const label = `${owner}.${property.name}`
    resolveToPlaceholder(property.type, namespace, false, undocumented, property.position, label, diagnostics)
  }
  for (const operation of operations) {
    for (const [ref, position, label] of operationReferences(operation)) {
      resolveReference(ref, DEFAULT_NAMESPACE, registry)
      resolveToPlaceholder(ref, DEFAULT_NAMESPACE, false, undocumented, position, label, diagnostics)
    }
  }
  return {
    types: sortedRecord(registry.types, (type) => type.qualifiedName),
    undocumented: sortedRecord(undocumented, (type) => type.qualifiedName),
    operations: operations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    diagnostics: diagnostics.sort(compareDiagnostics),
    pages: pages.length,
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

function* propertiesWithOwner(registry: TypeRegistry): Generator<[PropertyDef, string, string]> {
  for (const type of registry.types.values())
    if (type.kind !== 'enum')
      for (const property of type.properties) yield [property, type.namespace, type.qualifiedName]
}

function* propertiesWithNamespace(registry: TypeRegistry): Generator<[PropertyDef, string]> {
  for (const [property, namespace] of propertiesWithOwner(registry)) yield [property, namespace]
}
