/**
 * Strict JSON (RFC 8259) with positions: the value, the offset of every member and element by JSON
 * pointer, or the offset and reason of the first fault. The docs' example bodies are read with it
 *   { "id": "String (identifier)", "tags": ["a",], }      ← fault at the `]` after the trailing comma
 * so a check can point at the key of a wrong property or at the character that breaks the JSON.
 */

import { MAX_JSON_DEPTH } from '../parse/json-depth.js'

export type JsonParse =
  | { ok: true; value: unknown; offsets: Map<string, number> }
  | { ok: false; offset: number; message: string }

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

export function parseJsonWithOffsets(text: string): JsonParse {
  const offsets = new Map<string, number>()
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
    for (let ch = text[at]; ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t'; ch = text[at]) at++
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
      if (text[at] !== '"')
        fail(text[at] === '}' ? 'another member after `,` (trailing comma)' : 'a double-quoted property name')
      const keyOffset = at
      const key = string()
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
      if (text[at] === ']') fail('another element after `,` (trailing comma)')
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
