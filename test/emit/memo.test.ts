/**
 * The emit memo: with a memo primed by emitting the seed model, emitting a changed model gives
 * exactly the bytes of emitting it without a memo, rebuilds only the units that changed, and never
 * reuses text of a unit whose inputs changed (names, nullability, enum members, routes).
 */
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { jsonAt, jsonText, PrintedJson } from '../../src/emit/json-text.js'
import { type DerivedTexts, EmitMemo, unitKey, unitKeyOfBytes } from '../../src/emit/memo.js'
import { emitOpenApi, openApiDocument } from '../../src/emit/openapi/index.js'
import { startServer } from '../../src/emit/server/index.js'
import { assignTsNames, type TsName } from '../../src/emit/type-names.js'
import { startTypes } from '../../src/emit/types.js'
import type * as Model from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { expectCommittedFile } from '../support/committed-output.js'
import { type Editable, editable } from '../support/editable.js'

/** The seed model and the changed models are copies this test edits. */
type ApiModel = Editable<Model.ApiModel>
type EnumTypeDef = Editable<Model.EnumTypeDef>
type ObjectTypeDef = Editable<Model.ObjectTypeDef>

const SEEDS = fileURLToPath(new URL('../../input-docs', import.meta.url))

/** A memo that records the keys it had to make. */
class CountingMemo extends EmitMemo {
  readonly made: string[] = []
  override text(key: string, make: () => string, holds?: (text: string) => boolean): string {
    return super.text(
      key,
      () => {
        this.made.push(key)
        return make()
      },
      holds,
    )
  }
}

let seed: ApiModel

beforeAll(async () => {
  seed = editable(buildModel((await readDocs(SEEDS)).pages))
})

/** The files' paths and texts (however each file is split in parts). */
const types = (model: ApiModel, memo?: EmitMemo) =>
  startTypes(model, assignTsNames(model), memo)().map(({ path, text }) => ({ path, text }))
const openApi = (model: ApiModel, memo?: EmitMemo) => emitOpenApi(model, {}, memo).text
const server = (model: ApiModel, memo?: EmitMemo) => startServer(model, assignTsNames(model), memo)()

/** A memo holding what emitting `model` with `emit` used. */
function primed(model: ApiModel, emit: (model: ApiModel, memo: EmitMemo) => unknown): EmitMemo {
  const memo = new EmitMemo()
  emit(model, memo)
  return memo
}

function changed(edit: (model: ApiModel) => void): ApiModel {
  const model = structuredClone(seed)
  edit(model)
  return model
}

/**
 * Emits the seed into a memo, then the seed changed by `edit` through that memo; checks the result
 * is what emitting without a memo gives, and not the seed's. Returns the keys the memo had to make.
 */
function reEmit(
  emit: (model: ApiModel, memo?: EmitMemo) => unknown,
  edit: (model: ApiModel) => void,
): string[] {
  const memo = primed(seed, emit)
  const model = changed(edit)
  const warm = new CountingMemo(memo.used())
  const result = emit(model, warm)
  expect(result).toEqual(emit(model))
  expect(result).not.toEqual(emit(seed))
  return warm.made
}

function changePropertyDescription(model: ApiModel): void {
  const { type, index } = describedProperty(model)
  const property = type.properties[index]
  if (property) property.description += ' Changed.'
}

function objectTypes(model: ApiModel): ObjectTypeDef[] {
  return Object.values(model.types).filter((type): type is ObjectTypeDef => type.kind !== 'enum')
}

/** The first object type with a described property, and that property's index. */
function describedProperty(model: ApiModel): { type: ObjectTypeDef; index: number } {
  for (const type of objectTypes(model)) {
    const index = type.properties.findIndex((property) => property.description !== '')
    if (index >= 0) return { type, index }
  }
  throw new Error('no described property in the seed')
}

/** A type some object type's property refers to, with that property's type. */
function referencedType(model: ApiModel, kind: 'enum' | 'object'): string {
  for (const type of objectTypes(model))
    for (const property of type.properties) {
      const target = property.type.kind === 'named' ? property.type.resolved : undefined
      const referenced = target ? model.types[target] : undefined
      if (referenced && (referenced.kind === 'enum') === (kind === 'enum')) return referenced.qualifiedName
    }
  throw new Error(`no referenced ${kind} type in the seed`)
}

/** A string property of an operation's response type that a response example of it shows. */
function exampleProperty(model: ApiModel): { type: string; property: string } {
  for (const operation of model.operations) {
    const named = operation.response.type
    const type = named?.kind === 'named' && named.resolved ? model.types[named.resolved] : undefined
    if (type === undefined || type.kind === 'enum' || operation.response.collection) continue
    for (const example of operation.examples) {
      if (example.kind !== 'response' || example.bodyText === undefined) continue
      let body: unknown
      try {
        body = JSON.parse(example.bodyText)
      } catch {
        continue
      }
      if (typeof body !== 'object' || body === null) continue
      const property = type.properties.find(
        (each) =>
          each.type.kind === 'primitive' &&
          each.type.name === 'String' &&
          typeof (body as Record<string, unknown>)[each.name] === 'string',
      )
      if (property) return { type: type.qualifiedName, property: property.name }
    }
  }
  throw new Error('no response example shows a string property of its type in the seed')
}

describe('EmitMemo', () => {
  it('returns what it knows without making it, and lists what this run used', () => {
    const memo = new EmitMemo(
      new Map([
        ['a', 'known'],
        ['b', 'unused'],
      ]),
    )
    expect(memo.text('a', () => 'made')).toBe('known')
    expect(memo.text('c', () => 'made')).toBe('made')
    expect(memo.text('c', () => 'made again')).toBe('made')
    expect([...memo.used()]).toEqual([
      ['a', 'known'],
      ['c', 'made'],
    ])
  })

  it('keeps for the next run what this run used, and every entry of the emitters that did not run', () => {
    const memo = new EmitMemo(
      new Map([
        ['types:a', 'type a'],
        ['types:b', 'type b, no longer printed'],
        ['openapi:c', 'path item c'],
      ]),
    )
    memo.text('types:a', () => 'made')
    memo.text('types:d', () => 'type d')
    // The OpenAPI group was unchanged: its units are kept for a later change.
    expect([...memo.kept()].sort()).toEqual([
      ['openapi:c', 'path item c'],
      ['types:a', 'type a'],
      ['types:d', 'type d'],
    ])
  })
})

describe('unitKey', () => {
  it('tells apart texts UTF-8 would make alike, and lists that join alike', () => {
    expect(unitKey('t', '\ud800')).not.toBe(unitKey('t', '\ufffd'))
    expect(unitKey('t', 'ab', 'c')).not.toBe(unitKey('t', 'a', 'bc'))
    expect(unitKey('t', 'x')).not.toBe(unitKey('u', 'x'))
    expect(unitKey('t', 'x')).toBe(unitKey('t', 'x'))
  })

  it("is the same key when made from the text's bytes", () => {
    for (const text of ['plain', 'é ✓ 😀', '\ud800 lone'])
      expect(unitKeyOfBytes('t', text, Buffer.from(text))).toBe(unitKey('t', text))
  })
})

describe('JSON printed in parts', () => {
  it('is JSON.stringify(value, null, 2) of the whole', () => {
    const unit = { b: [1, { c: 'x\ny "q" é \u2028' }], '10': {}, '2': [], a: null }
    const whole = {
      z: 1,
      nested: { units: { one: unit, two: {} }, list: [1, 2] },
      '1': 'first',
      gone: undefined,
    }
    const parts = {
      ...whole,
      nested: { ...whole.nested, units: { one: new PrintedJson(jsonAt(unit, 3)), two: {} } },
    }
    expect(jsonText(parts)).toBe(JSON.stringify(whole, null, 2))
    expect(jsonText({})).toBe('{}')
  })
})

describe('types with a memo', () => {
  it('after one description changed: the same bytes, one declaration printed', () => {
    expect(reEmit(types, changePropertyDescription)).toHaveLength(1)
  })

  it('keyed by the names and the option too: the same type objects print as a fresh emit does', () => {
    // As in a watch session: the next run's memo shares what was derived from the model objects.
    const derived: DerivedTexts = new WeakMap()
    const names = assignTsNames(seed)
    const first = new EmitMemo(new Map(), derived)
    startTypes(seed, names, first)()
    const target = referencedType(seed, 'object')
    const renamed = new Map(names)
    renamed.set(target, { ...(names.get(target) as TsName), name: 'RenamedForTheTest' })
    const fresh = (options: { propertyUnions: boolean }) =>
      startTypes(seed, renamed, undefined, undefined, options)().map(({ path, text }) => ({ path, text }))
    for (const propertyUnions of [false, true]) {
      const next = new EmitMemo(first.used(), derived)
      const text = startTypes(seed, renamed, next, undefined, { propertyUnions })().map(({ path, text }) => ({
        path,
        text,
      }))
      expect(text).toEqual(fresh({ propertyUnions }))
      expect(JSON.stringify(text)).toContain('RenamedForTheTest')
    }
  })

  it('with an unchanged model: the same bytes, nothing printed', () => {
    const warm = new CountingMemo(primed(seed, types).used())
    expect(types(seed, warm)).toEqual(types(seed))
    expect(warm.made).toEqual([])
  })

  // Printed by the batched printer (one `printStructure` of all statements) before declarations
  // were printed one by one; the seed alone has no namespace. Keys: the seed types moved to one.
  const goldenPath = fileURLToPath(new URL('namespaced-types.golden.json', import.meta.url))
  const namespacedModel = (moved: string) =>
    changed((model) => {
      for (const name of moved.split(','))
        for (const type of Object.values(model.types))
          if (type.qualifiedName === `microsoft.graph.importedWindowsAutopilotDeviceIdentity${name}`)
            type.namespace = 'microsoft.graph.callRecords'
      for (const type of Object.values(model.undocumented)) type.namespace = 'microsoft.graph.other'
    })
  const MOVED = ['ImportStatus,State,Upload', 'UploadStatus,ImportStatus,State,Upload']
  it('lays out namespaces as the committed golden output', () => {
    const printed = Object.fromEntries(MOVED.map((moved) => [moved, types(namespacedModel(moved))]))
    expectCommittedFile(goldenPath, `${JSON.stringify(printed, null, 2)}\n`, fileURLToPath(import.meta.url))
  })
  for (const moved of MOVED)
    it(`prints the same namespaces with a memo (${moved} in a namespace)`, () => {
      const model = namespacedModel(moved)
      expect(types(model, new EmitMemo(primed(model, types).used()))).toEqual(types(model))
    })

  const edits: Record<string, (model: ApiModel) => void> = {
    'a referenced type renamed': (model) => {
      const type = model.types[referencedType(model, 'object')]
      if (type) type.name = `${type.name}Renamed`
    },
    'a property made nullable or not': (model) => {
      const property = objectTypes(model).find((type) => type.properties.length > 0)?.properties[0]
      // Silent docs mean nullable: the edit turns the decision over.
      if (property) property.nullable = property.nullable === false
    },
    'an enum member added': (model) => {
      const type = model.types[referencedType(model, 'enum')] as EnumTypeDef
      const first = type.members[0]
      if (first) type.members.push({ ...first, name: 'addedMember' })
    },
  }
  for (const [change, edit] of Object.entries(edits))
    it(`never reuses stale text: ${change}`, () => {
      reEmit(types, edit)
    })
})

describe('openapi.json with a memo', () => {
  it('is the document object, stringified', () => {
    expect(openApi(seed, new EmitMemo())).toBe(`${JSON.stringify(openApiDocument(seed), null, 2)}\n`)
  })

  it('after one property description changed: the same bytes, one schema rebuilt', () => {
    const made = reEmit(openApi, changePropertyDescription)
    expect(made).toHaveLength(1)
    expect(made[0]).toMatch(/^openapi\.schema:/)
  })

  it('after one operation description changed: the same bytes, only its path item rebuilt', () => {
    const made = reEmit(openApi, (model) => {
      const edited = model.operations.find((operation) => operation.routes.length === 1)
      if (edited) edited.description += ' Changed.'
    })
    // The item's text, and beside it the schemas its examples read.
    expect(made).toHaveLength(2)
    expect(made[0]).toMatch(/^openapi\.path-item:/)
    expect(made[1]).toBe(`${made[0]} reads`)
  })

  it('after a property an example shows changed type: the same bytes, only the path items whose examples read it rebuilt', () => {
    const shown = exampleProperty(seed)
    const made = reEmit(openApi, (model) => {
      const type = model.types[shown.type] as ObjectTypeDef
      const property = type.properties.find((each) => each.name === shown.property)
      if (property) property.type = { kind: 'primitive', name: 'Boolean' }
    })
    const items = Object.keys(openApiDocument(seed).paths).length
    const rebuilt = made.filter((key) => key.startsWith('openapi.path-item:') && !key.endsWith(' reads'))
    expect(rebuilt.length).toBeGreaterThan(0)
    expect(rebuilt.length).toBeLessThan(items)
  })

  const edits: Record<string, (model: ApiModel) => void> = {
    'an enum member renamed': (model) => {
      const type = model.types[referencedType(model, 'enum')] as EnumTypeDef
      const member = type.members[0]
      if (member) member.name = `${member.name}Renamed`
    },
    'a property made nullable or not': (model) => {
      const property = objectTypes(model).find((type) => type.properties.length > 0)?.properties[0]
      // Silent docs mean nullable: the edit turns the decision over.
      if (property) property.nullable = property.nullable === false
    },
    'a response status changed': (model) => {
      const operation = model.operations[0]
      if (operation) operation.response.status = operation.response.status === 201 ? 200 : 201
    },
    'a route renamed': (model) => {
      const route = model.operations[0]?.routes[0]
      const literal = route?.segments.find((segment) => segment.kind === 'literal')
      if (literal?.kind === 'literal') literal.value += 'Renamed'
    },
  }
  for (const [change, edit] of Object.entries(edits))
    it(`never reuses stale text: ${change}`, () => {
      reEmit(openApi, edit)
    })
})

describe('server with a memo', () => {
  it('probes the router again only when the routes change', () => {
    const memo = primed(seed, server)
    const same = new CountingMemo(memo.used())
    expect(server(seed, same)).toEqual(server(seed))
    expect(same.made).toEqual([])

    const model = changed((model) => {
      const literal = model.operations[0]?.routes[0]?.segments.find((segment) => segment.kind === 'literal')
      if (literal?.kind === 'literal') literal.value += 'Moved'
    })
    const moved = new CountingMemo(memo.used())
    const result = server(model, moved)
    expect(result).toEqual(server(model))
    expect(moved.made).toHaveLength(1)
  })
})
