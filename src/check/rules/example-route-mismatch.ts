/**
 * A request example whose path no request line of its page answers: a reader (and `verify`, which
 * replays it) calls a route the page does not document.
 *   POST /sites/{site-id}/termStore/sets/{set-id}/terms/{term-id}/relations
 *   POST https://graph.microsoft.com/v1.0/sites/…/termStores/27fd…/terms/8861…/relations
 * Read as the generated server routes a request (`routeMatches`), with what the docs and OData let a
 * path add: one segment naming a root item (`/me/…` for `/users/{id}/…`) and the reverse where the
 * docs pair the two roots (`rootAliases`), a type cast segment of a documented namespace
 * (`/members/microsoft.graph.user`), a trailing `$count`, a key in parentheses
 * (`/depots('2b83…')/parcels`), and the parent path expanding the route's last navigation
 * (`GET /me?$expand=manager` for `/me/manager`).
 */
import { diagnostic } from '../../diagnostics.js'
import { decodeSafely } from '../../extract/link-target.js'
import type { Diagnostic, ExampleDef, OperationDef, RouteTemplate } from '../../model.js'
import type { ExampleReads } from '../../shape/examples.js'
import type { RequestTarget } from '../../shape/operation-shape.js'
import type { RootAlias } from '../../shape/root-aliases.js'
import { routeMatches } from '../../shape/route-matches.js'
import type { CheckRule } from '../rule.js'

export const exampleRouteMismatch: CheckRule = {
  name: 'example-route-mismatch',
  codes: ['example-route-mismatch'],
  run({ model, shapes, memo }) {
    const kept = memo.exampleRoutes
    // The root aliases and namespaces the generated server answers with (`ApiShape`).
    const aliases = shapes.rootAliases()
    const namespaces = new Set(shapes.namespaces().map((namespace) => namespace.toLowerCase()))
    // What every operation's judgement reads besides itself, kept while it says the same: in
    // watch mode an unchanged operation is the same object, and is not judged again.
    const reads = [...aliases.map(({ alias, collection }) => `${alias}/${collection}`), ...namespaces].join(
      ' ',
    )
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      const known = kept.operations.get(operation)
      const findings =
        known?.reads === reads ? known.found : mismatchesOf(operation, shapes.examples, aliases, namespaces)
      kept.operations.set(operation, { reads, found: findings })
      found.push(...findings)
    }
    return found
  },
}

/** Each request example of `operation` whose path none of its routes answers. */
function mismatchesOf(
  operation: OperationDef,
  examples: ExampleReads,
  aliases: readonly RootAlias[],
  namespaces: ReadonlySet<string>,
): Diagnostic[] {
  const found: Diagnostic[] = []
  // The routes an example may call, made once (most operations have no example).
  let routes: RouteTemplate[] | undefined
  for (const example of operation.examples) {
    const target = isJudged(example) ? examples.of(example).target : undefined
    if (!target || operation.routes.length === 0) continue
    // An example written as one of the request lines calls it (OneDrive's `GET /sites/{hostname}:/{relative-path}`).
    if (operation.routes.some((route) => route.raw === target.path)) continue
    const asked = target.segments.filter((segment) => !isCast(segment, namespaces))
    if (asked.at(-1) === '$count') asked.pop()
    routes ??= operation.routes
      .flatMap((route) => {
        const byOneSegment = byItemRoot(route)
        return byOneSegment ? [route, byOneSegment] : [route]
      })
      .map((route) => withoutCasts(route, namespaces))
    // `requestSegments` reads a key in parentheses (`depots('2b83…')`) as its own segment.
    const paths = [asked, ...aliased(asked, aliases)]
    if (paths.some((path) => routes?.some((route) => answers(route, path, target)))) continue
    found.push(mismatch(example, target, operation))
  }
  return found
}

/**
 * Whether the check judges a request example's URL: an annotated one (as ApiDoctor validates them;
 * an unannotated block may show a request to another service, `POST https://www.onedrive.com/embed_by_post`),
 * and not one marked `"opaqueUrl": true`, a URL the API hands out (an upload session's
 * `https://sn3302.up.1drv.com/up/…`), not a route.
 */
function isJudged(example: ExampleDef): boolean {
  const { kind, annotation, url } = example
  return kind === 'request' && !!annotation && annotation.opaqueUrl !== true && !!url?.trim()
}

function answers(route: RouteTemplate, path: readonly string[], target: RequestTarget): boolean {
  if (routeMatches(route, path)) return true
  // `GET /me?$expand=manager` reads `/me/manager` through its parent, and
  // `GET /me/messages/{id}?$expand=extensions(…)` reads `…/messages/{id}/extensions/{extensionId}`.
  const at = route.segments.findLastIndex((segment) => segment.kind === 'literal')
  const navigation = route.segments[at]
  if (
    navigation?.kind !== 'literal' ||
    !routeMatches({ ...route, segments: route.segments.slice(0, at) }, path)
  )
    return false
  const expanded = /(?:^|&)\$expand=([^&]*)/i.exec(decodeSafely(target.query))?.[1] ?? ''
  return expanded.split(/[,(]/).some((name) => name.trim().toLowerCase() === navigation.value.toLowerCase())
}

/** A path of a collection's item at the root as the other name the docs give it: `/users/{id}/x` as `/me/x`. */
function aliased(path: readonly string[], aliases: readonly RootAlias[]): string[][] {
  const [first = '', , ...afterItem] = path
  return path.length > 1
    ? aliases.flatMap(({ alias, collection }) =>
        first.toLowerCase() === collection ? [[alias, ...afterItem]] : [],
      )
    : []
}

/**
 * The route with its root item (`/users/{id}`) written as one segment, as Graph's `/me` names the
 * signed-in user: `/me/reminderView(…)` calls `GET /users/{id}/reminderView(…)` on a tree too small
 * to pair the two roots (`rootAliases`).
 */
function byItemRoot(route: RouteTemplate): RouteTemplate | undefined {
  const [root, item, ...rest] = route.segments
  if (root?.kind !== 'literal' || item?.kind !== 'param') return undefined
  return { ...route, segments: [{ kind: 'param', name: 'root', raw: '{root}' }, ...rest] }
}

/** `microsoft.graph.user`: a qualified name in a namespace the docs document types in. */
function isCast(segment: string, namespaces: ReadonlySet<string>): boolean {
  const dot = segment.lastIndexOf('.')
  return dot > 0 && namespaces.has(segment.slice(0, dot).toLowerCase())
}

function withoutCasts(route: RouteTemplate, namespaces: ReadonlySet<string>): RouteTemplate {
  const segments = route.segments.filter(
    (segment) => segment.kind !== 'literal' || !isCast(segment.value, namespaces),
  )
  return segments.length === route.segments.length ? route : { ...route, segments }
}

function mismatch(example: ExampleDef, target: RequestTarget, operation: OperationDef): Diagnostic {
  const written = operation.routes.map((route) => `${route.method} ${route.raw}`)
  return diagnostic(
    'example-route-mismatch',
    example.position,
    `Unexpected request to ${target.path}, expected a path of the page's request lines (${written.slice(0, 3).join('; ')}${written.length > 3 ? '; …' : ''})`,
  )
}
