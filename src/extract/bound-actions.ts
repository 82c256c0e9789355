/**
 * Actions a resource page documents in prose, under `## Bound actions`, with no API page of their
 * own (Business Central's pages):
 *   ## Bound Actions
 *   The salesInvoice resource type offers a bound action called `post` which posts the corresponding salesInvoice batch.
 *   This is illustrated in the following example:
 *   `POST https://<server address>:<server API port>/<server instance name>/api/v2.0/companies({id})/salesInvoices({id})/Microsoft.NAV.post`
 *
 *   The response has no content; the response code is 204.
 * Each action a sentence names (`called \`post\``) with a request line after it (inline code or a
 * code block) is an operation of kind `action`: a POST, as an OData action is posted whatever
 * verb the line writes (`CANCELANDSEND https://…`, reported), answered with the status code the
 * prose after it states (without one, 204: no result is documented).
 */
import type { Code, InlineCode, Nodes, Paragraph } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, Draft, OperationDef, SourcePosition } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { parseRouteTemplate } from './route-template.js'

const BOUND_ACTIONS_TITLE = /^bound actions?$/i
/** `… offers a bound action called `post` …` */
const NAMED_ACTION = /\baction called$/i
/** A request line as prose writes it: a verb-like word, then a URL or a path. */
const WRITTEN_REQUEST = /^([A-Za-z]+)\s+((?:https?:\/\/|\/)\S.*)$/
const STATUS_CODE = /\b([1-5]\d\d)\b/

/** The operations of the page's `Bound actions` section, if it has one. */
export function extractBoundActions(page: Page, diagnostics: Diagnostic[]): OperationDef[] {
  const section = page.sections.find((each) => each.depth >= 2 && BOUND_ACTIONS_TITLE.test(each.title))
  if (!section) return []
  const base = page.file.replace(/^.*\//, '').replace(/\.md$/i, '')
  const operations: Draft<OperationDef>[] = []
  let current: Draft<OperationDef> | undefined
  let awaitingStatus = false
  const at = (node: Nodes): SourcePosition => ({
    file: page.file,
    line: node.position?.start.line ?? section.line,
    column: node.position?.start.column ?? 1,
  })
  const readRequest = (text: string, position: SourcePosition) => {
    const written = WRITTEN_REQUEST.exec(text.trim())
    if (!current || current.routes.length > 0 || !written) return
    const [, verb = '', target = ''] = written
    if (verb !== 'POST')
      diagnostics.push(
        diagnostic(
          'unparsable-route',
          position,
          `Unexpected \`${verb}\` for the bound action \`${current.title}\`, expected \`POST\` (an OData action is posted)`,
        ),
      )
    const parsed = parseRouteTemplate(`POST ${target}`, position)
    diagnostics.push(...parsed.diagnostics)
    if (parsed.route) {
      current.routes = [parsed.route]
      awaitingStatus = true
    }
  }
  for (const node of page.tree(section).children) {
    if (node.type === 'code') {
      readRequest((node as Code).value.split('\n')[0] ?? '', at(node))
      continue
    }
    if (node.type !== 'paragraph') continue
    const paragraph = node as Paragraph
    const named = namedAction(paragraph)
    if (named) {
      current = actionOperation(`${base}-${named.name}`, named.name, firstSentence(paragraph), at(named.code))
      operations.push(current)
      awaitingStatus = false
    }
    for (const code of paragraph.children.filter((child): child is InlineCode => child.type === 'inlineCode'))
      readRequest(code.value, at(code))
    const status = STATUS_CODE.exec(cleanText(paragraph))
    if (!named && awaitingStatus && current && status) {
      current.response = { ...current.response, status: Number(status[1]) }
      awaitingStatus = false
    }
  }
  return operations.filter((operation) => operation.routes.length > 0)
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
