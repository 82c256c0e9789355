/**
 * The arguments a request writes in its path's function calls (`cell(row=5,column=2)`), judged as
 * the server reads them (`textValueSchema` in the server's schemas): each a value of the type its
 * Function parameters row documents. A docs example that leaves a placeholder there calls nothing
 * the server answers: the sample's worksheet-cell.md writes `cell(row=<row>,column=<column>)` where
 * `row` is an Int32. A `{…}` template is the example's to fill, as in its other segments.
 */
import type { OperationDef, ParameterDef, PathSegment, TypeDef } from '../model.js'
import { documentedRouteParameter } from './parameters.js'

type CallSegment = Extract<PathSegment, { kind: 'call' }>

/** `name(arguments)`, as a request's path writes a call. */
const WRITTEN_CALL = /^([\w.]+)\((.*)\)$/

/** What is wrong with each argument `segments` (a request's, `RequestTarget.segments`) writes in a
 *  call of `operation`'s routes; `typeNamed`: the model's type of a qualified name. */
export function argumentFaults(
  operation: OperationDef,
  segments: readonly string[],
  typeNamed: (qualifiedName: string) => TypeDef | undefined,
): string[] {
  const calls = new Map<string, CallSegment>()
  for (const route of operation.routes)
    for (const segment of route.segments)
      if (segment.kind === 'call') calls.set(segment.name.toLowerCase(), segment)
  if (calls.size === 0) return []
  const rows = operation.parameters.filter((parameter) => parameter.in === 'path')
  const faults: string[] = []
  for (const segment of segments) {
    const written = WRITTEN_CALL.exec(segment)
    const call = written && calls.get((written[1] ?? '').toLowerCase())
    if (!call) continue
    // A quoted value may hold commas: a flags enum's members (`on='a,b'`, today's
    // accesspackagesuggestions-filterbycurrentuser.md).
    for (const pair of (written[2] ?? '').match(/[^,']*(?:'[^']*'[^,']*)*/g) ?? []) {
      if (pair.trim() === '') continue
      const [name = '', ...value] = pair.split('=')
      // `'Iana'`, or OData's enum literal `microsoft.graph.timeZoneStandard'Iana'` (outlookuser-supportedtimezones.md).
      const text = value
        .join('=')
        .trim()
        .replace(/^[\w.]*'(.*)'$/, '$1')
      if (/^\{.*\}$/.test(text)) continue
      const argument = call.args.find((each) => each.name.toLowerCase() === name.trim().toLowerCase())
      const row = argument && documentedRouteParameter(rows, [argument.name, argument.param])
      const expected = row && unfitText(text, row, typeNamed)
      if (argument && expected)
        faults.push(`Unexpected \`${text}\` for the argument ${argument.name}, expected ${expected}`)
    }
  }
  return faults
}

/** What `text` should be, where it is no value of the row's type: an integer, a Boolean, an enum's
 *  member (in any letter case, as Graph reads them; members, comma-separated, of a flags enum). */
function unfitText(
  text: string,
  { type, flagsEnum }: ParameterDef,
  typeNamed: (qualifiedName: string) => TypeDef | undefined,
): string | undefined {
  if (type.kind === 'primitive') {
    if (/^(Int|Byte|SByte)/.test(type.name)) return /^-?[0-9]+$/.test(text) ? undefined : `an ${type.name}`
    if (type.name === 'Boolean') return /^(true|false)$/i.test(text) ? undefined : 'a Boolean'
    return undefined
  }
  const named = type.kind === 'named' && type.resolved ? typeNamed(type.resolved) : undefined
  if (named?.kind !== 'enum') return undefined
  const flags = flagsEnum === true || named.flags === true
  const members = new Set(named.members.map((member) => member.name.toLowerCase()))
  const values = flags ? text.split(',') : [text]
  return values.every((value) => members.has(value.trim().toLowerCase()))
    ? undefined
    : `${flags ? 'members' : 'one'} of ${named.members.map((member) => member.name).join(', ')}`
}
