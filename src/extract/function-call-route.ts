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
 * And a call is also routed without the arguments that may be left out (`withOmittedArguments`).
 */
import type { ExampleDef, ParameterDef, PathSegment, RouteTemplate } from '../model.js'
import { routeKey } from '../route-key.js'
import { saysOptional } from './parameter-table.js'
import { HOST, parseRouteTemplate, splitTopLevel } from './route-template.js'

/** `routes` with each GET whose last segment the examples call with documented arguments as that call. */
export function withCalledArguments(
  routes: readonly RouteTemplate[],
  examples: readonly ExampleDef[],
  urlParameters: () => ReadonlySet<string>,
): RouteTemplate[] {
  const lasts = requestedLastSegments(examples)
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
interface CalledSegment {
  name: string
  args?: string[]
  depth: number
}

function lastSegment(url: string): CalledSegment {
  const path = url.replace(HOST, '').split('?')[0] ?? ''
  const segments = splitTopLevel(path.replace(/^\//, '').replace(/\/$/, ''), '/')
  const segment = segments.at(-1) ?? ''
  const call = /^([^(]+)\((.+)\)$/.exec(segment)
  const args = call ? splitTopLevel(call[2] ?? '', ',').map((arg) => arg.split('=')[0]?.trim() ?? '') : []
  if (!call || args.some((name) => !/^[A-Za-z_]\w*$/.test(name)))
    return { name: segment, depth: segments.length }
  return { name: call[1] ?? '', args, depth: segments.length }
}

/**
 * `routes` with, after each GET that calls a function, the calls that leave out any of its optional
 * arguments (OData: an optional parameter may be left out of the call); the call without any is
 * written without parentheses. An argument is optional where its row says so, or a request example calls the function
 * without it, and the row does not require it; today's onlinemeeting-getallrecordings.md:
 *   GET /users/{usersId}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{userId}',startDateTime={startDateTime},endDateTime={endDateTime})
 *   | startDateTime | DateTimeOffset | Optional parameter to filter for artifacts created after … |
 *   GET https://graph.microsoft.com/v1.0/users/8b08…/onlineMeetings/getAllRecordings?$filter=MeetingOrganizer/User/Id eq '8b08…'
 * Each form keeps the route's placeholder names: a handler reads an argument by one name whichever
 * form is called.
 */
export function withOmittedArguments(
  routes: readonly RouteTemplate[],
  parameters: readonly ParameterDef[],
  examples: readonly ExampleDef[],
): RouteTemplate[] {
  const rows = new Map(
    parameters.filter((each) => each.in === 'path').map((each) => [each.name.toLowerCase(), each]),
  )
  const lasts = requestedLastSegments(examples)
  const forms = new Map<string, RouteTemplate>()
  for (const route of routes) {
    const call = route.segments.at(-1)
    if (route.method !== 'GET' || call?.kind !== 'call') continue
    const depth = route.segments.length
    const omissible = call.args.filter((arg) => isOmissible(arg, call, depth, rows, lasts))
    for (const form of callsWithout(route, call, omissible)) forms.set(routeKey(form), form)
  }
  for (const route of routes) forms.delete(routeKey(route))
  return [...routes, ...forms.values()]
}

/** Whether `arg` of the call that ends a route of `depth` segments may be left out: its row does
 *  not require it, and says it is optional or an example calls the function without it. */
function isOmissible(
  arg: CallArgument,
  call: CallSegment,
  depth: number,
  rows: ReadonlyMap<string, ParameterDef>,
  lasts: readonly CalledSegment[],
): boolean {
  const name = arg.name.toLowerCase()
  const row = rows.get(name)
  if (!row || row.required) return false
  // An example calling another overload (`f(date=…)` beside `f(period=…)`) says nothing of this one.
  const takes = new Set(call.args.map((each) => each.name.toLowerCase()))
  const shownWithout = lasts.some(
    (each) =>
      each.name.toLowerCase() === call.name.toLowerCase() &&
      each.depth === depth &&
      (each.args ?? []).every((written) => takes.has(written.toLowerCase())) &&
      !(each.args ?? []).some((written) => written.toLowerCase() === name),
  )
  return saysOptional(row.description) || shownWithout
}

/** The last segment of each GET request example's URL. */
function requestedLastSegments(examples: readonly ExampleDef[]): CalledSegment[] {
  return examples.flatMap((example) =>
    example.kind === 'request' && example.method === 'GET' && example.url ? [lastSegment(example.url)] : [],
  )
}

/** `route`, which ends in `call`, without each non-empty subset of the `omissible` arguments. */
function callsWithout(
  route: RouteTemplate,
  call: CallSegment,
  omissible: readonly CallArgument[],
): RouteTemplate[] {
  // Past a few, each of the 2ⁿ − 1 forms would be a path of its own: only the call without them all.
  const omissions =
    omissible.length > MAX_OMITTED_FORMS_ARGUMENTS ? [[...omissible]] : nonEmptySubsets(omissible)
  return omissions.map((omitted) => {
    const kept = call.args.filter((arg) => !omitted.includes(arg))
    const segment: PathSegment =
      kept.length === 0 ? { kind: 'literal', value: call.name } : { ...call, args: kept }
    const raw = withoutWrittenArguments(route.raw, new Set(omitted.map((arg) => arg.name)))
    return { ...route, raw, segments: [...route.segments.slice(0, -1), segment] }
  })
}

/** The most optional arguments a call is routed without in every combination (15 forms). */
const MAX_OMITTED_FORMS_ARGUMENTS = 4

type CallSegment = Extract<PathSegment, { kind: 'call' }>
type CallArgument = CallSegment['args'][number]

/** Every subset of `items` but the empty one, each in the order of `items`. */
function nonEmptySubsets<T>(items: readonly T[]): T[][] {
  const subsets: T[][] = [[]]
  for (const item of items) subsets.push(...subsets.map((each) => [...each, item]))
  return subsets.slice(1)
}

/** `…/f(a='{a}',b={b})` without the arguments `omitted` names: `…/f(a='{a}')`, or `…/f` without any. */
function withoutWrittenArguments(raw: string, omitted: ReadonlySet<string>): string {
  const parts = splitTopLevel(raw, '/')
  const written = /^([^(]+)\((.*)\)$/.exec(parts.pop() ?? '')
  const name = written?.[1] ?? ''
  const args = splitTopLevel(written?.[2] ?? '', ',')
    .map((arg) => arg.trim())
    .filter((arg) => !omitted.has(arg.split('=')[0]?.trim() ?? ''))
  return [...parts, args.length === 0 ? name : `${name}(${args.join(',')})`].join('/')
}
