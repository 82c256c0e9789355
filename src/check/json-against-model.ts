/**
 * One JSON value against the model type it should have — the one judge of JSON by the model, for
 * the docs' example bodies (`rules/example-bodies.ts`) and a running service's answers and the
 * requests replayed to it (`src/verify/`): each member must be a property of the value's type (its base types or a
 * derived type), with a value of the property's type; enum values must be members; an
 * `@odata.type` must name the expected type or one derived from it, spelt as its page spells it; a
 * property the table says is not nullable must not be null; a DateTimeOffset, Date, Guid… must be
 * written in its text form, and a String the JSON representation writes `"url"` as an absolute URL.
 *   { "status": "pendng", "id": 5 }  as importedWindowsAutopilotDeviceIdentityUpload
 *     → enum at /status (pendng is no member), type at /id (a number for a String)
 * Types the model does not document, open types and members with `@` (`@odata.context`,
 * `manager@odata.bind`) are left alone. Enum members and member names may be read in any letter
 * case, as Graph reads them (`enumCase`, `nameCase`). Findings are reported, never thrown.
 */
import { holdsUrl, URL_SAMPLE } from '../extract/json-representation.js'
import type {
  ObjectTypeDef,
  OperationDef,
  ParameterDef,
  PrimitiveName,
  SourcePosition,
  TypeRef,
} from '../model.js'
import { missedTextForm } from '../shape/edm-text.js'
import { isJsonObject } from '../shape/examples.js'
import { typesOfParameter } from '../shape/parameters.js'
import type { ModelAnswers } from './model-reads.js'

export type JsonPath = (string | number)[]

export interface ExpectedValue {
  type: TypeRef
  collection: boolean
  /** A property's "Not nullable." (`false`); body parameters and items say nothing. */
  nullable?: boolean
  /** Where a property's row is, to point at the table that says so. */
  position?: SourcePosition
  /** A property's JSON representation says `"url"`: an absolute URL. */
  format?: 'url'
}

/** What a value can get wrong. */
export type ValueFault = 'type' | 'unknown-property' | 'enum' | 'odata-type' | 'null' | 'format'

/** The questions the judge asks of the model (recorded by a doc check, answered directly by verify). */
export type TypeQuestions = Pick<
  ModelAnswers,
  'named' | 'resolved' | 'family' | 'derives' | 'derivedProperty' | 'enumMembers'
>

export interface ValueJudge {
  reads: TypeQuestions
  report(fault: ValueFault, path: JsonPath, message: string): void
  /** `any`: enum members in any letter case, as Graph reads and writes them (default: exact, as the
   *  docs should spell them). */
  enumCase?: 'exact' | 'any'
  /** `any`: member names, and the type names `@odata.type` writes, in any letter case (`Message` for
   *  `message`), as Graph reads request bodies (default: exact, as the docs should spell them and
   *  Graph writes them). */
  nameCase?: 'exact' | 'any'
  /** `listed`: an enum no page defines, inferred from a "Possible values are" sentence, takes only
   *  the values listed, as the server's validation reads it (default: any value; such a list may
   *  leave members out). */
  inferredEnums?: 'any' | 'listed'
  /** `declared`: a value whose `@odata.type` names a type no page defines is judged as the type
   *  declared for it, as the server judges a nested value (default: not judged; a docs tree may
   *  hold part of an API). */
  undocumentedTypes?: 'skip' | 'declared'
}

const STRING_PRIMITIVES = new Set<PrimitiveName>([
  'String',
  'Guid',
  'DateTimeOffset',
  'Date',
  'TimeOfDay',
  'Duration',
  'Binary',
])
const INTEGER_PRIMITIVES = new Set<PrimitiveName>(['Int16', 'Int32', 'Byte', 'SByte'])
/** Graph may write these as strings (`"INF"`, 64-bit values beyond JavaScript's precision). */
const NUMBER_OR_STRING_PRIMITIVES = new Set<PrimitiveName>(['Int64', 'Single', 'Double', 'Decimal'])

/** The member a value is at, as a reader finds it: its name, with the index of each collection it
 *  sits in (`platforms[0]`, not `0`); `the body` when it is the body itself. */
function labelOf(path: JsonPath): string {
  const named = path.findLastIndex((segment) => typeof segment === 'string')
  const name = named < 0 ? 'the body' : String(path[named])
  return (
    name +
    path
      .slice(named + 1)
      .map((index) => `[${index}]`)
      .join('')
  )
}

export function checkJsonValue(
  value: unknown,
  expected: ExpectedValue,
  path: JsonPath,
  judge: ValueJudge,
): void {
  const label = labelOf(path)
  if (value === null) {
    if (expected.nullable === false)
      judge.report(
        'null',
        path,
        `Unexpected null for ${label}, expected a ${typeName(expected.type)} value: its docs say it is not nullable (the Properties table, or the resource annotation's "nullableProperties")${expected.position ? ` (line ${expected.position.line})` : ''}`,
      )
    return
  }
  if (
    expected.type.kind === 'primitive' &&
    (expected.type.name === 'Json' || expected.type.name === 'Stream')
  )
    return
  if (expected.collection !== Array.isArray(value)) {
    judge.report(
      'type',
      path,
      `Unexpected ${describeJson(value)} for ${label}, expected ${expected.collection ? 'a collection of ' : ''}${typeName(expected.type)}`,
    )
    return
  }
  if (Array.isArray(value)) {
    // Each item in the collection's format; whether it may be null the docs do not say.
    const item: ExpectedValue = { type: expected.type, collection: false }
    if (expected.format) item.format = expected.format
    for (const [index, each] of value.entries()) checkJsonValue(each, item, [...path, index], judge)
    return
  }
  const { type } = expected
  if (type.kind === 'primitive') {
    if (!fitsPrimitive(value, type.name))
      judge.report('type', path, `Unexpected ${describeJson(value)} for ${label}, expected ${type.name}`)
    else if (typeof value === 'string') {
      // A DateTimeOffset, Date, Guid… written as its type is written (`datetime-value` is not).
      const missed = missedTextForm(type.name, value)
      if (missed)
        judge.report(
          'format',
          path,
          `Unexpected ${describeJson(value)} for ${label}, expected a ${type.name} such as ${missed.sample}`,
        )
      else if (holdsUrl(expected) && !URL.canParse(value))
        judge.report(
          'format',
          path,
          `Unexpected ${describeJson(value)} for ${label}, expected an absolute URL such as ${URL_SAMPLE}: the JSON representation says "url"`,
        )
    }
    return
  }
  const target = type.kind === 'named' && type.resolved ? judge.reads.resolved(type.resolved) : undefined
  if (!target) return
  if (target.kind === 'enum') {
    if (typeof value !== 'string') {
      judge.report(
        'type',
        path,
        `Unexpected ${describeJson(value)} for ${label}, expected a ${target.name} member (string)`,
      )
      return
    }
    if ((target.inferred && judge.inferredEnums !== 'listed') || target.members.length === 0) return
    const members = judge.reads.enumMembers(target)
    const anyCase = judge.enumCase === 'any'
    const known = anyCase ? members.anyCase : members.exact
    const wrong = value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => !known.has(anyCase ? part.toLowerCase() : part))
    if (wrong.length > 0)
      judge.report(
        'enum',
        path,
        `Unexpected ${target.name} value "${wrong.join(', ')}" for ${label}, expected one of ${[...members.exact].join(', ')}`,
      )
    return
  }
  if (!isJsonObject(value)) {
    judge.report(
      'type',
      path,
      `Unexpected ${describeJson(value)} for ${label}, expected a ${target.name} object`,
    )
    return
  }
  checkObject(value, target, path, judge)
}

/** A request body against what the operation takes: its resource type, or the parameters of its
 *  Request body table (a member no row names is unknown). */
export function checkRequestJson(operation: OperationDef, body: unknown, judge: ValueJudge): void {
  if (operation.requestBody) {
    if (!operation.requestBody.collection) checkJsonValue(body, { ...operation.requestBody }, [], judge)
    return
  }
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'body')
  if (parameters.length === 0 || !isJsonObject(body)) return
  const byName = new Map(parameters.map((parameter) => [parameter.name, parameter]))
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@')) continue
    const parameter = memberNamed(byName, key, judge)
    if (parameter)
      checkJsonValue(value, { ...parameter, type: offeredTypeOf(parameter, value, judge) }, [key], judge)
    else
      judge.report(
        'unknown-property',
        [key],
        `Unexpected parameter ${key} in the request body, expected one of the Request body table: ${[...byName.keys()].join(', ')}`,
      )
  }
}

/** Of the types a body parameter offers (`typesOfParameter`), the one its value's `@odata.type`
 *  names (call-answer.md's example sends a serviceHostedMediaConfig as its mediaConfig); a value
 *  that names none is any type offered it fits, as the server takes it; else the parameter's type. */
function offeredTypeOf(parameter: ParameterDef, value: unknown, judge: ValueJudge): TypeRef {
  const offered = typesOfParameter(parameter)
  if (offered.length === 1) return parameter.type
  const written = isJsonObject(value) ? value['@odata.type'] : undefined
  if (typeof written === 'string') {
    const named = written.replace(/^#/, '').toLowerCase()
    return (
      offered.find((type) => type.kind === 'named' && type.resolved?.toLowerCase() === named) ??
      parameter.type
    )
  }
  return offered.find((type) => fits(value, { ...parameter, type }, judge)) ?? parameter.type
}

/** Whether `value` is a faultless value of `declared`. */
function fits(value: unknown, declared: ParameterDef, judge: ValueJudge): boolean {
  let faultless = true
  checkJsonValue(value, declared, [], {
    ...judge,
    report: () => {
      faultless = false
    },
  })
  return faultless
}

function checkObject(
  value: Record<string, unknown>,
  declared: ObjectTypeDef,
  path: JsonPath,
  judge: ValueJudge,
): void {
  const { reads } = judge
  let actual: ObjectTypeDef | undefined = declared
  const written = value['@odata.type']
  if (typeof written === 'string' && written.trim() !== '') {
    const named = writtenType(written, declared, [...path, '@odata.type'], judge)
    if (!named) {
      if (judge.undocumentedTypes !== 'declared') actual = undefined
    } else {
      const relation = reads.derives(named, declared)
      if (relation === false && reads.derives(declared, named) === false)
        judge.report(
          'odata-type',
          [...path, '@odata.type'],
          `Unexpected @odata.type ${written.replace(/^#/, '')}, expected ${declared.qualifiedName} or a type derived from it`,
        )
      actual = named
    }
  }
  if (!actual) return // the value names a type this tree does not document
  const family = reads.family(actual)
  const checkUnknown = family.complete && !actual.openType && !declared.openType
  for (const [key, member] of Object.entries(value)) {
    if (key.includes('@')) continue // `@odata.context`, `manager@odata.bind`
    const property =
      family.properties.get(key) ??
      reads.derivedProperty(actual, key) ??
      memberNamed(family.properties, key, judge)
    if (property) checkJsonValue(member, property, [...path, key], judge)
    else if (checkUnknown) {
      const other = [...family.properties.keys()].find((name) => name.toLowerCase() === key.toLowerCase())
      judge.report(
        'unknown-property',
        [...path, key],
        `Unexpected property ${key} in a ${actual.name} object, expected ${other ? `\`${other}\` (property names are case-sensitive)` : `a property of ${actual.qualifiedName} or its base types`}`,
      )
    }
  }
}

/**
 * The documented object type an `@odata.type` names, its spelling reported where it slips: in
 * another letter case (unless the judge reads names in any case), as today's
 * restoresessionbase-activate.md writes `#microsoft.graph.sharepointRestoreSession`; or in another
 * namespace than the declared type's, which holds a type of that name, as today's
 * security-incident-get.md writes `#microsoft.graph.incident` in a microsoft.graph.security.incident.
 */
function writtenType(
  written: string,
  declared: ObjectTypeDef,
  path: JsonPath,
  judge: ValueJudge,
): ObjectTypeDef | undefined {
  const name = written.trim().replace(/^#/, '')
  const named = objectTypeNamed(name, judge.reads) ?? typeMeantIn(declared, name, judge.reads)
  if (!named || named.qualifiedName === name) return named
  const sameLetters = named.qualifiedName.toLowerCase() === name.toLowerCase()
  if (sameLetters && judge.nameCase === 'any') return named
  judge.report(
    'odata-type',
    path,
    `Unexpected @odata.type ${name}, expected ${named.qualifiedName}${sameLetters ? ' (type names are case-sensitive)' : `: no page defines ${name}, and namespace ${named.namespace} holds a type of that name`}`,
  )
  return named
}

/** The type of the declared type's namespace that a name written in another means: one of that
 *  simple name that is the declared type, derives from it or is a base of it (another is a type
 *  no page defines, not a slip). */
function typeMeantIn(declared: ObjectTypeDef, name: string, reads: TypeQuestions): ObjectTypeDef | undefined {
  const meant = objectTypeNamed(`${declared.namespace}.${name.slice(name.lastIndexOf('.') + 1)}`, reads)
  return meant && (reads.derives(meant, declared) === true || reads.derives(declared, meant) === true)
    ? meant
    : undefined
}

function objectTypeNamed(name: string, reads: TypeQuestions): ObjectTypeDef | undefined {
  const named = reads.named(name)
  return named?.kind === 'enum' ? undefined : named
}

/** The entry named `key`; with `nameCase: 'any'`, else the one whose name differs only in letter case. */
function memberNamed<V>(byName: ReadonlyMap<string, V>, key: string, judge: ValueJudge): V | undefined {
  const exact = byName.get(key)
  if (exact !== undefined || judge.nameCase !== 'any') return exact
  const folded = key.toLowerCase()
  for (const [name, value] of byName) if (name.toLowerCase() === folded) return value
  return undefined
}

function fitsPrimitive(value: unknown, name: PrimitiveName): boolean {
  if (STRING_PRIMITIVES.has(name)) return typeof value === 'string'
  if (name === 'Boolean') return typeof value === 'boolean'
  if (INTEGER_PRIMITIVES.has(name)) return typeof value === 'number' && Number.isInteger(value)
  if (NUMBER_OR_STRING_PRIMITIVES.has(name)) return typeof value === 'number' || typeof value === 'string'
  return true // Stream, Json: anything
}

export function typeName(type: TypeRef): string {
  if (type.kind === 'primitive') return type.name
  if (type.kind === 'named') return type.resolved ?? type.name
  return type.text || 'unknown'
}

/** A value as a message names it: `object`, `number 5`, `string "abc…"` (40 characters at most). */
export function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return 'object'
  if (typeof value === 'string') return `string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  return `${typeof value} ${String(value)}`
}
