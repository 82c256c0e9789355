/**
 * The key of a route by the requests it matches: routes with the same key answer the same
 * requests. Read where routes are compared: extract (a call a page documents beside its own),
 * shape (which page answers a path), the server's route table.
 */
import type { PathSegment, RouteTemplate } from './model.js'

/** `GET /me/contactfolders/{}/contacts`: routes with the same key answer the same requests (see
 *  `segmentsKey`), as the server routes them (one of them serves it, `same-route.ts`). */
export function routeKey(route: RouteTemplate): string {
  return `${route.method} ${segmentsKey(route.segments)}`
}

/** Segments compared by the requests they match: letter case, placeholder names and the values
 *  a call is written with aside (`image(width=640)` is `image(width={w})`, as the server routes it).
 *  `users/{}/calendar/getschedule(availabilityviewinterval)` · `drive/root/:/{}:/children` */
export function segmentsKey(segments: readonly PathSegment[]): string {
  return segments
    .map(normaliseSegment)
    .map((segment) => {
      if (segment.kind === 'literal') return segment.value.toLowerCase()
      if (segment.kind === 'call')
        return `${segment.name}(${segment.args.map((arg) => arg.name).join(',')})`.toLowerCase()
      return segment.kind === 'param' ? '{}' : ':/{}:'
    })
    .join('/')
}

/** `image(width=640,height=480)` written as a literal: a call with those argument names. */
export function normaliseSegment(segment: PathSegment): PathSegment {
  if (segment.kind !== 'literal') return segment
  const call = /^([A-Za-z_][\w.]*)\((.*)\)$/.exec(segment.value)
  if (!call) return segment
  const args = (call[2] ?? '')
    .split(',')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter((name) => name !== '')
    .map((name) => ({ name, param: name }))
  return { kind: 'call', name: call[1] ?? '', args }
}
