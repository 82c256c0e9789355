/**
 * The client's view model: the path tree of the documented routes → one `NodeView` per node
 * (an interface in `templates/client/index.hbs`; the runtime walks any path, see `createNode`)
 * and the few operations whose response is not plain JSON, every string ready to print:
 * identifiers, keys and literals made by `escape.ts`, TS types by `tsTypeOf` (`T.` / `U.` prefixes).
 * Output is sorted (literal children by name, then `byId`, calls, item path), so it is deterministic.
 */

import { LIST_QUERY_OPTIONS } from '../../format-defaults.js'
import { getOrCreate } from '../../get-or-create.js'
import { flattenProperties } from '../../json-schema/type-schema.js'
import type { ApiModel, HttpMethod, OperationDef, ParameterDef, RouteTemplate, TypeRef } from '../../model.js'
import { byMostWritten } from '../../most-written.js'
import { type ApiShape, shapeApi } from '../../shape/api-shape.js'
import { type DerivedTypes, derivedTypesOf, selfAndDescendants } from '../../shape/derived-types.js'
import type { MethodListing } from '../../shape/method-listings.js'
import { type BodyShape, carriesBody, type ResponseShape, requiresBody } from '../../shape/operation-shape.js'
import { statusWithoutContent } from '../../shape/response.js'
import { answeringAmong, preferredOperations } from '../../shape/same-route.js'
import { jsDocText, pascalCase, propertyKey, stringLiteral } from '../escape.js'
import type { ReadMemo } from '../read-memo.js'
import {
  bodyTypeText,
  parameterTypeText,
  type TsNames,
  type TsScope,
  tsTypeOf,
  unionOf,
  withCardinality,
} from '../type-names.js'
import { buildPathTree, type CallEdge, type PathNode, type RouteRef } from './path-tree.js'
import { type RouteKind, responseKindKeys } from './response-kind-keys.js'

/** What `client/index.ts` may import from `client/runtime.ts`; `true` for type-only imports. */
const RUNTIME_IMPORTS: Record<string, boolean> = {
  BinaryBody: true,
  Bindable: true,
  ClientOptions: true,
  Count: true,
  createContext: false,
  createNode: false,
  KeyForms: true,
  Page: true,
  UnquotedArguments: true,
  Query: true,
  RequestOptions: true,
  ResponseKinds: true,
  Selectable: true,
  Selected: true,
}

/**
 * Member names the runtime reads as calls (`createNode`, which gets this list when it is rendered): a path segment of that name is reached
 * as `name_`. A literal segment keeps its name where the node has no such member (it is read, not
 * called); a function segment, which is called, always takes the `_`.
 */
export const CALLED_MEMBERS = ['get', 'post', 'patch', 'put', 'delete', 'iterate', 'byId', 'itemPath', 'then']

export const CLIENT_SCOPE: TsScope = { typesPrefix: 'T.', undocumentedPrefix: 'U.' }

export interface ChildView {
  key: string
  /** Interface of the child node (and, for a collection also called, the call's signature). */
  type: string
  /** The call's form, for a collection also called with an alternate key. */
  calledAs?: string
  /** What the member is, when its node's own path does not say (`$count`). */
  doc?: string
}

/** The segment that counts a collection's items. */
const COUNT_SEGMENT = '$count'

export interface CallView {
  key: string
  type: string
  /** `args: { … }` or `args?: { … }`, empty for a function without parameters. */
  parameter: string
  doc: string
  /** The arguments OData writes without quotes (`date=2017-09-01`): dates, times, GUIDs. */
  unquoted: string[]
}

export interface MethodView {
  key: string
  /** Parameter list of the interface method. */
  parameters: string
  returnType: string
  /** `<const S extends …, const E extends …>` of a GET whose `$select` narrows the result, else ''. */
  typeParameters: string
  doc: string[]
  /** Set for a GET of a collection: `iterate(query?, options?)` yields its items. */
  iterate?: { parameters: string; itemType: string }
}

export interface NodeView {
  name: string
  /** The documented path of this node, as JSDoc text. */
  path: string
  children: ChildView[]
  byId?: { type: string; doc: string }
  calls: CallView[]
  itemPath?: { type: string }
  methods: MethodView[]
}

/** An operation whose response is not plain JSON (`'GET /me/photo/$value': 'binary'`), as literals. */
export interface ResponseKindView {
  key: string
  kind: string
}

/** A collection whose items the URL addresses with the key in parentheses (`'/companies': 'bare'`), as literals. */
export interface KeyFormView {
  key: string
  form: string
}

/** A function's arguments written without quotes, by the runtime's name of the call (`/reports/getX`). */
export interface UnquotedArgumentsView {
  key: string
  args: string
}

export interface ClientView {
  header: string
  /** Names imported from `./runtime.js` (`type X` for types), only those the client uses. */
  runtimeImports: string[]
  usesUndocumented: boolean
  root: string
  /** The docs' service root (`serviceOf`): the default base URL, as a string literal and as doc text. */
  serviceRoot: { literal: string; doc: string }
  nodes: NodeView[]
  responseKinds: ResponseKindView[]
  keyForms: KeyFormView[]
  unquotedArguments: UnquotedArgumentsView[]
}

/** Names the client module declares or imports: node interfaces never take them. */
const MODULE_NAMES = ['T', 'U', 'GraphClient', ...Object.keys(RUNTIME_IMPORTS)]

const VERBS: readonly HttpMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']

/** A verb method's view as the client keeps it: with the response kind, and whether its types
 *  reach `undocumented.ts`. */
export interface ClientMethod {
  method: MethodView
  kind: ResponseView['kind']
  undocumented: boolean
}

/** The view of the verb `verb` of a node documented by `refs`. */
export type MethodOf = (verb: HttpMethod, refs: readonly RouteRef[]) => ClientMethod

/** What a lasting session keeps of the client's views between emits: each method's, with what it
 *  read of the model (`ReadMemo`), valid while the type names are the same (`namesKey`). */
export interface ClientViewMemo {
  methods: ReadMemo<ClientMethod>
  listingTexts: WeakMap<MethodListing, string>
  namesKey: string
}

/** Each method's view, through the kept views where there are some. */
export function clientMethods(
  model: ApiModel,
  names: TsNames,
  shapes: ApiShape,
  kept?: ClientViewMemo,
): MethodOf {
  const make = (verb: HttpMethod, refs: readonly RouteRef[], through: ApiShape): ClientMethod => {
    let undocumented = false
    const note = (text: string) => {
      if (text.startsWith('U.')) undocumented = true
      return text
    }
    const typeOf: TypeOf = (ref) => note(tsTypeOf(ref, names, CLIENT_SCOPE))
    return { ...methodView(verb, refs, through, typeOf, derivedTypes()), undocumented }
  }
  // Which types a union of derived types holds, from the base types a kept view's inputs hold.
  let derived: DerivedTypes | undefined
  const derivedTypes = () => {
    derived ??= derivedTypesOf(shapes.baseTypes())
    return derived
  }
  if (!kept) return (verb, refs) => make(verb, refs, shapes)
  // The view reads the listings of its operations and the base types (which page answers)
  // besides the model: each operation's listing, as text, once per listing object (not once per
  // emit: a save would print every operation's again); the base types as the session keeps them
  // (the same object while they say the same).
  const listingOf = (id: string) => {
    const listing = shapes.listings().get(id)
    return listing ? getOrCreate(kept.listingTexts, listing, () => JSON.stringify(listing)) : 'null'
  }
  return (verb, refs) => {
    const inputs = [
      verb,
      kept.namesKey,
      shapes.baseTypes(),
      ...refs.flatMap(({ operation, route }) => [operation, route, listingOf(operation.id)]),
    ]
    // Kept under its first route, which documents one node's verb: under its operation, one
    // documented at more paths than the memo keeps values per owner pushed out its own views, and
    // every emit made them again (hundreds of views a save on a large API).
    return kept.methods.value(refs[0]!.route, inputs, model, (view) => make(verb, refs, shapes.through(view)))
  }
}

/** Build the client view model of `model`, reading each operation through its shape. */
export function buildClientView(
  model: ApiModel,
  names: TsNames,
  header: string,
  shapes: ApiShape = shapeApi(model),
  methodOf: MethodOf = clientMethods(model, names, shapes),
): ClientView {
  const tree = buildPathTree(model.operations)
  const nodes: NodeView[] = []
  const routeKinds: RouteKind[] = []
  const keyForms: KeyFormView[] = []
  const unquotedArguments: UnquotedArgumentsView[] = []
  const taken = new Set<string>(MODULE_NAMES)
  let usesUndocumented = false
  const noted = (text: string): string => {
    if (text.startsWith('U.')) usesUndocumented = true
    return text
  }
  const typeOf = (ref: TypeRef) => noted(tsTypeOf(ref, names, CLIENT_SCOPE))
  /** `path` documents the node (`/users/{id}`); `pattern` is how the runtime names it (`/users/*`). */
  const visit = (node: PathNode, name: string, path: string, pattern: string): string => {
    const prefix = path === '' ? '' : name
    const view: NodeView = { name, path: jsDocText(path || '/'), children: [], calls: [], methods: [] }
    nodes.push(view)
    for (const verb of VERBS) {
      const refs = node.routes.get(verb)
      if (!refs) continue
      const { method, kind, undocumented } = methodOf(verb, refs)
      if (undocumented) usesUndocumented = true
      view.methods.push(method)
      routeKinds.push({ verb, pattern, kind: kind === 'none' ? 'json' : kind })
    }
    const keys = new Set(view.methods.map((method) => method.key))
    if (node.param) keys.add('byId')
    if (node.itemPath) keys.add('itemPath')
    if (view.methods.some((method) => method.iterate)) keys.add('iterate')
    keys.add('then')
    const childViews = new Map<string, ChildView>()
    for (const [value, child] of sortedEntries(node.literals)) {
      const childName = nodeName(`${prefix}${pascalCase(value)}`, taken)
      const childView: ChildView = { key: memberKey(value, keys), type: childName }
      view.children.push(childView)
      childViews.set(value, childView)
      visit(child, childName, `${path}/${value}`, `${pattern}/${value}`)
    }
    // A collection whose pages document `$count` answers `…/$count` with the number of its items,
    // as Graph and the server do (a route the docs write there is a node of its own above).
    const listing = node.routes.get('GET') ?? []
    if (
      !node.literals.has(COUNT_SEGMENT) &&
      view.methods.some((method) => method.iterate) &&
      listing.some(({ operation }) => operation.queryOptions.includes(COUNT_SEGMENT))
    )
      view.children.push({
        key: COUNT_SEGMENT,
        type: 'Count',
        doc: jsDocText(`${path}/${COUNT_SEGMENT}: how many items the collection holds`),
      })
    if (node.param) {
      const raws = [...node.param.names.keys()].sort()
      const childName = nodeName(`${prefix}Item`, taken)
      const form = node.param.inParentheses
      view.byId = { type: childName, doc: jsDocText(raws.join(', ')) }
      if (form) keyForms.push({ key: stringLiteral(pattern), form: stringLiteral(form) })
      // The item's path names it as most routes do: `/sites/{site-id}/lists`, not the one
      // get-by-path page's `/sites/{hostname}:/{relative-path}`, first of the names in order.
      // The placeholder most routes write at this position.
      const key = byMostWritten(node.param.names)[0] ?? '{id}'
      const itemPath = !form ? `${path}/${key}` : form === 'bare' ? `${path}(${key})` : `${path}('${key}')`
      visit(node.param.node, childName, itemPath, `${pattern}/*`)
    }
    for (const [callName, edge] of sortedEntries(node.calls)) {
      // A collection called with an alternate key (`path-tree.ts`): one property, both.
      const collection = childViews.get(callName)
      const childName = nodeName(`${prefix}${pascalCase(callName)}${collection ? 'ByKey' : ''}`, taken)
      const call = collection
        ? callView(callName, edge, new Set(), childName, typeOf, true)
        : callView(callName, edge, new Set([...keys, ...CALLED_MEMBERS]), childName, typeOf)
      if (call.unquoted.length > 0)
        unquotedArguments.push({
          key: stringLiteral(`${pattern}/${callName}`),
          args: `[${call.unquoted.map(stringLiteral).join(', ')}]`,
        })
      if (!collection) view.calls.push(call)
      else {
        collection.type = `${collection.type} & ((${call.parameter}) => ${call.type})`
        collection.calledAs = call.doc
      }
      visit(
        edge.node,
        childName,
        `${path}/${callName}(${edge.args.map((arg) => `${arg}={${arg}}`).join(',')})`,
        `${pattern}/${callName}`,
      )
    }
    if (node.itemPath) {
      const childName = nodeName(`${prefix}ItemPath`, taken)
      view.itemPath = { type: childName }
      visit(node.itemPath, childName, `${path}:/{item-path}:`, `${pattern}:*:`)
    }
    return name
  }
  const root = visit(tree.root, 'GraphClient', '', '')
  const responseKinds = responseKindKeys(routeKinds).map(([key, kind]) => ({
    key: stringLiteral(key),
    kind: stringLiteral(kind),
  }))
  const runtimeImports = runtimeImportsOf(
    nodes,
    responseKinds.length > 0,
    keyForms.length > 0,
    unquotedArguments.length > 0,
  )
  const { root: serviceRoot } = shapes.service()
  return {
    header,
    usesUndocumented,
    runtimeImports,
    root,
    serviceRoot: { literal: stringLiteral(serviceRoot), doc: jsDocText(serviceRoot) },
    nodes,
    responseKinds,
    keyForms,
    unquotedArguments,
  }
}

/** What the client imports from its runtime, by what its methods' signatures name. */
export function runtimeImportsOf(
  nodes: readonly NodeView[],
  hasResponseKinds: boolean,
  hasKeyForms: boolean,
  hasUnquotedArguments = false,
): string[] {
  const used = new Set<string>(['ClientOptions', 'createContext', 'createNode', 'RequestOptions'])
  if (hasResponseKinds) used.add('ResponseKinds')
  if (hasKeyForms) used.add('KeyForms')
  if (hasUnquotedArguments) used.add('UnquotedArguments')
  for (const node of nodes) {
    if (node.children.some((child) => child.type === 'Count')) used.add('Count')
    for (const method of node.methods) {
      if (/\bPage</.test(method.returnType)) used.add('Page')
      if (/\bSelected</.test(method.returnType)) used.add('Selected')
      if (/\bSelectable</.test(method.typeParameters)) used.add('Selectable')
      if (/\bBinaryBody\b/.test(method.parameters)) used.add('BinaryBody')
      if (/\bBindable</.test(method.parameters)) used.add('Bindable')
      if (/\bQuery\b/.test(method.parameters)) used.add('Query')
    }
  }
  return Object.entries(RUNTIME_IMPORTS)
    .filter(([importName]) => used.has(importName))
    .map(([importName, typeOnly]) => (typeOnly ? `type ${importName}` : importName))
}

type TypeOf = (ref: TypeRef) => string

function nodeName(text: string, taken: Set<string>): string {
  const base = pascalCase(text)
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`
  taken.add(candidate)
  return candidate
}

/** A child's property key: the segment as written, suffixed `_` while it collides with a member. */
function memberKey(value: string, keys: Set<string>): string {
  let key = value
  while (keys.has(key)) key = `${key}_`
  keys.add(key)
  return propertyKey(key)
}

function sortedEntries<V>(map: Map<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** A call's view; `byKey`: the call addresses an item by an alternate key (`path-tree.ts`), so it
 *  takes the arguments of one written form, all of them (`{ appId } | { uniqueName }`). */
function callView(
  name: string,
  edge: CallEdge,
  keys: Set<string>,
  type: string,
  typeOf: TypeOf,
  byKey = false,
): CallView {
  const operations = collectOperations(edge.node)
  const required = edge.args.filter((arg) => edge.variants.every((variant) => variant.includes(arg)))
  const parameters = new Map(edge.args.map((arg) => [arg, findParameter(operations, arg)]))
  const member = (arg: string, optional: boolean) => {
    const parameter = parameters.get(arg)
    const type = parameter
      ? withCardinality(typeOf(parameter.type), parameter.collection, false)
      : 'string | number | boolean'
    return `${propertyKey(arg)}${optional ? '?' : ''}: ${type}`
  }
  const forms = edge.variants.filter((variant) => variant.length > 0)
  const members = edge.args.map((arg) => member(arg, !required.includes(arg)))
  const unquoted = edge.args.filter((arg) => {
    const parameter = parameters.get(arg)
    return parameter?.type.kind === 'primitive' && UNQUOTED_LITERALS.has(parameter.type.name)
  })
  const parameter = byKey
    ? `args: ${forms.map((variant) => `{ ${variant.map((arg) => member(arg, false)).join('; ')} }`).join(' | ')}`
    : members.length === 0
      ? ''
      : `args${required.length === 0 ? '?' : ''}: { ${members.join('; ')} }`
  return {
    key: memberKey(name, keys),
    type,
    parameter,
    doc: jsDocText(`/${name}(${edge.args.join(', ')})`),
    unquoted,
  }
}

/** The primitive types OData writes in a URL without quotes besides numbers and booleans:
 *  `date=2017-09-01`, `fromDateTime=2019-11-01T00:00:00Z`, a GUID. */
const UNQUOTED_LITERALS = new Set(['Date', 'DateTimeOffset', 'TimeOfDay', 'Guid'])

/** Operations documented at `node` or below its direct routes (function parameters live there). */
function collectOperations(node: PathNode): OperationDef[] {
  const found: OperationDef[] = []
  const walk = (current: PathNode, depth: number) => {
    for (const refs of current.routes.values()) for (const ref of refs) found.push(ref.operation)
    if (depth === 0) return
    for (const child of current.literals.values()) walk(child, depth - 1)
  }
  walk(node, 1)
  return found
}

function findParameter(operations: readonly OperationDef[], name: string): ParameterDef | undefined {
  const lower = name.toLowerCase()
  for (const operation of operations)
    for (const parameter of operation.parameters)
      if (parameter.in !== 'header' && parameter.in !== 'body' && parameter.name.toLowerCase() === lower)
        return parameter
  return undefined
}

interface ResponseView {
  kind: 'json' | 'value' | 'binary' | 'none'
  type: string
  /** Item type when the response is a collection page. */
  itemType?: string
  /** The element type whose keys `$select` may name, and its navigation properties (`$expand`). */
  selectOf?: { type: string; navigation: string[] }
}

/**
 * A verb method, with the arguments the runtime reads by position (`createNode`): GET takes
 * `(query?, options?)`, DELETE `(options?)`, POST, PATCH and PUT `(body, options?)`, where an
 * undocumented body is `undefined`; a non-GET route's own query string is `options.query`.
 */
function methodView(
  verb: HttpMethod,
  refs: readonly RouteRef[],
  shapes: ApiShape,
  typeOf: TypeOf,
  derived: DerivedTypes,
): { method: MethodView; kind: ResponseView['kind'] } {
  const chosen = preferredOperations(verb, refs, shapes.listings(), shapes.baseTypes())
  const first = chosen[0]!
  // Each as its route answers it: a property path (`…/mailboxSettings/dateFormat`) with the
  // property, a `$value` route with bytes.
  const responses = answeringAmong(chosen).map(({ operation, route }) =>
    responseView(shapes.ofRoute(operation, route).response, shapes.model, typeOf, derived),
  )
  const response = responses[0]!
  const sameKind = responses.filter(
    (candidate) => candidate.kind === response.kind && !!candidate.itemType === !!response.itemType,
  )
  const query = queryType(verb, chosen, response, shapes, typeOf)
  const bodies = chosen.map(({ operation, route }) => shapes.ofRoute(operation, route).requestBody)
  const body = bodyType(verb, bodies, typeOf, shapes.model)
  const options = optionsView(verb, query, requiredHeadersOf(chosen, shapes))
  // An optional argument may not come before required `options`.
  const optional = (name: string, type: string) =>
    options.required ? `${name}: ${type === 'undefined' ? type : `${type} | undefined`}` : `${name}?: ${type}`
  const parameters: string[] = []
  if (verb === 'GET')
    parameters.push(query?.required ? `query: ${query.type}` : optional('query', query?.type ?? 'Query'))
  if (carriesBody(verb))
    parameters.push(
      !body
        ? optional('body', 'undefined')
        : bodies.some(requiresBody)
          ? `body: ${body}`
          : optional('body', body),
    )
  parameters.push(options.parameter)
  // A `$select` list narrows each item (`Selected`), the page's and the iterated ones alike.
  const narrowed = (type: string) => (query?.selection ? `Selected<${type}, ${query.selection}>` : type)
  const itemTypes = unionOf(sameKind.flatMap((candidate) => (candidate.itemType ? [candidate.itemType] : [])))
  const answered =
    response.kind === 'none'
      ? 'void'
      : response.itemType
        ? `Page<${narrowed(itemTypes)}>`
        : narrowed(unionOf(sameKind.map((candidate) => candidate.type)))
  // A call the page says, or an example shows, may also answer without content (an upsert's
  // "201 Created" for a new item, "204 No Content" for an existing one) resolves to `undefined` then.
  const returnType =
    answered !== 'void' &&
    chosen.some(
      ({ operation, route }) => statusWithoutContent(shapes.ofRoute(operation, route)) !== undefined,
    )
      ? `${answered} | undefined`
      : answered
  const typeParameters = query?.typeParameters ?? ''
  const view: MethodView = {
    key: verb.toLowerCase(),
    parameters: parameters.join(', '),
    returnType,
    typeParameters,
    doc: docLines(chosen, first.route),
  }
  if (verb === 'GET' && response.itemType && query) {
    view.iterate = {
      parameters: `${query.required ? `query: ${query.type}` : optional('query', query.type)}, ${options.parameter}`,
      itemType: narrowed(itemTypes),
    }
  }
  return { method: view, kind: response.kind }
}

/**
 * The `options` argument of a verb method: required where it carries a required query (a non-GET
 * route's own query string) or a header the pages require (`If-Match` of Planner's updates).
 *   patch(body: PlannerBucket, options: RequestOptions & { headers: { 'If-Match': string } })
 */
function optionsView(
  verb: HttpMethod,
  query: QueryView | undefined,
  headers: readonly string[],
): { parameter: string; required: boolean } {
  const members: string[] = []
  if (verb !== 'GET' && query) members.push(`query${query.required ? '' : '?'}: ${query.type}`)
  if (headers.length > 0)
    members.push(`headers: { ${headers.map((name) => `${propertyKey(name)}: string`).join('; ')} }`)
  const required = (verb !== 'GET' && !!query?.required) || headers.length > 0
  const type = members.length === 0 ? 'RequestOptions' : `RequestOptions & { ${members.join('; ')} }`
  return { parameter: `options${required ? '' : '?'}: ${type}`, required }
}

/** The headers any of the pages require of a caller, each name once (`ParameterShapes.requiredHeaders`). */
function requiredHeadersOf(chosen: readonly RouteRef[], shapes: ApiShape): string[] {
  const names = new Map<string, string>()
  for (const { operation } of chosen)
    for (const name of shapes.of(operation).parameters.requiredHeaders)
      if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name)
  return [...names.values()]
}

function docLines(chosen: readonly RouteRef[], route: RouteTemplate): string[] {
  const lines: string[] = []
  // Once per operation, whichever of its routes (the forms of one call) meet here.
  for (const operation of new Set(chosen.map((ref) => ref.operation))) {
    const title = jsDocText(operation.title)
    const description = jsDocText(operation.description)
    lines.push(description && description !== title ? `${title}: ${description}` : title)
  }
  lines.push(jsDocText(`${route.method} ${route.raw}${route.query ? `?${route.query}` : ''}`))
  lines.push(jsDocText(`Docs: ${[...new Set(chosen.map(({ operation }) => operation.file))].join(', ')}`))
  return lines.filter((line) => line !== '')
}

/** The client's reading of a response shape: a `value` resolves to `x`, a `binary` to bytes. */
function responseView(
  response: ResponseShape,
  model: ApiModel,
  typeOf: TypeOf,
  derived: DerivedTypes,
): ResponseView {
  switch (response.kind) {
    case 'none':
      return { kind: 'none', type: 'void' }
    case 'binary':
      return { kind: 'binary', type: 'Uint8Array' }
    case 'value':
      return { kind: 'value', type: typeOf(response.type) }
    case 'page': {
      const ts = typeOf(response.item)
      const view: ResponseView = { kind: 'json', type: `Page<${ts}>`, itemType: ts }
      const selectOf = selectable(response.item, ts, model, derived)
      if (selectOf) view.selectOf = selectOf
      return view
    }
    case 'object': {
      if (!response.type) return { kind: 'json', type: 'unknown' }
      const ts = typeOf(response.type)
      const view: ResponseView = { kind: 'json', type: ts }
      const selectOf = selectable(response.type, ts, model, derived)
      if (selectOf) view.selectOf = selectOf
      return view
    }
  }
}

/**
 * A documented object type: `$select` can name its properties (`Selectable`: its keys, inherited
 * ones included, but the `@odata.*` annotations; of a type with derived types, the union the
 * response is, the properties of any of them, as the result is narrowed member by member) and
 * `$expand` its navigation properties (Relationships rows, inherited ones included), those of its
 * derived types too (an expanded one stays on the members that have it). `ts`: the type as the
 * response declares it.
 */
function selectable(
  type: TypeRef,
  ts: string,
  model: ApiModel,
  derived: DerivedTypes,
): ResponseView['selectOf'] {
  if (type.kind !== 'named' || !type.resolved) return undefined
  const def = model.types[type.resolved]
  if (def === undefined || def.kind === 'enum') return undefined
  const navigation = new Set<string>()
  for (const property of flattenProperties(def, model))
    if (property.relationship) navigation.add(property.name)
  // A derived type inherits through `def`: only its own properties are new.
  for (const name of selfAndDescendants(type.resolved, derived).slice(1)) {
    const member = model.types[name]
    if (member && member.kind !== 'enum')
      for (const property of member.properties) if (property.relationship) navigation.add(property.name)
  }
  return { type: ts, navigation: [...navigation] }
}

const QUERY_TYPES: Record<string, string> = {
  $expand: 'readonly string[] | string',
  $filter: 'string',
  $orderby: 'readonly string[] | string',
  $top: 'number',
  $skip: 'number',
  $count: 'boolean',
  $search: 'string',
}

/** The query parameter of a method, and the type parameters of a GET whose `$select` narrows. */
interface QueryView {
  type: string
  required: boolean
  /** `<const S extends …>` where `$select` narrows the result, else ''. */
  typeParameters: string
  /** `S, E` (or `S, []`): the type arguments of `Selected`, when `typeParameters` is set. */
  selection?: string
}

/** A query parameter's value where the docs give none a query string can carry. */
const LOOSE = 'string | number | boolean'

/** A documented query parameter's type where a query string carries it as one value (a string,
 *  number or boolean, or an enum's members: `columnId: number`), else `LOOSE`. */
function queryValueType(parameter: ParameterDef, model: ApiModel, typeOf: TypeOf): string {
  const { type } = parameter
  if (parameter.collection) return LOOSE
  if (type.kind === 'named')
    return type.resolved && model.types[type.resolved]?.kind === 'enum' ? typeOf(type) : LOOSE
  const written = typeOf(type)
  return written === 'string' || written === 'number' || written === 'boolean' ? written : LOOSE
}

/**
 * Query parameter of a method: GET takes the OData options its pages document (`$select` limited
 * to the response type's property names, as a const type parameter that narrows the result;
 * `$expand` as a list of its navigation properties, which stay in the narrowed result, or as
 * free OData text), plus the parameters written in the route's query string
 * (`?startDateTime={start_datetime}` → required `startDateTime: string`) and the query parameters
 * the pages document (typed as `queryValueType` says, required as their rows say). Any verb
 * with such parameters takes those. A GET whose pages document no option takes a free-form `Query`.
 */
function queryType(
  verb: HttpMethod,
  chosen: readonly RouteRef[],
  response: ResponseView,
  shapes: ApiShape,
  typeOf: TypeOf,
): QueryView | undefined {
  const documented = new Set<string>()
  const extra = new Map<string, boolean>()
  /** The documented parameters' types (`queryValueType`), where the pages agree on one. */
  const types = new Map<string, string>()
  for (const { operation, route } of chosen) {
    for (const option of operation.queryOptions)
      if (LIST_QUERY_OPTIONS.includes(option)) documented.add(option)
    for (const pair of (route.query ?? '').split('&')) {
      const [key = '', value = ''] = pair.split('=')
      if (key === '') continue
      if (LIST_QUERY_OPTIONS.includes(key)) documented.add(key)
      else if (!key.startsWith('$') || /\{/.test(value))
        extra.set(key, (extra.get(key) ?? false) || /\{/.test(value))
    }
  }
  // Options a GET's pages leave undocumented stay free-form (`Query`), with the named ones typed
  // (the route's own query string's among them: `calendarView?startDateTime=…` takes `$top`).
  const freeForm = verb === 'GET' && documented.size === 0
  // The query parameters the pages document (a Query parameters table, a name their prose gives).
  for (const { operation } of chosen)
    for (const parameter of shapes.of(operation).parameters.query)
      if (LIST_QUERY_OPTIONS.includes(parameter.name)) documented.add(parameter.name)
      else {
        const type = queryValueType(parameter, shapes.model, typeOf)
        types.set(
          parameter.name,
          types.has(parameter.name) && types.get(parameter.name) !== type ? LOOSE : type,
        )
        extra.set(parameter.name, (extra.get(parameter.name) ?? false) || parameter.required)
      }
  if (verb !== 'GET' && extra.size === 0) return undefined
  if (freeForm && documented.size === 0 && extra.size === 0)
    return { type: 'Query', required: false, typeParameters: '' }
  const selectOf = verb === 'GET' && documented.has('$select') ? response.selectOf : undefined
  const expands = selectOf !== undefined && documented.has('$expand') && selectOf.navigation.length > 0
  const members: string[] = []
  for (const option of LIST_QUERY_OPTIONS) {
    if (!documented.has(option) || verb !== 'GET') continue
    const type =
      option === '$select'
        ? selectOf
          ? 'S'
          : 'readonly string[]'
        : option === '$expand' && expands
          ? 'E | string'
          : (QUERY_TYPES[option] ?? 'string')
    members.push(`${propertyKey(option)}?: ${type}`)
  }
  for (const [key, required] of [...extra].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const typed = types.get(key) ?? LOOSE
    members.push(
      `${propertyKey(key)}${required ? '' : '?'}: ${typed === LOOSE && required ? 'string' : typed}`,
    )
  }
  const view: QueryView = {
    type: freeForm ? `Query & { ${members.join('; ')} }` : `{ ${members.join('; ')} }`,
    required: [...extra.values()].some(Boolean),
    typeParameters: '',
  }
  if (selectOf) {
    const parameters = [`const S extends readonly Selectable<${selectOf.type}>[] = []`]
    if (expands)
      parameters.push(
        `const E extends readonly (${selectOf.navigation.map(stringLiteral).join(' | ')})[] = []`,
      )
    view.typeParameters = `<${parameters.join(', ')}>`
    view.selection = expands ? 'S, E' : 'S, []'
  }
  return view
}

/**
 * Request body of POST/PATCH/PUT: the documented resource type, or for actions an object of the
 * body parameters (`{ comment?: string }`); stream bodies are bytes or text.
 */
function bodyType(
  verb: HttpMethod,
  bodies: readonly BodyShape[],
  typeOf: TypeOf,
  model: ApiModel,
): string | undefined {
  if (!carriesBody(verb)) return undefined
  const types = bodies.flatMap((body) => {
    const type = bodyTypeOf(body, typeOf)
    if (type === undefined) return []
    return [bodyTypeText(type, body, model)]
  })
  return types.length === 0 ? undefined : unionOf(types)
}

function bodyTypeOf(body: BodyShape, typeOf: TypeOf): string | undefined {
  switch (body.kind) {
    case 'none':
      return undefined
    case 'binary':
      return 'BinaryBody'
    case 'json':
      return withCardinality(typeOf(body.type), body.collection, false)
    case 'parameters': {
      const members = body.parameters.map((parameter) => {
        // An optional member may be sent as null (to clear it), as the server's types take it.
        const type = parameterTypeText(parameter, typeOf)
        return `${propertyKey(parameter.name)}${parameter.required ? '' : '?'}: ${type}`
      })
      return `{ ${members.join('; ')} }`
    }
  }
}
