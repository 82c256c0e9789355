/**
 * Other names the docs give a collection's item at the root of a path: Graph's `/me/…` is
 * `/users/{id}/…` for the signed-in user, and its pages write both (`GET /me/events` beside
 * `GET /users/{id}/events`), but not always (`GET /users/{id}/calendarView` alone). A server that
 * answers as Graph does serves either form where the docs document one.
 *
 * Read from the pages alone: a literal first segment `a` is another name of collection `c`'s item
 * when a page's request example calls one of its routes `/c/{id}/…` as `/a/…` (`PATCH /me` under
 * `PATCH /users/{id}`, `DELETE /me/messages/…/extensions/…` under `/users/{id}/messages/…`: the docs
 * say so, and a tree of one page shows it), or when a page documents `/a` itself beside `/c/{id}`
 * (`GET /me` and `GET /users/{id}`: the same resource) and at least `MIN_PAGES` pages document a
 * path under `/a` beside the same path under `/c/{id}`; of several such collections, the one most
 * pages pair it with. Paths alone are not enough: `/deviceManagement/managedDevices` beside
 * `/users/{id}/managedDevices`, or a drive's pages listing `/me/drive` beside `/sites/{id}/drive`,
 * pair roots that are not one resource.
 */
import { getOrCreate } from '../get-or-create.js'
import type { OperationDef } from '../model.js'
import { segmentsKey } from '../route-key.js'
import { requestPathOf } from './examples.js'
import { requestSegments, routeMatches } from './route-matches.js'

/** Pages that must pair the two roots before one is taken for the other's name. */
export const MIN_PAGES = 3

/** `{ alias: 'me', collection: 'users' }`: `/me/x` answers as `/users/{id}/x`, and the reverse. */
export interface RootAlias {
  readonly alias: string
  readonly collection: string
}

export function rootAliases(operations: readonly OperationDef[]): RootAlias[] {
  const pages = new Map<string, Set<string>>()
  /** Pairs documented as the same resource (nothing after the root). */
  const itself = new Set<string>()
  /** Pairs a request example calls one for the other, with the pages that do. */
  const called = new Map<string, Set<string>>()
  for (const operation of operations) {
    // Roots by the rest of the path: `/me/events` under `events`, `/users/{id}/events` likewise.
    const underLiteral = new Map<string, Set<string>>()
    const underItem = new Map<string, Set<string>>()
    for (const { segments } of operation.routes) {
      const [first, second] = segments
      if (first?.kind !== 'literal') continue
      const [roots, rest] =
        second?.kind === 'param' ? [underItem, segments.slice(2)] : [underLiteral, segments.slice(1)]
      getOrCreate(roots, segmentsKey(rest), () => new Set()).add(first.value.toLowerCase())
    }
    for (const [rest, aliases] of underLiteral)
      for (const alias of aliases)
        for (const collection of underItem.get(rest) ?? [])
          if (alias !== collection) {
            getOrCreate(pages, `${alias}/${collection}`, () => new Set()).add(operation.file)
            if (rest === '') itself.add(`${alias}/${collection}`)
          }
    for (const pair of calledAliases(operation)) {
      getOrCreate(pages, pair, () => new Set()).add(operation.file)
      getOrCreate(called, pair, () => new Set()).add(operation.file)
    }
  }
  const best = new Map<string, { collection: string; count: number }>()
  for (const [pair, files] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [alias = '', collection = ''] = pair.split('/')
    const shown = called.has(pair) || (itself.has(pair) && files.size >= MIN_PAGES)
    if (!shown || files.size <= (best.get(alias)?.count ?? 0)) continue
    best.set(alias, { collection, count: files.size })
  }
  // A name that is itself a collection's other name is not a collection here (no chains).
  return [...best]
    .filter(([, { collection }]) => !best.has(collection))
    .map(([alias, { collection }]) => ({ alias, collection }))
}

/**
 * `alias/collection` for each request example of `operation` that calls one of its routes
 * `/collection/{id}/…` as `/alias/…` (in lower case), where no route of the operation is the path
 * it calls and the routes it may call so are of one collection.
 */
function calledAliases(operation: OperationDef): Set<string> {
  const pairs = new Set<string>()
  for (const example of operation.examples) {
    if (example.kind !== 'request' || example.url === undefined) continue
    const [alias, ...rest] = requestSegments(requestPathOf(example.url))
    if (alias === undefined || !/^[A-Za-z]\w*$/.test(alias)) continue
    const path = [alias, ...rest]
    if (operation.routes.some((route) => routeMatches(route, path))) continue
    const collections = new Set<string>()
    for (const route of operation.routes) {
      const [root, item, ...after] = route.segments
      if (
        root?.kind !== 'literal' ||
        item?.kind !== 'param' ||
        root.value.toLowerCase() === alias.toLowerCase()
      )
        continue
      if (routeMatches({ ...route, segments: after }, rest)) collections.add(root.value.toLowerCase())
    }
    // `/me/events` on a page of `/users/{id}/events` and `/groups/{id}/events` names neither.
    const [collection] = collections
    if (collections.size === 1) pairs.add(`${alias.toLowerCase()}/${collection}`)
  }
  return pairs
}
