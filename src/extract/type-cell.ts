/**
 * Read a Type cell (or a type named in a sentence or annotation) into a `TypeRef`. Notations:
 *   String · string · Edm.String · String collection · Collection(String) · collection(string)
 *   [user](user.md) · [user](user.md) collection · Collection([x](x.md)) · [WorkbookChartFill](chartfill.md)
 *   microsoft.graph.externalConnectors.accessType · [calendarRoleType](#calendarroletype-values)
 *   string (readonly) · [microsoft.graph.callRecords.pstnCallLogRow collection](callrecords-pstncalllogrow.md)
 *   Collection of String · string list · Untyped JSON object · [DateTimeOffset](timestamp.md) · Timestamp · etag · Url
 *   String - optional · Int64 - required      (other teams: the type, a dash and a qualifier)
 *   (Optional) String                          (a qualifier in parentheses before the type)
 *   Nullable DateTimeOffset · List of strings · List<String> · Enum      (other teams' spellings)
 */
import type { Nodes } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, PrimitiveName, SourcePosition, TypeRef } from '../model.js'
import { cleanText, linksIn } from '../parse/inline-text.js'
import { writtenTypeName } from '../simple-name.js'
import { resolveLinkTarget } from './link-target.js'

export interface ReadType {
  type: TypeRef
  collection: boolean
  /** What a ` - qualifier` after the type or an `(Optional)` before it says, lower-cased (`optional`,
   *  `required`). */
  qualifier?: string
  /** A word after a linked type that the notation does not know (`[identity](…) collectionn`). */
  unread?: string
  /** The cell says the value may be null (`Nullable Long`). */
  nullable?: true
}

const PRIMITIVES: Record<string, PrimitiveName> = {
  string: 'String',
  str: 'String',
  boolean: 'Boolean',
  bool: 'Boolean',
  int16: 'Int16',
  int32: 'Int32',
  int: 'Int32',
  integer: 'Int32',
  int64: 'Int64',
  long: 'Int64',
  byte: 'Byte',
  sbyte: 'SByte',
  single: 'Single',
  float: 'Single',
  double: 'Double',
  number: 'Double',
  decimal: 'Decimal',
  guid: 'Guid',
  uuid: 'Guid',
  datetimeoffset: 'DateTimeOffset',
  // OData v4, the format of these services, has no Edm.DateTime: a `DateTime` is a DateTimeOffset.
  datetime: 'DateTimeOffset',
  date: 'Date',
  timeofday: 'TimeOfDay',
  duration: 'Duration',
  binary: 'Binary',
  stream: 'Stream',
  json: 'Json',
  object: 'Json',
  // Spellings of other teams' references (OneDrive: `Timestamp`, `etag`, `Url`, `Relative URL`).
  timestamp: 'DateTimeOffset',
  etag: 'String',
  url: 'String',
  'relative url': 'String',
  // An `Enum` cell names no type: the values travel as strings, the description lists them
  // (Defender for Endpoint: `|severity|Enum|… Possible values are: 'Low', 'Medium' and 'High'.|`).
  enum: 'String',
  // Nor does a `Class` cell: an object whose members the description tells (`relatedFileInfo`).
  class: 'Json',
}

/** The primitive a word names (`Edm.Int32`, `string`, `GUID`), if any. */
export function primitiveNamed(word: string): PrimitiveName | undefined {
  const key = word
    .trim()
    .replace(/^edm\./i, '')
    .toLowerCase()
  return Object.hasOwn(PRIMITIVES, key) ? PRIMITIVES[key] : undefined
}

const NAME = /^[A-Za-z_][\w.]*$/

/**
 * The linked types a Type cell offers, any of which the value may be, when it offers several:
 *   [organizerMeetingInfo](organizermeetinginfo.md) or [tokenMeetingInfo](tokenmeetinginfo.md)
 * (the cell is read as the first of them; the declared type is the one they share).
 */
export function alternativesIn(cell: Nodes, fromFile: string): TypeRef[] | undefined {
  const links = linksIn(cell)
  const offers =
    links.length > 1 &&
    / or /i.test(cleanText(cell)) &&
    links.every((link) => /^[\w.]+$/.test(cleanText(link).trim()))
  return offers ? links.map((link) => readTypeOf(link, cleanText(link), fromFile).type) : undefined
}

/** Read a type from a Type table cell (or any inline node holding one). */
export function readTypeCell(cell: Nodes, fromFile: string): ReadType {
  const written = cleanText(cell).replace(/\*\*/g, '').trim()
  const { text, qualifier } = leadingQualifier(written) ?? splitQualifier(written)
  const read = readTypeOf(cell, text, fromFile)
  return qualifier ? { ...read, qualifier } : read
}

/** `(Optional) String` → `String` qualified `optional` (today's chat-post.md: `|topic|(Optional) String|`). */
function leadingQualifier(text: string): { text: string; qualifier: string } | undefined {
  const match = /^\((optional|required)\)\s*/i.exec(text)
  return match ? { text: text.slice(match[0].length), qualifier: (match[1] ?? '').toLowerCase() } : undefined
}

/** `String - optional` → `String` qualified `optional`; a dash inside a name or link text is not one. */
function splitQualifier(text: string): { text: string; qualifier?: string } {
  // Read from where a qualifier can begin: the letters, spaces and hyphens that end the text, the
  // separator's spaces and dashes before them, and the character before those (on the whole text
  // the pattern tries every dash of a long cell against its end).
  let start = text.length
  while (start > 0 && /[A-Za-z -]/.test(text.charAt(start - 1))) start--
  while (start > 0 && /[\s\-–—]/.test(text.charAt(start - 1))) start--
  start = Math.max(0, start - 1)
  const match = /^(.*\S)\s+[-–—]\s+([A-Za-z][A-Za-z -]*)$/.exec(text.slice(start))
  // As on the whole text, the name before the qualifier is one line.
  if (!match || /[\n\r\u2028\u2029]/.test(text.slice(0, start))) return { text }
  return { text: text.slice(0, start) + (match[1] ?? ''), qualifier: (match[2] ?? '').trim().toLowerCase() }
}

function readTypeOf(cell: Nodes, text: string, fromFile: string): ReadType {
  const link = linksIn(cell)[0]
  const collection = isCollectionText(text)
  if (link) {
    const name = cleanText(link)
      .replace(/\*\*/g, '')
      .replace(/`/g, '')
      .replace(/(?<!\s)\s+collection$/i, '')
      .trim()
    const target = resolveLinkTarget(link.url, fromFile)
    // A primitive named by the link text, also where it links a page about the notation
    // (`[DateTimeOffset](timestamp.md)`); a page named after the text documents a type of that name
    // (`[Json](intune-mam-json.md)`).
    const primitive = primitiveNamed(name)
    const unread = wordAfterLink(text, cleanText(link))
    const read: ReadType =
      primitive && !(target && pageNamed(target, name))
        ? { type: { kind: 'primitive', name: primitive }, collection }
        : { type: target ? { kind: 'named', name, target } : { kind: 'named', name }, collection }
    return unread ? { ...read, unread } : read
  }
  return readTypeText(text)
}

/** A word after a linked type that the notation does not know is reported, and the type read without it. */
export function unreadWordFinding(
  read: ReadType,
  subject: string,
  position: SourcePosition,
): Diagnostic | undefined {
  if (read.unread === undefined) return undefined
  const name = writtenTypeName(read.type)
  return diagnostic(
    'unknown-type-notation',
    position,
    `Unexpected "${read.unread}" after the type of ${subject}, expected \`collection\` or nothing; read as a single ${name}`,
  )
}

/** What may follow a linked type: `collection`, or what the type is (`[itemAnalytics][] resource`). */
const KNOWN_AFTER_LINK = /^(?:collection|resources?|objects?|entit(?:y|ies))$/i

/**
 * The one word after the cell's link that is not of the notation (`collectionn`); prose around a
 * link ("The requested, derived type of [place](…)") and a list of links are not a notation.
 */
function wordAfterLink(text: string, linkText: string): string | undefined {
  const cellText = text.replace(/`/g, '')
  const shown = linkText.replace(/\*\*/g, '').replace(/`/g, '').trim()
  if (!cellText.startsWith(shown)) return undefined
  const rest = cellText.slice(shown.length).trim()
  return /^[A-Za-z]+$/.test(rest) && !KNOWN_AFTER_LINK.test(rest) ? rest : undefined
}

/** The linked page is named after `name` (`callrecords-endpoint.md` for `endpoint`), in any case. */
export function pageNamed(target: string, name: string): boolean {
  const page = target.replace(/#.*$/, '').replace(/\.md$/i, '')
  return page.slice(page.search(/[^/-]*$/)).toLowerCase() === name.toLowerCase()
}

/** Read a type from plain text (`String collection`, `Collection(microsoft.graph.user)`). */
export function readTypeText(raw: string): ReadType {
  // A remark after the type is not part of it: `string (readonly)`, `String (identifier)`. Here and
  // below, a suffix's space run is matched from its start only (`(?<!\s)`): the same match, tried
  // once per run, not once per space (a long run in a cell was quadratic).
  let text = raw
    .replace(/`/g, '')
    .replace(/(?<!\s)\s+\([^()]*\)$/, '')
    .trim()
  const nullable = /^nullable\s+/i.exec(text)
  if (nullable) text = text.slice(nullable[0].length)
  let collection = false
  // `array`: a collection of what the description tells.
  const wrapped =
    /^collection\((.*)\)$/i.exec(text) ??
    /^(?:collection|list) of\s+(.*)$/i.exec(text) ??
    /^(?:collection|list)\s*<(.*)>$/i.exec(text) ??
    /^array()$/i.exec(text)
  if (wrapped) {
    collection = true
    // `List of strings`: the plural of a primitive; `array` a collection of what the description tells.
    const item = (wrapped[1] ?? '').trim()
    text = item === '' && /^array$/i.test(text) ? 'Json' : singularPrimitive(item)
  }
  // `String collection`; other teams write `string list` (`Byte array` is no list of bytes: Binary).
  const suffixed = /^(.*?)(?<!\s)\s+(?:collection|list)$/i.exec(text)
  if (suffixed) {
    collection = true
    text = (suffixed[1] ?? '').trim()
  }
  // `Untyped JSON object` → `JSON`
  text = text
    .replace(/(?<!\s)\s+object$/i, '')
    .replace(/^untyped\s+/i, '')
    .trim()
  const read = readWrittenName(text, raw, collection)
  return nullable ? { ...read, nullable: true } : read
}

function readWrittenName(text: string, raw: string, collection: boolean): ReadType {
  const primitive = primitiveNamed(text)
  if (primitive) return { type: { kind: 'primitive', name: primitive }, collection }
  if (NAME.test(text)) return { type: { kind: 'named', name: text }, collection }
  return { type: { kind: 'unknown', text: raw.trim() }, collection }
}

function singularPrimitive(text: string): string {
  const singular = text.replace(/s$/i, '')
  return !primitiveNamed(text) && primitiveNamed(singular) ? singular : text
}

function isCollectionText(text: string): boolean {
  return /\bcollection\b/i.test(text) || /^collection\(/i.test(text)
}
