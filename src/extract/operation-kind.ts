/**
 * Decide what an API page's operation is from its route first, the title only breaking ties:
 *   POST /me/events                          → create   (the route ends in a collection)
 *   POST /groups/{id}/members/$ref           → create   (`$ref`: a reference is added, never an action)
 *   GET  /me/photo/$value                    → get      (`$value`: the stream; PUT → update)
 *   PUT  /tenantRelationships/multiTenantOrganization  # Create multiTenantOrganization
 *        "this method returns a `201 Created` response code"   → create   (a PUT that creates)
 *   POST /me/sendMail            # Send mail → action   (the title spells the segment)
 *   GET  /users/delta         # user: delta → function (the `type: name` title names the segment)
 *   GET  /me/drive/recent     # drive: recent (deprecated) → function (a status after it)
 *   POST …/installedApps/{id}/upgrade  # teamsAppInstallation in personal scope: upgrade → action
 *   GET  …/range(address='<address>')       → function (a `name(…)` call segment)
 *   POST …/wipe              # wipe action  → action   (an Intune `<name> action|function` H1)
 *   GET  /identity/identityProviders/availableProviderTypes  # List availableProviderTypes
 *        "If successful, this function returns …"          → function (the Response sentence says so)
 *   GET  /me/drive/recent  <!-- { "blockType": "request", "target": "action" } -->  → function
 *   DELETE /me/drive/following/{item-id}
 *   POST /me/drive/items/{item-id}/unfollow  # Unfollow drive item → action (routes of two verbs: the one
 *                                                                   ending in the name the docs give leads)
 * A request example's annotation may say what the request targets (`"target"`: `action` or `function`,
 * `collection` or `object`, as the docs' validator defines it): an operation is an action for POST and
 * a function for GET (the docs write `action` for both); a collection is listed or created into, an
 * object got. It outranks the title, never the verb of DELETE, PATCH and PUT or a `$ref`/`$value` route.
 * The last segment (a trailing type cast `microsoft.graph.x` stepped over) is an operation name when
 * the docs say so: the Intune H1, a `type: name` H1 naming it, a `name(…)` call in the route or in a
 * request example's URL, or a title whose words spell it (`Create upload session` → `createUploadSession`).
 * So is the segment before a trailing placeholder that a `type: name` H1 names (`# place: descendants`
 * over `GET /places/{id}/descendants/{placeType}`): the placeholder is then its argument.
 * Such a segment is an action for POST and a function for GET. DELETE, PATCH and PUT are delete and
 * update, but a PUT that answers `201 Created` under a `Create …` title creates (`createsByPut`).
 * Otherwise a POST creates; a GET on routes that mostly end in a key placeholder (or `:/{item-path}:`,
 * `readsByKey`) gets one item, else lists when the response is a collection and gets when it is one value; only
 * when the response is unknown does the title decide (List/Enumerate → list).
 * Link may still turn a create or list into an action or function when another page, or a resource's
 * Methods table, documents the segment as an operation (`refineOperationKinds`).
 */
import type { ExampleDef, OperationKind, RouteTemplate } from '../model.js'
import {
  endingName,
  endsInSegment,
  isRawValueRoute,
  isReferenceRoute,
  mostlyAddressOne,
} from '../route-end.js'

export interface KindEvidence {
  /** The H1 (or front-matter title). */
  title: string
  routes: readonly RouteTemplate[]
  /** The response is a collection (`true`), one value (`false`), or not known (unset). */
  collection?: boolean
  /** URLs of the page's request examples. */
  exampleUrls?: readonly string[]
  /** What the request examples' annotations say the request targets (`action`, `collection`, …). */
  exampleTargets?: readonly string[]
  /** What the Response sentence says the operation is (`this function returns …`). */
  responseStates?: 'action' | 'function'
  /** The success status the Response section (else its example) documents. */
  status?: number
  /** Whether the page says the route placeholder `name` holds a type name (`holdsTypeName`). */
  holdsTypeName?: (name: string) => boolean
}

/** The evidence of a page's title, routes and request examples (URLs and stated targets). */
export function pageEvidence(
  title: string,
  routes: readonly RouteTemplate[],
  examples: readonly ExampleDef[],
): KindEvidence {
  const requests = examples.filter((example) => example.kind === 'request')
  return {
    title,
    routes,
    exampleUrls: requests.flatMap((example) => (example.url ? [example.url] : [])),
    exampleTargets: requests.flatMap((example) => {
      const target = example.annotation?.target
      return typeof target === 'string' ? [target] : []
    }),
  }
}

const INTUNE_TITLE = /\s(action|function)$/i
// A `type: name` H1, perhaps with a status after it (`drive: recent (deprecated)`), which says
// which segment the operation names; words that narrow the type before the colon
// (`teamsAppInstallation in personal scope: upgrade`) only confirm a segment they name, as other
// titles with a colon are prose ("Send mail: overview").
const TYPE_COLON_NAME = /^[\w.]+\s*:\s*(\w+)\s*(?:\([\w\s-]*\))?$/
const NARROWED_TYPE_COLON_NAME = /^[\w.]+(?:\s+[\w.]+)+\s*:\s*(\w+)\s*(?:\([\w\s-]*\))?$/
const CALL = /^([\w.]+)\(/
/** `Create …`, not `Create or replace …` / `Create or update …` (an upsert replaces too). */
const CREATE_TITLE = /^create\b(?!\s+or\s+(?:replace|update)\b)/i
const TARGETS = new Set(['action', 'function', 'collection', 'object'])

export function operationKind(evidence: KindEvidence): OperationKind {
  const { title, routes } = evidence
  const stated = INTUNE_TITLE.exec(title.trim())?.[1]?.toLowerCase()
  if (stated === 'action' || stated === 'function') return stated
  const lead = leadingRoute(evidence)
  const method = lead?.method
  if (isReferenceRoute(lead)) return referenceKind(method, routes)
  if (isRawValueRoute(lead) || endsInSegment(lead, '$count'))
    return method === 'GET' ? 'get' : verbKind(method)
  if (method === 'PUT' && createsByPut(evidence)) return 'create'
  if (method === 'DELETE' || method === 'PATCH' || method === 'PUT') return verbKind(method)
  const targeted = targetKind(method, [
    ...(evidence.exampleTargets ?? []),
    ...(evidence.responseStates ? [evidence.responseStates] : []),
  ])
  if (targeted) return targeted
  if (lead && namesOperation(lead, evidence)) return method === 'GET' ? 'function' : 'action'
  if (method === 'POST') return 'create'
  if (readsByKey(evidence)) return 'get'
  if (evidence.collection !== undefined) return evidence.collection ? 'list' : 'get'
  return titleLists(title) ? 'list' : 'get'
}

/** What tells whether a GET reads one item by its key (`readsByKey`): the response reads it too. */
export type KeyEvidence = Pick<KindEvidence, 'title' | 'routes' | 'responseStates' | 'holdsTypeName'>

/**
 * Whether the routes read one item by its key: most end in a placeholder or an item path
 * (`mostlyAddressOne`, `GET /users/{id}`), and none in an argument of the operation instead. A
 * trailing placeholder is an argument where it follows the segment the operation is named for (a
 * `type: name` H1 names it, or the Response sentence says a function returns), or where the page
 * says it holds a type name (today's place-descendants.md, a collection of places of that type):
 *   # place: descendants
 *   GET /places/{id}/descendants/{placeType}
 *   > `{placeType}` can be any supported place type such as `microsoft.graph.building`, …
 *   If successful, this function returns a `200 OK` response code and a [place](…) collection …
 */
export function readsByKey(evidence: KeyEvidence): boolean {
  const { routes } = evidence
  return mostlyAddressOne(routes) && !routes.some((route) => endsInArgument(route, evidence))
}

function endsInArgument(route: RouteTemplate, evidence: KeyEvidence): boolean {
  const last = route.segments.at(-1)
  if (last?.kind !== 'param') return false
  if (evidence.holdsTypeName?.(last.name)) return true
  // A function is named by a literal segment: the one before its argument.
  const afterFunction = evidence.responseStates === 'function' && route.segments.at(-2)?.kind === 'literal'
  return afterFunction || namedBeforeArgument(route, evidence.title)
}

/** Whether a `type: name` H1 names the literal segment before the route's trailing placeholder
 *  (`# place: descendants` over `GET /places/{id}/descendants/{placeType}`). */
function namedBeforeArgument(route: RouteTemplate, title: string): boolean {
  const before = route.segments.at(-2)
  if (before?.kind !== 'literal' || route.segments.at(-1)?.kind !== 'param') return false
  return TYPE_COLON_NAME.exec(title.trim())?.[1]?.toLowerCase() === before.value.toLowerCase()
}

/** Whether the title says the page lists (`List events`, `Enumerate …`). */
export function titleLists(title: string): boolean {
  return /^(list|enumerate)\b/i.test(title.trim())
}

/**
 * The route whose verb decides: the first, unless the routes use more than one verb and a later one
 * ends in the name the docs give the operation (the H1 `Unfollow drive item` over
 * `DELETE /me/drive/following/{item-id}`, written before `POST /me/drive/items/{item-id}/unfollow`).
 */
function leadingRoute(evidence: KindEvidence): RouteTemplate | undefined {
  const [first, ...others] = evidence.routes
  if (!first || others.every((route) => route.method === first.method)) return first
  return evidence.routes.find((route) => namesOperation(route, evidence)) ?? first
}

/**
 * Whether a PUT creates what its URL names rather than replaces it: the verb says replace, a
 * `201 Created` says create, and the title breaks the tie. Today's
 * tenantrelationship-put-multitenantorganization.md, `# Create multiTenantOrganization` over
 * `PUT /tenantRelationships/multiTenantOrganization`, answers `201 Created`: a create. OneDrive's
 * driveitem_put_content.md, `# Upload or replace the contents of a DriveItem`, answers `201 Created`
 * too, and replaces an item's content.
 */
function createsByPut({ title, status }: KindEvidence): boolean {
  return status === 201 && CREATE_TITLE.test(title.trim())
}

function verbKind(method: RouteTemplate['method'] | undefined): OperationKind {
  if (method === 'DELETE') return 'delete'
  if (method === 'POST') return 'create'
  if (method === 'GET') return 'get'
  return 'update'
}

/** The kind the first request example's stated `target` gives a GET or POST. */
function targetKind(
  method: RouteTemplate['method'] | undefined,
  targets: readonly string[] | undefined,
): OperationKind | undefined {
  const target = targets?.find((value) => TARGETS.has(value.toLowerCase()))?.toLowerCase()
  if (!target || (method !== 'GET' && method !== 'POST')) return undefined
  if (target === 'action' || target === 'function') return method === 'GET' ? 'function' : 'action'
  if (method === 'POST') return 'create'
  return target === 'collection' ? 'list' : 'get'
}

/** `$ref` adds (POST), replaces (PUT), removes (DELETE) or reads (GET) a reference. */
function referenceKind(
  method: RouteTemplate['method'] | undefined,
  routes: readonly RouteTemplate[],
): OperationKind {
  if (method !== 'GET') return verbKind(method)
  const beforeRef = (route: RouteTemplate) => route.segments.at(-2)
  return routes.some((route) => beforeRef(route)?.kind === 'param') ? 'get' : 'list'
}

/** Whether the docs document the route's last segment as an action or function name. */
function namesOperation(route: RouteTemplate, evidence: KindEvidence): boolean {
  const segment = endingName(route)
  if (!segment) return namedBeforeArgument(route, evidence.title)
  if (segment.call) return true
  const name = segment.name.toLowerCase()
  const title = evidence.title.trim()
  const typeColonName = TYPE_COLON_NAME.exec(title)?.[1]
  if (typeColonName !== undefined) return typeColonName.toLowerCase() === name
  if (NARROWED_TYPE_COLON_NAME.exec(title)?.[1]?.toLowerCase() === name) return true
  if (titleSpells(evidence.title, segment.name)) return true
  return (evidence.exampleUrls ?? []).some((url) => {
    const path = url.split('?')[0] ?? ''
    const lastPart = path.slice(path.lastIndexOf('/') + 1)
    return CALL.exec(lastPart)?.[1]?.toLowerCase() === name
  })
}

/**
 * A title whose words spell the segment: the first word is the segment's first word and the
 * segment's other words follow in order (`Create a sharing link` → `createLink`, `Send mail` →
 * `sendMail`, `checkMemberGroups` → `checkMemberGroups`). `List events` does not spell `events`.
 */
export function titleSpells(title: string, segment: string): boolean {
  const titleWords = wordsOf(title)
  const segmentWords = wordsOf(segment)
  if (segmentWords.length === 0 || titleWords[0] !== segmentWords[0]) return false
  let at = 1
  for (const word of segmentWords.slice(1)) {
    at = titleWords.indexOf(word, at)
    if (at < 0) return false
    at++
  }
  return true
}

function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
}
