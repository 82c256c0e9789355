/**
 * The `response-type-conflict` extract found on a page (its Response sentence and its response
 * annotation name different types) is reported here, where every page's types are known: not when
 * the two names denote one type, one being another name the docs give it on its own page,
 *   …returns `201 Created` response code and a [Driveitem](../resources/driveitem.md) resource…
 *   <!-- { "blockType": "response", "@odata.type": "oneDrive.item" } -->
 *   resources/driveitem.md: <!-- { "blockType": "resource", "@type": "microsoft.graph.driveItem", "@type.aka": "oneDrive.item" } -->
 * nor when the sentence offers several types, each derived from the annotation's (today's webpart-get.md):
 *   …returns … a [standardWebPart](../resources/standardwebpart.md) or [textWebPart](../resources/textwebpart.md) object…
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.webPart" } -->
 * A third voice settles what the annotation won by default: where the Methods table of a resource
 * page names the sentence's type for the operation and not the annotation's, the sentence's is used
 * (taskReport's `|[Get summary](…)|[…taskReportSummary](…)|` and "a [taskReportSummary](…) object"
 * beside `"@odata.type": "microsoft.graph.identityGovernance.taskReport"`), unless the route casts or
 * neither name is documented (then nothing shows they differ, and the annotation's name stands).
 * So does the navigation property the routes end in, where it is the sentence's type (or a base of
 * it), the annotation's is unrelated to it and the response examples show members of the sentence's
 * type, some not the annotation's: the annotation is the page's slip, and reported where it is.
 * Today's identitygovernance-run-list-userprocessingresults.md lists
 * `GET …/runs/{runId}/userProcessingResults` (run's `userProcessingResult collection`) under "a
 * collection of [….userProcessingResults](../resources/identitygovernance-userprocessingresult.md)",
 * its examples show `subject` and `workflowVersion`, and its annotations say
 * `"@odata.type": "microsoft.graph.identityGovernance.run"`.
 * Where the Methods table row names the navigation's type, not the annotation's, that type is used
 * whatever the sentence offers (several types, or types the tree lacks): today's
 * administrativeunit-list-members.md lists `GET /directory/administrativeUnits/{id}/members`
 * (administrativeUnit's `[directoryObject](directoryobject.md) collection`) under "a collection of
 * [user](…), [group](…), or [device](…) objects" and `"@odata.type": "Collection(microsoft.graph.administrativeUnit)"`,
 * and administrativeunit.md's row says `|[List members](…) |[directoryObject](directoryobject.md) collection|…|`.
 * link drops the evidence from its copies of the operations (the only ones it writes).
 */
import { examplesOfOwnCalls } from '../extract/examples.js'
import { sameType, trailingCast } from '../extract/response-section.js'
import { getOrCreate } from '../get-or-create.js'
import { isSuccess } from '../http-status.js'
import type { Diagnostic, MethodRow, ResponseDef, TypeRef } from '../model.js'
import { isReferenceRoute } from '../route-end.js'
import { type ExampleReads, isJsonObject } from '../shape/examples.js'
import { writtenTypeName } from '../simple-name.js'
import type { ObjectTypeDef, OperationDef } from './drafts.js'
import { baseOf, namesWithBases } from './inheritance.js'
import { objectTypeOf } from './key-addressed.js'
import { entityAnswer, type Navigation, PathTypes } from './path-types.js'
import type { TypeRegistry } from './registry.js'
import { annotatedResponse, type NamespaceOf, resolveReference } from './resolve-references.js'

type TypeConflict = NonNullable<ResponseDef['typeConflict']>

export function reportResponseTypeConflicts(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
  reads: ExampleReads,
  diagnostics: Diagnostic[],
): void {
  // Gathered when a conflict first asks (most links have none).
  let rows: Map<string, MethodRow[]> | undefined
  const rowsOf = (id: string) => {
    rows ??= methodRowsByOperation(registry)
    return rows.get(id) ?? []
  }
  let paths: PathTypes | undefined
  const navigationOf = (operation: OperationDef) => {
    paths ??= new PathTypes(registry, operations, entityAnswer(registry, namespaceOf))
    return navigationType(operation, paths)
  }
  for (const operation of operations) {
    const { typeConflict, ...response } = operation.response
    if (typeConflict === undefined) continue
    operation.response = response
    const namespace = namespaceOf(operation)
    if (sameTypeByName(typeConflict.sentence, typeConflict.annotation, registry, namespace)) continue
    if (offersDerivedOnly(typeConflict, registry, namespace)) continue
    const { sentence, annotation, statement, diagnostic } = typeConflict
    const contested =
      response.source === 'annotation' &&
      trailingCast(operation.routes) === undefined &&
      knownToDiffer(sentence, annotation, registry, namespace)
    const row = contested ? rowNaming(rowsOf(operation.id), sentence, annotation) : undefined
    const sentenceName = `\`${sentence.kind === 'unknown' ? sentence.text : sentence.name}\``
    if (row) {
      operation.response = {
        ...response,
        type: { ...sentence },
        source: 'sentence',
        alternative: { ...annotation },
      }
      diagnostics.push({ ...diagnostic, message: `${statement}; using ${sentenceName}, ${namedByRow(row)}` })
      continue
    }
    const navigation = contested ? navigationOf(operation) : undefined
    const navigationRow =
      navigation && rowNamingNavigation(rowsOf(operation.id), navigation, annotation, registry, namespace)
    if (navigationRow?.returnType) {
      operation.response = { ...response, type: { ...navigationRow.returnType }, source: 'methods' }
      diagnostics.push({
        ...diagnostic,
        message: `${statement}; using \`${writtenTypeName(navigationRow.returnType)}\`, the type of the navigation property the route ends in, ${namedByRow(navigationRow)}`,
      })
      continue
    }
    const navigated = navigation && objectTypeOf(navigation.type, registry, navigation.namespace)
    const slip =
      navigated && refutedByNavigation(operation, typeConflict, navigated, registry, namespace, reads)
        ? annotatedResponse(operation)
        : undefined
    if (!slip) {
      diagnostics.push(diagnostic)
      continue
    }
    operation.response = { ...response, type: { ...sentence }, source: 'sentence' }
    diagnostics.push({
      ...diagnostic,
      ...slip.position,
      message: `${statement}; using ${sentenceName}, the type of the navigation property the route ends in, whose members the response examples show`,
    })
  }
}

/**
 * The sentence offers several types ("a [standardWebPart](…) or [textWebPart](…) object"), each the
 * annotation's or derived from it: the annotation names the type they share.
 */
function offersDerivedOnly(
  { offered, annotation }: TypeConflict,
  registry: TypeRegistry,
  namespace: string,
): boolean {
  const base = objectTypeOf(annotation, registry, namespace)
  return (
    base !== undefined &&
    offered?.every((ref) => {
      const type = objectTypeOf(ref, registry, namespace)
      return type !== undefined && isOrDerivesFrom(type, base, registry)
    }) === true
  )
}

/** The item type of the navigation property every route of the operation ends in, as the type
 *  before it declares it (`…/runs/{runId}/userProcessingResults`: run's `userProcessingResults`);
 *  a route to the references (`…/members/$ref`, today's administrativeunit-list-members.md) lists
 *  the same navigation's and says nothing of its type. */
function navigationType(operation: OperationDef, paths: PathTypes): Navigation | undefined {
  const [first, ...others] = operation.routes
    .filter((route) => !isReferenceRoute(route))
    .map((route) => paths.navigationAt(route.segments))
  return first && others.every((other) => other && sameType(other.type, first.type)) ? first : undefined
}

/** The Methods table row linking the operation's page that names `type`, not the annotation's. */
function rowNaming(rows: readonly MethodRow[], type: TypeRef, annotation: TypeRef): MethodRow | undefined {
  return rows.find(
    ({ returnType }) => returnType && sameType(returnType, type) && !sameType(returnType, annotation),
  )
}

/**
 * The Methods table row naming the type of the navigation property the routes end in, not the
 * annotation's, where the annotation's type is neither that type, nor derived from it, nor a base
 * of it (as far as the tree documents them).
 */
function rowNamingNavigation(
  rows: readonly MethodRow[],
  navigation: Navigation,
  annotation: TypeRef,
  registry: TypeRegistry,
  namespace: string,
): MethodRow | undefined {
  const navigated = objectTypeOf(navigation.type, registry, navigation.namespace)
  const annotated = objectTypeOf(annotation, registry, namespace)
  if (navigated && annotated && related(navigated, annotated, registry)) return undefined
  return rowNaming(rows, navigation.type, annotation)
}

function namedByRow(row: MethodRow): string {
  return `as the Methods table row at ${row.position.file}:${row.position.line} names it`
}

/**
 * The annotation is refuted by the route's navigation property and the examples: the sentence
 * names the navigation's type (or one derived from it), the annotation a type that is neither it,
 * nor derived from it, nor a base of it, and the successful response examples show only members of
 * the sentence's type, some not of the annotation's.
 */
function refutedByNavigation(
  operation: OperationDef,
  { sentence, annotation }: TypeConflict,
  navigation: ObjectTypeDef,
  registry: TypeRegistry,
  namespace: string,
  reads: ExampleReads,
): boolean {
  const named = objectTypeOf(sentence, registry, namespace)
  const annotated = objectTypeOf(annotation, registry, namespace)
  if (!named || !annotated || !isOrDerivesFrom(named, navigation, registry)) return false
  if (related(annotated, navigation, registry)) return false
  const shown = [...shownMembers(operation, reads)]
  const namedMembers = namesWithBases(named, registry)
  const annotatedMembers = namesWithBases(annotated, registry)
  return (
    shown.length > 0 &&
    shown.every((name) => namedMembers.has(name)) &&
    shown.some((name) => !annotatedMembers.has(name))
  )
}

/** The member names, lower-cased, the successful response examples of the operation's own calls
 *  show of what they return (a page's items, else the object), its annotations (`@odata.context`) aside. */
function shownMembers(operation: OperationDef, reads: ExampleReads): Set<string> {
  const shown = new Set<string>()
  for (const example of examplesOfOwnCalls(operation)) {
    if (example.kind !== 'response' || (example.status !== undefined && !isSuccess(example.status))) continue
    const { body } = reads.of(example)
    if (body.kind !== 'json' || !isJsonObject(body.value)) continue
    const items = Array.isArray(body.value.value) ? body.value.value : [body.value]
    for (const item of items)
      if (isJsonObject(item))
        for (const name of Object.keys(item)) if (!name.includes('@')) shown.add(name.toLowerCase())
  }
  return shown
}

/** Whether one type is the other or derives from it. */
function related(a: ObjectTypeDef, b: ObjectTypeDef, registry: TypeRegistry): boolean {
  return isOrDerivesFrom(a, b, registry) || isOrDerivesFrom(b, a, registry)
}

/** Whether `type` is `base` or derives from it (cycles are cut before). */
function isOrDerivesFrom(type: ObjectTypeDef, base: ObjectTypeDef, registry: TypeRegistry): boolean {
  for (let current: ObjectTypeDef | undefined = type; current; current = baseOf(current, registry))
    if (current === base) return true
  return false
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
