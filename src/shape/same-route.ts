/**
 * Several pages can document the same verb on the same path (a list page written on an item
 * path, one page per derived type). The rule: order them by page id, and prefer the ones whose
 * kind fits the path — a path ending in a placeholder addresses one item (get, update, delete),
 * any other a collection (list, create); when none fits, all of them. Their responses and bodies
 * are then read together (the union of what they document).
 *
 * Reads: the operations' `kind`, `id` and the route's last segment.
 */
import type { HttpMethod, OperationDef, RouteTemplate } from '../model.js'

export interface RouteOfOperation {
  operation: OperationDef
  route: RouteTemplate
}

export function preferredOperations<Ref extends RouteOfOperation>(
  verb: HttpMethod,
  refs: readonly Ref[],
): Ref[] {
  const sorted = [...refs].sort((a, b) =>
    a.operation.id < b.operation.id ? -1 : a.operation.id > b.operation.id ? 1 : 0,
  )
  const fits = sorted.filter(({ operation, route }) => {
    const last = route.segments[route.segments.length - 1]
    const onItem = last?.kind === 'param'
    if (operation.kind === 'list') return !onItem
    if (operation.kind === 'get') return onItem || verb !== 'GET'
    return true
  })
  return fits.length > 0 ? fits : sorted
}

/**
 * The pages that answer a (verb, path): of the preferred ones, those whose route is the path itself
 * rather than the path with a query string — `GET /users/{id}?$expand=extensions(…)` on an
 * extension's page is that page's use of the user page's path, not another response of it. When
 * every page shows the path only with a query, all the preferred ones answer.
 */
export function answeringOperations<Ref extends RouteOfOperation>(
  verb: HttpMethod,
  refs: readonly Ref[],
): Ref[] {
  const preferred = preferredOperations(verb, refs)
  const plain = preferred.filter(({ route }) => route.query === undefined)
  return plain.length > 0 ? plain : preferred
}

/** The one page that answers a (verb, path) where only one can (the server's route table). */
export function answeringOperation<Ref extends RouteOfOperation>(
  verb: HttpMethod,
  refs: readonly Ref[],
): Ref | undefined {
  return answeringOperations(verb, refs)[0]
}
