/**
 * A route template → a Fastify (find-my-way) URL.
 *   /deviceManagement/uploads/{uploadId}        → /deviceManagement/uploads/:uploadId
 *   /worksheets/{id}/range(address='<address>') → /worksheets/:id/range(address=:address(ARGUMENT))
 *   /drive/root:/{item-path}:/children          → /drive/root::/:item_path(^[^:]+)::/children
 *   /sites/{hostname}:/{relative-path}           → /sites/:hostname(^[^:]+)::/:relative_path(^[^:]+)::
 * Function arguments match quoted or bare values, written as placeholders or as example values
 * (`image(width=640)` → `image(width=:width(ARGUMENT))`); the runtime strips the quotes and reads a
 * doubled quote as one (`callParams`).
 * Item paths match one URL segment (`root:/a%2Fb.txt:` for nested paths).
 *
 * Reads: `RouteTemplate.segments`.
 */
import type { PathSegment, RouteTemplate } from '../../model.js'
import { normaliseSegment } from '../../route-key.js'
import { toIdentifier, uniqueIdentifier } from '../escape.js'

export interface FastifyUrl {
  url: string
  /** Route parameter names, in order. */
  params: string[]
  /** Parameters that are function-call arguments (`'value'` arrives quoted), in order, each with
   *  the names a page's table may give it: its argument's, then its placeholder's
   *  (`columnsAfter(count={n})`: `count`, `n`). */
  callArguments: Map<string, string[]>
  /** The URL with parameter names erased: two routes with the same shape are the same route. */
  shape: string
}

/** Matches one function argument (ARGUMENT above): a quoted string, where `,` and `)` may stand and a
 *  quote is doubled (`q='Q1, ''draft'' (v2)'`), after an optional type prefix; or a bare value,
 *  anything but `,`, `)` and a quote. Groups do not capture (find-my-way reads its parameters by
 *  group), and `)` in a class is written `\x29` (find-my-way counts parentheses). */
const ARGUMENT_PATTERN = "(^(?:[\\w.]*'(?:[^']|'')*'|[^,\\x29']*))"
const ITEM_PATH_PATTERN = '(^[^:]+)'

/** Literal text in a find-my-way URL: `:` is written `::`. */
function literal(text: string): string {
  return text.replace(/:/g, '::')
}

export function fastifyUrlFor(route: RouteTemplate): FastifyUrl {
  const taken = new Set<string>()
  const params: string[] = []
  const callArguments = new Map<string, string[]>()
  const name = (raw: string) => {
    const id = uniqueIdentifier(raw, taken, (text) => toIdentifier(text).replace(/\$/g, '_'))
    params.push(id)
    return id
  }
  let url = ''
  let shape = ''
  const add = (text: string, shapeText: string, joinToPrevious = false) => {
    url += joinToPrevious ? text : `/${text}`
    shape += joinToPrevious ? shapeText : `/${shapeText}`
  }
  for (const [index, segment] of route.segments.entries()) addSegment(segment, route.segments[index + 1])
  function addSegment(segment: PathSegment, next: PathSegment | undefined): void {
    switch (segment.kind) {
      case 'literal': {
        // A function written with example values (`image(width=640)`) takes any value, as the
        // client sends it and as the routes are told apart (`normaliseSegment`).
        const call = normaliseSegment(segment)
        if (call.kind === 'call') addSegment(call, next)
        else add(literal(segment.value), literal(segment.value))
        return
      }
      case 'param': {
        // Before an item path (`/sites/{hostname}:/{path}`) the name must end where the `:` begins:
        // find-my-way would read `hostname::` as the name.
        const ends = next?.kind === 'itemPath' ? ITEM_PATH_PATTERN : ''
        add(`:${name(segment.name)}${ends}`, `:${ends}`)
        return
      }
      case 'call': {
        const args = segment.args.map((arg) => {
          const id = name(arg.param)
          callArguments.set(id, [arg.name, arg.param])
          return {
            text: `${literal(arg.name)}=:${id}${ARGUMENT_PATTERN}`,
            shape: `${literal(arg.name)}=:${ARGUMENT_PATTERN}`,
          }
        })
        const callName = literal(segment.name)
        add(
          `${callName}(${args.map((a) => a.text).join(',')})`,
          `${callName}(${args.map((a) => a.shape).join(',')})`,
        )
        return
      }
      case 'itemPath':
        add(`::/:${name(segment.param)}${ITEM_PATH_PATTERN}::`, `::/:${ITEM_PATH_PATTERN}::`, true)
        return
    }
  }
  return { url: url || '/', params, callArguments, shape: shape || '/' }
}
