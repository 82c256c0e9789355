import { describe, expect, it } from 'vitest'
import { ReadMemo } from '../../src/emit/read-memo.js'
import type { ApiModel, TypeDef } from '../../src/model.js'

const type = (name: string) => ({ kind: 'complex', name }) as unknown as TypeDef
const modelOf = (types: Record<string, TypeDef>): ApiModel => ({
  types,
  undocumented: {},
  operations: [],
  diagnostics: [],
  pages: 0,
})

describe('ReadMemo', () => {
  const owner = {}
  const a = type('a')
  const b = type('b')

  it('keeps a value while the parts it read are the same objects, whatever else changed', () => {
    const memo = new ReadMemo<string>()
    let made = 0
    const readA = (model: ApiModel) => {
      made++
      return `${model.types.a?.name}`
    }
    expect(memo.value(owner, ['x'], modelOf({ a, b }), readA)).toBe('a')
    // Another `b`, another record: `a` is the same object.
    expect(memo.value(owner, ['x'], modelOf({ a, b: type('b') }), readA)).toBe('a')
    expect(made).toBe(1)
    // Another `a` (a changed type is a new object): made again.
    expect(memo.value(owner, ['x'], modelOf({ a: type('a2'), b }), readA)).toBe('a2')
    expect(made).toBe(2)
  })

  it('makes a value again for other inputs, compared by identity', () => {
    const memo = new ReadMemo<number>()
    let made = 0
    const count = () => ++made
    const input = {}
    memo.value(owner, ['GET', input], modelOf({ a }), count)
    memo.value(owner, ['GET', input], modelOf({ a }), count)
    expect(made).toBe(1)
    memo.value(owner, ['GET', {}], modelOf({ a }), count)
    memo.value(owner, ['POST', input], modelOf({ a }), count)
    expect(made).toBe(3)
  })

  it('notes a name read and found missing, which holds until the name appears', () => {
    const memo = new ReadMemo<boolean>()
    const hasC = (model: ApiModel) => 'c' in model.types
    expect(memo.value(owner, [], modelOf({ a }), hasC)).toBe(false)
    expect(memo.value(owner, [], modelOf({ a, c: type('c') }), hasC)).toBe(true)
  })

  it('holds a value that enumerated a record only while the record is the same object', () => {
    const memo = new ReadMemo<string>()
    const names = (model: ApiModel) => Object.keys(model.types).join()
    const types = { a }
    expect(memo.value(owner, [], modelOf(types), names)).toBe('a')
    expect(memo.value(owner, [], modelOf(types), names)).toBe('a')
    expect(memo.value(owner, [], modelOf({ a, b }), names)).toBe('a,b')
  })

  it('holds a value that read the operations only while they are the same list', () => {
    const memo = new ReadMemo<number>()
    const count = (model: ApiModel) => model.operations.length
    const model = modelOf({ a })
    expect(memo.value(owner, [], model, count)).toBe(0)
    const more = { ...model, operations: [{}] } as unknown as ApiModel
    expect(memo.value(owner, [], more, count)).toBe(1)
  })
})
