import JSON5 from 'json5'
import { describe, expect, it } from 'vitest'
import { jsonPointer, lineAndColumn, parseJsonWithOffsets } from '../../src/check/json-locations.js'

describe('parseJsonWithOffsets', () => {
  it.each([
    ['{"a": 1,}', 8, 'trailing comma'],
    ['[1, 2,]', 6, 'trailing comma'],
    ["{'a': 1}", 1, 'double-quoted'],
    ['{"a": "x\ny"}', 8, 'raw line breaks'],
    ['{"a": 1} x', 9, 'end of the JSON text'],
    ['{"a": tru}', 6, 'JSON value'],
    ['{"a":\u00a01}', 5, 'U+00A0'],
  ])('rejects %j at offset %i', (text, offset, words) => {
    const result = parseJsonWithOffsets(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.offset).toBe(offset)
      expect(result.message).toContain(words)
    }
  })

  it('accepts placeholder conventions and records member offsets', () => {
    const text = '{\n  "id": "String (identifier)",\n  "tags": ["String"]\n}'
    const result = parseJsonWithOffsets(text)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value).toEqual({ id: 'String (identifier)', tags: ['String'] })
      expect(lineAndColumn(text, result.offsets.get(jsonPointer(['tags', 0])) ?? 0)).toEqual({
        line: 2,
        column: 11,
      })
    }
  })

  // The slips JSON5 reads (an example body is read so: src/shape/examples.ts), each before a member.
  it.each([
    ['{"a": [1,], "b": 2}', '/b', 12, 'trailing comma'],
    ['{"a": 1, // note\n "b": 2}', '/b', 18, 'comment'],
    ['{"a":\u00a01, "b": 2}', '/b', 9, 'non-breaking space'],
    ["[{'target': '#p', 'b': +.5}]", '/0/b', 18, 'single-quoted strings, a JSON5 number'],
    ['{a: 0x1F, "b": 2}', '/b', 10, 'bare name, hex number'],
  ])('reads %j as JSON5, %s at offset %i (%s)', (text, pointer, offset) => {
    expect(parseJsonWithOffsets(text).ok).toBe(false)
    const result = parseJsonWithOffsets(text, 'json5')
    expect(result.ok && result.offsets.get(pointer)).toBe(offset)
    expect(result.ok && result.value).toEqual(JSON5.parse(text))
  })

  it('escapes pointer segments', () => {
    expect(jsonPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0')
  })
})
