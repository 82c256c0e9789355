/**
 * A Path parameters row that names no placeholder of the page's routes: a reader (and a client
 * built from the table) looks for a parameter the request line does not have.
 *   GET /shares/{shareIdOrEncodedSharingUrl}      | sharingTokenOrUrl | string | … |
 * Names are compared by their letters and digits in any case (`{drive-id}` is `driveId`), each
 * alternative of `{id | userPrincipalName}` apart. A placeholder the request line writes in its query
 * string is one it has: `GET /me/events/{id}?$expand=…($filter=id eq '{id_value}')` over `| id_value |`.
 */
import { diagnostic } from '../../diagnostics.js'
import type { Diagnostic, RouteTemplate } from '../../model.js'
import { normaliseSegment } from '../../route-key.js'
import { parameterNameKey } from '../../shape/route-matches.js'
import type { PageRule } from '../rule.js'

export const unknownPathParameter: PageRule = {
  name: 'unknown-path-parameter',
  codes: ['unknown-path-parameter'],
  page({ model }) {
    const found: Diagnostic[] = []
    for (const operation of model.operations) {
      const rows = operation.parameters.filter((parameter) => parameter.in === 'path')
      if (rows.length === 0 || operation.routes.length === 0) continue
      const written = [...new Set(operation.routes.flatMap(placeholdersOf))]
      const placeholders = new Set(written.map(parameterNameKey))
      for (const row of rows)
        if (!placeholders.has(parameterNameKey(row.name)))
          found.push(
            diagnostic(
              'unknown-path-parameter',
              row.position,
              `Unexpected path parameter ${JSON.stringify(row.name)} that no request line of the page has, expected one of its placeholders (${written.join(', ') || 'none'})`,
            ),
          )
    }
    return found
  },
}

/** The names a route's parameters go by: each alternative of `{id | userPrincipalName}`,
 *  a function's arguments by name and placeholder (`columnsAfter(count=n)`, also where the
 *  call is written with its values, `image(width=640)`), and the query string's `{placeholders}`. */
function placeholdersOf(route: RouteTemplate): string[] {
  const inQuery = [...(route.query ?? '').matchAll(/\{[^{}]+\}/g)].map((match) => match[0])
  const inPath = route.segments.map(normaliseSegment).flatMap((segment) => {
    const written =
      segment.kind === 'param'
        ? [segment.raw]
        : segment.kind === 'call'
          ? segment.args.flatMap((arg) => [arg.name, arg.param])
          : segment.kind === 'itemPath'
            ? [segment.param]
            : []
    return written
  })
  return [...inPath, ...inQuery].flatMap((text) =>
    text
      .replace(/[{}<>'"]/g, '')
      .split('|')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  )
}
