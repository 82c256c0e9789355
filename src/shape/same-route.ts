/**
 * Several pages can document the same verb on the same path (a list page written on an item
 * path, one page per derived type, each workload's partial page of a shared type). The rule: order
 * them by page id, and prefer the ones whose kind fits the path — a path ending in a placeholder
 * addresses one item (get, update, delete), any other a collection (list, create); when none fits,
 * all of them; of those, first the ones whose request body is not another type than they answer
 * (one derived from the other is not another); among each of
 * these, a page about a type derived from another page's type follows that page (the general page
 * answers, as Graph's own route does; its special cases add their responses):
 *   GET /me/messages/{id}   eventmessage-get (eventMessage) · message-get (message)   → message-get
 * Before all of these, the pages about the type the path's collection is named for (`pathNaming`:
 * those answering it first);
 * and before every other, the pages that answer the path (`answeringAmong`: not only with a query).
 * Their responses and bodies are then read together (the union of what they document). The first
 * of them owns the route (its title leads the client's doc comment, its handler serves it, its
 * examples lead the mock's and the others' follow, as in its OpenAPI operation), except
 * where the first by id is listed only on partial pages of a type (`method-listings.ts`) and
 * another is listed on that type's main page: then that one leads, the others follow by id —
 *   GET /users/{id}   intune-devices-user-get (intune-devices-user.md: 2 of 105 properties)
 *                     user-get                (user.md: 101 of 105)                      → user-get
 * A page listed on its own type's main page, or on no Methods table, is never passed over.
 * Which pages document the same path is the reader's: the server takes the routes that match the
 * same requests (`routeKey`: letter case and placeholder names aside; `routeOwners`, read once per
 * emit as `ApiShape.ownerOf` and `ApiShape.pagesOf`), while OpenAPI and the client take the pages of
 * each of their paths or properties, where the spellings of a literal (`/me/calendarGroups/…`,
 * `/me/calendargroups/…`) meet under one (`literal-spellings.ts`), and apply the rule to those.
 *
 * Reads: the operations' `kind`, `id`, request body and response types, the types listing them,
 * the route's last segment, where each is listed, and the types' base types.
 */
import { getOrCreate } from '../get-or-create.js'
import type { HttpMethod, OperationDef, RouteTemplate } from '../model.js'
import { lastLiteral } from '../route-end.js'
import { routeKey } from '../route-key.js'
import { isPluralOf, simpleNameOf } from '../simple-name.js'
import { type BaseTypes, derivesFrom } from './base-types.js'
import type { MethodListings } from './method-listings.js'

export interface RouteOfOperation {
  operation: OperationDef
  route: RouteTemplate
}

export function preferredOperations<Ref extends RouteOfOperation>(
  verb: HttpMethod,
  refs: readonly Ref[],
  listings: MethodListings,
  bases: BaseTypes,
): Ref[] {
  const sorted = [...refs].sort((a, b) =>
    a.operation.id < b.operation.id ? -1 : a.operation.id > b.operation.id ? 1 : 0,
  )
  const fits = sorted.filter(({ operation, route }) => {
    const onItem = route.segments.at(-1)?.kind === 'param'
    if (operation.kind === 'list') return !onItem
    if (operation.kind === 'get') return onItem || verb !== 'GET'
    return true
  })
  const candidates = fits.length > 0 ? fits : sorted
  const ordered = (refs: readonly Ref[]) => {
    const plain: Ref[] = []
    const others: Ref[] = []
    for (const ref of refs) (takesAnotherType(ref.operation, bases) ? others : plain).push(ref)
    return [...generalFirst(plain, bases), ...generalFirst(others, bases)]
  }
  const byNaming: Ref[][] = [[], [], []]
  for (const ref of candidates) byNaming[2 - pathNaming(ref)]?.push(ref)
  const preferred = byNaming.flatMap(ordered)
  // The answering pages lead (the first page is the route's owner for every output alike), the
  // page listed on a type's main page first among them.
  const answering = answeringAmong(preferred)
  return [...leadingMainPage(answering, listings), ...preferred.filter((ref) => !answering.includes(ref))]
}

/**
 * Whether the collection the route addresses is named for the type the page is about
 * (`/me/events` or `/me/events/{id}` and an event): 2 where the page answers that type, 1 where
 * it answers no type and its request body (else a type listing it) is that type, 0 otherwise.
 * A page about another type that writes the same path (the extended-property page creates a
 * message, an event, a contact … with one, its body typed as the first of them) documents another
 * use of it, and follows; and where its body is the collection's type, it follows the page that
 * answers with it ("Create message" answers the message it creates; the extended-property page
 * answers "the new or existing instance", no type).
 */
function pathNaming({ operation, route }: RouteOfOperation): 0 | 1 | 2 {
  const segments = route.segments.at(-1)?.kind === 'param' ? route.segments.slice(0, -1) : route.segments
  const collection = lastLiteral({ ...route, segments })
  if (collection === undefined) return 0
  const names = (subject: string) => isPluralOf(collection, simpleNameOf(subject))
  const answered = operation.response.type
  if (answered?.kind === 'named' && answered.resolved && names(answered.resolved)) return 2
  return subjectsOf(operation).some(names) ? 1 : 0
}

/** `refs` in their order, except that a page about a type derived from another page's type comes
 *  after that page. */
function generalFirst<Ref extends RouteOfOperation>(refs: readonly Ref[], bases: BaseTypes): Ref[] {
  if (refs.length < 2) return [...refs]
  // Which page specialises which, worked out once for each pair (a route of many derived types'
  // pages, such as a collection of device configurations, has dozens).
  const subjects = new Map(refs.map((ref) => [ref, subjectsOf(ref.operation)]))
  const specialises = (ref: Ref, general: Ref) => {
    const types = subjects.get(ref) ?? []
    const generalTypes = subjects.get(general) ?? []
    return (
      types.length > 0 &&
      types.every((type) => generalTypes.some((ancestor) => derivesFrom(bases, type, ancestor)))
    )
  }
  const special = new Map(refs.map((ref) => [ref, new Set(refs.filter((other) => specialises(ref, other)))]))
  const rest = [...refs]
  const ordered: Ref[] = []
  while (rest.length > 0) {
    const next = rest.find((ref) => rest.every((other) => !special.get(ref)?.has(other))) ?? rest[0]!
    ordered.push(next)
    rest.splice(rest.indexOf(next), 1)
  }
  return ordered
}

/**
 * The types a page is about: the one it answers, else the one its request body is, else (a
 * delete) the types whose Methods tables list it.
 */
function subjectsOf(operation: OperationDef): readonly string[] {
  for (const ref of [operation.response.type, operation.requestBody?.type])
    if (ref?.kind === 'named' && ref.resolved) return [ref.resolved]
  return operation.resources ?? []
}

/**
 * A page whose request body is another type than the one it answers, neither derived from the
 * other, documents another use of the path: the extension page's `POST /users/{id}/messages` takes
 * an extension and answers the message it is created with, where the page of that collection takes
 * and answers a message. Such a page follows the others (in id order among themselves). A body of
 * a derived type (a create sending the derived type a base-typed collection answers) is the path's
 * own use.
 */
export function takesAnotherType(operation: OperationDef, bases: BaseTypes): boolean {
  const body = operation.requestBody?.type
  const answer = operation.response.type
  if (body?.kind !== 'named' || answer?.kind !== 'named') return false
  const [sent, answered] = [body.resolved, answer.resolved]
  if (sent === undefined || answered === undefined || sent === answered) return false
  return !derivesFrom(bases, sent, answered) && !derivesFrom(bases, answered, sent)
}

/** `refs` with the operation listed on the main page of a type first, where the first is listed
 *  only on partial pages of that type. */
function leadingMainPage<Ref extends RouteOfOperation>(refs: Ref[], listings: MethodListings): Ref[] {
  const first = refs[0] && listings.get(refs[0].operation.id)
  if (!first || first.main.length > 0 || first.partial.length === 0) return refs
  const lead = refs.find(({ operation }) =>
    listings.get(operation.id)?.main.some((type) => first.partial.includes(type)),
  )?.operation
  if (!lead) return refs
  return [
    ...refs.filter(({ operation }) => operation === lead),
    ...refs.filter(({ operation }) => operation !== lead),
  ]
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
  listings: MethodListings,
  bases: BaseTypes,
): Ref[] {
  return answeringAmong(preferredOperations(verb, refs, listings, bases))
}

/** `answeringOperations` of the pages `preferredOperations` gave, for a caller that reads both. */
export function answeringAmong<Ref extends RouteOfOperation>(preferred: readonly Ref[]): Ref[] {
  const plain = preferred.filter(({ route }) => route.query === undefined)
  return plain.length > 0 ? plain : [...preferred]
}

/** The pages of one (verb, path) as a server answers it: the one that serves its requests, and
 *  every page documenting it, that one first (whose examples the route shows, as OpenAPI merges
 *  them). */
export interface RoutePages {
  owner: OperationDef
  pages: readonly OperationDef[]
}

/** The pages of each (verb, path) where only one can answer (the server's route table), by
 *  `routeKey`: of the routes that match the same requests, `answeringOperations`' first owns it;
 *  the pages are `preferredOperations`' (each once). */
export function routeOwners(
  operations: readonly OperationDef[],
  listings: MethodListings,
  bases: BaseTypes,
): Map<string, RoutePages> {
  const refs = new Map<string, RouteOfOperation[]>()
  for (const operation of operations)
    for (const route of operation.routes)
      getOrCreate(refs, routeKey(route), () => []).push({ operation, route })
  const owners = new Map<string, RoutePages>()
  for (const [key, list] of refs) {
    const preferred = preferredOperations(list[0]?.route.method ?? 'GET', list, listings, bases)
    const owner = answeringAmong(preferred)[0]?.operation
    if (!owner) continue
    const others = preferred.map(({ operation }) => operation).filter((operation) => operation !== owner)
    owners.set(key, { owner, pages: [...new Set([owner, ...others])] })
  }
  return owners
}
