/**
 * The headers of an answer a client reads: where to look next (an accepted job's
 * `Operation-Location`, a created item's `Location`), the version to send back, when to retry. The
 * one list the mock (what it sends of an example), openapi.json (what it declares) and extract (what
 * a Response section names) share.
 */
export const ANSWER_HEADERS = [
  'Location',
  'Operation-Location',
  'Content-Location',
  'ETag',
  'Retry-After',
] as const

/** Those whose value is a URL. */
export const URL_HEADERS: ReadonlySet<string> = new Set([
  'location',
  'operation-location',
  'content-location',
])

/** The answer header `name` is, in any letter case, as the list spells it; undefined: none. */
export function answerHeaderNamed(name: string): string | undefined {
  const lower = name.trim().toLowerCase()
  return ANSWER_HEADERS.find((header) => header.toLowerCase() === lower)
}
