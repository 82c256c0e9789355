/**
 * How deep the docs' JSON may nest. A docs example never comes near it; a page that does (a hostile
 * one: thousands of `[`) would overflow the stack of every reader that walks a value level by level
 * (`JSON.stringify` too), so such text is refused where it is parsed, as not JSON.
 */
export const MAX_JSON_DEPTH = 256

/** Whether `text` opens more than `MAX_JSON_DEPTH` arrays and objects inside one another (brackets
 *  in strings aside). One pass over the text, no parse. */
export function nestsTooDeep(text: string): boolean {
  let depth = 0
  let inString = false
  for (let at = 0; at < text.length; at++) {
    const ch = text.charCodeAt(at)
    if (inString) {
      if (ch === 0x5c) at++
      else if (ch === 0x22) inString = false
    } else if (ch === 0x22) inString = true
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return true
    } else if (ch === 0x5d || ch === 0x7d) depth--
  }
  return false
}

/** The error a too deeply nested text is refused with. */
export const TOO_DEEP = `nested more than ${MAX_JSON_DEPTH} arrays and objects deep`
