import { describe, expect, it } from 'vitest'
import { blankJsonComments } from '../../src/parse/json-comments.js'

describe('blankJsonComments', () => {
  it.each([
    ['{ "a": 1 }', '{ "a": 1 }'],
    ['{\n  /* relationships */\n  "a": 1\n}', '{\n                     \n  "a": 1\n}'],
    ['{ "a": 1, // note\n "b": 2 }', '{ "a": 1,        \n "b": 2 }'],
    ['{ "url": "https://x/*y*/" }', '{ "url": "https://x/*y*/" }'],
    ['{ "q": "a\\"//b" }', '{ "q": "a\\"//b" }'],
    ['{ /* open', '{        '],
  ])('%j', (input, output) => {
    expect(blankJsonComments(input)).toBe(output)
    expect(blankJsonComments(input)).toHaveLength(input.length)
  })
})
