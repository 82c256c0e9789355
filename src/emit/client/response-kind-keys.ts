/**
 * The client's table of the routes whose response is not plain JSON (`RESPONSE_KINDS`), keyed by
 * the shortest end of each route's pattern that no route of the same verb answering another way
 * (JSON included) shares: one `GET $value` for every `$value` of the API, `POST getCachedReport`
 * for a report, and a longer end, down to the whole pattern with its leading slash
 * (`GET /me/photo/$value`), only where a shorter one is shared. A browser app ships the table with
 * the runtime: keyed by whole patterns, it grew with every such route and was most of what a
 * three-call app paid beyond the runtime on a large API; keyed so, it grows with their distinct ends.
 * The runtime reads a request's kind by the same rule (`kindOf`, `templates/client/runtime.hbs`):
 * its pattern's ends (`endKeys`), shortest first; the first found is the kind, none is JSON.
 */
import { getOrCreate } from '../../get-or-create.js'

/** How the runtime reads an answer (a body-less answer is read as JSON: there is nothing). */
export type ResponseKind = 'json' | 'value' | 'binary'

export interface RouteKind {
  verb: string
  /** As the runtime names the route: `/name` per literal or function, `/*` per key, `:*:` per item path. */
  pattern: string
  kind: ResponseKind
}

/** The table's entries, sorted by key. */
export function responseKindKeys(routes: readonly RouteKind[]): [string, 'value' | 'binary'][] {
  const kindsAt = new Map<string, Set<ResponseKind>>()
  const ends = routes.map(({ verb, pattern, kind }) => {
    const keys = endKeys(verb, pattern)
    for (const key of keys) getOrCreate(kindsAt, key, () => new Set()).add(kind)
    return { kind, keys }
  })
  const table = new Map<string, 'value' | 'binary'>()
  for (const { kind, keys } of ends) {
    if (kind === 'json') continue
    // The whole pattern is the route's own: only the same route twice could share it.
    const key = keys.find((end) => kindsAt.get(end)?.size === 1) ?? (keys.at(-1) as string)
    table.set(key, kind)
  }
  return [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** `VERB end` for each end of `pattern`, shortest first; the last, the whole pattern. */
export function endKeys(verb: string, pattern: string): string[] {
  const segments = pattern.split('/')
  return segments.map((_, index) => `${verb} ${segments.slice(segments.length - 1 - index).join('/')}`)
}
