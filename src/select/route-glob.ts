/**
 * A route glob of `--include` / `--exclude`, matched segment by segment against a route template:
 *   /users/**   /me/messages/*   /groups/{id}/members   /me/drive/root:/{path}:/content   /me/*Folders/**
 * - `**` is any number of segments (none too), `*` exactly one segment of any kind;
 * - `{x}` or `<x>` is one placeholder segment whatever its name (`{id}`, `{user-id}`,
 *   `{id | userPrincipalName}`), or an item path (`root:/{item-path}:`);
 * - any other segment is a name compared without case (Graph paths are case-insensitive), in which
 *   `*` stands for any characters; it matches a literal segment, or a function call by its name
 *   (`range` and `range(address='A1')` both match `range(address='{address}')`);
 * - as in route templates, a host and version (`https://graph.microsoft.com/v1.0`), a segment's
 *   trailing `:` (`root:`), a query string and a trailing `/` are not part of the path.
 */
import { HOST, splitTopLevel } from '../extract/route-template.js'
import type { PathSegment } from '../model.js'

export type GlobSegment =
  | { kind: 'any' }
  | { kind: 'one' }
  | { kind: 'placeholder' }
  | { kind: 'name'; pattern: RegExp }

export function parseRouteGlob(glob: string): GlobSegment[] {
  const path = splitTopLevel(glob.trim().replace(HOST, ''), '?')[0] ?? ''
  const segments: GlobSegment[] = []
  for (const part of splitTopLevel(path, '/')) {
    const text = part.trim().replace(/:$/, '')
    if (text === '') continue
    const segment = globSegment(text)
    // `**/**` means the same as `**`, and one `**` keeps matching linear.
    if (segment.kind !== 'any' || segments.at(-1)?.kind !== 'any') segments.push(segment)
  }
  return segments
}

function globSegment(text: string): GlobSegment {
  if (text === '**') return { kind: 'any' }
  if (text === '*') return { kind: 'one' }
  if (/^(?:\{[^{}]*\}|<[^<>]*>)$/.test(text)) return { kind: 'placeholder' }
  const name = /^([^(]+)\(.*\)$/.exec(text)?.[1] ?? text
  const source = name
    .trim()
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return { kind: 'name', pattern: new RegExp(`^${source}$`, 'i') }
}

/** Whether the glob matches the whole route, every segment. */
export function matchesRouteGlob(glob: readonly GlobSegment[], route: readonly PathSegment[]): boolean {
  // from(g, r): the glob from segment g on matches the route from segment r on; filled backwards.
  const width = route.length + 1
  const matches = new Uint8Array((glob.length + 1) * width)
  const from = (g: number, r: number) => matches[g * width + r] === 1
  matches[glob.length * width + route.length] = 1
  for (let g = glob.length - 1; g >= 0; g--) {
    const segment = glob[g] as GlobSegment
    for (let r = route.length; r >= 0; r--) {
      const routeSegment = route[r]
      const matched =
        segment.kind === 'any'
          ? from(g + 1, r) || (routeSegment !== undefined && from(g, r + 1))
          : routeSegment !== undefined && matchesSegment(segment, routeSegment) && from(g + 1, r + 1)
      if (matched) matches[g * width + r] = 1
    }
  }
  return from(0, 0)
}

function matchesSegment(glob: Exclude<GlobSegment, { kind: 'any' }>, segment: PathSegment): boolean {
  switch (glob.kind) {
    case 'one':
      return true
    case 'placeholder':
      return segment.kind === 'param' || segment.kind === 'itemPath'
    case 'name':
      return (
        (segment.kind === 'literal' && glob.pattern.test(segment.value)) ||
        (segment.kind === 'call' && glob.pattern.test(segment.name))
      )
  }
}
