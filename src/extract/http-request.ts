/**
 * Read the `## HTTP request` section (any case) into route templates: every `VERB /path` line of
 * every code block in the section and its subsections, with prose, notes and headings in between.
 *   ## HTTP request
 *   <!-- { "blockType": "ignored" } -->
 *   ```http
 *   GET /me/calendars/{id}
 *   GET /users/{id | userPrincipalName}/calendars/{id}
 *   workbook-session-id: {session-id}      ← header lines are skipped
 *   ```
 * Without any code block, request lines written as inline code are read instead
 * (`insights-list-used.md`: `` - `GET /me/insights/used` ``). An annotated response example, a
 * `### Request body`/`### Response` subsection, or a block in another language (```` ```csharp ````
 * showing how to encode a URL) holds no templates. An annotated request example holds one, its
 * request line, when it is all the section has (other teams write the route as the example:
 *   ## HTTP request
 *   <!-- { "blockType": "request", "name": "get-recent" } -->
 *   ```http
 *   GET /me/drive/recent
 *   ```
 * ), in a section without templates of its own. A page documenting one operation under several headings repeats the heading at one depth
 * (`## Get a user's drive` / `### HTTP request`, `## Get a group's drive` / `### HTTP request`) or
 * qualifies it (`## HTTP request (to upload a new file)`): every such section gives templates; one
 * inside an example section does not. A block opened with two backticks (`` ``http ``) is inline code
 * to Markdown: its lines are read all the same, after the section's blocks, and reported
 * (`short-fence`). A line whose query calls another
 * route with OData options (`GET /me?$expand=manager`) is left out (`withoutCallsOfOtherRoutes`). A
 * line that lists names to choose from after a key (`…/{id}/{backgroundImage | bannerLogo}`) is a
 * line per name (`expandSegmentChoices`).
 */
import type { InlineCode } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, ExampleDef, RouteTemplate } from '../model.js'
import { annotatedCodeBlocks, codeBlocks, firstCodeLine, firstWrittenLine } from '../parse/code-blocks.js'
import { inlineCodesIn } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { type Section, sectionWithChildren } from '../parse/sections.js'
import { routeKey } from '../route-key.js'
import { requestSegments, routeMatches } from '../shape/route-matches.js'
import { isDocumentation, sectionsOutsideExamples } from './examples.js'
import { type GuidKeys, isRequestLine, parseRouteTemplate } from './route-template.js'
import { expandSegmentChoices } from './segment-choices.js'

export interface HttpRequestSection {
  routes: RouteTemplate[]
  diagnostics: Diagnostic[]
  /** The `## HTTP request` heading, when the page has one; else the section before it that holds
   *  the request lines (`misplacedRequestSection`). */
  section?: Section
}

const HEADER_LINE = /^[A-Za-z][\w-]*\s*:\s*\S/
/** Subsections of `## HTTP request` that hold examples, not route templates (other teams' pages). */
const NOT_TEMPLATES = /^(request (body|headers?)|response|examples?)\b/i
/** The section of the routes, qualified or not; its writers pluralise it too (today's
 *  presence-get.md: `## HTTP Requests` over its three request lines). */
export const HTTP_REQUEST_TITLE = /^http requests?\b/i
/** The format's section just before `## HTTP request`. */
const PRECEDES_HTTP_REQUEST = /^(permissions|prerequisites)$/i
/** Titles of the format's own sections (`## Permissions`, `## Response`, …): never a way to call. */
const FORMAT_SECTION =
  /^(permissions|prerequisites|http requests?|http response|response|request (body|headers?)|optional (query parameters|request headers?)|(path|query|function) parameters|parameters|ex\w*mples?|remarks|see also|errors?|error responses?|properties|relationships|methods|json representation)\b/i
/** Fence languages of request blocks (other teams write ```` ```rest ```` and ```` ```console ````);
 *  a block in another language is code, not a request. */
const REQUEST_LANGUAGE = /^(https?|msgraph-interactive|rest|console)?$/i

/** `examples`: the page's, which a section holding request lines under another heading must
 *  agree with (`misplacedRequestSection`). */
export function extractHttpRequest(page: Page, examples: readonly ExampleDef[] = []): HttpRequestSection {
  const headed = httpRequestSections(page.sections)
  const calls = callSections(page, headed[0])
  if (headed.length + calls.length > 0) return readRequestSections(page, headed, calls)
  const misplaced = misplacedRequestSection(page)
  if (!misplaced) return { routes: [], diagnostics: [] }
  const read = readRequestSections(page, [misplaced], [])
  // A request the Permissions section shows for another call (a consent grant) is no route of the
  // page's: its lines are taken only where the page's own request examples call them.
  if (!shownByExamples(read.routes, examples)) return { routes: [], diagnostics: [] }
  read.diagnostics.push(
    diagnostic(
      'missing-section',
      page.at(misplaced.line),
      `Unexpected request lines under \`## ${misplaced.title}\`, expected them under an \`## HTTP request\` heading`,
    ),
  )
  return read
}

/** Whether some request example calls one of `routes`, or the page shows none. */
function shownByExamples(routes: readonly RouteTemplate[], examples: readonly ExampleDef[]): boolean {
  const requests = examples.filter((example) => example.kind === 'request' && example.method && example.url)
  return (
    requests.length === 0 ||
    requests.some((example) => {
      const called = parseRouteTemplate(`${example.method} ${example.url}`, example.position, 'keep').route
      const segments = called && requestSegments(called.raw)
      return (
        segments !== undefined &&
        routes.some((route) => route.method === called?.method && routeMatches(route, segments))
      )
    })
  )
}

/** The routes of the `HTTP request` sections (`headed`, the first the section) and of the call
 *  headings beside them. */
function readRequestSections(
  page: Page,
  headed: readonly Section[],
  calls: readonly Section[],
): HttpRequestSection {
  const diagnostics: Diagnostic[] = []
  const section = headed[0]
  const sections = [...headed, ...calls].sort((a, b) => a.line - b.line)
  const routes: RouteTemplate[] = []
  const inlineCodes: InlineCode[] = []
  for (const each of sections) {
    const templates: RouteTemplate[] = []
    const exampleRoutes: RouteTemplate[] = []
    for (const part of sectionWithChildren(page.sections, each)) {
      if (part !== each && NOT_TEMPLATES.test(part.title)) continue
      const tree = page.tree(part)
      const sourceLines = part.text.split('\n')
      for (const { code, annotation } of annotatedCodeBlocks(tree, page.file, diagnostics)) {
        if (annotation?.blockType === 'response' || !isDocumentation(annotation)) continue
        if (annotation?.opaqueUrl === true) continue
        const example = annotation?.blockType === 'request'
        if (!example && !REQUEST_LANGUAGE.test(code.lang ?? '')) continue
        const firstLine = firstCodeLine(code, part)
        const lines = code.value.split('\n')
        // An example's first line is its request line; headers and a body follow it.
        const read = example ? lines.slice(0, firstWrittenLine(lines) + 1) : withoutBodies(lines)
        read.forEach((text, index) => {
          const line = firstLine + index
          const at = {
            file: page.file,
            line,
            column: columnIn(sourceLines[line - part.bodyLine] ?? '', text),
          }
          readLine(text, at, example ? exampleRoutes : templates, diagnostics, example ? 'silent' : 'report')
        })
      }
      const spans = inlineCodesIn(tree)
      inlineCodes.push(...spans.filter((code) => isRequestLine(code.value)))
      for (const code of spans.filter(isShortFence)) {
        const start = code.position?.start ?? { line: part.bodyLine, column: 1 }
        const end = code.position?.end.line ?? start.line
        const opening = `${'`'.repeat(2)}${code.value.split(/\s/, 1)[0]}`
        diagnostics.push(
          diagnostic(
            'short-fence',
            { file: page.file, line: start.line, column: start.column },
            `Unexpected request block opened with 2 backticks (\`\`\` ${opening} \`\`\`), expected 3 (\`\`\`\` \`${opening} \`\`\`\`): Markdown reads it as inline code`,
          ),
        )
        for (let line = start.line + 1; line < end; line++) {
          const text = sourceLines[line - part.bodyLine] ?? ''
          readLine(text, { file: page.file, line, column: columnIn(text, text) }, templates, diagnostics)
        }
      }
    }
    routes.push(...(templates.length > 0 ? templates : exampleRoutes))
  }
  if (routes.length === 0 && section) {
    for (const code of inlineCodes) {
      const start = code.position?.start
      const at = { file: page.file, line: start?.line ?? section.line, column: (start?.column ?? 0) + 1 }
      readLine(code.value, at, routes, diagnostics)
    }
  }
  const read = { routes: withoutRepeats(withoutCallsOfOtherRoutes(routes)), diagnostics }
  return section ? { ...read, section } : read
}

/**
 * The `HTTP request` sections (any case, qualified or not) at the depth of the first one, outside
 * example sections: an example's `### HTTP request` shows a call, not a template.
 */
function httpRequestSections(sections: readonly Section[]): Section[] {
  const found: Section[] = []
  for (const section of sectionsOutsideExamples(sections)) {
    if (!HTTP_REQUEST_TITLE.test(section.title)) continue
    if (found.length === 0 || section.depth === found[0]?.depth) found.push(section)
  }
  return found
}

/**
 * The section a page without an `HTTP request` heading (nor headings per call) holds its request
 * lines in: the one before it in the format's order, its own heading left out
 *   ## Permissions
 *   |Application| ChatMember.ReadWrite.All, Chat.ReadWrite.All |
 *   <!-- { "blockType": "ignored"} -->
 *   ```http
 *   POST /chats/{chat-id}/members
 *   ```
 *   ## Request headers
 * (the request examples' URLs, `/chats/19:cf66…@thread.v2/members`, are calls, not the route).
 */
function misplacedRequestSection(page: Page): Section | undefined {
  return sectionsOutsideExamples(page.sections).find(
    (section) =>
      section.depth === 2 &&
      PRECEDES_HTTP_REQUEST.test(section.title) &&
      holdsRequest(page, sectionWithChildren(page.sections, section)),
  )
}

/**
 * Headings that each document one way to call the operation, with no `HTTP request` heading of
 * their own (other teams' pages): a run of adjacent H2s, outside the format's own sections, each
 * holding a request block, that takes in the H2 the first `HTTP request` section sits under, or
 * (a page without one) the first such run.
 *   ## List a group's drives            ## Get the tenant's root site
 *   ### HTTP request                    ```http
 *   ```http                             GET /sites/root
 *   GET /groups/{groupId}/drives        ```
 *   ```                                 ## Access a group team site
 *   ## List a site's drives             ```http
 *   <!-- { "blockType": "request" } --> GET /groups/{group-id}/sites/root
 *   ```http                             ```
 *   GET /sites/{siteId}/drives
 *   ```
 * An `HTTP request` at the top level (`## HTTP request`) leaves other headings to be prose.
 */
function callSections(page: Page, headed: Section | undefined): Section[] {
  if (headed && headed.depth <= 2) return []
  const { sections } = page
  const h2s = sections.filter((section) => section.depth === 2)
  const parent = headed && h2s.findLast((section) => section.line < headed.line)
  const runs: Section[][] = [[]]
  for (const h2 of h2s) {
    const calls = !FORMAT_SECTION.test(h2.title) && holdsRequest(page, sectionWithChildren(sections, h2))
    if (calls) runs.at(-1)?.push(h2)
    else if (runs.at(-1)?.length) runs.push([])
  }
  const run = parent ? runs.find((each) => each.includes(parent)) : runs[0]
  const hasHttpRequest = (h2: Section) =>
    sectionWithChildren(sections, h2).some((part) => HTTP_REQUEST_TITLE.test(part.title))
  return (run ?? []).filter((h2) => !hasHttpRequest(h2))
}

/**
 * Each H2 that documents another call than the operation, with its subsections: outside the
 * format's own sections, it holds a request line that is none of the operation's routes. Other
 * teams document a sibling call on the same page under `## HTTP request` left to be prose (see
 * `callSections`); its own tables describe that call, not the operation:
 *   ## Get a single thumbnail
 *   ### HTTP request
 *   GET /me/drive/items/{item-id}/thumbnails/{thumb-id}/{size}
 *   ### Path parameters
 *   | **thumb-id** | number | The index of the thumbnail, usually 0-4. … |
 */
export function otherCalls(page: Page, routes: readonly RouteTemplate[]): Section[][] {
  const own = new Set(routes.map(routeKey))
  const calls: Section[][] = []
  for (const h2 of page.sections.filter((section) => section.depth === 2)) {
    if (FORMAT_SECTION.test(h2.title)) continue
    const parts = sectionWithChildren(page.sections, h2)
    const written = requestLinesIn(page, parts)
    if (written.length > 0 && !written.some((line) => own.has(line))) calls.push(parts)
  }
  return calls
}

/** The sections of `otherCalls`, together. */
export function otherCallSections(page: Page, routes: readonly RouteTemplate[]): Set<Section> {
  return new Set(otherCalls(page, routes).flat())
}

/** The `routeKey` of each code block in the sections that opens with a request line. */
function requestLinesIn(page: Page, sections: readonly Section[]): string[] {
  return sections.flatMap((section) =>
    codeBlocks(page.blocks(section)).flatMap((code) => {
      const opening = openingRequestLine(code.value)
      if (opening === undefined) return []
      return expandSegmentChoices(opening).flatMap((line) => {
        const { route } = parseRouteTemplate(line, { file: page.file, line: section.line, column: 1 })
        return route ? [routeKey(route)] : []
      })
    }),
  )
}

/** A code block in the sections whose first line is a request line. */
function holdsRequest(page: Page, sections: readonly Section[]): boolean {
  return sections.some((section) =>
    codeBlocks(page.blocks(section)).some((code) => openingRequestLine(code.value) !== undefined),
  )
}

/** The request line a code block's text opens with (its first written line), if it does. */
function openingRequestLine(text: string): string | undefined {
  const lines = text.split('\n')
  const first = lines[firstWrittenLine(lines)]?.trim() ?? ''
  return isRequestLine(first) ? first : undefined
}

/**
 * The routes of a page without an `HTTP request` template (other teams may document a call by its
 * request examples alone): the request lines of its request examples, as the docs' own validator
 * reads them, after the templates of its call headings (`callSections`) if any. An opaque
 * URL (`"opaqueUrl": true`: an upload URL the service hands out) is no route.
 */
export function routesOfRequestExamples(
  examples: readonly ExampleDef[],
  templates: readonly RouteTemplate[] = [],
): HttpRequestSection {
  const routes: RouteTemplate[] = [...templates]
  const diagnostics: Diagnostic[] = []
  for (const example of examples) {
    if (example.kind !== 'request' || !example.method || example.annotation?.opaqueUrl === true) continue
    const parsed = parseRouteTemplate(`${example.method} ${example.url ?? ''}`, example.position, 'silent')
    diagnostics.push(...parsed.diagnostics)
    if (parsed.route) routes.push(parsed.route)
  }
  return { routes: withoutRepeats(withoutCallsOfOtherRoutes(routes)), diagnostics }
}

/**
 * A request line written twice (copy-paste), or again with another query, is one route, kept where
 * it first appears: its query forms are ways to call it (today's filestorage-list-containers.md:
 * `GET /storage/fileStorage/containers?$filter=containerTypeId eq {containerTypeId}`, then the same
 * `… and viewpoint/effectiveRole eq 'principalOwner'`). A line without a query stays beside one
 * with (`GET /me/mailFolders`, `GET /me/mailFolders?includeHiddenFolders=true`), and lines whose
 * queries name other plain parameters stand apart: such a query names a parameter the route takes.
 */
function withoutRepeats(routes: RouteTemplate[]): RouteTemplate[] {
  const seen = new Set<string>()
  return routes.filter((route) => {
    // The plain parameters a query names (not its OData options) are the route's own.
    const key = `${route.method} ${route.raw}${route.query === undefined ? '' : `?${plainParameters(route.query)}`}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The names of a query's plain parameters (`startDateTime`, not `$filter`), sorted. */
function plainParameters(query: string): string {
  return query
    .split('&')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter((name) => name !== '' && !name.startsWith('$'))
    .sort()
    .join('&')
}

/**
 * A request line whose query holds OData query options (`GET /me?$expand=manager` on the
 * list-manager page, `GET /users/{id}?$expand=extensions(…)` on the get-extension page) documents
 * a way to call another route, not this page's own: left out when the page has routes without
 * such options. `$id` (`…/$ref?$id=…`) and plain parameters (`?startDateTime=…`) belong to the
 * route itself.
 */
function withoutCallsOfOtherRoutes(routes: RouteTemplate[]): RouteTemplate[] {
  const own = routes.filter((route) => !callsOtherRoute(route))
  return own.length > 0 ? own : routes
}

/** Whether a request line's query holds OData query options (see `withoutCallsOfOtherRoutes`). */
export function callsOtherRoute(route: RouteTemplate): boolean {
  return route.query?.split('&').some((option) => /^\$(?!id=)[a-z]+=/i.test(option.trim())) === true
}

/** The column `text` starts at in its source line (1 when it is not there). */
function columnIn(sourceLine: string, text: string): number {
  return sourceLine.indexOf(text.trim()) + 1 || 1
}

function readLine(
  text: string,
  at: { file: string; line: number; column: number },
  routes: RouteTemplate[],
  diagnostics: Diagnostic[],
  guidKeys: GuidKeys = 'report',
): void {
  const trimmed = text.trim()
  if (trimmed === '' || HEADER_LINE.test(trimmed)) return
  if (!isRequestLine(trimmed)) {
    diagnostics.push(
      diagnostic(
        'unparsable-route',
        at,
        `Unexpected \`${trimmed}\` in an HTTP request block, expected \`VERB /path\``,
      ),
    )
    return
  }
  // The lines a choice segment stands for differ in that name alone: the first reports for all.
  expandSegmentChoices(trimmed).forEach((line, index) => {
    const parsed = parseRouteTemplate(line, at, guidKeys)
    if (index === 0) diagnostics.push(...parsed.diagnostics)
    if (parsed.route) routes.push(parsed.route)
  })
}

/**
 * The lines of a block of templates with the body of each request it shows blanked (positions
 * kept): a template may be written as an HTTP message, its request line and headers, a blank line,
 * then its body, which runs until the next request line.
 *   POST /security/cases/ediscoveryCases/{ediscoveryCaseId}/searches/{ediscoverySearchId}/estimateStatistics
 *   Content-Type: application/json
 *
 *   {
 *     "statisticsOptions": "includeRefiners, …"
 *   }
 * A blank line starts a body after a header line, or where the next line opens a JSON value; one
 * between two request lines separates templates.
 */
function withoutBodies(lines: readonly string[]): string[] {
  // Whether the first written line from each index on opens a JSON value: one backward pass, not a
  // scan from every blank line (a block of many blank lines would take quadratic time).
  const opensJson = new Array<boolean>(lines.length + 1).fill(false)
  for (let index = lines.length - 1; index >= 0; index--) {
    const trimmed = (lines[index] ?? '').trim()
    opensJson[index] = trimmed === '' ? (opensJson[index + 1] ?? false) : /^[[{]/.test(trimmed)
  }
  let inMessage = false
  let headed = false
  let inBody = false
  return lines.map((text, index) => {
    const trimmed = text.trim()
    if (isRequestLine(trimmed)) {
      inMessage = true
      headed = false
      inBody = false
      return text
    }
    if (inBody) return ''
    if (trimmed === '') {
      inBody = inMessage && (headed || (opensJson[index + 1] ?? false))
      return text
    }
    if (HEADER_LINE.test(trimmed)) headed = inMessage
    else inMessage = false
    return text
  })
}

/**
 * Whether inline code is a request block opened with two backticks, a language word and request
 * lines on the lines between (Markdown joins them into one inline code):
 *   ``http
 *   GET /me/todo/lists/{id}/tasks/{id}/attachments/{id}/$value
 *   ``
 */
function isShortFence(code: InlineCode): boolean {
  const [language = '', ...rest] = code.value.split(/\s+/)
  const multiline = (code.position?.end.line ?? 0) > (code.position?.start.line ?? 0)
  return multiline && REQUEST_LANGUAGE.test(language) && language !== '' && isRequestLine(rest.join(' '))
}
