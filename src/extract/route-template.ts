/**
 * Read one request line of an `## HTTP request` block into a route template.
 *   GET /users/{id | userPrincipalName}/calendars/{id}/events/{id}
 *   GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/range(address='<address>')
 *   POST /me/drive/items/{id}/workbook/worksheets/{id}/range/resizedRange(deltaRows={n}, deltaColumns={n})
 *   GET https://graph.microsoft.com/v1.0/me/insights/shared/{id}/resource
 *   GET /me/onenote/pages/{id}/content[?includeIDs=true]
 *
 * Placeholder names (`PathSegment.name`, call `param`, itemPath `param`) are JS identifiers:
 * - the first `|` alternative, camel-cased (`{id | userPrincipalName}` → `id`, `{item-path}` → `itemPath`,
 *   `{start_datetime}` → `startDatetime`, `<address>` → `address`, `{Id}` → `id`,
 *   `includePersonalNotebooks-value` → `includePersonalNotebooks`);
 * - a name used more than once in one path is qualified by where it sits: a path placeholder by the
 *   singular of the literal segment before it (`/calendars/{id}/events/{id}` → `calendarId`, `eventId`),
 *   a call argument by the argument name (`resizedRange(deltaRows={n}, deltaColumns={n})` → `deltaRows`,
 *   `deltaColumns`); a name still taken gets the first free numeric suffix (`childFolderId2`).
 * Call segments whose arguments are all literal (`image(width=640,height=480)`) stay literal segments.
 * `$value`, `$ref` and type casts (`microsoft.graph.mobileLobApp`) are literal segments; the ellipsis
 * of `/.../` (nesting of any depth) is left out, so the route is the pattern's shallowest path.
 * A segment that is a name in parentheses (`/teams/(team-id)/channels`) is read as the placeholder
 * it means, and reported.
 * A GUID segment (`/classes/acdefc6b-2dc6-…/assignments`, a template written with an example's keys) is
 * the placeholder `{id}` it stands for, and reported.
 * An OData key in parentheses (`/companies({id})/customers({id})`) is the key segment it stands for,
 * as `/companies/{id}/customers/{id}` (its placeholders named as theirs: `companyId`, `customerId`),
 * each placeholder marked `inParentheses`, so that the URLs made from it write it as the docs do.
 * `raw` is the path without host, version, query and trailing slash, with a leading slash.
 */

import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, Draft, PathSegment, RouteTemplate, SourcePosition } from '../model.js'
import { readRequestLine } from './request-line.js'

export interface ParsedRoute {
  route?: RouteTemplate
  diagnostics: Diagnostic[]
}

/** A service root at the start of a URL: scheme, host and a version segment (`/v1.0`, `/beta`,
 *  another service's `/v1` or `/v2.1`), perhaps after up to two segments of its own (Business
 *  Central's `https://{businesscentralPrefix}/api/v2.0`, SharePoint's `/_api/v2.0`; no further, where
 *  a versionless URL's path may hold a `v2` of its own), which the paths of the docs' routes do not hold.
 *  A part written as a placeholder in angle brackets may hold spaces
 *  (`https://<server address>:<server API port>/<server instance name>/api/v2.0`). */
export const HOST =
  /^https?:\/\/(?:<[^<>/]*>|[^/\s])+(?:(?:\/(?:<[^<>/]*>|[^/\s?#])+){0,2}?\/(?:v\d+(?:\.\d+)*|beta))?(?=\/|$|\?)/i
const IDENTIFIER_START = /^[A-Za-z_$]/
/** An absolute URL of a placeholder host alone, in angle brackets or braces, nothing after it. */
const OPAQUE_URL = /^https?:\/\/(?:<[^<>/]*>|\{[^{}/]*\})\/?$/i
/** A path written after `...` (or `…`) for the service root. */
const ELLIPSIS_ROOT = /^(?:\.{3}|\u2026)(?=\/)/

/** Whether a line of an HTTP request block is a request line (`VERB path`). */
export function isRequestLine(line: string): boolean {
  return readRequestLine(line) !== undefined
}

/** `line` is the whole request line; `position` is where it starts on the page. */
/**
 * How a line written with a GUID where a key belongs is read: a template's (`report`: the
 * placeholder it stands for, reported), a route taken from a request example (`silent`: the
 * placeholder, the example rightly holding a real key), or a call to match (`keep`: as written; a
 * concrete base is another way to call, see `relative-routes.ts`).
 */
export type GuidKeys = 'report' | 'silent' | 'keep'

export function parseRouteTemplate(
  line: string,
  position: SourcePosition,
  guidKeys: GuidKeys = 'report',
): ParsedRoute {
  const diagnostics: Diagnostic[] = []
  const request = readRequestLine(line)
  if (!request) {
    diagnostics.push(
      diagnostic('unparsable-route', position, `Unexpected \`${line.trim()}\`, expected \`VERB /path\``),
    )
    return { diagnostics }
  }
  const { method } = request
  // A URL the service hands out (`PUT https://<upload_url>`, written as its placeholder host alone)
  // is no route of the API: it would be read as the service root.
  if (OPAQUE_URL.test(request.target)) {
    diagnostics.push(
      diagnostic(
        'unparsable-route',
        position,
        `Unexpected \`${line.trim()}\`, a URL the service hands out, expected \`VERB /path\` (mark such a request example \`"opaqueUrl": true\`)`,
      ),
    )
    return { diagnostics }
  }
  // `GET .../api/incidents/{id}`: the ellipsis stands for the service root.
  const target = quotedKeyPlaceholders(request.target.replace(HOST, '').replace(ELLIPSIS_ROOT, ''))
  const { path, query } = splitQuery(target)
  const balanced = balanceParentheses(path)
  if (balanced !== path) {
    const column = position.column + line.indexOf(path) + path.lastIndexOf('(')
    diagnostics.push(
      diagnostic(
        'unparsable-route',
        { ...position, column },
        `Unexpected end of function call in \`${path}\`, expected \`)\``,
      ),
    )
  }
  // Each segment a repair rewrote, reported where the line writes it.
  const reportRepaired = (repaired: readonly string[], message: (segment: string) => string) => {
    for (const segment of repaired)
      diagnostics.push(
        diagnostic(
          'unparsable-route',
          { ...position, column: position.column + line.indexOf(segment) },
          message(segment),
        ),
      )
  }
  const braced = bracePlaceholders(balanced)
  reportRepaired(
    braced.repaired,
    (segment) =>
      `Unexpected \`${segment}\` as a path segment, expected a placeholder in braces \`{${segment.slice(1, -1)}}\``,
  )
  const joined = joinSpacedKeys(braced.path)
  reportRepaired(
    joined.repaired,
    (segment) => `Unexpected space in \`${segment}\`, expected \`${segment.replace(/\s+/g, '')}\``,
  )
  const unglued = splitGluedPlaceholders(joined.path)
  reportRepaired(
    unglued.repaired,
    (segment) =>
      `Unexpected \`${segment}\` as a path segment, expected \`${segment.replace('{', '/{')}\`: a placeholder is a segment of its own`,
  )
  const keyed = guidKeys === 'keep' ? { path: unglued.path, repaired: [] } : keyPlaceholders(unglued.path)
  if (guidKeys === 'report')
    reportRepaired(
      keyed.repaired,
      (segment) =>
        `Unexpected key \`${segment}\` as a path segment, expected a placeholder in braces \`{id}\``,
    )
  let raw = keyed.path.startsWith('/') ? keyed.path : `/${keyed.path}`
  if (raw.length > 1) raw = raw.replace(/\/+$/, '')
  const segments = nameParameters(readSegments(splitTopLevel(raw.slice(1), '/')))
  const route: Draft<RouteTemplate> = { method, raw, segments, position }
  if (query !== undefined) route.query = query
  return { route, diagnostics }
}

/** Split `path?query` (or `path[?query]`) at the first `?` outside braces. */
function splitQuery(target: string): { path: string; query?: string } {
  let depth = 0
  for (let i = 0; i < target.length; i++) {
    const ch = target[i]
    if (ch === '{' || ch === '<') depth++
    else if ((ch === '}' || ch === '>') && depth > 0) depth--
    else if (ch === '?' && depth === 0) {
      let path = target.slice(0, i)
      let query = target.slice(i + 1)
      if (path.endsWith('[') && query.endsWith(']')) {
        path = path.slice(0, -1)
        query = query.slice(0, -1)
      }
      return { path, query }
    }
  }
  return { path: target }
}

/** `range(address='<address>'/entireRow` → `range(address='<address>')/entireRow`. */
function balanceParentheses(path: string): string {
  let result = ''
  let open = 0
  let quoted = false
  for (const ch of path) {
    if (ch === "'") quoted = !quoted
    else if (!quoted && ch === '(') open++
    else if (!quoted && ch === ')') open = Math.max(0, open - 1)
    else if (!quoted && ch === '/' && open > 0) {
      result += ')'.repeat(open)
      open = 0
    }
    result += ch
  }
  return result + ')'.repeat(open)
}

/** A whole segment in parentheses is a placeholder written with the wrong brackets. */
const PARENTHESISED_NAME = /^\([A-Za-z][\w-]*\)$/

/** `/teams/(team-id)/channels/{channel-id}` → `/teams/{team-id}/channels/{channel-id}`, and `(team-id)`. */
function bracePlaceholders(path: string): { path: string; repaired: string[] } {
  return repairSegments(path, (part) =>
    PARENTHESISED_NAME.test(part) ? `{${part.slice(1, -1)}}` : undefined,
  )
}

/** A name, spaces, and a key in parentheses: no URL holds the space. */
const SPACED_KEY = /^([A-Za-z_][\w.-]*)\s+(\(.*\))$/

/** `/companies({id})/projects ({id})` → `/companies({id})/projects({id})`, and `projects ({id})`. */
function joinSpacedKeys(path: string): { path: string; repaired: string[] } {
  return repairSegments(path, (part) => {
    const spaced = SPACED_KEY.exec(part)
    const joined = spaced ? `${spaced[1]}${spaced[2]}` : part
    return joined !== part && KEY_IN_PARENTHESES.test(joined) ? joined : undefined
  })
}

/** A name with a placeholder glued to its end: the `/` between them left out (not a URI
 *  template's `{?filter}`). */
const GLUED_PLACEHOLDER = /^([A-Za-z_][\w.-]*)(\{[A-Za-z_][^{}/:]*\})$/

/** `/privacy/subjectRightsRequests{subjectRightsRequestId}/getFinalReport` →
 *  `/privacy/subjectRightsRequests/{subjectRightsRequestId}/getFinalReport`. */
function splitGluedPlaceholders(path: string): { path: string; repaired: string[] } {
  return repairSegments(path, (part) => {
    const glued = GLUED_PLACEHOLDER.exec(part)
    return glued ? `${glued[1]}/${glued[2]}` : undefined
  })
}

/** A GUID: an example's key, never a name a route spells out. */
const GUID_SEGMENT = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i

/** `/classes/acdefc6b-…/assignments/cf6005fc-…/resources` (a template written with an example's keys)
 *  → `/classes/{id}/assignments/{id}/resources`, named as other repeated `{id}`s are. */
function keyPlaceholders(path: string): { path: string; repaired: string[] } {
  return repairSegments(path, (part) => (GUID_SEGMENT.test(part) ? '{id}' : undefined))
}

/** `path` with each segment `repair` rewrites (undefined: as written), and the segments it rewrote. */
function repairSegments(
  path: string,
  repair: (segment: string) => string | undefined,
): { path: string; repaired: string[] } {
  const repaired: string[] = []
  const parts = splitTopLevel(path, '/').map((part) => {
    const rewritten = repair(part)
    if (rewritten === undefined) return part
    repaired.push(part)
    return rewritten
  })
  return { path: parts.join('/'), repaired }
}

/** Split on `separator` outside `{}`, `<>`, `()` and quotes. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === "'") quoted = !quoted
    else if (quoted) continue
    else if (ch === '{' || ch === '(' || ch === '<') depth++
    else if ((ch === '}' || ch === ')' || ch === '>') && depth > 0) depth--
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

/** A placeholder segment before naming: `name` is the sanitised base name. */
type RawSegment =
  | { kind: 'literal'; value: string }
  | { kind: 'param'; base: string; raw: string; inParentheses?: 'bare' | 'quoted' }
  | { kind: 'itemPath'; base: string }
  | { kind: 'call'; name: string; args: { name: string; base: string }[] }

const PLACEHOLDER = /^(?:\{([^{}]*)\}|<([^<>]*)>)$/
const ALTERNATIVES_AFTER = /^(\{[^{}]*\}|<[^<>]*>)\s*\|[^{}<>]*$/
/** The docs' ellipsis for nesting of any depth. */
export const ELLIPSIS = /^(?:\.{2,}|…)$/
/** An OData key in parentheses after a name: the name, and one value, quoted (`''` a quote
 *  within) or not, with no `name=` and no `,` (a function's arguments name theirs). */
const KEY_NAME = String.raw`[A-Za-z_][\w.-]*`
const KEY_VALUE = "'(?:[^'/]|'')+'|[^'=,()/{}<>]+"

/**
 * A route segment that is an OData key in parentheses (`customers({id})`, `currencies('default')`,
 * `items(42)`); the key may be a placeholder. The route matching (`requestSegments`) reads request
 * paths by it too.
 */
export const KEY_IN_PARENTHESES = new RegExp(
  String.raw`^(${KEY_NAME})\((${KEY_VALUE}|\{[^{}=,/]*\}|<[^<>=,/]*>)\)$`,
)

/** The same rule over a request URL (`/companies(f2a5…)/currencies('a')`): what the generated
 *  server reads as the key segment it stands for (with the `g` flag there, to replace each). */
export const KEY_IN_PARENTHESES_IN_URL = new RegExp(String.raw`/(${KEY_NAME})\((${KEY_VALUE})\)(?=/|$)`)

/** A placeholder that writes its key's quotes inside its braces, `subscriptions({'id'})`, as the
 *  OData notation writes a quoted key, `subscriptions('{id}')`: the key is a string, sent in quotes. */
export function quotedKeyPlaceholders(path: string): string {
  return path.replace(/\(\{'([^{}'/()]*)'\}\)/g, "('{$1}')")
}

/** A key as written in parentheses: a quoted one without its quotes. */
export function keyInParentheses(written: string): string {
  return written.startsWith("'") ? written.slice(1, -1).replace(/''/g, "'") : written
}

/**
 * The segments of a path, with OData path-based addressing: a segment ending in `:` opens an item
 * path, the placeholder after it is the path, closed by its own `:` or by the end of the URL.
 *   root:/{item-path}:/children · items/{parent-id}:/{filename}:/content · sites/{hostname}:/{relative-path}
 */
function readSegments(parts: string[]): RawSegment[] {
  const segments: RawSegment[] = []
  let opened = false
  for (const part of parts) {
    const segment = part.trim()
    // `/.../` (`childFolders/{id}/.../messages`): any depth of nesting below a segment, its
    // shallowest path none (one the path opens with stays: `GET /...` is no root).
    if (segment === '' || (ELLIPSIS.test(segment) && segments.length > 0)) continue
    const closing = segment.endsWith(':')
    const inner = closing ? segment.slice(0, -1) : segment
    const placeholder = PLACEHOLDER.exec(inner)
    if (opened && placeholder) {
      segments.push({ kind: 'itemPath', base: sanitise(placeholder[1] ?? placeholder[2] ?? '') })
      opened = false
      continue
    }
    segments.push(...readSegment(inner))
    opened = closing
  }
  return segments
}

function readSegment(segment: string): RawSegment[] {
  if (segment === '') return []
  // The key's other names written after its braces (`{user-id} | user-principal-name`) name it too.
  const placeholder = PLACEHOLDER.exec(ALTERNATIVES_AFTER.exec(segment)?.[1] ?? segment)
  if (placeholder)
    return [{ kind: 'param', base: sanitise(placeholder[1] ?? placeholder[2] ?? ''), raw: segment }]
  // An OData key in parentheses, `customers({id})`, addresses what `customers/{id}` does; a
  // placeholder there keeps how the URL writes it.
  const key = KEY_IN_PARENTHESES.exec(segment)
  if (key) {
    const written = key[2] ?? ''
    const value = readSegment(keyInParentheses(written)).map(
      (part): RawSegment =>
        part.kind === 'param'
          ? { ...part, inParentheses: written.startsWith("'") ? 'quoted' : 'bare' }
          : part,
    )
    return [...readSegment(key[1] ?? ''), ...value]
  }
  const call = /^([^(]+)\((.*)\)$/.exec(segment)
  if (call) {
    const args = splitTopLevel(call[2] ?? '', ',').map(readArgument)
    const params = args.filter((arg): arg is { name: string; base: string } => arg !== undefined)
    if (params.length > 0) return [{ kind: 'call', name: (call[1] ?? '').trim(), args: params }]
  }
  return [{ kind: 'literal', value: segment }]
}

/**
 * One `name=value` argument; `undefined` for a literal value (`640`, `'fit'`, `true`).
 *   address='<address>' · row={row} · count=n · TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}'
 *   includePersonalNotebooks=includePersonalNotebooks-value
 * `'parameterValue'` is the docs' stand-in for any value, not a literal: `filterByCurrentUser(on='parameterValue')`
 * takes the argument `on` as `range(address='{address}')` takes `address` (FORMAT §4.4: the Intune pages'
 * `getAuditActivityTypes(category='parameterValue')`).
 */
function readArgument(text: string): { name: string; base: string } | undefined {
  const [rawName = '', ...rest] = text.split('=')
  const name = rawName.trim()
  const value = rest.join('=').trim()
  const placeholder = /[{<]([^{}<>]*)[}>]/.exec(value)
  if (placeholder) return { name, base: sanitise(placeholder[1] ?? '') }
  if (/^'?parameterValue'?$/i.test(value)) return { name, base: sanitise(name) }
  if (/^-?\d+(\.\d+)?$/.test(value) || /^'.*'$/.test(value) || /^(true|false|null)$/i.test(value))
    return undefined
  if (/^[A-Za-z][\w-]*$/.test(value)) return { name, base: sanitise(value.replace(/-value$/i, '')) }
  return undefined
}

/** `id | userPrincipalName` → `id`; `item-path` → `itemPath`; `start_datetime` → `startDatetime`. */
function sanitise(placeholder: string): string {
  const first = placeholder.split('|')[0]?.trim() ?? ''
  const words = first.split(/[^A-Za-z0-9_$]+|_/).filter((word) => word !== '')
  const camel = words
    .map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : capitalise(word)))
    .join('')
  if (camel === '') return 'param'
  return IDENTIFIER_START.test(camel) ? camel : `p${camel}`
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** `calendars` → `calendar`, `categories` → `category`, `addresses` → `address`. */
function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`
  if (/(ss|x|ch|sh)es$/i.test(word)) return word.slice(0, -2)
  if (/[^s]s$/i.test(word)) return word.slice(0, -1)
  return word
}

/** Give every placeholder a unique identifier, following the rule in the module comment. */
function nameParameters(segments: RawSegment[]): PathSegment[] {
  const counts = new Map<string, number>()
  const count = (base: string) => counts.set(base, (counts.get(base) ?? 0) + 1)
  for (const segment of segments) {
    if (segment.kind === 'param' || segment.kind === 'itemPath') count(segment.base)
    else if (segment.kind === 'call') for (const arg of segment.args) count(arg.base)
  }
  const taken = new Set<string>()
  const claim = (name: string) => {
    let unique = name
    for (let n = 2; taken.has(unique); n++) unique = `${name}${n}`
    taken.add(unique)
    return unique
  }
  const repeated = (base: string) => (counts.get(base) ?? 0) > 1
  return segments.map((segment, index): PathSegment => {
    if (segment.kind === 'literal') return segment
    if (segment.kind === 'itemPath') return { kind: 'itemPath', param: claim(segment.base) }
    if (segment.kind === 'call') {
      const args = segment.args.map((arg) => ({
        name: arg.name,
        param: claim(repeated(arg.base) ? sanitise(arg.name) : arg.base),
      }))
      return { kind: 'call', name: segment.name, args }
    }
    const before = segments[index - 1]
    const qualifier =
      before?.kind === 'literal' ? sanitise(singular(before.value.split('.').pop() ?? '')) : ''
    const name =
      repeated(segment.base) && qualifier !== '' ? qualifier + capitalise(segment.base) : segment.base
    const param = { kind: 'param', name: claim(name), raw: segment.raw } as const
    return segment.inParentheses ? { ...param, inParentheses: segment.inParentheses } : param
  })
}
