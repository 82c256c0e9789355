/** `parseJson5` reads as JSON5 does, taking the fast path only where the value is the same. */
import JSON5 from 'json5'
import { describe, expect, it } from 'vitest'
import { parseJson5 } from '../../src/parse/json5-text.js'

describe('parseJson5', () => {
  it.each([
    ['valid JSON', '{ "a": [1, -0, 1e3, "x\\u00e9"], "b": { "c": null, "c": true } }'],
    ['a trailing comma', '{ "a": 1, }'],
    ['a bare key and a comment', '{ a: 1 /* note */ }'],
    ['a __proto__ key', '{ "__proto__": { "polluted": true }, "a": 1 }'],
  ])('reads %s as JSON5 does', (_, text) => {
    const value = parseJson5(text)
    expect(value).toEqual(JSON5.parse(text))
    expect(Object.getPrototypeOf(value)).toBe(Object.getPrototypeOf(JSON5.parse(text)))
  })

  it("throws JSON5's error, with its position, for what neither reads", () => {
    expect(() => parseJson5('{ "a": }')).toThrow(/JSON5: invalid character '}' at 1:8/)
  })
})
