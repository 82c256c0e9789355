/**
 * A documented route → an OpenAPI path template.
 *   /users/{id | userPrincipalName}/messages              → /users/{id}/messages
 *   /me/calendars/{id}/events/{id}                         → /me/calendars/{calendarId}/events/{eventId}
 *   /me/drive/root:/{item-path}:/workbook/tables           → /me/drive/root:/{itemPath}:/workbook/tables
 *   /…/range(address='<address>')                          → /…/range(address='{address}')
 *   /companies({id})/customers({id})                       → /companies({companyId})/customers({customerId})
 * Placeholder names come from the model (unique per route). What the path grammar cannot say
 * exactly is returned as `inexact` reasons: repeated placeholder names, `/.../`, item paths (their
 * value contains `/`), function-call arguments (their values are OData literals).
 */

import { ELLIPSIS } from '../../extract/route-template.js'
import type { PathSegment, RouteTemplate } from '../../model.js'
import { escapeRegExp } from '../../reg-exp-text.js'

export interface PathTemplate {
  /** The `paths` key. */
  path: string
  /** Path parameters in the order they appear: template name, the placeholder as written and, of a
   *  function's argument, the argument's name (`count` of `columnsAfter(count={n})`). */
  params: { name: string; raw: string; argument?: string }[]
  /** Why the template is only an approximation of the documented path (empty when exact). */
  inexact: string[]
}

export function pathTemplateFromRoute(route: RouteTemplate): PathTemplate {
  const params: PathTemplate['params'] = []
  const inexact: string[] = []
  let path = ''
  for (const segment of route.segments) {
    if (segment.kind === 'itemPath') {
      path += `:/{${segment.param}}:`
      params.push({ name: segment.param, raw: placeholderText(route.raw, ':/', ':') })
      inexact.push(
        `item path \`:/{${segment.param}}:\` carries \`/\`, which a path parameter cannot hold unencoded`,
      )
    } else if (segment.kind === 'param') {
      // A key the docs write in parentheses stays there: `/companies({companyId})`, `/users('{id}')`.
      const quoted = segment.inParentheses === 'quoted'
      path += !segment.inParentheses
        ? `/{${segment.name}}`
        : quoted
          ? `('{${segment.name}}')`
          : `({${segment.name}})`
      params.push({ name: segment.name, raw: segment.raw })
    } else if (segment.kind === 'call') {
      path += `/${callText(segment, route.raw, params)}`
      inexact.push(`function \`${segment.name}\` takes its arguments in the path, as OData literals`)
    } else {
      path += `/${literalText(segment.value)}`
    }
  }
  if (route.raw.split('/').some((segment) => ELLIPSIS.test(segment.trim())))
    inexact.push('`/.../` (any depth of nesting) is exported as its shallowest path')
  const repeated = repeatedPlaceholders(route.raw)
  if (repeated.length > 0)
    inexact.push(`placeholder ${repeated.join(', ')} is repeated; each occurrence gets its own name`)
  return { path: path === '' ? '/' : path, params, inexact }
}

/** `range(address='{address}')`: arguments keep the quotes the docs give them. */
function callText(
  segment: Extract<PathSegment, { kind: 'call' }>,
  raw: string,
  params: PathTemplate['params'],
): string {
  const written = writtenCall(segment.name, raw)
  const args = segment.args.map((arg) => {
    const quoted = new RegExp(`(?:^|[(,\\s])${escapeRegExp(arg.name)}\\s*=\\s*'`).test(written)
    params.push({ name: arg.param, raw: `${arg.name}=…`, argument: arg.name })
    return quoted ? `${arg.name}='{${arg.param}}'` : `${arg.name}={${arg.param}}`
  })
  return `${literalText(segment.name)}(${args.join(',')})`
}

/** The text of `name(…)` in the raw path. */
function writtenCall(name: string, raw: string): string {
  const start = raw.indexOf(`${name}(`)
  if (start < 0) return ''
  const end = raw.indexOf(')', start)
  return raw.slice(start, end < 0 ? undefined : end + 1)
}

/** The placeholder written between `open` and `close` in `raw` (`{item-path}`). */
function placeholderText(raw: string, open: string, close: string): string {
  const start = raw.indexOf(open)
  const end = start < 0 ? -1 : raw.indexOf(close, start + open.length)
  return start < 0 || end < 0 ? '' : raw.slice(start + open.length, end)
}

/** Characters that would change the meaning of a path template are percent-encoded. */
function literalText(value: string): string {
  return value.replace(
    /[{}?#\s%]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

/** Placeholders written more than once in one path (`{id}` in `/calendars/{id}/events/{id}`). */
function repeatedPlaceholders(raw: string): string[] {
  const written = raw.match(/\{[^{}]*\}|<[^<>]*>/g)
  if (!written || written.length < 2) return []
  const counts = new Map<string, number>()
  for (const placeholder of written) {
    const name = placeholder.slice(1, -1).split('|')[0]?.trim().toLowerCase() ?? ''
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts]
    .filter(([, n]) => n > 1)
    .map(([name]) => `\`{${name}}\``)
    .sort()
}

/** The shape of a template: placeholder names blanked, so equivalent templates compare equal. */
export function templateShape(path: string): string {
  return path.replace(/\{[^{}]*\}/g, '{}')
}
