/**
 * The one spelling of a literal segment the docs write in several letter cases at the same place:
 *   GET /me/calendarGroups/{id}                         (calendargroup-get.md)
 *   DELETE /me/calendargroups/{id}/calendars/{id}/…     (event-delete.md)
 * Graph and the generated server read a path in any letter case, so the client's path tree and
 * OpenAPI's paths meet such routes under one spelling: the one most routes through that place write,
 * else the one with capitals (the property's own), else the first. A place is the segments before it
 * as the requests they match (`segmentsKey`) and the literal in lower case.
 */
import { getOrCreate } from '../get-or-create.js'
import type { OperationDef, PathSegment } from '../model.js'
import { normaliseSegment, segmentsKey } from '../route-key.js'

/** A route's segments with each literal in the spelling kept at its place; the very array where
 *  none is respelled. */
export type Respell = (segments: readonly PathSegment[]) => readonly PathSegment[]

/** The spellings kept where the routes of `operations` write a literal in more than one. */
export function literalSpellings(operations: readonly OperationDef[]): Respell {
  const written = new Map<string, Map<string, number>>()
  for (const operation of operations)
    for (const route of operation.routes)
      forEachLiteral(route.segments, (place, value) => {
        const counts = getOrCreate(written, place, () => new Map<string, number>())
        counts.set(value, (counts.get(value) ?? 0) + 1)
      })
  const kept = new Map<string, string>()
  for (const [place, counts] of written) if (counts.size > 1) kept.set(place, keptSpelling(counts))
  return (segments) => {
    if (kept.size === 0) return segments
    const respelled = [...segments]
    forEachLiteral(segments, (place, value, index) => {
      const spelling = kept.get(place)
      if (spelling !== undefined && spelling !== value)
        respelled[index] = { kind: 'literal', value: spelling }
    })
    return respelled.every((segment, index) => segment === segments[index]) ? segments : respelled
  }
}

/** Calls `visit` with the place and spelling of each literal segment (a call written with its
 *  values, `image(width=640)`, is a call). */
function forEachLiteral(
  segments: readonly PathSegment[],
  visit: (place: string, value: string, index: number) => void,
): void {
  let before = ''
  segments.forEach((segment, index) => {
    const normal = normaliseSegment(segment)
    if (normal.kind === 'literal') visit(`${before}/${normal.value.toLowerCase()}`, normal.value, index)
    before += `/${segmentsKey([segment])}`
  })
}

/** The spelling most routes write, else one with capitals, else the first in code-point order. */
function keptSpelling(counts: ReadonlyMap<string, number>): string {
  const hasCapitals = (value: string) => Number(value !== value.toLowerCase())
  const [first] = [...counts].sort(
    ([a, aRoutes], [b, bRoutes]) => bRoutes - aRoutes || hasCapitals(b) - hasCapitals(a) || (a < b ? -1 : 1),
  )
  return first![0]
}
