/**
 * Read what an operation returns from three kinds of evidence:
 * 1. the Response sentence (`## Response` or `## HTTP response`, or `### Response` under `## Request body`):
 *      If successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.
 *      … and a [x](…) collection … · … and a String collection … · … and a Stream in the response body.
 * 2. the response example's annotation: `"@odata.type": "microsoft.graph.x"` (or `Collection(…)`),
 *    `"isCollection": true`;
 * 3. the response example body: `"value": [ … ]` is a collection, `"value": { … }` is the single object
 *    Intune wraps every GET result in, `"value": "x"` / `true` / `1` a primitive, else the top-level
 *    `"@odata.type"`.
 * Rule: the annotation decides when it names a type, the sentence otherwise, the example last.
 * When the sentence and the annotation name different types (PascalCase Excel page names such as
 * `[Range](range.md)` for `microsoft.graph.workbookRange`, a base type for a derived one), the
 * annotation wins, except that of two primitives the one the example's value shows wins (`"value": true`
 * beside "a Boolean in the response body" and `"@odata.type": "string"`), that an `Edm.String` annotation
 * loses to a sentence linking a resource (a placeholder), and that a route ending in a type cast (`POST /servicePrincipals/microsoft.graph.x`,
 * `GET …/{id}/microsoft.graph.x`) returns the type it casts to, so the one naming it wins; either way
 * the response keeps both names and a `response-type-conflict` diagnostic, which link reports unless
 * one name is another name the docs give the type the other names (`"@type.aka": "oneDrive.item"`
 * on driveItem's page, which this page cannot see). Without a cast the other type is kept as the `alternative`:
 * link takes it when it is the chosen type's base (an example shows an instance of a derived type:
 * "a collection of [attachment](…) objects" beside `"@odata.type": "microsoft.graph.fileAttachment"`); where the
 * successful examples name several types and the sentence none of them, the sentence's wins
 * (`sentenceOverOutcomes`). When they name the same type (last name
 * segment, any case), the annotation's qualified name is kept with the sentence's link target
 * (`microsoft.graph.externalConnectors.externalConnection` + `resources/externalconnectors-….md`).
 * Collection-ness is voted on by the evidence that states it (`collectionByVote`). A `202 Accepted` whose
 * examples show no body returns none, whatever type the page names. The status is the first 2xx code the section names
 * (else the first code; the other 2xx codes of its sentence are `otherSuccesses`), else the
 * response example's status, else 204 for DELETE and 200 otherwise. A redirect the section names
 * (`302 Found`) is kept as the response's `redirect` where an example shows the success it leads to,
 * whose status is then the response's.
 */
import type { Link, Nodes, Paragraph, PhrasingContent } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import { isRedirect, isSuccess } from '../http-status.js'
import type {
  Diagnostic,
  ExampleDef,
  HttpMethod,
  ResponseDef,
  RouteTemplate,
  SourcePosition,
  TypeRef,
} from '../model.js'
import { cleanText, inlineCodesIn, inlineText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import type { Section } from '../parse/sections.js'
import { lastLiteral, mostlyAddressOne } from '../route-end.js'
import { ExampleReads, requestPathOf } from '../shape/examples.js'
import { requestSegments, routeMatches } from '../shape/route-matches.js'
import { simpleNameOfType, writtenTypeName } from '../simple-name.js'
import { isResourceTarget, resolveLinkTarget } from './link-target.js'
import { primitiveNamed, type ReadType, readTypeText } from './type-cell.js'

interface Evidence extends ReadType {
  position?: SourcePosition
  /** The annotation says whether it is a collection (`Collection(…)`, `isCollection`). */
  statesCollection?: boolean
}

export function extractResponse(
  page: Page,
  routes: readonly RouteTemplate[],
  examples: readonly ExampleDef[],
  diagnostics: Diagnostic[],
  reads = new ExampleReads(),
): ResponseDef {
  const response = responseByEvidence(page, routes, examples, diagnostics, reads)
  const outcomes = outcomeTypes(examples, routes)
  return response.type?.kind === 'named' && outcomes.length > 1
    ? { ...sentenceOverOutcomes(response, outcomes), outcomes }
    : response
}

/**
 * Where the successful response examples name several types and the Response sentence names
 * another, the sentence names what the operation returns, the type they share; the annotation of
 * the first example names one instance of it. Link may still settle on a nearer shared base.
 *   …returns … the requested [threatAssessmentRequest](…) object in the response body.
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.mailAssessmentRequest" } -->
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.fileAssessmentRequest" } -->
 */
function sentenceOverOutcomes(response: ResponseDef, outcomes: readonly TypeRef[]): ResponseDef {
  const { alternative: sentence, typeConflict, ...rest } = response
  if (response.source !== 'annotation' || sentence?.kind !== 'named' || typeConflict === undefined)
    return response
  if (outcomes.some((outcome) => sameType(outcome, sentence))) return response
  const shown = outcomes.map((outcome) => `\`${writtenTypeName(outcome)}\``).join(', ')
  return {
    ...rest,
    type: sentence,
    source: 'sentence',
    typeConflict: {
      ...typeConflict,
      diagnostic: {
        ...typeConflict.diagnostic,
        message: `${typeConflict.statement}; the response examples show several types (${shown}): using the documented base type they share, else \`${writtenTypeName(sentence)}\``,
      },
    },
  }
}

/**
 * The types successful response examples name, one per outcome, where they name several: link
 * settles on the type they share.
 *   If an operation completes successfully, this method returns … an [exportSuccessOperation](…) object …
 *   If an operation fails, this method returns … a [failedOperation](…) object …
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.partners.billing.exportSuccessOperation" } -->
 *   <!-- { "blockType": "response", "@odata.type": "microsoft.graph.partners.billing.failedOperation" } -->
 * The answer to a request below the page's routes is not one of them: it shows what a navigation of
 * the result returns (`GET /shares/{id}/driveItem` on the page of `GET /shares/{id}`).
 */
function outcomeTypes(examples: readonly ExampleDef[], routes: readonly RouteTemplate[]): TypeRef[] {
  const outcomes: TypeRef[] = []
  let request: ExampleDef | undefined
  for (const example of examples) {
    if (example.kind === 'request') request = example
    if (example.kind !== 'response') continue
    // A response answers the request just before it, and only that one.
    const asked = request
    request = undefined
    if (example.status !== undefined && !isSuccess(example.status)) continue
    if (asked?.url !== undefined && callsBelow(asked.url, routes)) continue
    const type = readResponseAnnotation(example)?.type
    if (type?.kind === 'named' && !outcomes.some((outcome) => sameType(outcome, type))) outcomes.push(type)
  }
  return outcomes
}

/** Whether a request path is none of the routes' but a path below one of them: the route's
 *  segments, then more (`/shares/{shareIdOrUrl}/driveItem` below `/shares/{shareIdOrEncodedSharingUrl}`). */
function callsBelow(url: string, routes: readonly RouteTemplate[]): boolean {
  const segments = requestSegments(requestPathOf(url))
  if (routes.some((route) => routeMatches(route, segments))) return false
  return routes.some(
    (route) =>
      route.segments.length < segments.length &&
      routeMatches(route, segments.slice(0, route.segments.length)),
  )
}

function responseByEvidence(
  page: Page,
  routes: readonly RouteTemplate[],
  examples: readonly ExampleDef[],
  diagnostics: Diagnostic[],
  reads: ExampleReads,
): ResponseDef {
  const method = routes[0]?.method
  const section = responseSection(page.sections)
  const paragraphs = section ? page.tree(section).children.filter((node) => node.type === 'paragraph') : []
  const sentence = paragraphs.find((node) => /\breturns?\b/i.test(cleanText(node))) ?? paragraphs[0]
  const responseExamples = examples.filter((example) => example.kind === 'response')
  const annotated = responseExamples.find((example) => typeof odataType(example) === 'string')
  const named = statusIn(paragraphs)
  // A redirect the section names (`302 Found` to a download URL) leads to the result the examples
  // show after following it (`HTTP/1.1 200 OK` and the file): the call answers that in the end.
  const followed = named !== undefined && isRedirect(named) ? followedStatus(examples, named) : undefined
  const others = named === undefined || followed !== undefined ? [] : otherSuccesses(paragraphs, named)
  // Answers beside `status`: the redirect it follows, other success codes the sentence names.
  const otherAnswers = {
    ...(followed === undefined ? {} : { redirect: named }),
    ...(others.length === 0 ? {} : { otherSuccesses: others }),
  }
  const status =
    followed ?? named ?? responseExamples.find((example) => example.status)?.status ?? defaultStatus(method)
  const respond = (evidence: Omit<ResponseDef, 'status' | 'redirect' | 'otherSuccesses'>): ResponseDef => ({
    status,
    ...otherAnswers,
    ...evidence,
  })
  // `202 Accepted` and examples without a body: the request was queued, and a type the page names
  // is what the `Location` header points to ("… the location of the [teamsAsyncOperation](…)"), or a
  // copied annotation (`"@odata.type": "microsoft.graph.team"` over `Content-Length: 0`), not a body;
  // unless the sentence puts it "in the response body" (the example shown is then cut short).
  const bodyInProse =
    sentence !== undefined && /\bin the response body\b/i.test(returnStatement(cleanText(sentence)))
  if (status === 202 && examplesWithoutBody(responseExamples) && !bodyInProse)
    return respond({ collection: false, source: 'none' })
  const fromSentence = sentence ? readResponseSentence(sentence, page.file) : undefined
  const fromAnnotation = annotated ? readResponseAnnotation(annotated) : undefined
  const fromExample = responseExamples
    .map((example) => readResponseBody(example, reads))
    .find((evidence) => evidence !== undefined)
  const byKey = method === 'GET' && mostlyAddressOne(routes)
  // A Stream is the bytes themselves, one value: a JSON example of them (`"value": [ … ]`, the
  // usage reports' `$format=application/json`) shows what the bytes hold, not an OData collection.
  const collection = (typeFrom: Evidence) =>
    !isStream(typeFrom.type) &&
    collectionByVote(typeFrom, fromAnnotation, fromSentence, fromExample, byKey, diagnostics)
  if (fromAnnotation && fromSentence) {
    if (sameType(fromAnnotation.type, fromSentence.type))
      return respond({
        type: merged(fromAnnotation.type, fromSentence.type),
        collection: collection(fromAnnotation),
        source: 'annotation',
      })
    const cast = trailingCast(routes)
    const castWinner = [fromSentence, fromAnnotation].find(
      (evidence) => cast !== undefined && sameType(evidence.type, cast),
    )
    // The example's value breaks a tie of two primitives (`"value": true` beside a sentence's Boolean
    // and an annotation's `string`); else `"@odata.type": "Edm.String"` is a
    // placeholder where the sentence links a resource.
    const exampleWinner = castWinner ? undefined : shownBy(fromExample, [fromSentence, fromAnnotation])
    const sentenceWins =
      castWinner === fromSentence ||
      exampleWinner === fromSentence ||
      (castWinner === undefined &&
        exampleWinner === undefined &&
        isString(fromAnnotation.type) &&
        fromSentence.type.kind === 'named')
    const used = sentenceWins ? fromSentence : fromAnnotation
    const other = sentenceWins ? fromAnnotation : fromSentence
    const statement = `The Response sentence names \`${writtenTypeName(fromSentence.type)}\` but the response annotation${annotated ? ` (line ${annotated.position.line})` : ''} names \`${writtenTypeName(fromAnnotation.type)}\``
    const response = respond({
      type: used.type,
      collection: collection(used),
      source: sentenceWins ? 'sentence' : 'annotation',
      typeConflict: {
        sentence: fromSentence.type,
        annotation: fromAnnotation.type,
        statement,
        diagnostic: diagnostic(
          'response-type-conflict',
          fromSentence.position ?? annotated?.position ?? page.at(section?.line ?? 1),
          `${statement}; using \`${writtenTypeName(used.type)}\`${exampleWinner ? ', the type the response example shows' : choice(castWinner !== undefined, used.type, other.type)}`,
        ),
      },
    })
    return castWinner || other.type.kind !== 'named' ? response : { ...response, alternative: other.type }
  }
  if (fromAnnotation)
    return respond({
      type: fromAnnotation.type,
      collection: collection(fromAnnotation),
      source: 'annotation',
    })
  if (fromSentence)
    return respond({ type: fromSentence.type, collection: collection(fromSentence), source: 'sentence' })
  if (fromExample && fromExample.type.kind !== 'unknown')
    return respond({ ...typeAndCollection(fromExample), source: 'example' })
  return respond({ collection: false, source: 'none' })
}

/**
 * The sentence of a paragraph that says what this method returns, the first with `returns`; a later
 * one may tell of another request:
 *   If successful, this method returns a `202 Accepted` response code and a `Location` header that contains
 *   the URL to the long-running operation. You can check the status … by making a GET request to this URL
 *   that returns one of the following objects in the response body: …
 */
function returnStatement(paragraph: string): string {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/).find((text) => /\breturns?\b/i.test(text)) ?? paragraph
}

/**
 * Every `202` response example shows headers only, or, where none is a `202`, every response example
 * does (a `204 No Content` under a sentence saying `202 Accepted`: both say no body); some must be given.
 */
function examplesWithoutBody(examples: readonly ExampleDef[]): boolean {
  const accepted = examples.filter((example) => example.status === 202)
  return showNoBody(accepted.length > 0 ? accepted : examples)
}

/** Whether some response examples are given and every one shows headers only
 *  (`HTTP/1.1 201 Created` and a `Location`): where no evidence names a type, the call answers
 *  no body, whatever a create's request body or a Methods row would suggest. */
export function showNoBody(examples: readonly ExampleDef[]): boolean {
  const shown = examples.filter((example) => example.kind === 'response')
  return shown.length > 0 && shown.every((example) => example.bodyText === undefined)
}

/**
 * Collection-ness by a vote of the evidence that states it: the annotation only when it says so
 * (`Collection(…)`, `isCollection`), the sentence when it names a type, the example body when it
 * is JSON (`"value": [ … ]` or not). The majority wins; a tie goes to the evidence the type came from
 * when it voted, else to an annotation silent on it (one value), else to the first voter. A GET whose routes end in a key
 * (`/users/{id}/teamwork/installedApps/{id}`) reads one entity, whatever an annotation and example
 * copied from the list page say (`"isCollection": true`, `"value": [ … ]`).
 * A disagreement the annotation takes part in is reported (`response-collection-conflict`) at the
 * evidence that lost.
 */
function collectionByVote(
  typeFrom: Evidence,
  annotation: Evidence | undefined,
  sentence: Evidence | undefined,
  example: Evidence | undefined,
  byKey: boolean,
  diagnostics: Diagnostic[],
): boolean {
  const voters = [annotation?.statesCollection ? annotation : undefined, sentence, example].filter(
    (evidence): evidence is Evidence => evidence !== undefined,
  )
  const yes = voters.filter((voter) => voter.collection).length
  const no = voters.length - yes
  // ApiDoctor reads an annotation without `isCollection` as one value: too weak a word to vote, it
  // breaks a tie (`itemanalytics-get.md`: a "collection of" sentence, one object shown).
  const tieBreaker = voters.includes(typeFrom) ? typeFrom : (annotation ?? voters[0] ?? typeFrom)
  const result = byKey ? false : yes === no ? tieBreaker.collection : yes > no
  // Sentence against example alone is the example-collection-mismatch check's finding.
  const loser = voters.find((voter) => voter.collection !== result && voter.position)
  if (loser?.position && voters.includes(annotation as Evidence)) {
    const winner = voters.find((voter) => voter.collection === result && voter.position)
    diagnostics.push(
      diagnostic(
        'response-collection-conflict',
        loser.position,
        `Unexpected ${loser.collection ? 'collection' : 'single'} response here, expected ${result ? 'a collection' : 'a single value'} as ${byKey ? 'the route reads one item by its key' : `${yes === no ? "the response type's source" : 'the other evidence'} says`}${winner?.position ? ` (line ${winner.position.line})` : ''}`,
      ),
    )
  }
  return result
}

/**
 * Between two primitives, the one whose type the example body's value shows (`"value": true`). An
 * object's `"@odata.type"` decides nothing: it may be an instance of a type derived from the other.
 */
function shownBy(example: Evidence | undefined, sides: readonly Evidence[]): Evidence | undefined {
  if (example?.type.kind !== 'primitive' || sides.some((side) => side.type.kind !== 'primitive'))
    return undefined
  const shown = sides.filter((side) => sameType(side.type, example.type))
  return shown.length === 1 ? shown[0] : undefined
}

/** Why the used type, where the message should say: the route's cast, or the other type when it is the base. */
function choice(cast: boolean, used: TypeRef, other: TypeRef): string {
  if (cast) return ', the type the route casts to'
  return other.kind === 'named'
    ? `, or \`${writtenTypeName(other)}\` where that is \`${writtenTypeName(used)}\`'s base type`
    : ''
}

/** The type a route's last segment casts to: `…/microsoft.graph.agentIdentity` (a qualified name). */
export function trailingCast(routes: readonly RouteTemplate[]): TypeRef | undefined {
  const last = lastLiteral(routes[0])
  if (last === undefined || !/^[A-Za-z]\w*(\.[A-Za-z]\w*)+$/.test(last)) return undefined
  return { kind: 'named', name: last }
}

function isString(type: TypeRef): boolean {
  return type.kind === 'primitive' && type.name === 'String'
}

function isStream(type: TypeRef): boolean {
  return type.kind === 'primitive' && type.name === 'Stream'
}

/** The annotation's (qualified) name with the sentence's link target: `microsoft.graph.externalConnectors.externalConnection`. */
function merged(annotation: TypeRef, sentence: TypeRef): TypeRef {
  if (annotation.kind !== 'named' || sentence.kind !== 'named' || sentence.target === undefined)
    return annotation
  return { kind: 'named', name: annotation.name, target: sentence.target }
}

function typeAndCollection(evidence: Evidence): { type: TypeRef; collection: boolean } {
  return { type: evidence.type, collection: evidence.collection }
}

/**
 * The kind of operation the Response section's sentence says it documents, as Intune pages and
 * today's pages of other workloads write it: `If successful, this function returns a `200 OK` response
 * code and a string collection …` (most pages say `this method returns`, which says nothing).
 */
export function responseStatedKind(page: Page): 'action' | 'function' | undefined {
  const section = responseSection(page.sections)
  if (!section) return undefined
  for (const node of page.tree(section).children) {
    if (node.type !== 'paragraph') continue
    const stated = /\bthis (action|function) (?:returns|will return)\b/i.exec(cleanText(node))?.[1]
    if (stated) return stated.toLowerCase() === 'action' ? 'action' : 'function'
  }
  return undefined
}

/** `## Response`, else a `### Response` under `## Request body` (not one of the examples). */
function responseSection(sections: readonly Section[]): Section | undefined {
  // Other teams title it `## HTTP response`, as they title the request section `## HTTP request`.
  const top = sections.find((section) => section.depth === 2 && /^(http )?response$/i.test(section.title))
  if (top) return top
  let parent: Section | undefined
  for (const section of sections) {
    if (section.depth <= 2) parent = section
    else if (/^response$/i.test(section.title) && parent && /^request body$/i.test(parent.title))
      return section
  }
  return undefined
}

/**
 * The type a Response sentence names: the first link to a resource page (its text the name, perhaps
 * followed by `resource`/`object`: `a [Drive resource][drive-resource]`), or a primitive word before
 * `in the response body`, with `collection of` / `list of` / `… collection` marking a collection.
 */
const LINK_TEXT = /^([A-Za-z_][\w.]*)(?:\s+(resources?|objects?|entit(?:y|ies)))?$/i

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
    // `a collection of [x](…)` · `[x](…) collection` · `the requested [x](…) objects` (plural)
    const collection =
      noun?.endsWith('s') === true ||
      /\b(collection|list|array) of\s*$/i.test(before) ||
      /^\s*(collection|objects|resources|entities)\b/i.test(after)
    return { type: { kind: 'named', name, target }, collection, position: linkPosition(child, file) }
  }
  const text = cleanText(paragraph)
  const match =
    /\b(?:Edm\.)?([A-Za-z][A-Za-z0-9]*)(\s+collection)?(?:\s+(?:objects?|values?))?\s+in the response body/i.exec(
      text,
    )
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

/** `"@odata.type": "Collection(microsoft.graph.x)"` or `"microsoft.graph.x"` with `"isCollection": true`. */
export function readResponseAnnotation(example: ExampleDef): Evidence | undefined {
  const written = odataType(example)
  if (written === undefined) return undefined
  const read = readTypeText(written.replace(/^#/, ''))
  const { collection, stated } = annotatedCollection(example, read.collection)
  return { type: read.type, collection, position: example.position, statesCollection: stated }
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
function readResponseBody(example: ExampleDef, reads: ExampleReads): Evidence | undefined {
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
  return { type: '@odata.type' in body ? typeOfObject(body) : unknown, collection: false }
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
function odataType(example: ExampleDef): string | undefined {
  if (example.annotation?.blockType !== 'response' || example.status === 204) return undefined
  const written = example.annotation['@odata.type'] ?? example.annotation['@type']
  if (typeof written !== 'string' || /^(?:[\w.]+\.)?none$/i.test(written.trim())) return undefined
  return written.trim() !== '' ? written.trim() : undefined
}

/**
 * Same type when the last name segments match case-insensitively (`user` = `microsoft.graph.user`),
 * or when one is a link to the other's page, whatever its text says: `[itemActivityStats][]` with
 * `[itemActivityStats]: ../resources/itemactivitystat.md` beside `microsoft.graph.itemActivityStat`.
 */
export function sameType(a: TypeRef, b: TypeRef): boolean {
  return simpleNameOfType(a) === simpleNameOfType(b) || linksPageOf(a, b) || linksPageOf(b, a)
}

function linksPageOf(link: TypeRef, type: TypeRef): boolean {
  if (link.kind !== 'named' || link.target === undefined) return false
  const page = link.target.slice(link.target.lastIndexOf('/') + 1).replace(/\.md$/i, '')
  return page.toLowerCase() === simpleNameOfType(type)
}

/** Status codes in backticks (`` `200 OK` ``), else plain (`200 OK`); the first 2xx wins. */
function statusIn(paragraphs: readonly Paragraph[]): number | undefined {
  const inCode = paragraphs.flatMap((paragraph) =>
    inlineCodesIn(paragraph).flatMap((code) => /^\s*([1-5]\d\d)\b/.exec(code.value)?.[1] ?? []),
  )
  const codes =
    inCode.length > 0
      ? inCode.map(Number)
      : paragraphs.flatMap((paragraph) => statusesIn(cleanText(paragraph)))
  return codes.find(isSuccess) ?? codes[0]
}

/**
 * Status codes written with their reason (`200 OK`, and as other teams write it `200, Ok`,
 * `201 - Created`) or before "response" in `text`.
 */
function statusesIn(text: string): number[] {
  return [...text.matchAll(/\b([1-5]\d\d)(?:\s*[,–-]\s*|\s+)(?:[A-Z][A-Za-z]*|response)\b/g)].map((match) =>
    Number(match[1]),
  )
}

/**
 * The other success codes the sentence naming `status` names beside it: answers the call gives
 * instead, in some case ("returns a `201 Created` response code if a new meeting is created, or a
 * `200 OK` response code if an existing meeting is retrieved"; "`204 No Content`—except a `200 OK`…").
 * Only that sentence: a later one may name what another call answers (the monitor URL's `200 OK`).
 */
function otherSuccesses(paragraphs: readonly Paragraph[], status: number): number[] {
  const sentence = paragraphs
    .flatMap((paragraph) => cleanText(paragraph).split(/(?<=[.!?])\s+/))
    .find((text) => statusesIn(text).includes(status))
  // Written in code (`200 OK`), a status is told from a count in the prose ("the first 250 Items").
  const inCode = [...(sentence ?? '').matchAll(/`\s*([1-5]\d\d)\b[^`]*`/g)].map((match) => Number(match[1]))
  const codes = inCode.length > 0 ? inCode : statusesIn(sentence ?? '')
  return [...new Set(codes)].filter((code) => code !== status && isSuccess(code))
}

/** What the redirect leads to: the success status of a response example after the redirect's own,
 *  before the next request (a later request, to the download URL, shows another call). */
function followedStatus(examples: readonly ExampleDef[], redirect: number): number | undefined {
  let followed = false
  for (const example of examples) {
    if (example.kind === 'request') followed = false
    else if (example.status === redirect) followed = true
    else if (followed && example.status !== undefined && isSuccess(example.status)) return example.status
  }
  return undefined
}

function defaultStatus(method: HttpMethod | undefined): number {
  return method === 'DELETE' ? 204 : 200
}

function phrasingText(node: PhrasingContent): string {
  return inlineText(node as Nodes)
}

function linkPosition(link: Link, file: string): SourcePosition {
  return { file, line: link.position?.start.line ?? 1, column: link.position?.start.column ?? 1 }
}
