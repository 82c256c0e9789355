/**
 * `JSON5.parse`, by `JSON.parse` where that gives the same value: JSON5 reads valid JSON alike,
 * many times slower (it tokenizes in JavaScript), and treats a `__proto__` key otherwise. The docs'
 * JSON is valid JSON in most blocks; the rest (comments, trailing commas, bare keys) goes to JSON5,
 * whose error says where it stopped. Text nested too deep is refused (`json-depth.ts`).
 */
import JSON5 from 'json5'
import { nestsTooDeep, TOO_DEEP } from './json-depth.js'

export function parseJson5(text: string): unknown {
  if (nestsTooDeep(text)) throw new SyntaxError(`JSON5: ${TOO_DEEP}`)
  if (!text.includes('__proto__'))
    try {
      return JSON.parse(text) as unknown
    } catch {}
  return JSON5.parse(text)
}
