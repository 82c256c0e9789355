/**
 * The head of a page: H1, `Namespace:` line, description, and an inheritance sentence.
 *   # user resource type
 *   Namespace: microsoft.graph
 *   Represents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).
 */
import type { Nodes, Paragraph } from 'mdast'
import type { SourcePosition } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import type { Section } from '../parse/sections.js'
import { type ReadType, readTypeCell } from './type-cell.js'

export interface PageHeader {
  title: string
  section?: Section
  namespace?: string
  description: string
  inheritsFrom?: ReadType & { position: SourcePosition }
  position: SourcePosition
}

const NAMESPACE_LINE = /^Namespace:\s*([\w.]+)\s*$/im
// "Inherits from [x]", "Inherited from [x] entity", "inherits from the [x] resource type"
const INHERITS = /\b(?:inherits|inherited|derived|derives)\s+from\s+(?:the\s+)?$/i
const INHERITS_ANYWHERE = /\b(?:inherits|inherited|derived|derives)\s+from\b/i

export function readPageHeader(page: Page): PageHeader {
  const section = page.sections.find((s) => s.depth === 1)
  const namespace = NAMESPACE_LINE.exec(section?.text ?? page.sections[0]?.text ?? '')?.[1]
  const header: PageHeader = {
    title: section?.title ?? stringField(page.frontMatter.title),
    description: '',
    position: page.at(section?.line ?? 1),
  }
  if (section) header.section = section
  if (namespace) header.namespace = namespace
  if (!section) return header
  for (const node of page.tree(section).children) {
    if (node.type !== 'paragraph') continue
    const text = cleanText(node)
    const inherits = inheritedType(node, page.file)
    if (inherits && !header.inheritsFrom) header.inheritsFrom = inherits
    const body = text.replace(/^Namespace:\s*[\w.]+\s*/i, '').trim()
    if (!header.description && body && !body.startsWith('[!INCLUDE') && !/^Inherits from\b/i.test(body))
      header.description = body
  }
  // Other references say it under another heading: "The **driveItem** resource is derived from
  // [**baseItem**](baseitem.md)" in `## JSON representation`.
  for (const other of page.sections) {
    if (header.inheritsFrom) break
    if (other === section || other.depth < 2 || /^(examples?|see also)\b/i.test(other.title)) continue
    if (!INHERITS_ANYWHERE.test(other.text)) continue
    for (const node of page.tree(other).children) {
      if (node.type !== 'paragraph') continue
      const inherits = inheritedType(node, page.file)
      if (inherits) {
        header.inheritsFrom = inherits
        break
      }
    }
  }
  return header
}

/** The type linked right after "Inherits from" / "derived from" in a paragraph. */
function inheritedType(
  paragraph: Paragraph,
  file: string,
): (ReadType & { position: SourcePosition }) | undefined {
  const children = paragraph.children as Nodes[]
  for (let i = 1; i < children.length; i++) {
    const node = children[i] as Nodes
    const before = children[i - 1] as Nodes
    if (node.type === 'link' && before.type === 'text' && INHERITS.test(before.value)) {
      const read = readTypeCell(node, file)
      const start = node.position?.start
      const position = { file, line: start?.line ?? 1, column: start?.column ?? 1 }
      return read.type.kind === 'named' ? { ...read, position } : undefined
    }
  }
  return undefined
}

export function stringField(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}
