/**
 * Read the request and response examples of an API page: the code blocks of every `## Example`,
 * `## Examples`, `## Example (…)`, `### Example N: …` (typos too: `Exaxmple`) section and its
 * subsections, and of `### Request`/`### Response` sections placed elsewhere (under `## Request body`).
 *   <!-- { "blockType": "request", "name": "get_user" } -->
 *   ```http                                   (also msgraph-interactive, HTTP, no language)
 *   GET https://graph.microsoft.com/v1.0/me   ← request line (a blank line may follow it)
 *   Content-type: application/json            ← headers
 *                                             ← blank line
 *   { … }                                     ← body, kept as written
 *   ```
 *   ```http
 *   HTTP/1.1 201 Created                      (also `HTTP 201 Created`, `HTTP/1.1 202 Accpted`, `HTTP/1.1 422`)
 *   ```
 * A block holding only a body (`{` first) takes its kind from its annotation, else from its heading
 * (or the bold label above it, `**Response**`, which heads the blocks after it as a heading would);
 * right after an example that shows none, an unannotated one is that example's body; elsewhere, under
 * a heading that names no request or response, an unannotated one shows a value, not a call.
 * Blocks annotated with a test tool's block type (`"blockType": "simulatedResponse"`) are no examples,
 * and neither is a block annotated `"blockType": "example"`: it shows a value of its `@odata.type`
 * (a change notification a bot receives), not a call of the page's operation.
 * Outside those sections a block annotated as a request or response example is one too: other teams
 * annotate the example where they show it (`## HTTP request`, `## HTTP response`).
 * An unannotated request to another host than the page's annotated requests go to is no call of
 * the page's operation either, nor the unannotated response to it: it shows what the service sends
 * elsewhere (`##### Notification - roster updated`, `POST https://bot.contoso.com/api/calls`, the
 * bot's callback URL).
 */
import type { Code } from 'mdast'
import type { Annotation, Diagnostic, Draft, ExampleDef, OperationDef, SourcePosition } from '../model.js'
import { annotatedCodeBlocks, firstCodeLine, firstWrittenLine } from '../parse/code-blocks.js'
import type { Page } from '../parse/page.js'
import { matchesTitle, type Section, sectionWithChildren } from '../parse/sections.js'
import { readRequestLine } from './request-line.js'

export const EXAMPLE_TITLE = /^ex\w*mples?\b/i

/** The sections outside the top-level example sections (`## Examples` and all under it): a
 *  `### HTTP request` or `### Request body` there shows one call, not the operation. */
export function sectionsOutsideExamples(sections: readonly Section[]): Section[] {
  let inExample = false
  return sections.filter((section) => {
    if (section.depth <= 2) inExample = matchesTitle(section, EXAMPLE_TITLE)
    return !inExample
  })
}
const REQUEST_OR_RESPONSE_TITLE = /^(request|response)\b/i
const REQUEST_OR_RESPONSE_WORD = /\b(request|response)s?\b/i
const LANGUAGES = new Set(['http', 'msgraph-interactive', 'json', ''])
const STATUS_LINE = /^HTTP(?:\/[\d.]+)?\s+(\d{3})\b/i
const HEADER_LINE = /^([A-Za-z][\w-]*)\s*:\s?(.*)$/
/** Block types that document something; others (`simulatedResponse`) are a test tool's scaffolding. */
const DOCUMENTING_BLOCK_TYPES = new Set(['request', 'response', 'ignored', 'example', 'samples'])

/** Whether an annotated block is documentation (no annotation, or a documenting block type). */
export function isDocumentation(annotation: Annotation | undefined): boolean {
  const declared = annotation?.blockType
  return typeof declared !== 'string' || DOCUMENTING_BLOCK_TYPES.has(declared)
}

export function extractExamples(page: Page, diagnostics: Diagnostic[]): ExampleDef[] {
  const examples: ExampleDef[] = []
  const chosen = exampleSections(page.sections)
  for (const section of page.sections) {
    const inExamples = chosen.has(section)
    // The section's last example while it shows no body: a body-only block may be its body.
    let open: ExampleDef | undefined
    for (const { code, annotation, label } of annotatedCodeBlocks(
      page.blocks(section),
      page.file,
      diagnostics,
    )) {
      // Elsewhere (`## HTTP response`, `## Response`) only a block annotated as an example is one.
      if (!inExamples && annotation?.blockType !== 'request' && annotation?.blockType !== 'response') continue
      // A bold label (`**Response**`) heads the blocks after it as a `### Response` would.
      const heading = label !== undefined && REQUEST_OR_RESPONSE_WORD.test(label) ? label : section.title
      const responseHeading = /response/i.test(heading)
      const namesCall = REQUEST_OR_RESPONSE_WORD.test(heading)
      const example = readExample(code, annotation, responseHeading, page.file, firstCodeLine(code, section))
      if (!example) continue
      if (open && isBodyOf(example, open)) {
        examples[examples.lastIndexOf(open)] = {
          ...open,
          bodyText: example.bodyText,
          bodyLine: example.bodyLine,
        }
        open = undefined
        continue
      }
      // A bare body that is not the last example's, under a heading that names no request or
      // response, shows a value, not a call (`isBareBody`).
      if (isBareBody(example) && !namesCall) continue
      examples.push(example)
      open =
        example.bodyText === undefined && (example.status ?? example.method) !== undefined
          ? example
          : undefined
    }
  }
  return withoutRequestsElsewhere(examples)
}

const URL_HOST = /^https?:\/\/([^/\s?#]+)/i

/** The host an absolute request URL names (`graph.microsoft.com`); none for a path. */
function hostOf(example: ExampleDef): string | undefined {
  return URL_HOST.exec(example.url ?? '')?.[1]?.toLowerCase()
}

/**
 * Drops the requests to a host that none of the page's tested requests (annotated `request`) go
 * to, and the responses that answer them, unless annotated as tested: they call another service.
 * The workforce integration's unannotated `POST https://abcWorkforceIntegration.com/Contoso/{apiVersion}/team/{teamId}/read`
 * and its `HTTP/1.1 200 OK`; today's call-record.md's `GET https://file.location/17e3…` (the
 * recording file), annotated `ignored`, and its `ignored` octet-stream answer. On a page without
 * tested requests, the annotated ones (any block type) name the service's hosts.
 */
function withoutRequestsElsewhere(examples: ExampleDef[]): ExampleDef[] {
  const tested = (example: ExampleDef) => example.annotation?.blockType === example.kind
  const hostsOf = (counts: (example: ExampleDef) => boolean) =>
    new Set(
      examples.flatMap((example) => {
        const host = example.kind === 'request' && counts(example) ? hostOf(example) : undefined
        return host ? [host] : []
      }),
    )
  const testedHosts = hostsOf(tested)
  const serviceHosts =
    testedHosts.size > 0 ? testedHosts : hostsOf((example) => example.annotation !== undefined)
  if (serviceHosts.size === 0) return examples
  let elsewhere = false
  return examples.filter((example) => {
    if (example.kind === 'response') return !(elsewhere && !tested(example))
    const host = hostOf(example)
    elsewhere = host !== undefined && !serviceHosts.has(host)
    return !elsewhere
  })
}

/**
 * The examples that show a call of the operation: a request with a verb none of its routes take
 * calls another route, so it and the responses answering it (up to the next request) are no
 * evidence of the operation's response, body or parameters. presence-setstatusmessage.md:
 *   POST /users/{userId}/presence/setStatusMessage                  ← ## HTTP request
 *   ### Example 3: Get another user presence
 *   GET https://graph.microsoft.com/v1.0/users/fa8bf3dc-…/presence
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.presence" } -->
 * The operation keeps them (example-route-mismatch reports the request). Where no request takes a
 * route's verb, the page shows its own call with a request line written otherwise (the sample's
 * externalconnectors-externalitem-create.md: `POST /connections/{connectionsId}/items` over its one
 * example, `PUT …/items/TSP228082938`), and its examples stay its evidence. A request of a route's
 * verb to a path no route matches stays too: the docs call a route by other paths (`/me/…` for
 * `/users/{id}/…`, a type cast, OneDrive's `/me/drive/root`).
 */
export function examplesOfOwnCalls({
  examples,
  routes,
}: Pick<OperationDef, 'examples' | 'routes'>): readonly ExampleDef[] {
  const verbs = new Set(routes.map((route) => route.method))
  const otherVerb = (example: ExampleDef) =>
    example.kind === 'request' && example.method !== undefined && !verbs.has(example.method)
  if (examples.every((example) => example.kind !== 'request' || otherVerb(example))) return examples
  let otherCall = false
  return examples.filter((example) => {
    if (example.kind === 'request') otherCall = otherVerb(example)
    return !otherCall
  })
}

/** The line of the first `"name"` in the example body (the body's first line if not found). */
export function exampleMemberPosition(example: ExampleDef, name: string): SourcePosition {
  const first = example.bodyLine ?? example.position.line
  const index = (example.bodyText ?? '').split('\n').findIndex((line) => line.includes(`"${name}"`))
  return { file: example.position.file, line: first + Math.max(index, 0), column: 1 }
}

/**
 * A response written in two blocks, the status line and headers in one and the body in the next,
 * unannotated one (`HTTP/1.1 200 OK` + `Content-length: 218`, then a ```json block):
 * the second is the first's body.
 */
function isBodyOf(example: ExampleDef, open: ExampleDef): boolean {
  return isBareBody(example) && example.bodyText !== undefined && example.kind === open.kind
}

/**
 * An unannotated block with no request or status line: a body alone. Unless it is the body of the
 * example before it, under a heading that names no request or response it shows a value, not a call:
 *   ### Example 3: Answer a policy-based recording call
 *   Here is an example of the incoming call notification that a bot would recieve in this case.
 *   ```json
 *   { "@odata.type":"#microsoft.graph.commsNotifications", "value":[ … ] }
 */
function isBareBody(example: ExampleDef): boolean {
  return example.annotation === undefined && example.method === undefined && example.status === undefined
}

/** Example sections with their subsections, and stray Request/Response sections. */
function exampleSections(sections: readonly Section[]): Set<Section> {
  const chosen = new Set<Section>()
  for (const section of sections) {
    if (chosen.has(section) || section.depth < 2) continue
    if (
      matchesTitle(section, EXAMPLE_TITLE) ||
      (section.depth >= 3 && matchesTitle(section, REQUEST_OR_RESPONSE_TITLE))
    )
      for (const part of sectionWithChildren(sections, section)) chosen.add(part)
  }
  return chosen
}

function readExample(
  code: Code,
  annotation: Annotation | undefined,
  responseHeading: boolean,
  file: string,
  firstLine: number,
): ExampleDef | undefined {
  if (!LANGUAGES.has((code.lang ?? '').toLowerCase())) return undefined
  if (!isDocumentation(annotation) || annotation?.blockType === 'example') return undefined
  const lines = code.value.split('\n')
  let index = firstWrittenLine(lines)
  if (index < 0) return undefined
  const first = (lines[index] ?? '').trim()
  const request = readRequestLine(first)
  const status = STATUS_LINE.exec(first)
  const blockType = annotation?.blockType
  const bodyOnly = !request && !status
  if (bodyOnly && !/^[{[]/.test(first) && blockType !== 'request' && blockType !== 'response')
    return undefined
  const kind: ExampleDef['kind'] = request
    ? 'request'
    : status
      ? 'response'
      : blockType === 'request' || blockType === 'response'
        ? blockType
        : responseHeading
          ? 'response'
          : 'request'
  const headers: Record<string, string> = {}
  const example: Draft<ExampleDef> = {
    kind,
    headers,
    position: { file, line: firstLine + index, column: code.position?.start.column ?? 1 },
  }
  if (typeof annotation?.name === 'string') example.name = annotation.name
  if (annotation) example.annotation = annotation
  if (request) {
    example.method = request.method
    example.url = request.target
  }
  if (status) example.status = Number(status[1])
  if (!bodyOnly) {
    index++
    // Headers follow the first line (of a request, sometimes after a blank line); a blank line ends them.
    const next = firstWrittenLine(lines, index)
    if (request && next >= 0 && HEADER_LINE.test((lines[next] ?? '').trim())) index = next
    for (; index < lines.length; index++) {
      const header = HEADER_LINE.exec((lines[index] ?? '').trim())
      if (!header || /^[{["]/.test((lines[index] ?? '').trim())) break
      headers[header[1] ?? ''] = (header[2] ?? '').trim()
    }
    const written = firstWrittenLine(lines, index)
    index = written < 0 ? lines.length : written
  }
  const body = lines.slice(index).join('\n').trimEnd()
  if (body.trim() !== '') {
    example.bodyText = body
    example.bodyLine = firstLine + index
  }
  return example
}
