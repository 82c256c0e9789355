/**
 * The arguments a request writes in its path's function calls (`cell(row=5,column=2)`), judged as
 * the server reads them (`textValueSchema` in the server's schemas): each a value of the type its
 * Function parameters row documents. A docs example that leaves a placeholder there calls nothing
 * the server answers: the sample's worksheet-cell.md writes `cell(row=<row>,column=<column>)` where
 * `row` is an Int32. A `{…}` template is the example's to fill, as in its other segments.
 */
import { decodeSafely } from '../extract/link-target.js'
import type { OperationDef, PathSegment, TypeDef, TypeRef } from '../model.js'
import { documentedRouteParameter } from './parameters.js'
import { callArguments } from './route-matches.js'

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
    for (const pair of callArguments(written[2] ?? '')) {
      const [name = '', ...value] = pair.split('=')
      const text = unquoted(decodeSafely(value.join('=').trim()))
      if (/^\{.*\}$/.test(text)) continue
      const argument = call.args.find((each) => each.name.toLowerCase() === name.trim().toLowerCase())
      const row = argument && documentedRouteParameter(rows, [argument.name, argument.param])
      const expected = row && unfitText(text, row.type, typeNamed)
      if (argument && expected)
        faults.push(`Unexpected \`${text}\` for the argument ${argument.name}, expected ${expected}`)
    }
  }
  return faults
}

/** A written value as the server reads it (`unquoteCallParams`): `'Iana'`, or OData's enum literal
 *  `microsoft.graph.timeZoneStandard'Iana'` (outlookuser-supportedtimezones.md), without its
 *  quotes, `''` a quote. */
function unquoted(written: string): string {
  const quoted = /^[\w.]*'(.*)'$/.exec(written)
  return quoted ? (quoted[1] ?? '').replace(/''/g, "'") : written
}

/** What `text` should be, where it is no value of `type`: an integer, a Boolean, an enum's member
 *  (in any letter case, as Graph reads them; members, comma-separated, of a flags enum). */
function unfitText(
  text: string,
  type: TypeRef,
  typeNamed: (qualifiedName: string) => TypeDef | undefined,
): string | undefined {
  if (type.kind === 'primitive') {
    if (/^(Int|Byte|SByte)/.test(type.name))
      return /^-?[0-9]+$/.test(text) ? undefined : `${/^[AEIOU]/.test(type.name) ? 'an' : 'a'} ${type.name}`
    if (type.name === 'Boolean') return /^(true|false)$/i.test(text) ? undefined : 'a Boolean'
    return undefined
  }
  const named = type.kind === 'named' && type.resolved ? typeNamed(type.resolved) : undefined
  if (named?.kind !== 'enum') return undefined
  const flags = named.flags === true
  const members = new Set(named.members.map((member) => member.name.toLowerCase()))
  const values = flags ? text.split(',') : [text]
  return values.every((value) => members.has(value.trim().toLowerCase()))
    ? undefined
    : `${flags ? 'members' : 'one'} of ${named.members.map((member) => member.name).join(', ')}`
}
