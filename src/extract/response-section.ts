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
 * beside "a Boolean in the response body" and `"@odata.type": "string"`), that an annotation naming no
 * particular type (`Edm.String`, the root `microsoft.graph.entity`: a placeholder) loses to a sentence
 * linking a resource, unless an example's `@odata.context` names another type, and that a route
 * ending in a type cast (`POST /servicePrincipals/microsoft.graph.x`, `GET …/{id}/microsoft.graph.x`)
 * returns the type it casts to, so the one naming it wins; either way
 * the response keeps both names and a `response-type-conflict` diagnostic, which link reports unless
 * one name is another name the docs give the type the other names (`"@type.aka": "oneDrive.item"`
 * on driveItem's page, which this page cannot see), or the sentence offers several types
 * (`offered`: "a [standardWebPart](…) or [textWebPart](…) object"), each derived from the
 * annotation's. Without a cast or a placeholder the other type is kept as the `alternative`:
 * link takes it when it is the chosen type's base (an example shows an instance of a derived type:
 * "a collection of [attachment](…) objects" beside `"@odata.type": "microsoft.graph.fileAttachment"`); where the
 * successful examples name several types and the sentence none of them, the sentence's wins
 * (`sentenceOverOutcomes`). When they name the same type (last name
 * segment, any case), the annotation's qualified name is kept with the sentence's link target
 * (`microsoft.graph.externalConnectors.externalConnection` + `resources/externalconnectors-….md`).
 * Collection-ness is voted on by the evidence that states it (`collectionByVote`); a body shown as
 * one object counts only where it shows the response type, which link tells (`objectBodyVote`). A
 * `202 Accepted` whose examples show no body returns none, whatever type the page names. What each
 * kind of evidence says: `response-evidence.ts`; the status: `response-status.ts`.
 */

import type { Paragraph } from 'mdast'
import { ANSWER_HEADERS } from '../answer-headers.js'
import { diagnostic } from '../diagnostics.js'
import { isSuccess } from '../http-status.js'
import type { Diagnostic, ExampleDef, ResponseDef, RouteTemplate, TypeRef } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import type { Section } from '../parse/sections.js'
import { castName } from '../route-end.js'
import { ExampleReads, requestPathOf } from '../shape/examples.js'
import { requestSegments, routeMatches } from '../shape/route-matches.js'
import { simpleNameOfType, writtenTypeName } from '../simple-name.js'
import { isStream } from '../stream-type.js'
import { type KeyEvidence, readsByKey, titleLists } from './operation-kind.js'
import { pageTitle } from './page-header.js'
import {
  type Evidence,
  namesNoType,
  odataType,
  readContextType,
  readResponseAnnotation,
  readResponseBody,
  readResponseSentence,
} from './response-evidence.js'
import { namedStatuses, type ResponseStatus, responseStatus } from './response-status.js'
import { holdsTypeName } from './type-name-placeholder.js'

/** `keyEvidence`: what tells whether the routes read one item by its key (`readsByKey`), which
 *  the operation's kind reads too. */
export function extractResponse(
  page: Page,
  routes: readonly RouteTemplate[],
  examples: readonly ExampleDef[],
  diagnostics: Diagnostic[],
  reads = new ExampleReads(),
  keyEvidence = keyEvidenceOf(page, routes),
): ResponseDef {
  const evidenced = responseByEvidence(page, keyEvidence, examples, diagnostics, reads)
  const headers = namedHeaders(responseParagraphs(page, responseSection(page.sections)))
  const response = headers.length > 0 ? { ...evidenced, headers } : evidenced
  const outcomes = outcomeTypes(examples, routes)
  return response.type?.kind === 'named' && outcomes.length > 1
    ? { ...sentenceOverOutcomes(response, outcomes), outcomes }
    : response
}

/**
 * The answer headers (`ANSWER_HEADERS`) the Response section says the answer carries, as written
 * beside the word header: "a tracking header named `location`", "the `Operation-Location` header",
 * "in the Location response header", "a Location: header".
 */
function namedHeaders(paragraphs: readonly Paragraph[]): string[] {
  const text = paragraphs.map((paragraph) => cleanText(paragraph)).join('\n')
  return HEADER_MENTIONS.filter(({ mention }) => mention.test(text)).map(({ header }) => header)
}

/** Each answer header with the pattern of a sentence naming it, made once. */
const HEADER_MENTIONS = ANSWER_HEADERS.map((header) => {
  const name = `(?<![\\w-])[\`'"*]*${header.replace('-', '[- ]?')}[\`'"*]*:?(?![\\w-])`
  const mention = new RegExp(
    `\\bheaders?\\s+(?:named|called)\\s+${name}|${name}\\s+(?:response\\s+)?headers?\\b`,
    'i',
  )
  return { header, mention }
})

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
  keyEvidence: KeyEvidence,
  examples: readonly ExampleDef[],
  diagnostics: Diagnostic[],
  reads: ExampleReads,
): ResponseDef {
  const { routes } = keyEvidence
  const method = routes[0]?.method
  const section = responseSection(page.sections)
  const paragraphs = responseParagraphs(page, section)
  const sentence = paragraphs.find((node) => /\breturns?\b/i.test(cleanText(node))) ?? paragraphs[0]
  const responseExamples = examples.filter((example) => example.kind === 'response')
  const annotated = responseExamples.find((example) => typeof odataType(example) === 'string')
  const answers = responseStatus(paragraphs, examples, method)
  const { status } = answers
  const respond = (evidence: Omit<ResponseDef, keyof ResponseStatus>): ResponseDef => ({
    ...answers,
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
  const byKey = method === 'GET' && readsByKey(keyEvidence)
  const listed = method === 'GET' && titleLists(keyEvidence.title)
  // A Stream is the bytes themselves, one value: a JSON example of them (`"value": [ … ]`, the
  // usage reports' `$format=application/json`) shows what the bytes hold, not an OData collection.
  const collection = (typeFrom: Evidence): Pick<ResponseDef, 'collection' | 'objectBodyVote'> => {
    if (isStream(typeFrom.type)) return { collection: false }
    const vote = (example: Evidence | undefined) =>
      collectionByVote(typeFrom, fromAnnotation, fromSentence, example, { byKey, listed }, diagnostics)
    const voted = vote(fromExample)
    // An object body is evidence of one value only where it shows the response type, which link
    // tells by the type's members. Where the annotation votes too, the vote and its conflict stand.
    const members = fromExample?.members
    if (members === undefined || fromAnnotation?.statesCollection) return { collection: voted }
    const collectionWithout = vote(undefined)
    if (collectionWithout === voted) return { collection: voted }
    const type = fromExample?.type.kind === 'named' ? { type: fromExample.type } : {}
    return { collection: voted, objectBodyVote: { members, ...type, collectionWithout } }
  }
  if (fromAnnotation && fromSentence) {
    if (sameType(fromAnnotation.type, fromSentence.type))
      return respond({
        type: merged(fromAnnotation.type, fromSentence.type),
        ...collection(fromAnnotation),
        source: 'annotation',
      })
    const cast = trailingCast(routes)
    const castWinner = [fromSentence, fromAnnotation].find(
      (evidence) => cast !== undefined && sameType(evidence.type, cast),
    )
    // The example's value breaks a tie of two primitives (`"value": true` beside a sentence's Boolean
    // and an annotation's `string`); else an annotation naming no particular type is a placeholder
    // where the sentence links a resource that no example's `@odata.context` contradicts.
    const exampleWinner = castWinner ? undefined : shownBy(fromExample, [fromSentence, fromAnnotation])
    const placeholder =
      castWinner === undefined &&
      exampleWinner === undefined &&
      namesNoType(fromAnnotation.type) &&
      fromSentence.type.kind === 'named' &&
      contextsAgree(responseExamples, fromSentence.type, reads)
    const sentenceWins = castWinner === fromSentence || exampleWinner === fromSentence || placeholder
    const used = sentenceWins ? fromSentence : fromAnnotation
    const other = sentenceWins ? fromAnnotation : fromSentence
    // A placeholder is no base type link may take instead.
    const alternative = castWinner || placeholder || other.type.kind !== 'named' ? undefined : other.type
    const statement = `The Response sentence names \`${writtenTypeName(fromSentence.type)}\` but the response annotation${annotated ? ` (line ${annotated.position.line})` : ''} names \`${writtenTypeName(fromAnnotation.type)}\``
    const response = respond({
      type: used.type,
      ...collection(used),
      source: sentenceWins ? 'sentence' : 'annotation',
      typeConflict: {
        sentence: fromSentence.type,
        annotation: fromAnnotation.type,
        ...(fromSentence.offered && { offered: fromSentence.offered }),
        statement,
        diagnostic: diagnostic(
          'response-type-conflict',
          fromSentence.position ?? annotated?.position ?? page.at(section?.line ?? 1),
          `${statement}; using \`${writtenTypeName(used.type)}\`${exampleWinner ? ', the type the response example shows' : choice(castWinner !== undefined, placeholder, used.type, alternative)}`,
        ),
      },
    })
    return alternative ? { ...response, alternative } : response
  }
  if (fromAnnotation)
    return respond({
      type: fromAnnotation.type,
      ...collection(fromAnnotation),
      source: 'annotation',
    })
  if (fromSentence)
    return respond({ type: fromSentence.type, ...collection(fromSentence), source: 'sentence' })
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
 * copied from the list page say (`"isCollection": true`, `"value": [ … ]`); a trailing placeholder
 * that is the operation's argument is no key (`readsByKey`: `…/descendants/{placeType}`). A GET of a collection
 * under a `List …` title (`listed`) lists where the voters are split, as the title says; today's
 * swapshiftschangerequest-list.md writes "the requested [swapShiftsChangeRequest](…) object" over
 * `"value": [ … ]`, offershiftrequest-list.md "the requested [offerShiftRequest](…) objects" over
 * one object.
 * A disagreement the annotation takes part in is reported (`response-collection-conflict`) at the
 * evidence that lost.
 */
function collectionByVote(
  typeFrom: Evidence,
  annotation: Evidence | undefined,
  sentence: Evidence | undefined,
  example: Evidence | undefined,
  route: { byKey: boolean; listed: boolean },
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
  const titleBreaksTie = route.listed && yes === no && yes > 0
  const result = route.byKey ? false : titleBreaksTie || (yes === no ? tieBreaker.collection : yes > no)
  // Sentence against example alone is the example-collection-mismatch check's finding.
  const loser = voters.find((voter) => voter.collection !== result && voter.position)
  if (loser?.position && voters.includes(annotation as Evidence)) {
    const winner = voters.find((voter) => voter.collection === result && voter.position)
    diagnostics.push(
      diagnostic(
        'response-collection-conflict',
        loser.position,
        `Unexpected ${loser.collection ? 'collection' : 'single'} response here, expected ${result ? 'a collection' : 'a single value'} as ${route.byKey ? 'the route reads one item by its key' : `${titleBreaksTie ? "the page's `List …` title" : yes === no ? "the response type's source" : 'the other evidence'} says`}${winner?.position ? ` (line ${winner.position.line})` : ''}`,
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

/** Why the used type, where the message should say: the route's cast, the annotation's placeholder,
 *  or the alternative type when it is the base. */
function choice(
  cast: boolean,
  placeholder: boolean,
  used: TypeRef,
  alternative: TypeRef | undefined,
): string {
  if (cast) return ', the type the route casts to'
  if (placeholder) return ', as the annotation names no particular type'
  return alternative
    ? `, or \`${writtenTypeName(alternative)}\` where that is \`${writtenTypeName(used)}\`'s base type`
    : ''
}

/**
 * The type the first route's last segment casts to: `…/microsoft.graph.agentIdentity` (a qualified
 * name); none where another route casts to another type (letter case aside, as Graph reads a cast):
 * the operation then returns neither, each such route answering its own (`route-cast.ts`).
 *   GET /places/microsoft.graph.room · GET /places/microsoft.graph.roomlist   (today's place-list.md)
 */
export function trailingCast(routes: readonly RouteTemplate[]): TypeRef | undefined {
  const name = castName(routes[0])
  if (name === undefined) return undefined
  const castsElsewhere = (route: RouteTemplate) => {
    const other = castName(route)
    return other !== undefined && other.toLowerCase() !== name.toLowerCase()
  }
  return routes.some(castsElsewhere) ? undefined : { kind: 'named', name }
}

/** Whether no response example's `@odata.context` names another type than `type`:
 *  `"@odata.context": "…/$metadata#microsoft.graph.passwordResetResponse"` beside the sentence's
 *  [passwordResetResponse](…). */
function contextsAgree(examples: readonly ExampleDef[], type: TypeRef, reads: ExampleReads): boolean {
  return examples.every((example) => {
    const named = readContextType(example, reads)
    return named === undefined || sameType(named, type)
  })
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

/** What of the page tells whether its routes read one item by its key (`readsByKey`). */
export function keyEvidenceOf(page: Page, routes: readonly RouteTemplate[]): KeyEvidence {
  const responseStates = responseStatedKind(page)
  return {
    title: pageTitle(page),
    routes,
    ...(responseStates ? { responseStates } : {}),
    holdsTypeName: (name) => holdsTypeName(page, name),
  }
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

/** The paragraphs of the Response section (`responseSection`). */
function responseParagraphs(page: Page, section: Section | undefined): Paragraph[] {
  return section ? page.tree(section).children.filter((node) => node.type === 'paragraph') : []
}

/** The status codes a page's Response section names, in any of its sentences. */
export function responseSectionStatuses(page: Page): number[] {
  const section = responseSection(page.sections)
  return namedStatuses(responseParagraphs(page, section))
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
