/**
 * Query parameters that only the `## Optional query parameters` prose names, in code, beside the
 * OData options, and that the page's request examples send:
 *   This method also supports the `query` parameter which accepts a string value.
 * over `GET …/solutions/bookingbusinesses?query=Adventure`. Each is an optional String query
 * parameter; without it the client's query type refused the call the page shows.
 */
import type { ExampleDef, ParameterDef, SourcePosition } from '../model.js'

/** An OData system query option (`$filter`, `select`), with or without its `$`: the query
 *  options, not a parameter; any other `$` name is OData's too. */
export const KNOWN_QUERY_OPTION =
  /^\$?(select|expand|filter|orderby|top|skip|count|search|skiptoken|deltatoken|format|levels)$/i

export function proseQueryParameters(
  words: readonly string[],
  examples: readonly ExampleDef[],
  position: SourcePosition,
): ParameterDef[] {
  const sent = sentQueryNames(examples)
  const names = [...new Set(words.map((word) => word.trim()))].filter(
    (name) => sent.has(name) && !name.startsWith('$') && !KNOWN_QUERY_OPTION.test(name),
  )
  return names.map((name) => ({
    name,
    in: 'query',
    type: { kind: 'primitive', name: 'String' },
    collection: false,
    required: false,
    description: '',
    position,
  }))
}

/** The names the request examples send in their query strings. */
function sentQueryNames(examples: readonly ExampleDef[]): Set<string> {
  const names = new Set<string>()
  for (const example of examples) {
    const query = example.kind === 'request' ? example.url?.split('?')[1] : undefined
    // Read as a URL reads it: a malformed escape (`%ZZ`) is kept as written, never thrown.
    for (const name of new URLSearchParams(query ?? '').keys()) names.add(name.trim())
  }
  return names
}
