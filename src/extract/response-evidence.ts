/**
 * What each kind of evidence says an operation returns (`response-section.ts` weighs them): the
 * Response sentence, the response example's annotation and the response example's body.
 */
import type { Link, Nodes, Paragraph, PhrasingContent } from 'mdast'
import { ROOT_ENTITY } from '../format-defaults.js'
import type { ExampleDef, SourcePosition, TypeRef } from '../model.js'
import { cleanText, inlineText } from '../parse/inline-text.js'
import type { ExampleReads } from '../shape/examples.js'
import { isResourceTarget, resolveLinkTarget } from './link-target.js'
import { primitiveNamed, type ReadType, readTypeText } from './type-cell.js'

export interface Evidence extends ReadType {
  position?: SourcePosition
  /** The annotation says whether it is a collection (`Collection(…)`, `isCollection`). */
  statesCollection?: boolean
  /** Each type a sentence offers, where it offers several: `a [standardWebPart](…) or [textWebPart](…) object`. */
  offered?: TypeRef[]
  /** The members of a body shown as one object (no `"value"`), annotations aside, where it has
   *  some: whether it shows the response type, and so is evidence of one value, only link can tell. */
  members?: string[]
}

/**
 * The type a Response sentence names: the first link to a resource page (its text the name, perhaps
 * followed by `resource`/`object`: `a [Drive resource][drive-resource]`), or a primitive word before
 * `in the response body` (perhaps with the value it is: `a Boolean value \`true\` in the response body`),
 * with `collection of` / `list of` / `… collection` marking a collection.
 */
const LINK_TEXT = /^([A-Za-z_][\w.]*)(?:\s+(resources?|objects?|entit(?:y|ies)))?$/i
const PRIMITIVE_IN_BODY =
  /\b(?:Edm\.)?([A-Za-z][A-Za-z0-9]*)(\s+collection)?(?:\s+(?:objects?|values?)(?:\s+`?(?:true|false|-?\d+(?:\.\d+)?)`?)?)?\s+in the response body/i
/** Or a primitive's value, not said to be in the body: "returns a `200 OK` response code and a
 *  Boolean value that specifies the publishing status" (today's contenttype-ispublished.md). */
const PRIMITIVE_VALUE = /\ban? (?:Edm\.)?([A-Za-z][A-Za-z0-9]*)(\s+collection)? values?\b/i

export function readResponseSentence(paragraph: Paragraph, file: string): Evidence | undefined {
  const children = paragraph.children
  for (const [index, child] of children.entries()) {
    if (child.type !== 'link') continue
    const target = resolveLinkTarget(child.url, file)
    // The link text is the type's name, or its name and what it is: `[Drive resource][drive-resource]`.
    const [, name = '', noun] = LINK_TEXT.exec(cleanText(child).replace(/`/g, '')) ?? []
    if (target === undefined || name === '') continue
    const before = children.slice(0, index).map(phrasingText).join('')
    const after = children
      .slice(index + 1)
      .map(phrasingText)
      .join('')
    // A link outside `resources/` names a type where the sentence calls it one (Defender for
    // Endpoint keeps resource and API pages in one folder): `a collection of [machineAction](…) entities`.
    const calledType = noun !== undefined || /^\s*(?:entit(?:y|ies)|objects?|resources?)\b/i.test(after)
    if (!isResourceTarget(target) && !calledType) continue
    // `a collection of [x](…)` · `a collection of derivatives of [x](…)` · `[x](…) collection` ·
    // `the requested [x](…) objects` (plural)
    const collection =
      noun?.endsWith('s') === true ||
      /\b(collection|list|array) of(?:\s+(?:derivatives|instances|subtypes) of)?\s*$/i.test(before) ||
      /^\s*(collection|objects|resources|entities)\b/i.test(after)
    const type: TypeRef = { kind: 'named', name, target }
    const others = offeredAfter(children.slice(index + 1), file)
    const offered = others.length > 0 ? { offered: [type, ...others] } : {}
    return { type, collection, position: linkPosition(child, file), ...offered }
  }
  const text = cleanText(paragraph)
  const match = PRIMITIVE_IN_BODY.exec(text) ?? PRIMITIVE_VALUE.exec(text)
  const primitive = match ? primitiveNamed(match[1] ?? '') : undefined
  if (!primitive || !match) return undefined
  const collection = match[2] !== undefined || /\bcollection of\s+$/i.test(text.slice(0, match.index))
  const start = paragraph.position?.start
  return {
    type: { kind: 'primitive', name: primitive },
    collection,
    position: { file, line: start?.line ?? 1, column: start?.column ?? 1 },
  }
}

/** The types of the resource links that follow a sentence's first as others it may return:
 *  `[standardWebPart](…) or [textWebPart](…)` · `[a](…), [b](…), or [c](…)`. */
function offeredAfter(rest: readonly PhrasingContent[], file: string): TypeRef[] {
  const offered: TypeRef[] = []
  for (let at = 0; at + 1 < rest.length; at += 2) {
    const [between, link] = [rest[at], rest[at + 1]]
    if (between?.type !== 'text' || !/^\s*(?:,\s*or|,|or)\s+$/.test(between.value)) break
    if (link?.type !== 'link') break
    const target = resolveLinkTarget(link.url, file)
    const [, name = ''] = LINK_TEXT.exec(cleanText(link).replace(/`/g, '')) ?? []
    if (target === undefined || name === '' || !isResourceTarget(target)) break
    offered.push({ kind: 'named', name, target })
  }
  return offered
}

/** `"@odata.type": "Collection(microsoft.graph.x)"` or `"microsoft.graph.x"` with `"isCollection": true`. */
export function readResponseAnnotation(example: ExampleDef): Evidence | undefined {
  const written = odataType(example)
  if (written === undefined) return undefined
  const read = readTypeText(written.replace(/^#/, ''))
  const { collection, stated } = annotatedCollection(example, read.collection)
  return { type: read.type, collection, position: example.position, statesCollection: stated }
}

/**
 * Whether a response annotation's type names no particular type, a placeholder pages copy:
 * `Edm.String`, or the format's root entity, which every keyed type derives from (today's
 * authenticationmethod-resetpassword.md annotates `"@odata.type": "microsoft.graph.entity"` beside
 * "a [passwordResetResponse](…) in the response body").
 */
export function namesNoType(type: TypeRef): boolean {
  if (type.kind === 'named') return type.name.toLowerCase() === ROOT_ENTITY.toLowerCase()
  return type.kind === 'primitive' && type.name === 'String'
}

/** What a response annotation says of collection-ness, its type written `Collection(…)`
 *  (`typeCollection`) or its `"isCollection"`; `stated` is false where it says neither (then the
 *  operation's vote of sentence and example decides). */
export function annotatedCollection(
  example: ExampleDef,
  typeCollection: boolean,
): { collection: boolean; stated: boolean } {
  const isCollection = example.annotation?.isCollection
  return {
    collection: typeCollection || isCollection === true || isCollection === 'true',
    stated: typeCollection || isCollection !== undefined,
  }
}

/** Evidence from a response body (as `reads` reads it); `undefined` when the body is absent or
 *  not JSON. */
export function readResponseBody(example: ExampleDef, reads: ExampleReads): Evidence | undefined {
  const read = readBody(example, reads)
  return read && { ...read, position: example.position }
}

function readBody(example: ExampleDef, reads: ExampleReads): Evidence | undefined {
  const parsed = reads.of(example).body
  if (parsed.kind !== 'json') return undefined
  const body = parsed.value
  if (!isObject(body)) return undefined
  const unknown = { kind: 'unknown', text: '' } as const
  if ('value' in body) {
    const value = body.value
    if (Array.isArray(value)) {
      const first: unknown = value[0]
      return { type: isObject(first) ? typeOfObject(first) : primitiveOfValue(first), collection: true }
    }
    if (isObject(value)) return { type: typeOfObject(value), collection: false }
    return { type: primitiveOfValue(value), collection: false }
  }
  const type = '@odata.type' in body ? typeOfObject(body) : unknown
  const members = Object.keys(body).filter((member) => !member.includes('@'))
  return { type, collection: false, ...(members.length > 0 && { members }) }
}

/**
 * The type a response body's `@odata.context` names after `$metadata#`, where it names one:
 *   "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordResetResponse"
 * (or `#Collection(microsoft.graph.x)`, `#Edm.String`); an entity set or a path (`#users/$entity`,
 * `#users('1')/messages`) names none.
 */
export function readContextType(example: ExampleDef, reads: ExampleReads): TypeRef | undefined {
  const parsed = reads.of(example).body
  if (parsed.kind !== 'json' || !isObject(parsed.value)) return undefined
  const context = parsed.value['@odata.context']
  if (typeof context !== 'string') return undefined
  const [, named] = /\$metadata#((?:Collection\()?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\)?)$/i.exec(context) ?? []
  return named === undefined ? undefined : readTypeText(named).type
}

function typeOfObject(value: Record<string, unknown>): TypeRef {
  const written = value['@odata.type']
  return typeof written === 'string'
    ? readTypeText(written.replace(/^#/, '')).type
    : { kind: 'unknown', text: '' }
}

function primitiveOfValue(value: unknown): TypeRef {
  if (typeof value === 'string') return { kind: 'primitive', name: 'String' }
  if (typeof value === 'boolean') return { kind: 'primitive', name: 'Boolean' }
  if (typeof value === 'number')
    return { kind: 'primitive', name: Number.isInteger(value) ? 'Int32' : 'Double' }
  return { kind: 'unknown', text: '' }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * The response annotation's type; `microsoft.graph.None` (a `202 Accepted` without body) names none,
 * and so does any annotation of a `204 No Content` example (removePassword's names the type it removes).
 */
export function odataType(example: ExampleDef): string | undefined {
  if (example.annotation?.blockType !== 'response' || example.status === 204) return undefined
  const written = example.annotation['@odata.type'] ?? example.annotation['@type']
  if (typeof written !== 'string' || /^(?:[\w.]+\.)?none$/i.test(written.trim())) return undefined
  return written.trim() !== '' ? written.trim() : undefined
}

function phrasingText(node: PhrasingContent): string {
  return inlineText(node as Nodes)
}

function linkPosition(link: Link, file: string): SourcePosition {
  return { file, line: link.position?.start.line ?? 1, column: link.position?.start.column ?? 1 }
}
