/**
 * Read the request line of an HTTP block: the verb, then the target as written (a query written
 * unencoded keeps its spaces). The protocol version is no part of the target, where HTTP puts it
 * or where some pages write it, after the verb:
 *   GET https://graph.microsoft.com/v1.0/parcels?$filter=status eq 'shipped'
 *   GET /me/drive HTTP/1.1
 *   GET HTTP/2.0 https://graph.microsoft.com/beta/riskyUsers
 */
import type { HttpMethod } from '../model.js'

const VERSION = String.raw`HTTP\/\d(?:\.\d)?`
// The verb in any case: other teams write `Delete https://…/api/indicators/{id}`. The target ends
// before a space run, never inside one (`(?<!\s)`): the same match, tried once per run, not once
// per space (a long run in a line was quadratic).
const REQUEST_LINE = new RegExp(
  String.raw`^\s*(GET|POST|PATCH|PUT|DELETE)\s+(?:${VERSION}\s+)?(\S.*?)(?<!\s)(?:\s+${VERSION})?\s*$`,
  'i',
)

export interface RequestLine {
  method: HttpMethod
  target: string
}

export function readRequestLine(line: string): RequestLine | undefined {
  const match = REQUEST_LINE.exec(line)
  return match ? { method: (match[1] ?? '').toUpperCase() as HttpMethod, target: match[2] ?? '' } : undefined
}
