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
 * (`insights-list-used.md`: `` - `GET /me/insights/used` ``). An annotated request or response
 * example (`"blockType": "request"`), or a `### Request body`/`### Response` subsection, holds no
 * templates. A line whose query calls another
 * route with OData options (`GET /me?$expand=manager`) is left out (`withoutCallsOfOtherRoutes`).
 */
import type { InlineCode, Nodes } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, RouteTemplate } from '../model.js'
import { annotatedCodeBlocks, firstCodeLine } from '../parse/code-blocks.js'
import type { Page } from '../parse/page.js'
import { findSection, type Section, sectionWithChildren } from '../parse/sections.js'
import { isDocumentation } from './examples.js'
import { isRequestLine, parseRouteTemplate } from './route-template.js'

export interface HttpRequestSection {
  routes: RouteTemplate[]
  diagnostics: Diagnostic[]
  /** The `## HTTP request` heading, when the page has one. */
  section?: Section
}

const HEADER_LINE = /^[A-Za-z][\w-]*\s*:\s*\S/
/** Subsections of `## HTTP request` that hold examples, not route templates (other teams' pages). */
const NOT_TEMPLATES = /^(request (body|headers?)|response|examples?)\b/i

export function extractHttpRequest(page: Page): HttpRequestSection {
  const diagnostics: Diagnostic[] = []
  const section = findSection(page.sections, /^http request$/i)
  if (!section) return { routes: [], diagnostics }
  const routes: RouteTemplate[] = []
  const inlineCodes: InlineCode[] = []
  for (const part of sectionWithChildren(page.sections, section)) {
    if (part !== section && NOT_TEMPLATES.test(part.title)) continue
    const tree = page.tree(part)
    const sourceLines = part.text.split('\n')
    for (const { code, annotation } of annotatedCodeBlocks(tree, page.file, diagnostics)) {
      const example = annotation?.blockType === 'request' || annotation?.blockType === 'response'
      if (example || !isDocumentation(annotation)) continue
      const firstLine = firstCodeLine(code, part)
      code.value.split('\n').forEach((text, index) => {
        const line = firstLine + index
        const column = (sourceLines[line - part.bodyLine] ?? '').indexOf(text.trim()) + 1 || 1
        readLine(text, { file: page.file, line, column }, routes, diagnostics)
      })
    }
    inlineCodes.push(...inlineRequests(tree))
  }
  if (routes.length === 0) {
    for (const code of inlineCodes) {
      const start = code.position?.start
      const at = { file: page.file, line: start?.line ?? section.line, column: (start?.column ?? 0) + 1 }
      readLine(code.value, at, routes, diagnostics)
    }
  }
  return { routes: withoutRepeats(withoutCallsOfOtherRoutes(routes)), diagnostics, section }
}

/** A request line written twice (copy-paste) is one route, kept where it first appears. */
function withoutRepeats(routes: RouteTemplate[]): RouteTemplate[] {
  const seen = new Set<string>()
  return routes.filter((route) => {
    const key = `${route.method} ${route.raw}?${route.query ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * A request line whose query holds OData query options (`GET /me?$expand=manager` on the
 * list-manager page, `GET /users/{id}?$expand=extensions(…)` on the get-extension page) documents
 * a way to call another route, not this page's own: left out when the page has routes without
 * such options. `$id` (`…/$ref?$id=…`) and plain parameters (`?startDateTime=…`) belong to the
 * route itself.
 */
function withoutCallsOfOtherRoutes(routes: RouteTemplate[]): RouteTemplate[] {
  const callsOther = (route: RouteTemplate) =>
    route.query?.split('&').some((option) => /^\$(?!id=)[a-z]+=/i.test(option.trim())) === true
  const own = routes.filter((route) => !callsOther(route))
  return own.length > 0 ? own : routes
}

function readLine(
  text: string,
  at: { file: string; line: number; column: number },
  routes: RouteTemplate[],
  diagnostics: Diagnostic[],
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
  const parsed = parseRouteTemplate(trimmed, at)
  diagnostics.push(...parsed.diagnostics)
  if (parsed.route) routes.push(parsed.route)
}

/** Inline code holding a request line. */
function inlineRequests(node: Nodes): InlineCode[] {
  if (node.type === 'inlineCode') return isRequestLine(node.value) ? [node] : []
  return 'children' in node ? node.children.flatMap((child) => inlineRequests(child as Nodes)) : []
}
