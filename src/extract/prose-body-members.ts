/**
 * Body members that the `## Request body` prose documents where no table lists them:
 *   In the request body, specify the collection of ids of the risky service principals in a
 *   **servicePrincipalIds** property.
 * over the request example `{ "servicePrincipalIds": ["9089a539-…"] }`. Each bold name the page's
 * request example sends is a body parameter: the prose names the member, the example shows what it
 * holds. Where an action's prose names one, the example's object is the action's body, the members
 * the prose leaves unnamed too (today's bookingbusiness-getstaffavailability.md: "pass the list of
 * staff IDs along with two other parameters of [dateTimeTimeZone resource type](…) called
 * **startDateTime** and **endDateTime**" over `{ "staffIds": […], "startDateTime": {…},
 * "endDateTime": {…} }`). A member is typed from its value (`typeOfPlaceholder`: a collection of
 * strings for `staffIds`), an object that names no type by the one type the paragraph naming the
 * member links. None is required: the prose does not say so. Without them the call took no body,
 * and the client could not send the one the page shows.
 */
import type { Link, Nodes, Paragraph } from 'mdast'
import type { ExampleDef, OperationKind, ParameterDef, TypeRef } from '../model.js'
import { cleanText, linksIn } from '../parse/inline-text.js'
import { parseJson5 } from '../parse/json5-text.js'
import { exampleMemberPosition } from './examples.js'
import { typeOfPlaceholder } from './json-representation.js'
import { isResourceTarget, resolveLinkTarget } from './link-target.js'

/** A wire name (`servicePrincipalIds`), not bold prose (`**Note:**`). */
const MEMBER_NAME = /^[A-Za-z_][\w.@]*$/

/** A link's text naming a type: `dateTimeTimeZone`, or `dateTimeTimeZone resource type`. */
const TYPE_LINK_TEXT = /^([A-Za-z_][\w.]*)( resource type)?$/i

interface Sent {
  value: unknown
  /** The request example that sends it first. */
  example: ExampleDef
}

export function proseBodyMembers(
  paragraphs: readonly Paragraph[],
  examples: readonly ExampleDef[],
  kind: OperationKind,
  file: string,
): ParameterDef[] {
  const named = paragraphs.map((paragraph) => ({ paragraph, names: boldNames(paragraph) }))
  // Read only for a page whose body prose has bold names (most pages' say "Do not supply …").
  if (named.every(({ names }) => names.length === 0)) return []
  const sent = sentMembers(examples)
  const namedIn = (name: string) => named.find(({ names }) => names.includes(name))?.paragraph
  const wholeObject = kind === 'action' && [...sent.keys()].some(namedIn)
  const members: ParameterDef[] = []
  for (const [name, { value, example }] of sent) {
    const paragraph = namedIn(name)
    if (!paragraph && !wholeObject) continue
    const typed = typeOfPlaceholder(value) ?? (paragraph && linkedObject(value, paragraph, file))
    if (!typed) continue
    members.push({
      name,
      in: 'body',
      ...typed,
      required: false,
      description: paragraph ? cleanText(paragraph) : '',
      position: paragraph
        ? { file, line: paragraph.position?.start.line ?? 1, column: 1 }
        : exampleMemberPosition(example, name),
    })
  }
  return members
}

/** The bold words of a paragraph that could name a member. */
function boldNames(node: Nodes): string[] {
  if (node.type === 'strong') {
    const text = cleanText(node)
    return MEMBER_NAME.test(text) ? [text] : []
  }
  return 'children' in node ? node.children.flatMap((child) => boldNames(child as Nodes)) : []
}

/** The members the request examples' JSON object bodies send, each with its first value. */
function sentMembers(examples: readonly ExampleDef[]): Map<string, Sent> {
  const sent = new Map<string, Sent>()
  for (const example of examples) {
    if (example.kind !== 'request' || !example.bodyText?.trim().startsWith('{')) continue
    let body: unknown
    try {
      body = parseJson5(example.bodyText)
    } catch {
      continue // a body that is not JSON is the check's finding (invalid-json)
    }
    for (const [name, value] of Object.entries(body as Record<string, unknown>))
      if (!sent.has(name)) sent.set(name, { value, example })
  }
  return sent
}

/** An object (or array of objects) that names no type, typed by the one type `paragraph` links. */
function linkedObject(
  value: unknown,
  paragraph: Paragraph,
  file: string,
): { type: TypeRef; collection: boolean } | undefined {
  const collection = Array.isArray(value)
  const item: unknown = collection ? value[0] : value
  if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined
  const [type, ...others] = linksIn(paragraph).flatMap((link) => linkedType(link, file) ?? [])
  return type && others.length === 0 ? { type, collection } : undefined
}

/**
 * The type a link names: a resource page's (`[dateTimeTimeZone](../resources/datetimetimezone.md)`),
 * or one its text calls a type (`[dateTimeTimeZone resource type](/graph/resources/datetimetimezone)`,
 * a URL of the docs' site, no page of the folder: link finds the type by its name).
 */
function linkedType(link: Link, file: string): TypeRef | undefined {
  const [, name, calledType] = TYPE_LINK_TEXT.exec(cleanText(link).replace(/`/g, '').trim()) ?? []
  const target = resolveLinkTarget(link.url, file)
  if (!name || !(calledType || isResourceTarget(target))) return undefined
  return { kind: 'named', name, ...(target && { target }) }
}
