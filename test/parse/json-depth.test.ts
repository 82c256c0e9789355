/** How deep the docs' JSON may nest before it is refused as not JSON (a hostile page's thousands of `[`). */
import { expect, it } from 'vitest'
import { MAX_JSON_DEPTH, nestsTooDeep } from '../../src/parse/json-depth.js'

const nested = (depth: number) => `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`

it('refuses text nested deeper than the limit, and only that', () => {
  expect(nestsTooDeep(nested(MAX_JSON_DEPTH))).toBe(false)
  expect(nestsTooDeep(nested(MAX_JSON_DEPTH + 2))).toBe(true)
})

it('counts no bracket inside a string, escaped quotes included', () => {
  const brackets = '['.repeat(MAX_JSON_DEPTH * 2)
  expect(nestsTooDeep(`{ "a": "${brackets}", "b": "\\"${brackets}" }`)).toBe(false)
})
