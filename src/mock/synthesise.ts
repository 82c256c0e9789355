/**
 * A plausible JSON value for a model type, for operations whose page shows no response example:
 * primitives get fixed sample values (a URL where the JSON representation says `"url"`), enums their first member, objects their non-navigation
 * properties (own and inherited) two levels deep, collections one element.
 *
 * Reads: `TypeRef`s and the `ApiModel` type registry.
 */
import { holdsUrl, URL_SAMPLE } from '../extract/json-representation.js'
import { flattenProperties } from '../json-schema/type-schema.js'
import type { ApiModel, ObjectTypeDef, PrimitiveName, TypeRef } from '../model.js'
import {
  collectDerivedTypes,
  type DerivedTypes,
  selfAndDescendants,
  sentAsItself,
} from '../shape/derived-types.js'
import type { ResponseShape } from '../shape/operation-shape.js'

const SAMPLE: Record<PrimitiveName, unknown> = {
  String: 'string',
  Guid: '00000000-0000-0000-0000-000000000000',
  DateTimeOffset: '2024-01-01T00:00:00Z',
  Date: '2024-01-01',
  TimeOfDay: '08:00:00',
  Duration: 'PT1H',
  Binary: 'AA==',
  Stream: '',
  Boolean: true,
  Int16: 0,
  Int32: 0,
  Int64: 0,
  Byte: 0,
  SByte: 0,
  Single: 0,
  Double: 0,
  Decimal: 0,
  Json: {},
}

const MAX_DEPTH = 2

/** The types derived from each base, made once per value and only where an abstract type asks. */
type DerivedOf = () => DerivedTypes

/** What Graph sends for an abstract type: the first type below it that is sent as itself
 *  (`sentAsItself`: a textWebPart for resources/webpart.md's abstract webPart). */
function sentInstead(abstract: ObjectTypeDef, model: ApiModel, derivedOf: DerivedOf): ObjectTypeDef {
  const derived = derivedOf()
  const name = selfAndDescendants(abstract.qualifiedName, derived).find((each) =>
    sentAsItself(each, model, derived),
  )
  const sent = name === undefined ? undefined : model.types[name]
  return sent && sent.kind !== 'enum' ? sent : abstract
}

/** A sample value of `ref` (one element when `collection`). */
export function synthesiseValue(
  ref: TypeRef,
  collection: boolean,
  model: ApiModel,
  depth = 0,
  derivedOf: DerivedOf = lazyDerived(model),
): unknown {
  const one = synthesiseOne(ref, model, depth, derivedOf)
  return collection ? (one === undefined ? [] : [one]) : one
}

function lazyDerived(model: ApiModel): DerivedOf {
  let derived: DerivedTypes | undefined
  return () => {
    derived ??= collectDerivedTypes(model)
    return derived
  }
}

function synthesiseOne(ref: TypeRef, model: ApiModel, depth: number, derivedOf: DerivedOf): unknown {
  if (ref.kind === 'primitive') return SAMPLE[ref.name]
  const named = ref.kind === 'named' && ref.resolved ? model.types[ref.resolved] : undefined
  if (!named) return {}
  if (named.kind === 'enum') return named.members[0]?.name ?? ''
  const type = named.abstract ? sentInstead(named, model, derivedOf) : named
  const value: Record<string, unknown> = { '@odata.type': `#${type.qualifiedName}` }
  if (depth >= MAX_DEPTH) return value
  for (const property of flattenProperties(type, model)) {
    if (property.relationship || property.name === '__proto__') continue
    // A string the JSON representation writes `"url"` is a URL (what `verify` and the checks expect).
    const sample = holdsUrl(property)
      ? property.collection
        ? [URL_SAMPLE]
        : URL_SAMPLE
      : synthesiseValue(property.type, property.collection, model, depth + 1, derivedOf)
    if (sample !== undefined)
      Object.defineProperty(value, property.name, {
        value: sample,
        enumerable: true,
        writable: true,
        configurable: true,
      })
  }
  return value
}

/** The JSON body Graph would send for a response shape: a page or a value wrapped in `value`. */
export function synthesiseResponseBody(response: ResponseShape, model: ApiModel): unknown {
  switch (response.kind) {
    case 'none':
    case 'binary':
      return undefined
    case 'page':
      return { value: synthesiseValue(response.item, true, model) }
    case 'value':
      return { value: synthesiseValue(response.type, false, model) }
    case 'object':
      return response.type ? synthesiseValue(response.type, false, model) : undefined
  }
}
