/**
 * The Paths Object: every documented (verb, path) of the model.
 * - Templates that differ only in placeholder names (`/users/{id}`, `/users/{usersId}`) are one
 *   path in OpenAPI: each place of a key takes the name most routes give it, on every path through
 *   it (`placeholderNames`, `placeholder-names.ts`). So are routes
 *   that differ only in the letter case of a literal, as Graph, the server and the client read them,
 *   in the spelling the client keeps (`literalSpellings`, `route-entries.ts`).
 * - Pages documenting the same (verb, path) are merged into one operation, the route's owner first:
 *   the pages `preferredOperations` reads for it (`src/shape/same-route.ts`), as client and server do.
 * - `operationId` says what the operation does: the path's literal segments (as the path spells
 *   them) and its kind (`users.messages.list`, `me.sendMail`), see `assignOperationIds`.
 * - Tags: the resource type whose Methods table links the pages (their nearest common base when
 *   several do, `groupResource`), else the path's first segment.
 */
import type { ApiModel, HttpMethod, ObjectTypeDef, RouteTemplate } from '../../model.js'
import { sameElements } from '../../same-elements.js'
import type { ApiShape } from '../../shape/api-shape.js'
import { type BaseTypes, sameBaseTypes } from '../../shape/base-types.js'
import { type MethodListings, sameListings } from '../../shape/method-listings.js'
import { answeringAmong, preferredOperations, takesAnotherType } from '../../shape/same-route.js'
import { conformPathItem, type ExampleConformer } from './conform-examples.js'
import type { OpenApiMemo } from './openapi-memo.js'
import { mergeOperations, type OperationInput, operationObject } from './operation.js'
import { type RouteEntry, routeEntries } from './route-entries.js'
import type { PathItemObject, TagObject } from './spec.js'

const METHOD_ORDER: HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH']

/** One path item to build: its `paths` key and, per verb in document order, the operations on it. */
export interface PathItemInput {
  path: string
  methods: { method: HttpMethod; operations: OperationInput[] }[]
}

/** Kept for the next run (see `pathItemInputs`): read, never changed. */
export interface PathItemInputs {
  /** Sorted by path. */
  items: PathItemInput[]
  tags: TagObject[]
}

/**
 * What every path item of the model is built from (`pathItemObject`), and the tags they use.
 * The last result is kept: a run whose operations, resource tags, method listings and base types
 * (which order the pages of a route) are those of the last one (a save that changes a type's
 * descriptions) gets it again; otherwise each path item equal to the last run's is that very
 * object (what was derived from it is found again).
 */
export function pathItemInputs(
  model: ApiModel,
  listings: MethodListings,
  bases: BaseTypes,
  memo: OpenApiMemo,
): PathItemInputs {
  const entries = routeEntries(model.operations, memo)
  const resourceTags = tagsByPage(model)
  const last = memo.pathItems
  if (
    last?.entries === entries &&
    sameTags(last.resourceTags, resourceTags) &&
    sameListings(last.listings, listings) &&
    sameBaseTypes(last.bases, bases)
  )
    return last.inputs
  const inputs = inputsOf(entries, resourceTags, listings, bases, last?.inputs)
  memo.pathItems = { entries, resourceTags, listings, bases, inputs }
  return inputs
}

function inputsOf(
  entries: readonly RouteEntry[],
  resourceTags: ReadonlyMap<string, ResourceTag>,
  listings: MethodListings,
  bases: BaseTypes,
  before: PathItemInputs | undefined,
): PathItemInputs {
  const byKey = new Map<string, RouteEntry[]>()
  for (const entry of entries) {
    const key = `${entry.path} ${entry.route.method}`
    const group = byKey.get(key) ?? []
    group.push(entry)
    byKey.set(key, group)
  }
  for (const [key, group] of byKey)
    byKey.set(key, preferredOperations(group[0]?.route.method ?? 'GET', group, listings, bases))
  const operationIds = assignOperationIds(byKey)
  const lastItems = new Map(before?.items.map((item) => [item.path, item]))
  const items = new Map<string, Map<HttpMethod, OperationInput[]>>()
  const tags = new Map<string, string>()
  for (const [key, group] of byKey) {
    const resource = groupResource(group, resourceTags)
    // The pages whose answer is the path's (`answeringAmong`): another's responses add examples.
    const answering = answeringAmong(group)
    const operations = group.map((entry) => {
      const tag = resource?.name ?? firstLiteral(entry.spelled)
      if (!tags.has(tag) || resource) tags.set(tag, resource?.description ?? tags.get(tag) ?? '')
      return {
        operation: entry.operation,
        route: entry.route,
        template: entry.template,
        names: entry.names,
        operationId: operationIds.get(key) ?? entry.operation.id,
        tag,
        anotherUse: takesAnotherType(entry.operation, bases),
        queryUse: !answering.includes(entry),
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
      const item = {
        path,
        methods: METHOD_ORDER.flatMap((method) => {
          const operations = methods.get(method)
          return operations ? [{ method, operations }] : []
        }),
      }
      const known = lastItems.get(path)
      return known && sameItem(known, item) ? known : item
    }),
    tags: [...tags.keys()].sort().map((name) => {
      const description = tags.get(name) ?? ''
      return description === '' ? { name } : { name, description }
    }),
  }
}

/** The Path Item Object: per verb, its operations merged (first page id first), each as its route
 *  answers it (a property path: the property, a `$value` route: bytes; `shapeOfRoute`), their
 *  examples conformed to the document's schemas. */
export function pathItemObject(
  input: PathItemInput,
  shapes: ApiShape,
  conformer: ExampleConformer,
): PathItemObject {
  const item: PathItemObject = {}
  for (const { method, operations } of input.methods) {
    const [first, ...others] = operations.map((operation) =>
      operationObject(operation, shapes.ofRoute(operation.operation, operation.route), shapes.model),
    )
    // A page documenting another use of the path shows its body examples, not its body type: the
    // server judges a body by the route's own types (`typedBodies`, `src/emit/server/route-table.ts`).
    if (first)
      item[method.toLowerCase() as Lowercase<HttpMethod>] = others.reduce(
        (merged, other, index) =>
          mergeOperations(merged, other, operations[index + 1]?.anotherUse, operations[index + 1]?.queryUse),
        first,
      )
  }
  return conformPathItem(item, conformer)
}

/**
 * Operation ids that say what the operation does, from what is stable about it: its path's
 * literal segments and, for the calls that are not actions or functions, its kind —
 *   GET /users/{id}/messages → users.messages.list    POST /me/sendMail → me.sendMail
 *   GET /users/{id}/messages/{id}/$value → users.messages.value.get
 *   GET …/worksheets/{id}/range(address='{address}') → ….worksheets.rangeWithAddress
 * Paths that still read alike (`/tables/add`, `/tables/{id}/add`) name their keys (`tables.item.add`);
 * `-2`, `-3`… in path order after that. One id per (verb, path) (by the key of its group), from its
 * first entry by page id, whichever page owns the route: the id stays when the owner changes.
 */
function assignOperationIds(groups: ReadonlyMap<string, readonly RouteEntry[]>): Map<string, string> {
  const firsts = [...groups].flatMap(([key, group]) => {
    const first = group.reduce<RouteEntry | undefined>(
      (min, entry) => (min && compare(min.operation.id, entry.operation.id) <= 0 ? min : entry),
      undefined,
    )
    return first ? [{ key, first }] : []
  })
  firsts.sort(
    ({ first: a }, { first: b }) =>
      compare(a.path, b.path) || METHOD_ORDER.indexOf(a.route.method) - METHOD_ORDER.indexOf(b.route.method),
  )
  const plains = firsts.map(({ key, first }) => ({ key, first, plain: describedId(first, false) }))
  const readings = new Map<string, number>()
  for (const { plain } of plains) readings.set(plain, (readings.get(plain) ?? 0) + 1)
  const taken = new Set<string>()
  const result = new Map<string, string>()
  for (const { key, first, plain } of plains) {
    const base = (readings.get(plain) ?? 0) > 1 ? describedId(first, true) : plain
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    result.set(key, id)
  }
  return result
}

function describedId({ operation, spelled: route }: RouteEntry, namingKeys: boolean): string {
  const words = route.segments.flatMap((segment): string[] => {
    if (segment.kind === 'call')
      return [
        callWord(
          segment.name,
          segment.args.map((arg) => upperFirst(arg.name)),
        ),
      ]
    if (segment.kind !== 'literal') return namingKeys ? ['item'] : []
    // A call with its values written in (`image(width=640)`) names them too: `imageWithWidth640`.
    const call = /^([^(]+)\((.*)\)$/.exec(segment.value)
    if (call)
      return [
        callWord(
          idWord(call[1] ?? ''),
          (call[2] ?? '').split(',').map((arg) => upperFirst(idWord(arg))),
        ),
      ]
    // A type cast (`microsoft.graph.mobileLobApp`) reads as its type's name, `$value` as `value`.
    const word = idWord(segment.value.split('.').at(-1) ?? '')
    return word === '' ? [] : [word]
  })
  // An action's or function's last segment is its name; other calls say their kind.
  const named = (operation.kind === 'action' || operation.kind === 'function') && words.length > 0
  return (named ? words : [...words, operation.kind]).join('.')
}

/** `range` with `Address` → `rangeWithAddress`; `image` with `Width640`, `Height480` → `imageWithWidth640AndHeight480`. */
function callWord(name: string, args: readonly string[]): string {
  return name + args.map((arg, i) => `${i === 0 ? 'With' : 'And'}${arg}`).join('')
}

/** The letters and digits of a segment, what every generator accepts in an id. */
function idWord(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, '')
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function firstLiteral(route: RouteTemplate): string {
  const first = route.segments.find((segment) => segment.kind === 'literal')
  return first?.kind === 'literal' ? first.value : 'root'
}

export interface ResourceTag {
  name: string
  description: string
  /** The type and its documented base types, nearest first; `root`: it declares no base type. */
  lineage: readonly { qualifiedName: string; name: string; description: string; root: boolean }[]
}

/** Page file → the resource type whose `## Methods` table links it (first by qualified name). */
function tagsByPage(model: ApiModel): Map<string, ResourceTag> {
  const result = new Map<string, ResourceTag>()
  for (const type of Object.values(model.types)) {
    if (type.kind === 'enum') continue
    for (const method of type.methods)
      if (method.target && !result.has(method.target))
        result.set(method.target, {
          name: type.name,
          description: type.description,
          lineage: lineage(model, type),
        })
  }
  return result
}

function lineage(model: ApiModel, type: ObjectTypeDef): ResourceTag['lineage'] {
  const types = [type]
  for (let base = baseTypeOf(model, type); base && !types.includes(base); base = baseTypeOf(model, base))
    types.push(base)
  return types.map(({ qualifiedName, name, description, baseType }) => ({
    qualifiedName,
    name,
    description,
    root: baseType === undefined,
  }))
}

function baseTypeOf(model: ApiModel, type: ObjectTypeDef): ObjectTypeDef | undefined {
  const name = type.baseType?.kind === 'named' ? type.baseType.resolved : undefined
  const base = name === undefined ? undefined : model.types[name]
  return base?.kind === 'enum' ? undefined : base
}

/**
 * The resource a (verb, path) is tagged with. Where the pages of several resources document it,
 * the nearest type they all derive from: `POST /deviceManagement/deviceCompliancePolicies`,
 * documented by the page of each kind of policy, is deviceCompliancePolicy's. Resources related
 * only through the root type (`entity`) keep the first page's.
 */
function groupResource(
  group: readonly RouteEntry[],
  resourceTags: ReadonlyMap<string, ResourceTag>,
): ResourceTag | undefined {
  const [first, ...others] = group.flatMap((entry) => {
    const resource = resourceTags.get(entry.operation.file)
    return resource ? [resource] : []
  })
  if (!first || others.length === 0) return first
  const shared = (type: ResourceTag['lineage'][number]) =>
    others.every((other) => other.lineage.some((t) => t.qualifiedName === type.qualifiedName))
  const index = first.lineage.findIndex(shared)
  const common = first.lineage[index]
  if (!common) return first
  const documented = others.some((other) => other.lineage[0]?.qualifiedName === common.qualifiedName)
  if (index > 0 && common.root && !documented) return first
  return { name: common.name, description: common.description, lineage: first.lineage.slice(index) }
}

function sameTags(a: ReadonlyMap<string, ResourceTag>, b: ReadonlyMap<string, ResourceTag>): boolean {
  if (a.size !== b.size) return false
  for (const [file, tag] of a) {
    const other = b.get(file)
    if (!other || !sameTag(tag, other)) return false
  }
  return true
}

/** Field by field: thousands of tags are compared on every save. */
function sameTag(a: ResourceTag, b: ResourceTag): boolean {
  return (
    a.name === b.name &&
    a.description === b.description &&
    a.lineage.length === b.lineage.length &&
    a.lineage.every((type, index) => {
      const other = b.lineage[index]
      return (
        other !== undefined &&
        type.qualifiedName === other.qualifiedName &&
        type.name === other.name &&
        type.description === other.description &&
        type.root === other.root
      )
    })
  )
}

/** The same methods, each with the same operations on the same routes, ids, tags and names. */
function sameItem(a: PathItemInput, b: PathItemInput): boolean {
  return (
    a.methods.length === b.methods.length &&
    a.methods.every((methodA, m) => {
      const methodB = b.methods[m]
      return (
        methodA.method === methodB?.method &&
        methodA.operations.length === methodB.operations.length &&
        methodA.operations.every((x, o) => {
          const y = methodB.operations[o]
          return (
            x.operation === y?.operation &&
            x.route === y.route &&
            x.template === y.template &&
            x.operationId === y.operationId &&
            x.tag === y.tag &&
            x.anotherUse === y.anotherUse &&
            x.queryUse === y.queryUse &&
            sameElements(x.names, y.names)
          )
        })
      )
    })
  )
}
