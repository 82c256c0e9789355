/**
 * How a generated client reads the answer to a route: its `RESPONSE_KINDS` table, parsed from
 * `client/index.ts`, looked up as the runtime's `kindOf` looks it up (`responseKindOf`; the
 * generated runtime itself is run end to end by test/client/response-kind-keys.test.ts).
 */
import { endKeys, type ResponseKind } from '../../src/emit/client/response-kind-keys.js'

/** The kind the client of `clientIndex` (the text of `client/index.ts`) reads at `VERB /pattern`
 *  (`/name` per literal or function, `/*` per key, `:*:` per item path). */
export function clientReads(clientIndex: string, verb: string, pattern: string): ResponseKind {
  return responseKindOf(responseKinds(clientIndex), verb, pattern)
}

/** The entries of the client's `RESPONSE_KINDS`. */
export function responseKinds(clientIndex: string): Map<string, ResponseKind> {
  return new Map(
    [...clientIndex.matchAll(/^ {2}("(?:[^"\\]|\\.)*"): "(value|binary)",$/gm)].map((match) => [
      JSON.parse(match[1] ?? '""') as string,
      match[2] as ResponseKind,
    ]),
  )
}

/** The kind `table` gives a request of `verb` at `pattern`: the first of the pattern's ends,
 *  shortest first, that it holds; else JSON. */
export function responseKindOf(
  table: ReadonlyMap<string, ResponseKind>,
  verb: string,
  pattern: string,
): ResponseKind {
  for (const key of endKeys(verb, pattern)) {
    const kind = table.get(key)
    if (kind) return kind
  }
  return 'json'
}
