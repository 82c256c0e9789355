import { describe, expect, it } from 'vitest'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { deepEqual, ModelInterner } from '../../src/session/model-interner.js'
import { checkDocs } from '../support/check-docs.js'

describe('deepEqual', () => {
  it('is equality of the JSON text: members, order and values', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true)
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false)
    expect(deepEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false)
    expect(deepEqual({ a: null }, { a: {} })).toBe(false)
    expect(deepEqual([], {})).toBe(false)
    expect(deepEqual({ a: '1' }, { a: 1 })).toBe(false)
  })
})

describe('ModelInterner', () => {
  const link = async (edit: (text: string) => string = (text) => text): Promise<ApiModel> => {
    const docs = await readDocs('input-docs')
    return (await checkDocs(docs.pages.map((page) => ({ ...page, text: edit(page.text) })))).model
  }

  it('gives back the last run’s objects for unchanged parts, new ones for changed parts', async () => {
    const interner = new ModelInterner()
    const first = interner.intern(await link())
    const unchanged = interner.intern(await link())
    for (const [name, type] of Object.entries(unchanged.types)) expect(type).toBe(first.types[name])
    for (const [index, operation] of unchanged.operations.entries())
      expect(operation).toBe(first.operations[index])
    // Nothing changed: the records and the list are the last run's too.
    expect(unchanged.types).toBe(first.types)
    expect(unchanged.operations).toBe(first.operations)

    const edited = await link((text) =>
      text.replace('DateTime when the entity is created.', 'When the entity was created.'),
    )
    const expected = JSON.stringify(edited)
    const next = interner.intern(edited)
    expect(JSON.stringify(next)).toBe(expected)
    const changed = Object.keys(next.types).filter((name) => next.types[name] !== unchanged.types[name])
    expect(changed.length).toBeGreaterThan(0)
    expect(next.types).not.toBe(unchanged.types)
    for (const name of changed)
      expect(JSON.stringify(next.types[name])).not.toBe(JSON.stringify(unchanged.types[name]))
  })
})
