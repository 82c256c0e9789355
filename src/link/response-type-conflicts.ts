/**
 * The `response-type-conflict` extract found on a page (its Response sentence and its response
 * annotation name different types) is reported here, where every page's types are known: not when
 * the two names denote one type, one being another name the docs give it on its own page.
 *   …returns `201 Created` response code and a [Driveitem](../resources/driveitem.md) resource…
 *   <!-- { "blockType": "response", "@odata.type": "oneDrive.item" } -->
 *   resources/driveitem.md: <!-- { "blockType": "resource", "@type": "microsoft.graph.driveItem", "@type.aka": "oneDrive.item" } -->
 * A third voice settles what the annotation won by default: where the Methods table of a resource
 * page names the sentence's type for the operation and not the annotation's, the sentence's is used
 * (taskReport's `|[Get summary](…)|[…taskReportSummary](…)|` and "a [taskReportSummary](…) object"
 * beside `"@odata.type": "microsoft.graph.identityGovernance.taskReport"`), unless the route casts or
 * neither name is documented (then nothing shows they differ, and the annotation's name stands).
 * link drops the evidence from its copies of the operations (the only ones it writes).
 */
import { sameType, trailingCast } from '../extract/response-section.js'
import { getOrCreate } from '../get-or-create.js'
import type { Diagnostic, MethodRow, TypeRef } from '../model.js'
import type { OperationDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'
import { type NamespaceOf, resolveReference } from './resolve-references.js'

export function reportResponseTypeConflicts(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
  diagnostics: Diagnostic[],
): void {
  // Gathered when a conflict first asks (most links have none).
  let rows: Map<string, MethodRow[]> | undefined
  const rowsOf = (id: string) => {
    rows ??= methodRowsByOperation(registry)
    return rows.get(id) ?? []
  }
  for (const operation of operations) {
    const { typeConflict, ...response } = operation.response
    if (typeConflict === undefined) continue
    operation.response = response
    const namespace = namespaceOf(operation)
    if (sameTypeByName(typeConflict.sentence, typeConflict.annotation, registry, namespace)) continue
    const { sentence, annotation, statement, diagnostic } = typeConflict
    const row =
      response.source === 'annotation' &&
      trailingCast(operation.routes) === undefined &&
      knownToDiffer(sentence, annotation, registry, namespace)
        ? rowsOf(operation.id).find(
            ({ returnType }) =>
              returnType && sameType(returnType, sentence) && !sameType(returnType, annotation),
          )
        : undefined
    if (!row) {
      diagnostics.push(diagnostic)
      continue
    }
    operation.response = {
      ...response,
      type: { ...sentence },
      source: 'sentence',
      alternative: { ...annotation },
    }
    diagnostics.push({
      ...diagnostic,
      message: `${statement}; using \`${sentence.kind === 'unknown' ? sentence.text : sentence.name}\`, as the Methods table row at ${row.position.file}:${row.position.line} names it`,
    })
  }
}

/**
 * The two references are known to name different types: one of them resolves, and not to the
 * other's type. Where neither does (`[Range](range.md)` beside `microsoft.graph.workbookRange`, the
 * tree lacking both pages) the sentence's link may well be the annotation's type's page.
 */
function knownToDiffer(
  sentence: TypeRef,
  annotation: TypeRef,
  registry: TypeRegistry,
  namespace: string,
): boolean {
  const resolved = (ref: TypeRef) => {
    const copy = { ...ref }
    resolveReference(copy, namespace, registry)
    return copy.kind === 'named' ? copy.resolved : undefined
  }
  const [named, annotated] = [resolved(sentence), resolved(annotation)]
  return (named !== undefined || annotated !== undefined) && named !== annotated
}

/** The Methods table rows that link each operation's page (set by `linkMethodsToOperations`). */
function methodRowsByOperation(registry: TypeRegistry): Map<string, MethodRow[]> {
  const rows = new Map<string, MethodRow[]>()
  for (const type of registry.types.values())
    if (type.kind !== 'enum')
      for (const row of type.methods)
        if (row.operationId) getOrCreate(rows, row.operationId, () => []).push(row)
  return rows
}

/** Both names denote the same documented type (by name: a link target says nothing about an alias). */
function sameTypeByName(a: TypeRef, b: TypeRef, registry: TypeRegistry, namespace: string): boolean {
  if (a.kind !== 'named' || b.kind !== 'named') return false
  const type = registry.byName(a.name, namespace)
  return type !== undefined && type === registry.byName(b.name, namespace)
}
