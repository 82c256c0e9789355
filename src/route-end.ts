/**
 * What a route template ends with, read the same way wherever a rule looks at a route's last segment:
 *   POST /groups/{id}/members/$ref      → `$ref`        (a reference, `isReferenceRoute`)
 *   GET  /me/photo/$value               → `$value`      (the raw value, `isRawValueRoute`)
 *   GET  /me/mailboxSettings/dateFormat → `dateFormat`
 *   GET  /places/microsoft.graph.room   → `microsoft.graph.room` (a type cast, `castName`)
 *   POST /me/sendMail                   → `sendMail`    (an operation's name, `endingName`)
 *   GET  /users/{id}                    → none          (a placeholder, not a literal)
 */
import type { RouteTemplate } from './model.js'

/** The literal segment a route ends with, as written; none when it ends in a placeholder, an item
 *  path or a call with parameters. */
export function lastLiteral(route: RouteTemplate | undefined): string | undefined {
  const last = route?.segments.at(-1)
  return last?.kind === 'literal' ? last.value : undefined
}

const CALL = /^([\w.]+)\(/

const QUALIFIED_NAME = /^[A-Za-z]\w*(\.[A-Za-z]\w*)+$/

/** Whether a text is a qualified type name (`microsoft.graph.room`), as a cast segment writes one. */
export function isQualifiedName(text: string): boolean {
  return QUALIFIED_NAME.test(text)
}

/** The qualified name of the type a route's last segment casts to, as written
 *  (`…/microsoft.graph.agentIdentity`); none when it ends otherwise. */
export function castName(route: RouteTemplate | undefined): string | undefined {
  const last = lastLiteral(route)
  return last !== undefined && isQualifiedName(last) ? last : undefined
}

/**
 * The name of the operation a route may end with: a call's (`range(address='<address>')`, or
 * written with literal arguments, `image(width=640)`), else a literal's that is no `$` segment; a
 * qualified name (`…/{id}/microsoft.graph.x`, a trailing type cast) by its last part.
 */
export function endingName(route: RouteTemplate | undefined): { name: string; call: boolean } | undefined {
  const last = route?.segments.at(-1)
  if (last?.kind === 'call') return { name: lastPart(last.name), call: true }
  const literal = lastLiteral(route)
  if (literal === undefined || literal.startsWith('$')) return undefined
  const call = CALL.exec(literal)
  return call ? { name: lastPart(call[1] ?? ''), call: true } : { name: lastPart(literal), call: false }
}

function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}

/** Whether a route ends in the literal segment `segment` (given in lower case), letter case aside
 *  as Graph reads URLs: `endsInSegment(route, '$count')`. */
export function endsInSegment(route: RouteTemplate | undefined, segment: string): boolean {
  return lastLiteral(route)?.toLowerCase() === segment
}

/** Whether a route addresses a reference (`…/members/$ref`), not the object it points to. */
export function isReferenceRoute(route: RouteTemplate | undefined): boolean {
  return endsInSegment(route, '$ref')
}

/** Whether a route addresses the raw value (`…/photo/$value`) of what the path before it addresses. */
export function isRawValueRoute(route: RouteTemplate | undefined): boolean {
  return endsInSegment(route, '$value')
}

/** Most routes end in a placeholder or an item path: the page addresses one item. */
export function mostlyAddressOne(routes: readonly RouteTemplate[]): boolean {
  const one = routes.filter((route) => {
    const last = route.segments.at(-1)
    return last?.kind === 'param' || last?.kind === 'itemPath'
  }).length
  return one * 2 > routes.length
}
