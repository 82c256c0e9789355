/**
 * Body members that only the `## Request body` prose names, in bold, where no table lists them:
 *   In the request body, specify the collection of ids of the risky service principals in a
 *   **servicePrincipalIds** property.
 * over the request example `{ "servicePrincipalIds": ["9089a539-…"] }`. Each bold name the page's
 * request example sends is a body parameter, typed from the example's value (a collection of
 * strings here): the prose names the member, the example shows what it holds. Without them the
 * call took no body, and the client could not send the one the page shows.
 */
import type { Nodes, Paragraph } from 'mdast'
import type { ExampleDef, ParameterDef } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import { parseJson5 } from '../parse/json5-text.js'
import { typeOfPlaceholder } from './json-representation.js'

/** A wire name (`servicePrincipalIds`), not bold prose (`**Note:**`). */
const MEMBER_NAME = /^[A-Za-z_][\w.@]*$/

export function proseBodyMembers(
  paragraphs: readonly Paragraph[],
  examples: readonly ExampleDef[],
  file: string,
): ParameterDef[] {
  // Read only for a page whose body prose has bold names (most pages' say "Do not supply …").
  let sent: Map<string, unknown> | undefined
  const members: ParameterDef[] = []
  for (const paragraph of paragraphs)
    for (const name of boldNames(paragraph)) {
      sent ??= sentMembers(examples)
      const typed = sent.has(name) ? typeOfPlaceholder(sent.get(name)) : undefined
      if (!typed || members.some((member) => member.name === name)) continue
      members.push({
        name,
        in: 'body',
        ...typed,
        required: false,
        description: cleanText(paragraph),
        position: { file, line: paragraph.position?.start.line ?? 1, column: 1 },
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

/** The members the request examples' JSON object bodies send, the first value of each name. */
function sentMembers(examples: readonly ExampleDef[]): Map<string, unknown> {
  const sent = new Map<string, unknown>()
  for (const example of examples) {
    if (example.kind !== 'request' || !example.bodyText?.trim().startsWith('{')) continue
    let body: unknown
    try {
      body = parseJson5(example.bodyText)
    } catch {
      continue // a body that is not JSON is the check's finding (invalid-json)
    }
    for (const [name, value] of Object.entries(body as Record<string, unknown>))
      if (!sent.has(name)) sent.set(name, value)
  }
  return sent
}
