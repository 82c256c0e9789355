/**
 * The Paths Object: every documented (verb, path) of the model.
 * - Templates that differ only in placeholder names (`/users/{id}`, `/users/{usersId}`) are one
 *   path in OpenAPI; they share the names of the lexicographically first of them.
 * - Pages documenting the same (verb, path) are merged into one operation (first page id first).
 * - `operationId` is the page id, suffixed with the path's literal segments when the page documents
 *   several paths (`message-get.users.messages`), and with `-2`, `-3`… in path order if still taken.
 * - Tags: the resource type whose Methods table links the page, else the path's first segment.
 */
import { diagnostic } from '../../diagnostics.js'
import type { ApiModel, Diagnostic, HttpMethod, OperationDef, RouteTemplate } from '../../model.js'
import { mergeOperations, type OperationInput, operationObject } from './operation.js'
import { type PathTemplate, pathTemplateFromRoute, templateShape } from './path-template.js'
import type { PathItemObject, TagObject } from './spec.js'

const METHOD_ORDER: HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH']

interface RouteEntry {
  operation: OperationDef
  route: RouteTemplate
  template: PathTemplate
  /** The `paths` key after sharing placeholder names. */
  path: string
  names: string[]
}

/** One path item to build: its `paths` key and, per verb in document order, the operations on it. */
export interface PathItemInput {
  path: string
  methods: { method: HttpMethod; operations: OperationInput[] }[]
}

export interface PathItemInputs {
  /** Sorted by path. */
  items: PathItemInput[]
  tags: TagObject[]
}

/** What every path item of the model is built from (`pathItemObject`), and the tags they use. */
export function pathItemInputs(model: ApiModel): PathItemInputs {
  const entries = routeEntries(model)
  const operationIds = assignOperationIds(entries)
  const resourceTags = tagsByPage(model)
  const byKey = new Map<string, RouteEntry[]>()
  for (const entry of entries) {
    const key = `${entry.path} ${entry.route.method}`
    const group = byKey.get(key) ?? []
    group.push(entry)
    byKey.set(key, group)
  }
  const items = new Map<string, Map<HttpMethod, OperationInput[]>>()
  const tags = new Map<string, string>()
  for (const group of byKey.values()) {
    const operations = group.map((entry) => {
      const resource = resourceTags.get(entry.operation.file)
      const tag = resource?.name ?? firstLiteral(entry.route)
      if (!tags.has(tag) || resource) tags.set(tag, resource?.description ?? tags.get(tag) ?? '')
      return {
        operation: entry.operation,
        route: entry.route,
        template: entry.template,
        names: entry.names,
        operationId: operationIds.get(entry) ?? entry.operation.id,
        tag,
      }
    })
    const first = group[0]
    if (!first) continue
    const item = items.get(first.path) ?? new Map<HttpMethod, OperationInput[]>()
    item.set(first.route.method, operations)
    items.set(first.path, item)
  }
  return {
    items: [...items.keys()].sort().map((path) => {
      const methods = items.get(path) ?? new Map<HttpMethod, OperationInput[]>()
      return {
        path,
        methods: METHOD_ORDER.flatMap((method) => {
          const operations = methods.get(method)
          return operations ? [{ method, operations }] : []
        }),
      }
    }),
    tags: [...tags.keys()].sort().map((name) => {
      const description = tags.get(name) ?? ''
      return description === '' ? { name } : { name, description }
    }),
  }
}

/** The Path Item Object: per verb, its operations merged (first page id first). */
export function pathItemObject(input: PathItemInput): PathItemObject {
  const item: PathItemObject = {}
  for (const { method, operations } of input.methods) {
    const [first, ...others] = operations.map(operationObject)
    if (first) item[method.toLowerCase() as Lowercase<HttpMethod>] = others.reduce(mergeOperations, first)
  }
  return item
}

/** `openapi-inexact-path` for every route the path grammar cannot express exactly. */
export function inexactPathDiagnostics(model: ApiModel): Diagnostic[] {
  return routeEntries(model).flatMap(inexactDiagnostics)
}

/** Every route of every operation, with the path and placeholder names its path item uses. */
function routeEntries(model: ApiModel): RouteEntry[] {
  const entries = model.operations.flatMap((operation) =>
    operation.routes.map((route) => {
      const template = pathTemplateFromRoute(route)
      return { operation, route, template, path: template.path, names: template.params.map((p) => p.name) }
    }),
  )
  const canonical = new Map<string, PathTemplate>()
  for (const entry of entries) {
    const shape = templateShape(entry.template.path)
    const known = canonical.get(shape)
    if (!known || entry.template.path < known.path) canonical.set(shape, entry.template)
  }
  for (const entry of entries) {
    const shared = canonical.get(templateShape(entry.template.path))
    if (!shared) continue
    entry.path = shared.path
    entry.names = shared.params.map((p) => p.name)
  }
  return entries
}

/** Stable, unique operation ids for the first entry of each (verb, path); see the module comment. */
function assignOperationIds(entries: readonly RouteEntry[]): Map<RouteEntry, string> {
  const pathsPerPage = new Map<string, Set<string>>()
  for (const entry of entries) {
    const set = pathsPerPage.get(entry.operation.id) ?? new Set<string>()
    set.add(`${entry.route.method} ${entry.path}`)
    pathsPerPage.set(entry.operation.id, set)
  }
  const ordered = [...entries].sort(
    (a, b) =>
      compare(a.path, b.path) ||
      METHOD_ORDER.indexOf(a.route.method) - METHOD_ORDER.indexOf(b.route.method) ||
      compare(a.operation.id, b.operation.id),
  )
  const taken = new Set<string>()
  const result = new Map<RouteEntry, string>()
  const done = new Set<string>()
  for (const entry of ordered) {
    const key = `${entry.route.method} ${entry.path}`
    if (done.has(key)) continue
    done.add(key)
    const several = (pathsPerPage.get(entry.operation.id)?.size ?? 0) > 1
    const base = several ? `${entry.operation.id}.${literalSlug(entry.route)}` : entry.operation.id
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    result.set(entry, id)
  }
  return result
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** `/users/{id}/messages/{id}` → `users.messages`. */
function literalSlug(route: RouteTemplate): string {
  return route.segments
    .flatMap((segment) =>
      segment.kind === 'literal' ? [segment.value] : segment.kind === 'call' ? [segment.name] : [],
    )
    .join('.')
}

function firstLiteral(route: RouteTemplate): string {
  const first = route.segments.find((segment) => segment.kind === 'literal')
  return first?.kind === 'literal' ? first.value : 'root'
}

/** Page file → the resource type whose `## Methods` table links it (first by qualified name). */
function tagsByPage(model: ApiModel): Map<string, { name: string; description: string }> {
  const result = new Map<string, { name: string; description: string }>()
  for (const type of Object.values(model.types)) {
    if (type.kind === 'enum') continue
    for (const method of type.methods)
      if (method.target && !result.has(method.target))
        result.set(method.target, { name: type.name, description: type.description })
  }
  return result
}

function inexactDiagnostics(entry: RouteEntry): Diagnostic[] {
  if (entry.template.inexact.length === 0) return []
  return [
    diagnostic(
      'openapi-inexact-path',
      entry.route.position,
      `Unexpected \`${entry.route.raw}\` for an OpenAPI path template, exported as \`${entry.path}\`: ` +
        entry.template.inexact.join('; '),
    ),
  ]
}
