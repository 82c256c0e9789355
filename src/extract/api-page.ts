/**
 * Read an API page (`api/*.md`) into its `OperationDef`, and each other call it documents under a
 * heading of its own (other teams' pages) into one more:
 *   # Update importedWindowsAutopilotDeviceIdentityUpload      ← title, kind
 *   Update the properties of a [x](../resources/x.md) object. ← description (request body type fallback)
 *   ## Permissions / ## Prerequisites                         ← permissions
 *   ## HTTP request                                           ← routes (else the request examples')
 *   ## Path parameters · ## Function parameters · ## Parameters · ## Query parameters · ## Optional query parameters
 *   (the parameter headings at any depth outside the examples; see `parameterSections`)
 *   ## Request headers · ## Optional request headers · ## Request body   ← parameters, query options, request body
 *   ## Response                                               ← response (a create's `201 Created` alone: its body type)
 *   ## Example(s)                                             ← examples
 *
 * Kind: from the route, the verb and the docs' naming of the last segment (`operation-kind.ts`).
 * Query options: any option the Optional query parameters section names (`` `$filter` ``,
 * `[$top](…)`, `` `select` ``), and those a Query parameters sentence says the call supports; the
 * generic "supports the OData query parameters" sentence adds the standard set for the call's kind,
 * which link settles (`standardQueryOptions`, `src/link/standard-query-options.ts`).
 */
import type { Nodes, Paragraph } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type {
  Diagnostic,
  Draft,
  OperationDef,
  OperationKind,
  PageModel,
  ParameterDef,
  ResponseDef,
  RouteTemplate,
  SourcePosition,
  TypeRef,
} from '../model.js'
import { cleanText, linksIn } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { headingSlug, matchesTitle, type Section, sectionWithChildren } from '../parse/sections.js'
import { subPage } from '../parse/sub-page.js'
import { endingName, isReferenceRoute } from '../route-end.js'
import { ExampleReads } from '../shape/examples.js'
import { callArgumentNames, parameterNameKey } from '../shape/route-matches.js'
import { examplesOfOwnCalls, extractExamples, sectionsOutsideExamples } from './examples.js'
import { withCalledArguments, withOmittedArguments } from './function-call-route.js'
import {
  callsOtherRoute,
  extractHttpRequest,
  otherCallSections,
  otherCalls,
  routesOfRequestExamples,
} from './http-request.js'
import { isResourceTarget, resolveLinkTarget } from './link-target.js'
import { operationKind, pageEvidence } from './operation-kind.js'
import { leadProseText, pageTitle } from './page-header.js'
import { extractParameterSections, type ParameterLocation, requiredBodyString } from './parameter-table.js'
import { extractPermissions, extractPermissionsIncludes } from './permissions.js'
import { proseBodyMembers } from './prose-body-members.js'
import { KNOWN_QUERY_OPTION, proseQueryParameters } from './prose-query-parameters.js'
import { withRequiredTypeAnnotation } from './prose-type-annotation.js'
import { anchorRelativeRoutes } from './relative-routes.js'
import { extractResponse, keyEvidenceOf, showNoBody } from './response-section.js'
import { dropServiceRootStandIn, placeholderHostsOf } from './service-root-stand-in.js'

export type ApiPageModel = Pick<Draft<PageModel>, 'operations' | 'links' | 'diagnostics'>

const REQUEST_BODY_TITLE = /^request body$/i
/** Where another team's pages describe the call when no prose follows the H1 (Defender for Endpoint). */
const API_DESCRIPTION_TITLE = /^api description$/i
/** Request body prose saying the body is the bytes themselves, not a resource's JSON. */
const BINARY_BODY = /\bbody (?:should be|is) the binary stream\b/i
/** Request body prose saying the request may leave the body out: "In the request body, you can
 *  optionally include a JSON representation of the **lockState** property." (today's
 *  filestoragecontainer-lock.md), "… you can optionally provide a JSON object with the following
 *  parameter." (channel-archive.md), "In the request, you may _optionally_ include the
 *  `shouldSetSpoSiteReadOnlyForMembers` parameter in a JSON body" (team-archive.md). */
const OPTIONAL_BODY = /\byou (?:can|may) optionally (?:include|provide|supply)\b/i
// A media type of bytes that opens a `Content-Type` header's value (not `text/html or …`).
const BINARY_MEDIA_TYPE =
  /^`?(?:application\/(?:zip|octet-stream|pdf)|(?:image|audio|video)\/[\w.+-]+)`?(?:[.;,\s]|$)/i
const ODATA_ID = '@odata.id'

/**
 * The page's operation, then each other call it documents under a heading of its own
 * (`otherCallOperations`). `reads`: the page's examples as read for the page checks too
 * (`extractAndCheck`).
 */
export function extractApiPage(page: Page, reads = new ExampleReads()): ApiPageModel {
  const id = page.file.replace(/^.*\//, '').replace(/\.md$/i, '')
  const { operation, diagnostics, others } = extractCall(page, id, reads, true)
  // The page's Permissions section is every call's.
  for (const other of others) {
    if (other.permissions.length === 0) other.permissions = operation.permissions
    if (!other.permissionsIncludes && operation.permissionsIncludes)
      other.permissionsIncludes = operation.permissionsIncludes
  }
  return {
    operations: [operation, ...others],
    links: pageLinks(page, operation.permissionsIncludes ?? []),
    diagnostics,
  }
}

/** One call of a page, as the operation `id`; `withOthers`: with the page's other calls
 *  (`otherCallOperations`), whose examples are theirs. */
function extractCall(
  page: Page,
  id: string,
  reads: ExampleReads,
  withOthers: boolean,
): { operation: Draft<OperationDef>; diagnostics: Diagnostic[]; others: Draft<OperationDef>[] } {
  const diagnostics: Diagnostic[] = []
  const h1 = page.sections.find((section) => section.depth === 1)
  const position = page.at(h1?.line ?? 1)
  const title = pageTitle(page)
  const shown = extractExamples(page, diagnostics)
  const templates = extractHttpRequest(page, shown)
  // Without an `HTTP request` heading, the request examples document routes beside any call headings'.
  const http =
    templates.section && templates.routes.length > 0
      ? templates
      : routesOfRequestExamples(shown, templates.routes)
  diagnostics.push(...templates.diagnostics, ...(http === templates ? [] : http.diagnostics))
  const rooted = dropServiceRootStandIn(http.routes, placeholderHostsOf(shown))
  const written = http === templates ? anchorRelativeRoutes(rooted, shown, diagnostics) : rooted
  const routes = withCalledArguments(written, shown, () => urlParameterNames(page, written))
  if (routes.length === 0)
    diagnostics.push(
      diagnostic(
        'missing-route',
        templates.section ? page.at(templates.section.line) : position,
        'Expected a `VERB /path` line in `## HTTP request`',
      ),
    )
  // Sections under a heading that documents another call describe that call (`otherCalls`).
  const calls = otherCalls(page, routes)
  const others = withOthers ? otherCallOperations(page, id, routes, calls, reads, diagnostics) : []
  const examples = shown.filter(
    ({ position: { line } }) => !others.some(({ lines }) => line >= lines.from && line < lines.to),
  )
  // The examples of another route's call stay the operation's, but tell nothing of it.
  const own = examplesOfOwnCalls({ examples, routes })
  const keyEvidence = keyEvidenceOf(page, routes)
  const response = extractResponse(page, routes, own, diagnostics, reads, keyEvidence)
  const kind = operationKind({
    ...pageEvidence(title, routes, own),
    ...keyEvidence,
    ...(response.source === 'none' ? {} : { collection: response.collection }),
    status: response.status,
  })
  // The first paragraph under the H1 that is prose, not the `Namespace:` line alone; else the first
  // of `## API description`.
  const lead = firstLeadProse(page, [h1, h2Sections(page, API_DESCRIPTION_TITLE)[0]?.[0]])
  const elsewhere = new Set(calls.flat())
  const bodySections = ownRequestBodySections(page, elsewhere)
  const referenceRoute = referenceWriteOf(routes)
  const parameters = withReferenceBody(
    referenceRoute,
    extractParameters(page, routes, bodySections, elsewhere, diagnostics),
  )
  const operation: Draft<OperationDef> = {
    id,
    file: page.file,
    title,
    description: lead?.text ?? '',
    kind,
    routes: withOmittedArguments(routes, parameters, own),
    parameters,
    response,
    ...extractQueryOptions(page),
    permissions: extractPermissions(page),
    examples,
    position,
  }
  // A reference write sends a reference, not the object the Request body prose links.
  const bodyNodes = bodySections.flat().flatMap((section) => page.tree(section).children)
  const bodyProse = bodyNodes.filter((node) => node.type === 'paragraph')
  const requestBody = referenceRoute
    ? undefined
    : requestBodyType(page, kind, bodyProse, lead?.paragraph, operation)
  if (requestBody) operation.requestBody = requestBody
  else if (!operation.parameters.some((parameter) => parameter.in === 'body'))
    operation.parameters.push(...proseBodyMembers(bodyProse, own, kind, page.file))
  // A resource body (create, update) is the resource: only a parameter object may be left out.
  if (!requestBody && bodyProse.some((paragraph) => OPTIONAL_BODY.test(cleanText(paragraph))))
    operation.requestBodyOptional = true
  operation.parameters = withRequiredTypeAnnotation(operation, bodyNodes, page.file)
  operation.parameters.push(...queryParametersOfProse(page, operation))
  const created = createdObject(operation)
  if (created) operation.response = created
  const permissionsIncludes = extractPermissionsIncludes(page)
  if (permissionsIncludes.length > 0) operation.permissionsIncludes = permissionsIncludes
  // A workload is a name (`intune`, `change-notifications`); draft text in its place is not one.
  // Today's docs name it `ms.subservice` (`ms.prod` was retired with the move to ms.service).
  const workload = [page.frontMatter['ms.prod'], page.frontMatter['ms.subservice']].find(
    (value): value is string => typeof value === 'string' && /^[\w.-]+$/.test(value),
  )
  if (workload) operation.workload = workload
  return { operation, diagnostics, others: others.map((other) => other.operation) }
}

/**
 * The other calls a page documents under headings of their own (`calls`, `otherCalls`), each read
 * as a page of its own with that heading as its title and `id--heading` as its id (two hyphens: no
 * page's file name makes it). A call is none whose request lines are ways to call another route
 * (`?$expand=…`) or opaque URLs (no route), or the operation's own call addressed another way
 * (`callEnd`: `/drive/root:/{path}:/createUploadSession`).
 */
function otherCallOperations(
  page: Page,
  id: string,
  routes: readonly RouteTemplate[],
  calls: readonly Section[][],
  reads: ExampleReads,
  diagnostics: Diagnostic[],
): { operation: Draft<OperationDef>; lines: { from: number; to: number } }[] {
  const own = new Set(routes.map(callEnd))
  return calls.flatMap((sections) => {
    const call = extractCall(
      subPage(page, sections),
      `${id}--${headingSlug(sections[0]?.title ?? '')}`,
      reads,
      false,
    )
    const called = call.operation.routes
    if (
      called.length === 0 ||
      called.every(callsOtherRoute) ||
      called.some((route) => own.has(callEnd(route)))
    )
      return []
    diagnostics.push(...call.diagnostics)
    // The call's page lines: from its heading to the end of its last subsection.
    const last = sections.at(-1) as Section
    const lines = { from: sections[0]?.line ?? 0, to: last.bodyLine + last.text.split('\n').length }
    return [{ operation: call.operation, lines }]
  })
}

/** A call by its verb and its end: the last name its route writes and the placeholders after it
 *  (`GET special/{}`, `POST createuploadsession`), alike wherever the route starts. */
function callEnd(route: RouteTemplate): string {
  const named = route.segments.findLastIndex(
    (segment) => segment.kind === 'literal' || segment.kind === 'call',
  )
  const name = endingName({ ...route, segments: route.segments.slice(0, named + 1) })?.name ?? ''
  return `${route.method} ${name.toLowerCase()}${'/{}'.repeat(route.segments.length - named - 1)}`
}

/** The names of the parameters a page documents for a function's URL, in lower case. Not those of
 *  its Query parameters sections: they document the query string (OData options, a report's
 *  `period`), not the call's arguments. */
function urlParameterNames(page: Page, routes: readonly RouteTemplate[]): Set<string> {
  const elsewhere = otherCallSections(page, routes)
  const parameters = extractParameters(page, routes, ownRequestBodySections(page, elsewhere), elsewhere, [])
  const queryString = new Set(
    QUERY_STRING_SECTIONS.flatMap((title) => parameterSections(page, title))
      .flatMap((sections) => extractParameterSections(page, sections, 'query', []))
      .map((each) => each.name.toLowerCase()),
  )
  return new Set(
    parameters
      .filter((each) => each.in === 'query' && !queryString.has(each.name.toLowerCase()))
      .map((each) => each.name.toLowerCase()),
  )
}

/** Titles of the sections that document the query string. */
const QUERY_STRING_SECTIONS = [/^query parameters$/i, /^optional query parameters$/i]

/** The Request body sections of the operation itself (not under a heading of another call). */
function ownRequestBodySections(page: Page, elsewhere: ReadonlySet<Section>): Section[][] {
  return requestBodySections(page).filter((sections) => !sections.some((section) => elsewhere.has(section)))
}

/** Parameter sections → parameters; function parameters sit in the path when a route call names
 *  them. A table under a heading that documents another call (`elsewhere`) describes that call. */
function extractParameters(
  page: Page,
  routes: readonly RouteTemplate[],
  bodySections: readonly Section[][],
  elsewhere: ReadonlySet<Section>,
  diagnostics: Diagnostic[],
): ParameterDef[] {
  const callArguments = callArgumentNames(routes)
  const functionLocation = (parameter: ParameterDef): ParameterDef => ({
    ...parameter,
    in: callArguments.has(parameter.name.toLowerCase()) ? 'path' : 'query',
  })
  const read = (title: RegExp, location: ParameterLocation) =>
    parameterSections(page, title)
      .filter((sections) => !sections.some((section) => elsewhere.has(section)))
      .flatMap((sections) => extractParameterSections(page, sections, location, diagnostics))
  const isGet = routes[0]?.method === 'GET'
  const body = bodySections.flatMap((sections) => {
    const inUrl = sections.some((section) =>
      /in the request url, provide the following query parameters/i.test(section.text),
    )
    const parameters = extractParameterSections(page, sections, inUrl ? 'query' : 'body', diagnostics)
    return isGet || inUrl ? parameters.map(functionLocation) : parameters
  })
  // Other teams title the operation's own parameters `## Parameters`: a function's for GET, else the body's.
  const own = read(/^parameters$/i, isGet ? 'query' : 'body')
  // Or the URL's `## Request URI parameters` (Defender for Endpoint's `lookBackHours`): in the path
  // where a route's placeholder names one, else in the query string.
  const placeholders = new Set(
    routes.flatMap((route) =>
      route.segments.flatMap((segment) => (segment.kind === 'param' ? [parameterNameKey(segment.name)] : [])),
    ),
  )
  const inUrl = read(/^(?:request )?ur[il] parameters$/i, 'query').map(
    (parameter): ParameterDef =>
      placeholders.has(parameterNameKey(parameter.name)) ? { ...parameter, in: 'path' } : parameter,
  )
  return [
    ...read(/^path parameters$/i, 'path'),
    ...read(/^function parameters$/i, 'query').map(functionLocation),
    ...(isGet ? own.map(functionLocation) : own),
    ...QUERY_STRING_SECTIONS.flatMap((title) => read(title, 'query')),
    ...inUrl,
    // Writers name the section in the singular too (today's bookingbusiness-getstaffavailability.md:
    // `## Request header`).
    ...read(/^request headers?$/i, 'header'),
    // Each row optional unless it says it is required, as Planner's update pages' rows do:
    //   | If-Match | Last known ETag value for the **plannerBucket** to be updated. Required. |
    ...read(/^optional request headers?$/i, 'header'),
    ...body,
  ]
}

/**
 * A `$ref` POST or PUT sends a reference, OData's `{ "@odata.id": "<URL of the object>" }`, never the
 * object it points to, which the Request body prose links ("supply a reference to the
 * [directoryObject](…) object"). The member is added unless a table already writes it.
 */
function withReferenceBody(route: RouteTemplate | undefined, parameters: ParameterDef[]): ParameterDef[] {
  if (!route || parameters.some((each) => each.name === ODATA_ID)) return parameters
  const reference = requiredBodyString(
    ODATA_ID,
    'The URL of the object the reference points to.',
    route.position,
  )
  return [...parameters, reference]
}

/** The route of a `$ref` POST or PUT: the operation writes a reference. */
function referenceWriteOf(routes: readonly RouteTemplate[]): RouteTemplate | undefined {
  const route = routes[0]
  return (route?.method === 'POST' || route?.method === 'PUT') && isReferenceRoute(route) ? route : undefined
}

/** The headings of the operation's parameter tables, each read as its own location. */
const PARAMETER_TITLE =
  /^((path|function|query|optional query) parameters|parameters|(optional )?request headers?|request body)$/i

/**
 * Each section titled `title` with its subsections, at any depth outside the examples: other teams
 * put a heading under another (`## Optional query parameters` → `### Optional request headers`). A
 * subsection that is itself a parameter heading is read as its own, never as its parent's; one under
 * `Request body` is the body's (read there).
 *   ## Optional query parameters
 *   ### Optional request headers      ← headers, not query options
 *   | if-none-match | etag | … |
 */
function parameterSections(page: Page, title: RegExp): Section[][] {
  const found: Section[] = []
  const open: Section[] = [] // the headings above the current one, outermost first
  for (const section of sectionsOutsideExamples(page.sections)) {
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= section.depth) open.pop()
    const inBody = open.some((parent) => matchesTitle(parent, REQUEST_BODY_TITLE))
    if (section.depth >= 2 && !inBody && matchesTitle(section, title)) found.push(section)
    open.push(section)
  }
  return withSubsections(page, found, PARAMETER_TITLE)
}

/** Each H2 matching `title` with its subsections. */
function h2Sections(page: Page, title: RegExp): Section[][] {
  const h2s = page.sections.filter((section) => section.depth === 2 && matchesTitle(section, title))
  return withSubsections(page, h2s)
}

/**
 * Each `Request body` section with its subsections (examples' `### Request`/`### Response` left
 * out): an H2, or on other teams' pages a subsection of `## HTTP request` or of a heading per call
 *   ## HTTP request
 *   ### Request body
 *   | Name | Value | Description |
 * One inside an example section shows a call's body, not the operation's parameters.
 */
function requestBodySections(page: Page): Section[][] {
  const found = sectionsOutsideExamples(page.sections).filter(
    (section) => section.depth >= 2 && matchesTitle(section, REQUEST_BODY_TITLE),
  )
  return withSubsections(page, found, /^(request|response|examples?)\b/i)
}

function withSubsections(page: Page, parents: readonly Section[], exclude?: RegExp): Section[][] {
  return parents.map((section) => {
    const all = sectionWithChildren(page.sections, section)
    const skipped = new Set(
      all
        .filter((child) => child !== section && exclude && matchesTitle(child, exclude))
        .flatMap((child) => sectionWithChildren(page.sections, child)),
    )
    return all.filter((child) => !skipped.has(child))
  })
}

/** The first paragraph of `sections` that is lead prose (`leadProseText`), with its text. */
function firstLeadProse(
  page: Page,
  sections: readonly (Section | undefined)[],
): { paragraph: Paragraph; text: string } | undefined {
  for (const section of sections)
    for (const paragraph of section ? page.paragraphs(section) : []) {
      const text = leadProseText(paragraph)
      if (text !== '') return { paragraph, text }
    }
  return undefined
}

/** `## Optional query parameters` → `$select`, `$filter`, … (rule in the module comment); the
 *  standard ones for the kind, which link settles, where the page says it supports them all, or
 *  "some of" them and names those it does not support:
 *    This method supports some of the OData query parameters …
 *    ### Exceptions
 *    Some operators are not supported: `$count`, `$search`.     ← the standard ones but these
 *  A `## Query parameters` section documents the call's own parameters, and states its options in
 *  a sentence saying it supports them (`supportSentences`). */
function extractQueryOptions(
  page: Page,
): Pick<Draft<OperationDef>, 'queryOptions' | 'standardQueryOptions' | 'unsupportedQueryOptions'> {
  const sections = h2Sections(page, /^optional query parameters$/i).flat()
  const stated = h2Sections(page, /^query parameters$/i)
    .flat()
    .flatMap((section) => leafBlocks(page.tree(section)))
    .flatMap((block) => supportSentences(cleanText(block)))
  if (sections.length === 0 && stated.length === 0) return { queryOptions: [] }
  const named: string[] = []
  const unsupported: string[] = []
  let generic = stated.some((sentence) => SUPPORTS_ALL.test(sentence))
  let someOf = stated.some((sentence) => SUPPORTS_SOME.test(sentence))
  for (const section of sections) {
    const tree = page.tree(section)
    const text = cleanText(tree)
    if (SUPPORTS_ALL.test(text)) generic = true
    if (SUPPORTS_SOME.test(text)) someOf = true
    const deniedHere = NOT_SUPPORTED.test(section.title)
    for (const block of leafBlocks(tree)) {
      const text = block.type === 'code' ? '' : cleanText(block)
      if (deniedHere) unsupported.push(...optionsNamed(block))
      else if (!NOT_SUPPORTED.test(text)) named.push(...optionsNamed(block))
      // A block that denies some: each sentence's `$options` go with what it says of them.
      else
        for (const sentence of sentencesOf(text))
          (NOT_SUPPORTED.test(sentence) ? unsupported : named).push(...dollarOptions(sentence))
    }
  }
  named.push(...stated.flatMap(dollarOptions))
  // An option the page names as supported anywhere is (a limit of `$filter` elsewhere is no denial).
  const queryOptions = [...new Set(named)]
  const denied = [...new Set(unsupported)].filter((option) => !queryOptions.includes(option))
  const standard = generic || (someOf && (queryOptions.length === 0 || denied.length > 0))
  if (!standard) return { queryOptions }
  return denied.length > 0
    ? { queryOptions, standardQueryOptions: true, unsupportedQueryOptions: denied }
    : { queryOptions, standardQueryOptions: true }
}

/** "This method supports the [OData Query Parameters](…)": the standard options for the kind. */
const SUPPORTS_ALL = /\bsupports the \[?OData query parameters?\b/i
/** "This method supports some of the OData query parameters …". */
const SUPPORTS_SOME = /\bsupports some of the \[?OData query parameters?\b/i

/** The sentences of a text that say the call supports OData query options, all, some or those
 *  they name (today's filestorage-list-containers.md, under `## Query parameters`: "It supports
 *  the `$expand` OData query parameter, except for the **drive**, **permissions**, and
 *  **customProperties** properties."); not a sentence of a limit or of other parameters. */
function supportSentences(text: string): string[] {
  return sentencesOf(text).filter((sentence) => SUPPORT_SENTENCE.test(sentence))
}

/** "supports the … OData query parameter(s)", "supports some of the OData query parameters". */
const SUPPORT_SENTENCE = /\bsupports (?:some of )?the\b[^.;!?]*?\bOData query parameters?\b/i

/** A block's text cut after each `.`, `;`, `!` or `?` that ends a sentence. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/)
}

/** A sentence (or a subsection's title) saying the options it names are not supported; not one
 *  saying when or where ("This is not supported when using *$search*."). */
const NOT_SUPPORTED =
  /\b(?:(?:not|isn't|aren't|never) supported|unsupported|do(?:es)?(?:n't| not) support)\b(?![^.]*?\b(?:when|with|if|in combination|together|for|on)\b)/i

/** The blocks a section's prose is made of (paragraphs, headings, code, table rows), lists and
 *  quotes opened: each block's options are read with what it says of them. */
function leafBlocks(node: Nodes): Nodes[] {
  const opened = ['root', 'list', 'listItem', 'blockquote', 'table']
  if (opened.includes(node.type) && 'children' in node)
    return node.children.flatMap((child) => leafBlocks(child as Nodes))
  return [node]
}

/** The query options a block names, lower-cased with their `$`: in code and link texts
 *  (`` `select` ``, `[$top](…)`) and as `$name` in its text (a code block's request line too). */
function optionsNamed(block: Nodes): string[] {
  const found: string[] = []
  for (const word of optionWords(block)) {
    const match = KNOWN_QUERY_OPTION.exec(word.trim())
    if (match) found.push(`$${(match[1] ?? '').toLowerCase()}`)
  }
  found.push(...dollarOptions(block.type === 'code' ? block.value : cleanText(block)))
  return found
}

/** The options a text names as `$name`. */
function dollarOptions(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/(^|[^\w$])\$([a-z]+)\b/gi))
    if (KNOWN_QUERY_OPTION.test(match[2] ?? '')) found.push(`$${(match[2] ?? '').toLowerCase()}`)
  return found
}

/** Inline code and link texts: where the docs name options (`` `$filter` ``, `[$top](…)`, `` `select` ``). */
function optionWords(node: Nodes): string[] {
  if (node.type === 'inlineCode') return [node.value]
  if (node.type === 'link') return [cleanText(node)]
  return 'children' in node ? node.children.flatMap((child) => optionWords(child as Nodes)) : []
}

/** The query parameters the Optional query parameters prose names in code and an example sends
 *  (`prose-query-parameters.ts`), those no table and no route's query string already documents. */
function queryParametersOfProse(page: Page, operation: Draft<OperationDef>): ParameterDef[] {
  const [section] = h2Sections(page, /^optional query parameters$/i)
  if (!section?.[0]) return []
  const words = section.flatMap((part) => optionWords(page.tree(part)))
  const written = (name: string) =>
    operation.parameters.some((each) => each.in === 'query' && each.name === name) ||
    operation.routes.some((route) =>
      (route.query ?? '').split('&').some((pair) => pair.split('=')[0] === name),
    )
  return proseQueryParameters(words, examplesOfOwnCalls(operation), page.at(section[0].line)).filter(
    (parameter) => !written(parameter.name),
  )
}

/**
 * Create/update bodies (not asked of a `$ref` write, which sends a reference): bytes (`Stream`) where
 * the prose says the body is "the binary stream of the file" or a `Content-Type` header names a media
 * type of bytes (`application/zip`, `image/jpeg`), else the `[x](…)` of "supply a
 * JSON representation of/for [x](…)" (the description's type where it offers `[x](…) or [y](…)`), else the
 * first resource the Request body prose links ("A [teamsTab](…)."), else the resource the description links ("Update the properties of a [x](…) object"), else the single
 * named response type.
 */
function requestBodyType(
  page: Page,
  kind: OperationKind,
  paragraphs: readonly Paragraph[],
  description: Paragraph | undefined,
  operation: OperationDef,
): OperationDef['requestBody'] {
  if (kind !== 'create' && kind !== 'update') return undefined
  // "The contents of the request body should be the binary stream of the file to be uploaded.", or
  // a request header `| Content-Type | application/zip. Required. |` (a file's bytes, not JSON).
  if (
    paragraphs.some((paragraph) => BINARY_BODY.test(cleanText(paragraph))) ||
    operation.parameters.some(sendsBytes)
  )
    return { type: { kind: 'primitive', name: 'Stream' }, collection: false }
  const representations = paragraphs.filter((paragraph) => /JSON representation/i.test(cleanText(paragraph)))
  const [representation] = representations
  const represented = representation && resourceLink(representation, page.file)
  // "… of an [ipNamedLocation](…) or [countryNamedLocation](…) object": either derived type, so the
  // type the description names ("Create a new [namedLocation](…) object"), which they share; where
  // it names none, link takes the base they share (`otherTypes`).
  // "… updated for a [socialIdentityProvider](…), or an [appleManagedIdentityProvider](…) object" too.
  const either = [...representations, ...paragraphs].find((paragraph) =>
    EITHER_LINK.test(markedLinks(paragraph)),
  )
  const offered = either ? resourceLinks(either, page.file) : []
  const described = either && description ? resourceLink(description, page.file) : undefined
  const shared = described && !offered.some((type) => sameTarget(type, described)) ? described : undefined
  if (shared) return { type: shared, collection: false }
  const [first, ...otherTypes] = offered
  if (first && otherTypes.length > 0) return { type: first, collection: false, otherTypes }
  if (represented) return { type: represented, collection: false }
  const written = firstResourceLink(paragraphs, page.file)
  if (written) return written
  const type =
    (description && objectLink(description, page.file, kind)) ??
    (operation.response.type?.kind === 'named' && !operation.response.collection
      ? { ...operation.response.type } // a copy: the model must not depend on shared objects (it goes through JSON)
      : undefined)
  return type ? { type, collection: false } : undefined
}

// Words before a link that make it the place the object goes, not the object: "Pin a chat message in
// the specified [chat](…)" (not "on", "to": "Change writable properties on a [messageRule](…) object").
const PLACE_BEFORE =
  /\b(?:in|into|under|within)(?:\s+(?:the|a|an|this|that|its|specified|given|existing))*\s*$/i

/**
 * The first resource the description links as its object, not, for a create, as the place the object
 * goes: "Update the properties of a [x](…) object" is the body's type, "Pin a chat message in the
 * specified [chat](…)" is not (the message's type, which the response names, is). An update changes
 * the object it links, wherever it is ("Update the properties stored in a [widget](…) object").
 */
function objectLink(description: Paragraph, file: string, kind: OperationKind): TypeRef | undefined {
  let before = ''
  for (const node of description.children as Nodes[]) {
    if (node.type === 'link' && !(kind === 'create' && PLACE_BEFORE.test(before))) {
      const type = resourceLink(node, file)
      if (type) return type
    }
    before += node.type === 'text' ? node.value : ` ${cleanText(node)} `
  }
  return undefined
}

/** A request header that says the body is bytes: `| Content-Type | application/zip. Required. |`. */
function sendsBytes(parameter: ParameterDef): boolean {
  return (
    parameter.in === 'header' &&
    parameter.name.toLowerCase() === 'content-type' &&
    BINARY_MEDIA_TYPE.test(parameter.description.trim())
  )
}

/**
 * A create that answers `201 Created` and names no type returns the object it created, the type its
 * body sends: "If successful, this method returns a `201 Created` response code." under
 * "## Request body / A [teamsTab](../resources/teamstab.md)." (the examples marked `ignored`);
 * unless its response examples show headers only: "a `201 Created` response code and a Location
 * header that provides a URL path to the newly created member object" over `HTTP/1.1 201 Created`
 * and a `Location` (the server answers no body, and the client and OpenAPI must not promise one).
 */
function createdObject(operation: OperationDef): ResponseDef | undefined {
  const { kind, response, requestBody } = operation
  if (kind !== 'create' || response.source !== 'none' || response.status !== 201) return undefined
  if (showNoBody(examplesOfOwnCalls(operation))) return undefined
  if (requestBody?.type.kind !== 'named' || requestBody.collection) return undefined
  return { ...response, type: { ...requestBody.type }, source: 'sentence' }
}

/**
 * The first resource link of the `## Request body` prose: `A [teamsTab](../resources/teamstab.md).`,
 * a collection after "an array of": `supply an array of [patchContentCommand](…) objects`.
 */
function firstResourceLink(
  paragraphs: readonly Paragraph[],
  file: string,
): OperationDef['requestBody'] | undefined {
  for (const paragraph of paragraphs) {
    const type = resourceLink(paragraph, file)
    if (type) return { type, collection: /\b(array|collection|list) of\s*\[/i.test(markedLinks(paragraph)) }
  }
  return undefined
}

/** The paragraph's text with its links written `[text]`, to read the words around them. */
function markedLinks(paragraph: Paragraph): string {
  return paragraph.children
    .map((node) => (node.type === 'link' ? `[${cleanText(node)}]` : cleanText(node)))
    .join('')
}

function resourceLink(node: Nodes, file: string): TypeRef | undefined {
  return resourceLinks(node, file)[0]
}

/** The resources a node links, each once, in order. */
function resourceLinks(node: Nodes, file: string): TypeRef[] {
  const found: TypeRef[] = []
  for (const link of linksIn(node)) {
    const target = resolveLinkTarget(link.url, file)
    const name = cleanText(link).replace(/`/g, '')
    if (
      isResourceTarget(target) &&
      /^[A-Za-z_][\w.]*$/.test(name) &&
      !found.some((each) => each.kind === 'named' && each.target === target)
    )
      found.push({ kind: 'named', name, target })
  }
  return found
}

function sameTarget(a: TypeRef, b: TypeRef): boolean {
  return a.kind === 'named' && b.kind === 'named' && a.target === b.target
}

/** Two links with "or" between them: `[a](…) or [b](…)`, `[a](…), or an [b](…)`. */
const EITHER_LINK = /\](?:\s*object)?\s*,?\s*or\s*(?:an?\s*)?\[/

/**
 * Links to other docs pages anywhere on the page, for broken-link checks; not the Permissions
 * includes' own links (`includes`, read first from the same page), which link judges
 * (`missing-include`). A prose link to the same file is kept.
 */
export function pageLinks(
  page: Page,
  includes: NonNullable<OperationDef['permissionsIncludes']> = [],
): ApiPageModel['links'] {
  return page.sections.flatMap((section) =>
    linksIn(page.links(section)).flatMap((link) => {
      const target = resolveLinkTarget(link.url, page.file)
      if (!target) return []
      const start = link.position?.start
      const position: SourcePosition = {
        file: page.file,
        line: start?.line ?? section.line,
        column: start?.column ?? 1,
      }
      const directive = includes.some(
        (include) =>
          target === include.target &&
          position.line === include.position.line &&
          position.column === include.position.column,
      )
      return directive ? [] : [{ target, position }]
    }),
  )
}
