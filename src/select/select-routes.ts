/**
 * A subset of the API: the operations a selection keeps and exactly the types they reach
 * (`reach-types.ts`), as a model that stands on its own (no reference to a type it lacks).
 *
 * Selectors of one kind add up; kinds narrow each other. An operation is kept when
 * - its page's workload (`ms.prod`, else `ms.subservice`) is one of `workloads` (without case), when any are given;
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
  /** For a namespace or a workload: those the docs' operations have, sorted, each once whatever
   *  its case (what was meant is likely among them). */
  known?: readonly string[]
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
  const include = selection.include.map(parsedGlob)
  const exclude = selection.exclude.map(parsedGlob)
  const operations = selectOperations(model, selection, include, exclude)
  return {
    model: subsetOf(model, operations, reachTypes(model, operations)),
    unmatched: unmatchedSelectors(model, selection, include, exclude),
  }
}

interface ParsedGlob {
  glob: string
  segments: GlobSegment[]
}

function parsedGlob(glob: string): ParsedGlob {
  return { glob, segments: parseRouteGlob(glob) }
}

const matchesAny = (globs: readonly ParsedGlob[], route: RouteTemplate) =>
  globs.some((glob) => matchesRouteGlob(glob.segments, route.segments))

/** The operations the selection keeps, each with its kept routes only. */
function selectOperations(
  model: ApiModel,
  selection: Selection,
  include: readonly ParsedGlob[],
  exclude: readonly ParsedGlob[],
): OperationDef[] {
  const selected = (route: RouteTemplate) =>
    (include.length === 0 || matchesAny(include, route)) && !matchesAny(exclude, route)
  const operations: OperationDef[] = []
  for (const operation of model.operations) {
    if (selection.workloads.length > 0 && !inWorkloads(operation, selection.workloads)) continue
    if (selection.namespaces.length > 0 && !inNamespaces(model, operation, selection.namespaces)) continue
    const kept = operation.routes.filter(selected)
    if (kept.length === operation.routes.length && (include.length === 0 || kept.length > 0))
      operations.push(operation)
    else if (kept.length > 0) operations.push({ ...operation, routes: kept })
  }
  return operations
}

/** The model with `operations` and the `reached` types, and nothing that refers outside them. */
function subsetOf(
  model: ApiModel,
  selected: readonly OperationDef[],
  reached: ReadonlySet<string>,
): ApiModel {
  const operations = selected.map((operation) => {
    const resources = operation.resources?.filter((name) => reached.has(name))
    return resources && resources.length < (operation.resources?.length ?? 0)
      ? { ...operation, resources }
      : operation
  })
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
  return { ...model, types, undocumented, operations, diagnostics }
}

/** Each selector that matches nothing in the whole model (not only after the others). */
function unmatchedSelectors(
  model: ApiModel,
  selection: Selection,
  include: readonly ParsedGlob[],
  exclude: readonly ParsedGlob[],
): UnmatchedSelector[] {
  const routes = model.operations.flatMap((operation) => operation.routes)
  const matchesNoRoute = (glob: ParsedGlob) => !routes.some((route) => matchesAny([glob], route))
  const matchesNoOperation = (test: (operation: OperationDef) => boolean) => !model.operations.some(test)
  // Names compare without case: each once, as first written.
  const known = (values: (operation: OperationDef) => readonly string[]) => {
    const byKey = new Map<string, string>()
    for (const value of model.operations.flatMap(values))
      if (!byKey.has(value.toLowerCase())) byKey.set(value.toLowerCase(), value)
    return [...byKey.values()].sort((a, b) => a.localeCompare(b))
  }
  return [
    ...include.filter(matchesNoRoute).map(({ glob }) => ({ option: 'include' as const, value: glob })),
    ...exclude.filter(matchesNoRoute).map(({ glob }) => ({ option: 'exclude' as const, value: glob })),
    ...selection.namespaces
      .filter((namespace) => matchesNoOperation((operation) => inNamespaces(model, operation, [namespace])))
      .map((value) => ({
        option: 'namespace' as const,
        value,
        known: known((operation) => ownNamespaces(model, operation)),
      })),
    ...selection.workloads
      .filter((workload) => matchesNoOperation((operation) => inWorkloads(operation, [workload])))
      .map((value) => ({
        option: 'workload' as const,
        value,
        known: known((operation) => (operation.workload ? [operation.workload] : [])),
      })),
  ]
}

function inWorkloads(operation: OperationDef, workloads: readonly string[]): boolean {
  return oneOf(workloads)(operation.workload ?? '')
}

/** Whether one of the operation's own types (response, request body, resources) lives in one of
 *  `namespaces`. */
function inNamespaces(model: ApiModel, operation: OperationDef, namespaces: readonly string[]): boolean {
  return ownNamespaces(model, operation).some(oneOf(namespaces))
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
function withMethodsOf<T extends { readonly methods: readonly MethodRow[] }>(
  type: T,
  keptIds: ReadonlySet<string>,
): T {
  const methods = type.methods.filter((row) => row.operationId !== undefined && keptIds.has(row.operationId))
  return methods.length === type.methods.length ? type : { ...type, methods }
}
