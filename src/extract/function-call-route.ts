/**
 * A function whose request line leaves its parameters out, while the request examples call it with
 * them (the Intune and callRecords form; OData passes a function's parameters in the call):
 *   GET /communications/callRecords/getPstnCalls
 *   | fromDateTime | DateTimeOffset | … |                      ← ## Function parameters
 *   GET https://graph.microsoft.com/beta/communications/callRecords/getPstnCalls(fromDateTime=2019-11-01,toDateTime=2019-12-01)
 * The route is the call, its arguments placeholders named after the parameters:
 *   GET /communications/callRecords/getPstnCalls(fromDateTime={fromDateTime},toDateTime={toDateTime})
 * Only where every argument the example passes is a parameter the page documents for the URL. The
 * route as written stays beside the call (the tables seldom say which parameters are optional, and
 * an example may call the function bare):
 *   GET …/worksheets/{id|name}/range  ·  GET …/worksheets/{id|name}/range(address='A1:B2')
 */
import type { ExampleDef, RouteTemplate } from '../model.js'
import { HOST, parseRouteTemplate, splitTopLevel } from './route-template.js'

/** `routes` with each GET whose last segment the examples call with documented arguments as that call. */
export function withCalledArguments(
  routes: readonly RouteTemplate[],
  examples: readonly ExampleDef[],
  urlParameters: () => ReadonlySet<string>,
): RouteTemplate[] {
  const lasts = examples.flatMap((example) =>
    example.kind === 'request' && example.method === 'GET' && example.url ? [lastSegment(example.url)] : [],
  )
  if (!lasts.some((last) => last.args !== undefined)) return [...routes]
  let documented: ReadonlySet<string> | undefined
  return routes.flatMap((route) => {
    const last = route.segments.at(-1)
    if (route.method !== 'GET' || last?.kind !== 'literal') return [route]
    const calling = lasts.filter(
      (each) => each.name.toLowerCase() === last.value.toLowerCase() && each.depth === route.segments.length,
    )
    const call = calling.find((each) => each.args !== undefined)?.args
    if (!call) return [route]
    documented ??= urlParameters()
    const known = documented
    if (!call.every((name) => known.has(name.toLowerCase()))) return [route]
    const args = call.map((name) => `${name}={${name}}`).join(',')
    const query = route.query === undefined ? '' : `?${route.query}`
    const called = parseRouteTemplate(`GET ${route.raw}(${args})${query}`, route.position).route
    if (!called) return [route]
    return [route, called]
  })
}

/** The last segment of an example URL: its name, and its named arguments when it calls a function. */
function lastSegment(url: string): { name: string; args?: string[]; depth: number } {
  const path = url.replace(HOST, '').split('?')[0] ?? ''
  const segments = splitTopLevel(path.replace(/^\//, '').replace(/\/$/, ''), '/')
  const segment = segments.at(-1) ?? ''
  const call = /^([^(]+)\((.+)\)$/.exec(segment)
  const args = call ? splitTopLevel(call[2] ?? '', ',').map((arg) => arg.split('=')[0]?.trim() ?? '') : []
  if (!call || args.some((name) => !/^[A-Za-z_]\w*$/.test(name)))
    return { name: segment, depth: segments.length }
  return { name: call[1] ?? '', args, depth: segments.length }
}
