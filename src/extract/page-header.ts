/**
 * The head of a page: H1, `Namespace:` line, description, and an inheritance sentence.
 *   # user resource type
 *   Namespace: microsoft.graph
 *   Represents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).
 * A base page may list its derived types in a table of their own section, each row led by its link:
 *   ## Derived types
 *   | Type                                              | Description                                |
 *   | [organizerMeetingInfo](./organizermeetinginfo.md) | Details about the organizer of the meeting |
 */
import type { List, Nodes, Paragraph, Table } from 'mdast'
import type { SourcePosition, TypeRef } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { matchesTitle, type Section } from '../parse/sections.js'
import { type ReadType, readTypeCell } from './type-cell.js'

export interface PageHeader {
  title: string
  section?: Section
  namespace?: string
  description: string
  inheritsFrom?: ReadType & { position: SourcePosition }
  /** The types a sentence of the header names as derived from this page's type. */
  derivedTypes?: TypeRef[]
  /** A sentence of the header (or an alert there) says the page's type is abstract. */
  abstract?: boolean
  /** A sentence of the header says the page's type is an open type. */
  openType?: boolean
  position: SourcePosition
}

const NAMESPACE_LINE = /^Namespace:\s*([\w.]+)\s*$/im
// "Inherits from [x]", "Inherited from [x] entity", "inherits from the [x] resource type",
// "Inherits from base class [identityUserFlow](identityuserflow.md).",
// "A subclass of [educationResource](educationresource.md)."
const INHERITS =
  /\b(?:(?:inherits|inherited|derived|derives)\s+from|subclass\s+of)\s+(?:the\s+)?(?:base\s+(?:class|type)\s+)?$/i
// Under other headings only "derived from" and the like: there "[a] is a subclass of [b]" is as
// likely a remark about other types.
const INHERITS_ELSEWHERE =
  /\b(?:inherits|inherited|derived|derives)\s+from\s+(?:the\s+)?(?:base\s+(?:class|type)\s+)?$/i
const INHERITS_ANYWHERE = /\b(?:inherits|inherited|derived|derives)\s+from\b/i
// A base page naming its derived types: "Base type of [a](…), [b](…), and [c](…).", "A base class
// for [a](…) …", "Base class for operation types such as [a](…)", "The derived types are [a](…), …",
// "an abstract type that is inherited by [a](…) …", or after them: "The [a](…) and [b](…) types
// inherit from this type." (a stray `)` after the last link tolerated), "[a](…) and [b](…) resources are
// subclasses of this superclass.", or as a list after "The
// following derived types are supported:", each item led by its link.
// The words between "base class for" and the links name what they are ("operation types such as"),
// never where the links stand: "a base class for apply actions in the [accessReviewScheduleSettings](…)"
// names no derived type.
const DERIVED_AFTER =
  /\b(?:base\s+(?:type|class)\s+(?:of|for)(?:\s+(?!(?:in|of|on|at|within|to|from|under|by)\b)[\w-]+){0,3}?(?:\s+such\s+as)?|derived\s+types\s+(?:are|include)|inherited\s+by)\s+(?:the\s+)?$/i
const DERIVED_BEFORE =
  /^\)?\s+(?:resource\s+)?(?:types?|resources?)\s+(?:(?:inherit|derive)\s+from|are\s+subclasses\s+of)\s+(?:this|it)\b/i
// The page's type called abstract, as a sentence's subject or predicate: "This resource is an abstract
// type.", "> [!TIP] This is an abstract type and can't be used directly.", "Represents an abstract base
// type for a virtual event.", "An abstract type that represents a schedule change request.", "It is an
// abstract type that is inherited by [a](…)", "An IP range abstract type from which [a](…) … are
// derived.", "The type is an abstract type.", a sentence led by the words alone: "Abstract base type
// for Bookings customers.", or as what others derive from: "The following types are derived from this
// abstract type:". Not "… derived from the [extension](extension.md) abstract type" (another type's).
const ABSTRACT_SENTENCE =
  /(?:(?:^|[.!?\]]\s+)(?:(?:(?:(?:this|it)(?:\s+\w+)?|the\s+(?:type|resource|entity))\s+is\s+|represents\s+)?an?\s+(?:[\w-]+\s+){0,3}?)?|\bthis\s+)abstract\s+(?:base\s+)?(?:type|class|resource|entity)\b/i
// The page's type called open: "This is an _open type_ that represents …" (callRecords'
// feedbackTokenSet), "It is an Open Type.", "This type is an open type."
const OPEN_TYPE_SENTENCE = /(?:^|[.!?]\s+)(?:this|it)(?:\s+\w+)?\s+is\s+an\s+open\s+type\b/i
const NAMESPACE_PREFIX = /^Namespace:\s*[\w.]+\s*/i
// What may stand between two links of one list: `, `, ` and `, `, and `, ` or `. The spaces after
// a comma are their own run (`\s*,?\s*` split one run in every way: quadratic on a long one).
const LIST_SEPARATOR = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/i

/** The namespace the page's `Namespace:` line (under its H1) names, if it has one. */
export function pageNamespace(page: Page): string | undefined {
  const section = page.sections.find((s) => s.depth === 1)
  return NAMESPACE_LINE.exec(section?.text ?? page.sections[0]?.text ?? '')?.[1]
}

/** The page's H1, else the title its front matter gives. */
export function pageTitle(page: Page): string {
  const section = page.sections.find((s) => s.depth === 1)
  return section?.title ?? stringField(page.frontMatter.title)
}

export function readPageHeader(page: Page): PageHeader {
  const section = page.sections.find((s) => s.depth === 1)
  const namespace = pageNamespace(page)
  const header: PageHeader = {
    title: pageTitle(page),
    description: '',
    position: page.at(section?.line ?? 1),
  }
  if (section) header.section = section
  if (namespace) header.namespace = namespace
  if (!section) return header
  const children = page.tree(section).children
  for (const [index, node] of children.entries()) {
    if (node.type === 'blockquote' && ABSTRACT_SENTENCE.test(cleanText(node))) header.abstract = true
    if (node.type !== 'paragraph') continue
    const text = cleanText(node)
    // Its first sentence starts after a `Namespace:` line written in the same paragraph.
    const sentences = text.replace(NAMESPACE_PREFIX, '')
    if (ABSTRACT_SENTENCE.test(sentences)) header.abstract = true
    if (OPEN_TYPE_SENTENCE.test(sentences)) header.openType = true
    const inherits = inheritedType(node, page.file)
    if (inherits && !header.inheritsFrom) header.inheritsFrom = inherits
    const list = children[index + 1]
    const derived = [
      ...derivedTypesNamed(node, page.file),
      ...(list?.type === 'list' && introducesDerivedList(text) ? listedTypes(list, page.file) : []),
    ]
    if (derived.length > 0) header.derivedTypes = [...(header.derivedTypes ?? []), ...derived]
    const body = leadProseText(node)
    if (!header.description && body && !/^Inherits from\b/i.test(body)) header.description = body
  }
  // A `## Derived types` table names derived types too. Other references say "derived from" under
  // another heading: "The **driveItem** resource is derived from [**baseItem**](baseitem.md)" in
  // `## JSON representation`.
  for (const other of page.sections) {
    if (other.depth < 2) continue
    if (matchesTitle(other, 'derived types'))
      for (const node of page.tree(other).children)
        if (node.type === 'table')
          header.derivedTypes = [...(header.derivedTypes ?? []), ...rowTypes(node, page.file)]
    if (
      header.inheritsFrom ||
      /^(examples?|see also)\b/i.test(other.title) ||
      !INHERITS_ANYWHERE.test(other.text)
    )
      continue
    for (const node of page.tree(other).children) {
      if (node.type !== 'paragraph') continue
      const inherits = inheritedType(node, page.file, INHERITS_ELSEWHERE)
      if (inherits) {
        header.inheritsFrom = inherits
        break
      }
    }
  }
  return header
}

/**
 * A paragraph under the H1 (`text`: its text after the `Namespace:` line) that may describe the
 * page: not an include (`[!INCLUDE …]`, `[!include[…](…)]`),
 * not a bold label for the list that follows (`**Applies to:**`).
 */
function isLeadProse(paragraph: Paragraph, text: string): boolean {
  if (/^\[!include/i.test(text)) return false
  const [only, ...rest] = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  )
  return !(rest.length === 0 && only?.type === 'strong' && /:\s*$/.test(cleanText(only)))
}

/** What a paragraph under the H1 says of the page: its text after the `Namespace:` line it may
 *  start with; '' where it is not lead prose (`isLeadProse`) or the namespace line alone. API pages
 *  and resource pages read their description by it alike. */
export function leadProseText(paragraph: Paragraph): string {
  const text = cleanText(paragraph).replace(NAMESPACE_PREFIX, '').trim()
  return isLeadProse(paragraph, text) ? text : ''
}

/** The type linked right after "Inherits from" / "derived from" (`phrase`) in a paragraph. */
function inheritedType(
  paragraph: Paragraph,
  file: string,
  phrase: RegExp = INHERITS,
): (ReadType & { position: SourcePosition }) | undefined {
  const children = paragraph.children as Nodes[]
  for (let i = 1; i < children.length; i++) {
    const node = children[i] as Nodes
    const before = children[i - 1] as Nodes
    if (node.type === 'link' && before.type === 'text' && phrase.test(before.value)) {
      const read = readTypeCell(node, file)
      const start = node.position?.start
      const position = { file, line: start?.line ?? 1, column: start?.column ?? 1 }
      return read.type.kind === 'named' ? { ...read, position } : undefined
    }
  }
  return undefined
}

/** The types a paragraph lists as derived from the page's type (`DERIVED_AFTER`, `DERIVED_BEFORE`). */
function derivedTypesNamed(paragraph: Paragraph, file: string): TypeRef[] {
  const children = paragraph.children as Nodes[]
  const textAt = (index: number) => {
    const node = children[index]
    return node?.type === 'text' ? node.value : ''
  }
  const found: TypeRef[] = []
  for (let start = 0; start < children.length; start++) {
    if (children[start]?.type !== 'link') continue
    // The run of links from `start` on, separated by list punctuation only.
    let end = start
    while (children[end + 2]?.type === 'link' && LIST_SEPARATOR.test(textAt(end + 1))) end += 2
    const listed = DERIVED_AFTER.test(textAt(start - 1)) || DERIVED_BEFORE.test(textAt(end + 1))
    if (listed)
      for (let at = start; at <= end; at += 2) {
        const read = readTypeCell(children[at] as Nodes, file)
        if (read.type.kind === 'named') found.push(read.type)
      }
    start = end
  }
  return found
}

/** The link that leads each body row of a table of derived types. */
function rowTypes(table: Table, file: string): TypeRef[] {
  return table.children.slice(1).flatMap((row) =>
    linkedType(
      row.children[0]?.children.find((node) => node.type === 'link'),
      file,
    ),
  )
}

/** The link that leads each item of a list of derived types. */
function listedTypes(list: List, file: string): TypeRef[] {
  return list.children.flatMap((item) => {
    const first = item.children[0]
    return linkedType(first?.type === 'paragraph' ? first.children[0] : undefined, file)
  })
}

/** The type a leading link names, if it is a link naming one. */
function linkedType(node: Nodes | undefined, file: string): TypeRef[] {
  const read = node?.type === 'link' ? readTypeCell(node, file) : undefined
  return read?.type.kind === 'named' ? [read.type] : []
}

export function stringField(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/** A sentence ending in a colon whose clause names the following derived types ("… the following
 *  derived types:"); its clause is read from the last period or colon before (a pattern scanning
 *  on from every mention to the end is quadratic in the mentions). */
function introducesDerivedList(text: string): boolean {
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith(':')) return false
  const clause = trimmed.slice(0, -1)
  const from = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(':')) + 1
  return /\bfollowing\s+derived\s+types\b/i.test(clause.slice(from))
}
