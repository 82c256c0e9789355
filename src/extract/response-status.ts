/**
 * The status an operation answers, from its Response section and its examples: the first 2xx code
 * the section names (else the first code; the other 2xx codes of its sentence, and beside a status
 * without content those of a sentence on a request header, are `otherSuccesses`),
 * else the response example's status, else 204 for DELETE and 200 otherwise. A redirect the section
 * names (`302 Found` to a download URL) is kept as the response's `redirect` where an example shows
 * the success it leads to, whose status is then the response's.
 */
import type { Paragraph } from 'mdast'
import { carriesNoContent, isRedirect, isSuccess } from '../http-status.js'
import type { ExampleDef, HttpMethod, ResponseDef } from '../model.js'
import { cleanText, inlineCodesIn } from '../parse/inline-text.js'

/** The answers of a response: its status and, beside it, the redirect it follows and the other
 *  success codes its sentence names. */
export type ResponseStatus = Pick<ResponseDef, 'status' | 'redirect' | 'otherSuccesses'>

export function responseStatus(
  paragraphs: readonly Paragraph[],
  examples: readonly ExampleDef[],
  method: HttpMethod | undefined,
): ResponseStatus {
  const named = statusIn(paragraphs)
  // A redirect the section names leads to the result the examples show after following it
  // (`HTTP/1.1 200 OK` and the file): the call answers that in the end.
  const followed = named !== undefined && isRedirect(named) ? followedStatus(examples, named) : undefined
  const others = named === undefined || followed !== undefined ? [] : otherSuccesses(paragraphs, named)
  const shown = examples.find((example) => example.kind === 'response' && example.status)?.status
  return {
    status: followed ?? named ?? shown ?? defaultStatus(method),
    ...(followed === undefined ? {} : { redirect: named }),
    ...(others.length === 0 ? {} : { otherSuccesses: others }),
  }
}

/** Status codes in backticks (`` `200 OK` ``), else plain (`200 OK`); the first 2xx wins. */
function statusIn(paragraphs: readonly Paragraph[]): number | undefined {
  const codes = namedStatuses(paragraphs)
  return codes.find(isSuccess) ?? codes[0]
}

/** Every status code the paragraphs name: in backticks (`` `200 OK` ``), else plain (`200 OK`). */
export function namedStatuses(paragraphs: readonly Paragraph[]): number[] {
  const inCode = paragraphs.flatMap((paragraph) =>
    inlineCodesIn(paragraph).flatMap((code) => /^\s*([1-5]\d\d)\b/.exec(code.value)?.[1] ?? []),
  )
  return inCode.length > 0
    ? inCode.map(Number)
    : paragraphs.flatMap((paragraph) => statusesIn(cleanText(paragraph)))
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
 * Only that sentence: a later one may name what another call answers (the monitor URL's `200 OK`),
 * unless it says what the call answers instead where a request header asks (`answersAHeader`).
 */
function otherSuccesses(paragraphs: readonly Paragraph[], status: number): number[] {
  const sentences = paragraphs.flatMap((paragraph) => cleanText(paragraph).split(/(?<=[.!?])\s+/))
  const sentence = sentences.find((text) => statusesIn(text).includes(status))
  const asked = carriesNoContent(status) ? sentences.filter(answersAHeader) : []
  const codes = [sentence ?? '', ...asked].flatMap(codesOfSentence)
  return [...new Set(codes)].filter((code) => code !== status && isSuccess(code))
}

/**
 * A sentence saying what the call answers where the request sends a header, beside a status
 * without content: today's securescorecontrolprofile-update.md ("If the optional request header is
 * used, the method returns a `200 OK` response code and the updated [secureScoreControlProfiles](…)
 * object in the response body", its `Prefer: return=representation` row), plannertask-update.md
 * ("If the request specifies `Prefer` header with `return=representation` preference, then this
 * method returns a `200 OK` response code and updated [plannerTask](…) object in the response body").
 */
function answersAHeader(sentence: string): boolean {
  return /^If\b[^.]*\bheader\b[^.]*\breturns\b/i.test(sentence)
}

/** The status codes a sentence names: in code (`200 OK`), which tells them from a count in the
 *  prose ("the first 250 Items"), else plain. */
function codesOfSentence(sentence: string): number[] {
  const inCode = [...sentence.matchAll(/`\s*([1-5]\d\d)\b[^`]*`/g)].map((match) => Number(match[1]))
  return inCode.length > 0 ? inCode : statusesIn(sentence)
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
