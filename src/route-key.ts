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

/** Segments compared by the requests they match: letter case and placeholder names aside.
 *  `users/{}/calendar/getschedule(availabilityviewinterval)` · `drive/root/:/{}:/children` */
export function segmentsKey(segments: readonly PathSegment[]): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'literal') return segment.value.toLowerCase()
      if (segment.kind === 'call')
        return `${segment.name}(${segment.args.map((arg) => arg.name).join(',')})`.toLowerCase()
      return segment.kind === 'param' ? '{}' : ':/{}:'
    })
    .join('/')
}
