/**
 * The request examples of an operation whose path none of its routes answers: they call a route the
 * page does not document, so `example-route-mismatch` reports them and `example-bodies` judges
 * neither them nor their answers by the operation's types.
 *   POST /sites/{site-id}/termStore/sets/{set-id}/terms/{term-id}/relations
 *   POST https://graph.microsoft.com/v1.0/sites/…/termStores/27fd…/terms/8861…/relations
 * Read as the generated server routes a request (`routeMatches`), with what the docs and OData let a
 * path add: one segment naming a root item (`/me/…` for `/users/{id}/…`) and the reverse where the
 * docs pair the two roots (`rootAliases`), a type cast segment of a documented namespace
 * (`/members/microsoft.graph.user`), a trailing `$count`, a key in parentheses
 * (`/depots('2b83…')/parcels`), and the parent path expanding the route's last navigation
 * (`GET /me?$expand=manager` for `/me/manager`).
 */
import { decodeSafely } from '../extract/link-target.js'
import type { ExampleDef, OperationDef, RouteTemplate } from '../model.js'
import type { ApiShape } from '../shape/api-shape.js'
import type { ExampleReads } from '../shape/examples.js'
import type { RequestTarget } from '../shape/operation-shape.js'
import type { RootAlias } from '../shape/root-aliases.js'
import { routeMatches } from '../shape/route-matches.js'

/** What a request path may add to a route: the root aliases and namespaces the generated server
 *  answers with (`ApiShape`). */
export interface RouteReading {
  aliases: readonly RootAlias[]
  /** In lower case. */
  namespaces: ReadonlySet<string>
  /** Both as one text: a judgement that read them holds while it is the same (watch mode). */
  key: string
}

export function routeReadingOf(shapes: ApiShape): RouteReading {
  const aliases = shapes.rootAliases()
  const namespaces = new Set(shapes.namespaces().map((namespace) => namespace.toLowerCase()))
  const key = [...aliases.map(({ alias, collection }) => `${alias}/${collection}`), ...namespaces].join(' ')
  return { aliases, namespaces, key }
}

/** A request example and the path, query and segments it asks for. */
export interface ExampleCall {
  example: ExampleDef
  target: RequestTarget
}

/** Each request example of `operation` whose path none of its routes answers. */
export function otherRouteExamples(
  operation: OperationDef,
  examples: ExampleReads,
  reading: RouteReading,
): ExampleCall[] {
  return routeReaches(operation, examples, reading).flatMap(({ reach, ...call }) => (reach ? [] : [call]))
}

/** A request example and how it reaches a route of its operation, if it does: by the route's path,
 *  or through the parent path's `$expand` of the route's last navigation, which answers the parent. */
export interface ReachedCall extends ExampleCall {
  reach?: 'path' | 'expand'
}

/** Each judged request example of `operation`, with how it reaches one of its routes, if it does. */
export function routeReaches(
  operation: OperationDef,
  examples: ExampleReads,
  { aliases, namespaces }: RouteReading,
): ReachedCall[] {
  const found: ReachedCall[] = []
  // The routes an example may call, made once (most operations have no example).
  let routes: RouteTemplate[] | undefined
  for (const example of operation.examples) {
    const target = isJudged(example) ? examples.of(example).target : undefined
    if (!target || operation.routes.length === 0) continue
    // An example written as one of the request lines calls it (OneDrive's `GET /sites/{hostname}:/{relative-path}`).
    if (operation.routes.some((route) => route.raw === target.path)) {
      found.push({ example, target, reach: 'path' })
      continue
    }
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
    const reaches = (reached: (route: RouteTemplate, path: readonly string[]) => boolean) =>
      paths.some((path) => routes?.some((route) => reached(route, path)))
    const reach = reaches(routeMatches)
      ? 'path'
      : reaches((route, path) => expandsFromParent(route, path, target))
        ? 'expand'
        : undefined
    found.push({ example, target, ...(reach && { reach }) })
  }
  return found
}

/**
 * Whether a request example's URL is judged: an annotated one (as ApiDoctor validates them;
 * an unannotated block may show a request to another service, `POST https://www.onedrive.com/embed_by_post`),
 * and not one marked `"opaqueUrl": true`, a URL the API hands out (an upload session's
 * `https://sn3302.up.1drv.com/up/…`), not a route.
 */
function isJudged(example: ExampleDef): boolean {
  const { kind, annotation, url } = example
  return kind === 'request' && !!annotation && annotation.opaqueUrl !== true && !!url?.trim()
}

/** `GET /me?$expand=manager` reads `/me/manager` through its parent, and
 *  `GET /me/messages/{id}?$expand=extensions(…)` reads `…/messages/{id}/extensions/{extensionId}`. */
function expandsFromParent(route: RouteTemplate, path: readonly string[], target: RequestTarget): boolean {
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
