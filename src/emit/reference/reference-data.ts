/**
 * What the interactive reference shows, as plain data embedded once in the page and rendered by its
 * script (the corpus's operations as HTML would be several times larger): the operations grouped
 * by resource, with their parameters, body, response, examples, permissions and the diagnostics of
 * their page, and a section per type that the type references link to.
 *   resource importedWindowsAutopilotDeviceIdentityUpload
 *     Create … POST /deviceManagement/importedWindowsAutopilotDeviceIdentityUploads   Try it
 *   type microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload  id: String, …
 * Text stays as the docs wrote it: the page's script only ever sets it as text.
 *
 * Reads: the linked `ApiModel` (types, diagnostics) and each operation's shape.
 */

import type { ApiModel, Diagnostic, OperationDef, TypeDef, TypeRef } from '../../model.js'
import type { ApiShape } from '../../shape/api-shape.js'
import { requestPathOf, showsBody } from '../../shape/examples.js'
import type { ExampleShape, OperationShape } from '../../shape/operation-shape.js'
import { scriptJson } from '../escape.js'
import { type EmitMemo, memoised, unitKey } from '../memo.js'
import { unitHash } from '../model-json.js'
import { ReferenceMemo, type ResourceGroup } from './reference-memo.js'

/** A type as a page names it; `link`: the qualified name of its section, when the docs define it. */
export interface TypeView {
  text: string
  collection?: true
  link?: string
}

export interface ParameterView {
  name: string
  in: 'path' | 'query' | 'header' | 'body'
  type: TypeView
  required?: true
  description: string
}

export interface ExampleView {
  kind: 'request' | 'response'
  name?: string
  /** Request line (`GET https://…`) or status line (`200`). */
  line: string
  /** The body: parsed JSON (the page pretty-prints it), else the text as written. */
  json?: unknown
  text?: string
}

export interface DiagnosticView {
  line: number
  severity: Diagnostic['severity']
  code: string
  message: string
}

/** The request "Try it" sends: the page's first request example, else its first route. */
export interface TryView {
  method: string
  /** Path and query, without host and version: relative to wherever the page is served. */
  target: string
  /** The index in `examples` of the request whose body is sent (its body is not repeated). */
  body?: number
  headers?: Record<string, string>
}

export interface OperationView {
  id: string
  title: string
  description: string
  file: string
  routes: { method: string; path: string }[]
  parameters: ParameterView[]
  body?: { kind: 'json'; type: TypeView } | { kind: 'parameters' } | { kind: 'binary' }
  response: { status: number; kind: string; type?: TypeView; mediaType?: string }
  examples: ExampleView[]
  permissions: { type: string; scopes: string[] }[]
  diagnostics: DiagnosticView[]
  try?: TryView
}

export interface ResourceView {
  name: string
  link?: string
  operations: OperationView[]
}

export interface TypeSectionView {
  name: string
  qualifiedName: string
  kind: TypeDef['kind']
  description: string
  file: string
  base?: TypeView
  properties?: { name: string; type: TypeView; description: string }[]
  members?: { name: string; description: string }[]
  diagnostics: DiagnosticView[]
}

export interface ReferenceData {
  resources: ResourceView[]
  types: TypeSectionView[]
}

/** Operations with no resource (see `resourcesByPath`) are grouped under this name, last. */
export const UNGROUPED = 'Other operations'

export function referenceData(model: ApiModel, shapes: ApiShape): ReferenceData {
  const diagnostics = diagnosticsByFile(model.diagnostics)
  return {
    resources: groupByResource(model).map(({ operations, ...resource }) => ({
      ...resource,
      operations: operations.map((operation) => operationView(shapes.of(operation), model, diagnostics)),
    })),
    types: Object.values(model.types).map((type) => typeSection(type, model, diagnostics)),
  }
}

/**
 * `scriptJson(referenceData(model, shapes))` as parts, each operation and type printed apart: with
 * a memo, one whose inputs are unchanged since the last run is taken as it was printed. A view
 * reads its unit, the diagnostics of its pages, and of the other types only their names and kinds.
 */
export function referenceDataParts(
  model: ApiModel,
  shapes: ApiShape,
  memo?: EmitMemo,
  kept: ReferenceMemo = new ReferenceMemo(),
): string[] {
  const diagnostics = diagnosticsByFile(model.diagnostics)
  const facts = typeFacts(model)
  // A unit's key, made again only when its unit, the type facts or its pages' diagnostics changed.
  const keyOf = (tag: string, unit: object, files: readonly string[]) => {
    const text = JSON.stringify(files.map((file) => diagnostics.get(file) ?? []))
    const last = kept.keys.get(unit)
    if (last?.facts === facts && last.diagnostics === text) return last.key
    const key = unitKey(tag, unitHash(unit, memo), facts, text)
    kept.keys.set(unit, { facts, diagnostics: text, key })
    return key
  }
  const print = (tag: string, unit: object, files: readonly string[], view: () => object) =>
    memoised(
      memo,
      () => keyOf(tag, unit, files),
      () => scriptJson(view()),
    )
  const parts = ['{"resources":[']
  kept.groups
    .get(model.operations, () => groupByResource(model), [facts])
    .forEach(({ operations, ...resource }, index) => {
      parts.push(`${index === 0 ? '' : ','}${scriptJson(resource).slice(0, -1)},"operations":[`)
      operations.forEach((operation, at) => {
        if (at > 0) parts.push(',')
        parts.push(
          print('reference.operation', operation, [operation.file], () =>
            operationView(shapes.of(operation), model, diagnostics),
          ),
        )
      })
      parts.push(']}')
    })
  parts.push('],"types":[')
  Object.values(model.types).forEach((type, index) => {
    if (index > 0) parts.push(',')
    parts.push(print('reference.type', type, type.files, () => typeSection(type, model, diagnostics)))
  })
  parts.push(']}')
  return parts
}

/** The operations by resource, in model order: resources by name, the ungrouped last. */
function groupByResource(model: ApiModel): ResourceGroup[] {
  const resourceOf = resourcesByPath(model.operations)
  const resources = new Map<string, ResourceGroup>()
  for (const operation of model.operations) {
    const link = resourceOf(operation)
    const key = link ?? ''
    let resource = resources.get(key)
    if (!resource) {
      resource = link
        ? { name: model.types[link]?.name ?? link, link, operations: [] }
        : { name: UNGROUPED, operations: [] }
      resources.set(key, resource)
    }
    resource.operations.push(operation)
  }
  const ungroupedLast = (resource: ResourceGroup) => (resource.link === undefined ? 1 : 0)
  return [...resources.values()].sort(
    (a, b) => ungroupedLast(a) - ungroupedLast(b) || byText(a.name, b.name) || byText(a.link, b.link),
  )
}

/** What a view reads of the types besides its own: each type's name and whether it is an enum. */
function typeFacts(model: ApiModel): string {
  return unitKey(
    'reference.types',
    ...Object.values(model.types).map((type) => `${type.qualifiedName}\0${type.name}\0${type.kind}`),
  )
}

/**
 * The resource of an operation: the first type whose Methods table links its page, else that of
 * the nearest path above its routes (in route order) that a linked operation serves
 *   POST /x/items/import  → the resource of GET /x/items
 */
function resourcesByPath(
  operations: readonly OperationDef[],
): (operation: OperationDef) => string | undefined {
  const byPath = new Map<string, string>()
  for (const operation of operations) {
    const resource = operation.resources?.[0]
    if (!resource) continue
    for (const route of operation.routes) if (!byPath.has(route.raw)) byPath.set(route.raw, resource)
  }
  return (operation) => {
    const linked = operation.resources?.[0]
    if (linked) return linked
    for (const route of operation.routes)
      for (let path = parentPath(route.raw); path !== ''; path = parentPath(path)) {
        const resource = byPath.get(path)
        if (resource) return resource
      }
    return undefined
  }
}

function parentPath(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')))
}

function operationView(
  shape: OperationShape,
  model: ApiModel,
  diagnostics: Map<string, DiagnosticView[]>,
): OperationView {
  const { operation } = shape
  const parameters = [
    ...shape.parameters.path,
    ...shape.parameters.query,
    ...shape.parameters.header,
    ...(shape.requestBody.kind === 'parameters' ? shape.requestBody.parameters : []),
  ].map(
    (parameter): ParameterView => ({
      name: parameter.value ? `${parameter.name}: ${parameter.value}` : parameter.name,
      in: parameter.in,
      type: typeView(parameter.type, parameter.collection, model),
      ...(parameter.required ? { required: true } : {}),
      description: parameter.description,
    }),
  )
  const view: OperationView = {
    id: operation.id,
    title: operation.title,
    description: operation.description,
    file: operation.file,
    routes: operation.routes.map((route) => ({ method: route.method, path: route.raw })),
    parameters,
    response: responseView(shape, model),
    examples: shape.examples.map(exampleView),
    // A set of scopes needed together reads as the table writes it.
    permissions: operation.permissions.map((permission) => ({
      type: permission.type,
      scopes: [...permission.scopes, ...(permission.together ?? []).map((set) => set.join(' and '))],
    })),
    diagnostics: diagnostics.get(operation.file) ?? [],
  }
  const body = shape.requestBody
  if (body.kind === 'json') view.body = { kind: 'json', type: typeView(body.type, body.collection, model) }
  else if (body.kind !== 'none') view.body = { kind: body.kind }
  const tryView = tryViewOf(operation)
  if (tryView) view.try = tryView
  return view
}

function responseView(shape: OperationShape, model: ApiModel): OperationView['response'] {
  const response = shape.response
  const view: OperationView['response'] = { status: response.status, kind: response.kind }
  if (response.kind === 'page') view.type = typeView(response.item, true, model)
  else if ((response.kind === 'object' || response.kind === 'value') && response.type)
    view.type = typeView(response.type, false, model)
  else if (response.kind === 'binary') view.mediaType = response.mediaType
  return view
}

function exampleView({ example, body }: ExampleShape): ExampleView {
  const line =
    example.kind === 'request'
      ? `${example.method ?? ''} ${example.url ?? ''}`.trim()
      : String(example.status ?? '')
  const view: ExampleView = { kind: example.kind, line }
  if (example.name !== undefined) view.name = example.name
  if (body.kind === 'json') view.json = body.value
  else if (body.kind === 'fault') view.text = example.bodyText ?? ''
  return view
}

/** Headers the browser sets itself, or that name the real service's credentials. */
const UNSENT_HEADERS = new Set(['authorization', 'host', 'content-length'])

function tryViewOf(operation: OperationDef): TryView | undefined {
  const index = operation.examples.findIndex((example) => example.kind === 'request' && example.url)
  const request = operation.examples[index]
  if (request?.url) {
    const queryAt = request.url.indexOf('?')
    const query = queryAt < 0 ? '' : request.url.slice(queryAt).trim()
    const view: TryView = {
      method: request.method ?? operation.routes[0]?.method ?? 'GET',
      target: requestPathOf(request.url) + query,
    }
    const headers = Object.entries(request.headers).filter(
      ([name]) => !UNSENT_HEADERS.has(name.toLowerCase()),
    )
    if (headers.length > 0) view.headers = Object.fromEntries(headers)
    if (showsBody(request)) view.body = index
    return view
  }
  const route = operation.routes[0]
  return route ? { method: route.method, target: route.raw } : undefined
}

function typeSection(
  type: TypeDef,
  model: ApiModel,
  diagnostics: Map<string, DiagnosticView[]>,
): TypeSectionView {
  const section: TypeSectionView = {
    name: type.name,
    qualifiedName: type.qualifiedName,
    kind: type.kind,
    description: type.description,
    file: type.files[0] ?? type.position.file,
    diagnostics: type.files.flatMap((each) => diagnostics.get(each) ?? []),
  }
  if (type.kind === 'enum') {
    section.members = type.members.map((member) => ({ name: member.name, description: member.description }))
    return section
  }
  if (type.baseType) section.base = typeView(type.baseType, false, model)
  section.properties = type.properties.map((property) => ({
    name: property.name,
    type: typeView(property.type, property.collection, model),
    description: property.description,
  }))
  return section
}

function typeView(type: TypeRef, collection: boolean, model: ApiModel): TypeView {
  const view: TypeView = { text: typeName(type, model) }
  if (collection) view.collection = true
  if (type.kind === 'named' && type.resolved && model.types[type.resolved]) view.link = type.resolved
  return view
}

function typeName(type: TypeRef, model: ApiModel): string {
  if (type.kind === 'primitive') return type.name
  if (type.kind === 'unknown') return type.text || 'unknown'
  return (type.resolved && model.types[type.resolved]?.name) || type.name
}

function diagnosticsByFile(all: readonly Diagnostic[]): Map<string, DiagnosticView[]> {
  const byFile = new Map<string, DiagnosticView[]>()
  for (const diagnostic of all) {
    const list = byFile.get(diagnostic.file) ?? []
    list.push({
      line: diagnostic.line,
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
    })
    byFile.set(diagnostic.file, list)
  }
  return byFile
}

function byText(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0
}
