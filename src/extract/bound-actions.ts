/**
 * Actions a resource page documents in prose, under `## Bound actions`, with no API page of their
 * own (Business Central's pages):
 *   ## Bound Actions
 *   The salesInvoice resource type offers a bound action called `post` which posts the corresponding salesInvoice batch.
 *   This is illustrated in the following example:
 *   `POST https://<server address>:<server API port>/<server instance name>/api/v2.0/companies({id})/salesInvoices({id})/Microsoft.NAV.post`
 *
 *   The response has no content; the response code is 204.
 * Each action a sentence names (`called \`post\``) with a request line in that paragraph or the
 * block after it (inline code or a code block) is an operation of kind `action`: a POST, as an
 * OData action is posted whatever verb the line writes (`CANCELANDSEND https://…`, reported),
 * answered with the status code the prose after the line states ("the response code is 204";
 * without one, 204: no result is documented). An action named twice gets an id of its own each time.
 */
import type { Code, InlineCode, Nodes, Paragraph } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, Draft, OperationDef, RouteTemplate, SourcePosition } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { parseRouteTemplate } from './route-template.js'

const BOUND_ACTIONS_TITLE = /^bound actions?$/i
/** `… offers a bound action called `post` …` */
const NAMED_ACTION = /\baction called$/i
/** A request line as prose writes it: a verb-like word, then a URL or a path. */
const WRITTEN_REQUEST = /^([A-Za-z]+)\s+((?:https?:\/\/|\/)\S.*)$/
/** A status the prose states: "the response code is 204", "returns `200 OK`". */
const STATED_STATUS =
  /\b(?:response|status) code (?:is|of) `?([1-5]\d\d)\b|\b([1-5]\d\d) (?:OK|Created|Accepted|No Content)\b/i

/** The operations of the page's `Bound actions` section, if it has one. */
export function extractBoundActions(page: Page, diagnostics: Diagnostic[]): OperationDef[] {
  const section = page.sections.find((each) => each.depth >= 2 && BOUND_ACTIONS_TITLE.test(each.title))
  if (!section) return []
  const base = page.file.replace(/^.*\//, '').replace(/\.md$/i, '')
  const operations: Draft<OperationDef>[] = []
  const named = new Map<string, number>()
  /** The action being read, and the blocks read since the paragraph that names it. */
  let current: { operation: Draft<OperationDef>; blocks: number; answered?: true } | undefined
  for (const node of page.tree(section).children) {
    if (node.type !== 'paragraph' && node.type !== 'code') continue
    const name = node.type === 'paragraph' ? namedAction(node) : undefined
    if (name) {
      // One id per action, whatever the section repeats.
      const count = (named.get(name.name) ?? 0) + 1
      named.set(name.name, count)
      const id = count === 1 ? `${base}-${name.name}` : `${base}-${name.name}-${count}`
      current = {
        operation: actionOperation(id, name.name, firstSentence(node as Paragraph), at(page, name.code)),
        blocks: 0,
      }
      operations.push(current.operation)
    } else if (current) current.blocks++
    if (!current) continue
    const { operation } = current
    if (operation.routes.length === 0) {
      // Its request line: in the paragraph that names it, or in the block right after.
      const request = current.blocks <= 1 ? writtenRequest(node) : undefined
      if (request)
        operation.routes = readRoute(request.text, at(page, request.node), operation.title, diagnostics)
      continue
    }
    const status = current.answered ? undefined : STATED_STATUS.exec(cleanText(node))
    if (status) {
      operation.response = { ...operation.response, status: Number(status[1] ?? status[2]) }
      current.answered = true
    }
  }
  return operations.filter((operation) => operation.routes.length > 0)
}

/** The request line a paragraph (as inline code) or a code block (its first line) writes. */
function writtenRequest(node: Nodes): { text: string; node: Nodes } | undefined {
  if (node.type === 'code') {
    const text = (node as Code).value.split('\n')[0] ?? ''
    return WRITTEN_REQUEST.test(text.trim()) ? { text, node } : undefined
  }
  if (node.type !== 'paragraph') return undefined
  const code = (node as Paragraph).children.find(
    (child): child is InlineCode => child.type === 'inlineCode' && WRITTEN_REQUEST.test(child.value.trim()),
  )
  return code && { text: code.value, node: code }
}

/** The action's route: POSTed to the line's path, another verb reported. */
function readRoute(
  text: string,
  position: SourcePosition,
  action: string,
  diagnostics: Diagnostic[],
): RouteTemplate[] {
  const [, verb = '', target = ''] = WRITTEN_REQUEST.exec(text.trim()) ?? []
  if (verb !== 'POST')
    diagnostics.push(
      diagnostic(
        'unparsable-route',
        position,
        `Unexpected \`${verb}\` for the bound action \`${action}\`, expected \`POST\` (an OData action is posted)`,
      ),
    )
  const parsed = parseRouteTemplate(`POST ${target}`, position)
  diagnostics.push(...parsed.diagnostics)
  return parsed.route ? [parsed.route] : []
}

function at(page: Page, node: Nodes): SourcePosition {
  return { file: page.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

/** The action a paragraph names: the inline code right after "… action called". */
function namedAction(paragraph: Paragraph): { name: string; code: InlineCode } | undefined {
  const children = paragraph.children
  for (let index = 1; index < children.length; index++) {
    const code = children[index]
    const before = children[index - 1]
    if (code?.type === 'inlineCode' && before?.type === 'text' && NAMED_ACTION.test(before.value.trimEnd()))
      return { name: code.value.trim(), code }
  }
  return undefined
}

/** The paragraph's first sentence: what the action does (the example follows it). */
function firstSentence(paragraph: Paragraph): string {
  const text = cleanText(paragraph)
  return /^.*?\.(?=\s|$)/s.exec(text)?.[0] ?? text
}

function actionOperation(
  id: string,
  name: string,
  description: string,
  position: SourcePosition,
): Draft<OperationDef> {
  return {
    id,
    file: position.file,
    title: name,
    description,
    kind: 'action',
    routes: [],
    parameters: [],
    response: { status: 204, collection: false, source: 'none' },
    queryOptions: [],
    permissions: [],
    examples: [],
    position,
  }
}
