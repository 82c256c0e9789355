/**
 * A subset of the API: the operations a selection keeps and exactly the types they reach
 * (`reach-types.ts`), as a model that stands on its own (no reference to a type it lacks).
 *
 * Selectors of one kind add up; kinds narrow each other. An operation is kept when
 * - its page's workload (`ms.prod`) is one of `workloads` (without case), when any are given;
 * - one of its own types (response, request body, the resources whose Methods table links it)
 *   lives in one of `namespaces` (without case), when any are given;
 * - and one of its routes is included (matches an `include` glob, or there are none) and not
 *   excluded (matches no `exclude` glob); only those routes are kept.
 * A kept type keeps the Methods rows of kept operations only, and a kept operation the resources
 * (types whose Methods table links it) the subset keeps: a resource alone reaches nothing, or
 * `/me/messages/*` would bring all of `user` back. The model's diagnostics are those of the files
 * the subset was read from.
 */
import type { ApiModel, MethodRow, OperationDef, RouteTemplate, TypeDef } from '../model.js'
import { reachTypes } from './reach-types.js'
import { type GlobSegment, matchesRouteGlob, parseRouteGlob } from './route-glob.js'

export interface Selection {
  /** Route globs (`/users/**`); none: every route. */
  include: readonly string[]
  exclude: readonly string[]
  namespaces: readonly string[]
  workloads: readonly string[]
}

/** A selector that matches nothing in the model: a mistake its user should hear about. */
export interface UnmatchedSelector {
  option: 'include' | 'exclude' | 'namespace' | 'workload'
  value: string
}

export interface SelectedModel {
  model: ApiModel
  unmatched: UnmatchedSelector[]
}

/** Whether the selection selects nothing out, so the model is the whole API. */
export function selectsAll(selection: Selection): boolean {
  return Object.values(selection).every((values: readonly string[]) => values.length === 0)
}

export function selectRoutes(model: ApiModel, selection: Selection): SelectedModel {
  const include = selection.include.map((glob) => ({ glob, segments: parseRouteGlob(glob) }))
  const exclude = selection.exclude.map((glob) => ({ glob, segments: parseRouteGlob(glob) }))
  const routes = model.operations.flatMap((operation) => operation.routes)
  const unmatched: UnmatchedSelector[] = [
    ...unmatchedGlobs('include', include, routes),
    ...unmatchedGlobs('exclude', exclude, routes),
  ]
  const inNamespaces = oneOf(selection.namespaces)
  const inWorkloads = oneOf(selection.workloads)
  for (const namespace of selection.namespaces)
    if (!model.operations.some((operation) => ownNamespaces(model, operation).some(oneOf([namespace]))))
      unmatched.push({ option: 'namespace', value: namespace })
  for (const workload of selection.workloads)
    if (!model.operations.some((operation) => oneOf([workload])(operation.workload ?? '')))
      unmatched.push({ option: 'workload', value: workload })

  const selected = (route: RouteTemplate) =>
    (include.length === 0 || include.some((glob) => matchesRouteGlob(glob.segments, route.segments))) &&
    !exclude.some((glob) => matchesRouteGlob(glob.segments, route.segments))
  const operations: OperationDef[] = []
  for (const operation of model.operations) {
    if (selection.workloads.length > 0 && !inWorkloads(operation.workload ?? '')) continue
    if (selection.namespaces.length > 0 && !ownNamespaces(model, operation).some(inNamespaces)) continue
    const kept = operation.routes.filter(selected)
    if (kept.length === operation.routes.length && (include.length === 0 || kept.length > 0))
      operations.push(operation)
    else if (kept.length > 0) operations.push({ ...operation, routes: kept })
  }

  const reached = reachTypes(model, operations)
  for (const [index, operation] of operations.entries()) {
    const resources = operation.resources?.filter((name) => reached.has(name))
    if (resources && resources.length < (operation.resources?.length ?? 0))
      operations[index] = { ...operation, resources }
  }
  const keptIds = new Set(operations.map((operation) => operation.id))
  const types: Record<string, TypeDef> = {}
  for (const [name, type] of Object.entries(model.types))
    if (reached.has(name)) types[name] = type.kind === 'enum' ? type : withMethodsOf(type, keptIds)
  const undocumented = Object.fromEntries(
    Object.entries(model.undocumented).filter(([name]) => reached.has(name)),
  )
  const files = new Set([
    ...operations.map((operation) => operation.file),
    ...Object.values(types).flatMap((type) => type.files),
  ])
  const diagnostics = model.diagnostics.filter((diagnostic) => files.has(diagnostic.file))
  return { model: { ...model, types, undocumented, operations, diagnostics }, unmatched }
}

function unmatchedGlobs(
  option: 'include' | 'exclude',
  globs: readonly { glob: string; segments: GlobSegment[] }[],
  routes: readonly RouteTemplate[],
): UnmatchedSelector[] {
  return globs
    .filter(({ segments }) => !routes.some((route) => matchesRouteGlob(segments, route.segments)))
    .map(({ glob }) => ({ option, value: glob }))
}

/** A test for one of `values`, without case. */
function oneOf(values: readonly string[]): (value: string) => boolean {
  const wanted = new Set(values.map((value) => value.toLowerCase()))
  return (value) => wanted.has(value.toLowerCase())
}

/** The namespaces of an operation's own types: response, request body, resources. */
function ownNamespaces(model: ApiModel, operation: OperationDef): string[] {
  const refs = [operation.response.type, operation.requestBody?.type]
  const names = [
    ...refs.flatMap((ref) => (ref?.kind === 'named' && ref.resolved ? [ref.resolved] : [])),
    ...(operation.resources ?? []),
  ]
  return names.flatMap((name) => {
    const namespace = (model.types[name] ?? model.undocumented[name])?.namespace
    return namespace === undefined ? [] : [namespace]
  })
}

/** The type with the Methods rows of kept operations only (the same object when all are). */
function withMethodsOf<T extends { readonly methods: readonly MethodRow[] }>(type: T, keptIds: ReadonlySet<string>): T {
  const methods = type.methods.filter((row) => row.operationId !== undefined && keptIds.has(row.operationId))
  return methods.length === type.methods.length ? type : { ...type, methods }
}
