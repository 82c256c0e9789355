/**
 * Strict JSON (RFC 8259) with positions: the value, the offset of every member and element by JSON
 * pointer, or the offset and reason of the first fault. The docs' example bodies are read with it
 *   { "id": "String (identifier)", "tags": ["a",], }      ← fault at the `]` after the trailing comma
 * so a check can point at the key of a wrong property or at the character that breaks the JSON.
 * Read as JSON5 (`'json5'`), it takes the slips an example body is read through as its writer meant
 * them (`exampleBodyOf`, src/shape/examples.ts), so a check points into such a body too:
 *   "stageNumber" : 1,  …  "defaultRecordBehavior":"startLocked",
 *   }                                    ← today's security-labelsroot-post-retentionlabel.md
 */

import JSON5 from 'json5'
import { MAX_JSON_DEPTH } from '../parse/json-depth.js'

export type JsonParse =
  | { ok: true; value: unknown; offsets: Map<string, number> }
  | { ok: false; offset: number; message: string }

/** Strict JSON, or JSON5: besides JSON, comments, any Unicode space, trailing commas, single-quoted
 *  strings, bare property names and numbers such as `+1`, `.5`, `0x1F` or `Infinity`
 *  (https://spec.json5.org). */
export type JsonReading = 'json' | 'json5'

/** What JSON5 reads besides JSON, one token each: space and comments, a string (its escapes and
 *  line continuations included), a number and a bare property name. */
const JSON5_SPACE = /(?:\s|\/\/.*|\/\*[\s\S]*?\*\/)*/y
const JSON5_STRING = /"(?:[^"\\\n\r]|\\(?:\r\n|[\s\S]))*"|'(?:[^'\\\n\r]|\\(?:\r\n|[\s\S]))*'/y
const JSON5_NUMBER = /[+-]?(?:Infinity|NaN|0[xX][\da-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y
const JSON5_NAME = /[$_\p{ID_Start}](?:[$\p{ID_Continue}]|\u200c|\u200d)*/uy

class JsonFault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message)
  }
}

/** JSON pointer of `path` (`['value', 0, 'id']` → `/value/0/id`). */
export function jsonPointer(path: readonly (string | number)[]): string {
  return path.map(pointerStep).join('')
}

function pointerStep(part: string | number): string {
  const text = String(part)
  return /[~/]/.test(text) ? `/${text.replace(/~/g, '~0').replace(/\//g, '~1')}` : `/${text}`
}

export function parseJsonWithOffsets(text: string, reading: JsonReading = 'json'): JsonParse {
  const offsets = new Map<string, number>()
  const json5 = reading === 'json5'
  let at = 0
  let depth = 0
  const describe = (offset: number) => {
    const ch = text[offset]
    if (ch === undefined) return 'end of input'
    if (ch === '\n') return 'line break'
    if (/[^\x20-\x7e]/.test(ch)) return `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
    const word = /^[^\s,:{}[\]"]+/.exec(text.slice(offset))?.[0]
    return word && word.length > 1 ? `\`${word.slice(0, 30)}\`` : `\`${ch}\``
  }
  const fail = (expected: string, offset = at): never => {
    throw new JsonFault(offset, `Unexpected ${describe(offset)}, expected ${expected}`)
  }
  const space = () => {
    if (json5) at += json5Token(JSON5_SPACE)?.length ?? 0
    else for (let ch = text[at]; ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t'; ch = text[at]) at++
  }
  // The JSON5 token `pattern` matches at `at`, if any.
  const json5Token = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at
    return pattern.exec(text)?.[0]
  }
  // A JSON5 string or number, its value as JSON5 reads it.
  const json5Scalar = (pattern: RegExp, expected: string): unknown => {
    const token = json5Token(pattern) ?? fail(expected)
    let read: unknown
    try {
      read = JSON5.parse(token)
    } catch {
      fail(expected) // an escape JSON5 does not know (`\u12`)
    }
    at += token.length
    return read
  }
  // A JSON5 property name: bare (`target`) or a string (`'target'`).
  const json5Name = (): string => {
    const name = json5Token(JSON5_NAME)
    if (name === undefined) return json5Scalar(JSON5_STRING, 'a property name') as string
    at += name.length
    return name
  }
  const literal = (word: string, value: unknown) => {
    if (text.startsWith(word, at)) {
      at += word.length
      return value
    }
    return fail('a JSON value')
  }
  const string = (): string => {
    const start = at
    let hasEscapes = false
    at++
    while (at < text.length) {
      const ch = text[at] as string
      if (ch === '"') {
        at++
        // Without escapes the characters between the quotes are the string.
        return hasEscapes ? (JSON.parse(text.slice(start, at)) as string) : text.slice(start + 1, at - 1)
      }
      if (ch === '\\') {
        hasEscapes = true
        const escaped = text[at + 1] ?? ''
        if (
          escaped === 'u'
            ? !/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))
            : !/["\\/bfnrt]/.test(escaped)
        )
          fail('a JSON escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)', at + 1)
        at += escaped === 'u' ? 6 : 2
        continue
      }
      if (ch < ' ') fail('the closing `"` of the string (raw line breaks and tabs must be escaped)')
      at++
    }
    return fail('the closing `"` of the string')
  }
  const number = (): number => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at))
    if (!match) return fail('a JSON value')
    at += match[0].length
    return Number(match[0])
  }
  // `pointer` is the JSON pointer of the value being read, extended a step at a time.
  const value = (pointer: string): unknown => {
    space()
    const ch = text[at]
    if ((ch === '{' || ch === '[') && depth === MAX_JSON_DEPTH)
      fail(`a value at most ${MAX_JSON_DEPTH} arrays and objects deep`)
    if (ch === '{') return nested(() => object(pointer))
    if (ch === '[') return nested(() => array(pointer))
    // JSON5's strings and numbers; `true`, `false` and `null` are JSON's.
    if (json5) {
      if (ch === '"' || ch === "'") return json5Scalar(JSON5_STRING, 'the closing quote of the string')
      if (ch !== 't' && ch !== 'f' && ch !== 'n') return json5Scalar(JSON5_NUMBER, 'a JSON5 value')
    }
    if (ch === '"') return string()
    if (ch === 't') return literal('true', true)
    if (ch === 'f') return literal('false', false)
    if (ch === 'n') return literal('null', null)
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number()
    return fail(ch === "'" ? 'a JSON value (strings take double quotes)' : 'a JSON value')
  }
  const nested = (read: () => unknown) => {
    depth++
    const result = read()
    depth--
    return result
  }
  const object = (pointer: string) => {
    const result: Record<string, unknown> = {}
    at++
    space()
    if (text[at] === '}') {
      at++
      return result
    }
    for (;;) {
      space()
      // JSON5 reads a trailing comma (`"a": 1, }`).
      if (json5 && text[at] === '}') {
        at++
        return result
      }
      if (!json5 && text[at] !== '"')
        fail(text[at] === '}' ? 'another member after `,` (trailing comma)' : 'a double-quoted property name')
      const keyOffset = at
      const key = json5 ? json5Name() : string()
      const member = pointer + pointerStep(key)
      offsets.set(member, keyOffset)
      space()
      if (text[at] !== ':') fail('`:` after the property name')
      at++
      result[key] = value(member)
      space()
      if (text[at] === ',') {
        at++
        continue
      }
      if (text[at] === '}') {
        at++
        return result
      }
      fail('`,` or `}`')
    }
  }
  const array = (pointer: string) => {
    const result: unknown[] = []
    at++
    space()
    if (text[at] === ']') {
      at++
      return result
    }
    for (;;) {
      space()
      if (text[at] === ']') {
        if (!json5) fail('another element after `,` (trailing comma)')
        at++
        return result
      }
      const element = pointer + pointerStep(result.length)
      offsets.set(element, at)
      result.push(value(element))
      space()
      if (text[at] === ',') {
        at++
        continue
      }
      if (text[at] === ']') {
        at++
        return result
      }
      fail('`,` or `]`')
    }
  }
  try {
    const result = value('')
    space()
    if (at < text.length) fail('the end of the JSON text')
    offsets.set('', text.search(/\S/))
    return { ok: true, value: result, offsets }
  } catch (error) {
    if (error instanceof JsonFault) return { ok: false, offset: error.offset, message: error.message }
    throw error
  }
}

/** 0-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length - 1
  return { line, column: offset - (before.lastIndexOf('\n') + 1) }
}
