/**
 * Merge the documented routes of every operation into one path tree, keyed by the literal
 * segments. Many pages document the same path: they meet at the same node. Placeholders at the
 * same position (`{id}`, `{id | userPrincipalName}`, `{user-id}`) share one `byId` child; function
 * calls share one child per function name (their argument lists merged); a literal segment with
 * the name of a function at the same position (`range` and `range(address='…')`) is the call
 * without arguments, unless the literal is a collection (its items addressed by key, or listed or
 * created there): then the call addresses one item by an alternate key
 * (`/applications(appId='{appId}')` beside `/applications` and `/applications/{id}`), and both stay.
 * Literals spelt alike but for letter case (`calendarGroups`, `calendargroups`) are one segment, in
 * the spelling `literalSpellings` keeps, as in OpenAPI's paths.
 */

import { getOrCreate } from '../../get-or-create.js'
import type { HttpMethod, OperationDef, PathSegment, RouteTemplate } from '../../model.js'
import { normaliseSegment } from '../../route-key.js'
import { literalSpellings } from '../../shape/literal-spellings.js'

export interface RouteRef {
  operation: OperationDef
  route: RouteTemplate
}

export interface CallEdge {
  /** Argument names in order of first appearance. */
  args: string[]
  /** One entry per written form: the argument names it used (empty for `name` or `name()`). */
  variants: string[][]
  node: PathNode
}

export interface PathNode {
  literals: Map<string, PathNode>
  /** The `{placeholder}` child, with the raw placeholders written at this position (and how many
   *  routes write each), and how a key the URL writes in parentheses is written there (`keyForm`). */
  param?: { names: Map<string, number>; node: PathNode; inParentheses?: KeyForm }
  calls: Map<string, CallEdge>
  itemPath?: PathNode
  routes: Map<HttpMethod, RouteRef[]>
}

export interface PathTree {
  root: PathNode
}

export function createPathNode(): PathNode {
  return { literals: new Map(), calls: new Map(), routes: new Map() }
}

/** Build the tree of every route of `operations`. */
export function buildPathTree(operations: readonly OperationDef[]): PathTree {
  const root = createPathNode()
  const respell = literalSpellings(operations)
  for (const operation of operations)
    for (const route of operation.routes) {
      let node = root
      for (const segment of respell(route.segments).map(normaliseSegment)) node = childFor(node, segment)
      const refs = node.routes.get(route.method) ?? []
      refs.push({ operation, route })
      node.routes.set(route.method, refs)
    }
  // Only once every route is in: whether a literal is a collection depends on all of them.
  mergeCallsWithLiterals(root)
  return { root }
}

/** At each node, a literal named like a call there becomes the call without arguments, but for a
 *  collection (see the module's comment). */
function mergeCallsWithLiterals(node: PathNode): void {
  for (const [name, call] of node.calls) {
    const literal = node.literals.get(name)
    if (!literal || isCollection(literal)) continue
    node.literals.delete(name)
    // The plain form's routes first (`/delta`, then `/delta(token='…')`).
    mergeNodes(literal, call.node)
    call.node = literal
    addVariant(call, [])
  }
  for (const child of node.literals.values()) mergeCallsWithLiterals(child)
  if (node.param) mergeCallsWithLiterals(node.param.node)
  for (const call of node.calls.values()) mergeCallsWithLiterals(call.node)
  if (node.itemPath) mergeCallsWithLiterals(node.itemPath)
}

/** A node whose items are addressed by key, or that routes list or create at. */
function isCollection(node: PathNode): boolean {
  if (node.param) return true
  return [...node.routes.values()].some((refs) =>
    refs.some(({ operation }) => operation.kind === 'list' || operation.kind === 'create'),
  )
}

function childFor(node: PathNode, segment: PathSegment): PathNode {
  switch (segment.kind) {
    case 'literal':
      return getOrCreate(node.literals, segment.value, createPathNode)
    case 'param': {
      node.param ??= { names: new Map(), node: createPathNode() }
      node.param.names.set(segment.raw, (node.param.names.get(segment.raw) ?? 0) + 1)
      const form = keyForm(node.param.inParentheses, segment.inParentheses)
      if (form) node.param.inParentheses = form
      return node.param.node
    }
    case 'call': {
      const call = getOrCreate(node.calls, segment.name, () => ({
        args: [],
        variants: [],
        node: createPathNode(),
      }))
      addVariant(
        call,
        segment.args.map((arg) => arg.name),
      )
      return call.node
    }
    case 'itemPath':
      node.itemPath ??= createPathNode()
      return node.itemPath
  }
}

type KeyForm = 'bare' | 'quoted'

/**
 * A key is written in parentheses where any route at its position writes it so (the docs show that
 * URL works; a key segment is the format's default), quoted where any writes it quoted (a string key),
 * whatever the order of the routes.
 */
function keyForm(a: KeyForm | undefined, b: KeyForm | undefined): KeyForm | undefined {
  return a === 'quoted' || b === 'quoted' ? 'quoted' : (a ?? b)
}

function addVariant(call: CallEdge, args: string[]): void {
  for (const arg of args) if (!call.args.includes(arg)) call.args.push(arg)
  if (call.variants.some((variant) => variant.join(',') === args.join(','))) return
  call.variants.push(args)
  call.variants.sort((a, b) => (a.join(',') < b.join(',') ? -1 : 1))
}

/** Move everything of `source` into `target` (same position reached two ways). */
function mergeNodes(target: PathNode, source: PathNode): void {
  for (const [method, refs] of source.routes)
    target.routes.set(method, [...(target.routes.get(method) ?? []), ...refs])
  for (const [value, child] of source.literals) {
    const existing = target.literals.get(value)
    if (existing) mergeNodes(existing, child)
    else target.literals.set(value, child)
  }
  if (source.param) {
    if (target.param) {
      for (const [name, count] of source.param.names)
        target.param.names.set(name, (target.param.names.get(name) ?? 0) + count)
      const form = keyForm(target.param.inParentheses, source.param.inParentheses)
      if (form) target.param.inParentheses = form
      mergeNodes(target.param.node, source.param.node)
    } else target.param = source.param
  }
  for (const [name, edge] of source.calls) {
    const existing = target.calls.get(name)
    if (!existing) target.calls.set(name, edge)
    else {
      for (const variant of edge.variants) addVariant(existing, variant)
      mergeNodes(existing.node, edge.node)
    }
  }
  if (source.itemPath) {
    if (target.itemPath) mergeNodes(target.itemPath, source.itemPath)
    else target.itemPath = source.itemPath
  }
}
