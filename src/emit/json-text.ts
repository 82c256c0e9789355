/**
 * `JSON.stringify(value, null, 2)` assembled from parts printed apart: an emitter prints (or takes
 * from its memo) the text of each large unit, and the document around them is printed with those
 * texts inserted where their values belong, byte for byte as one stringify of the whole would be.
 */

/** A value already printed as JSON, indented for the depth it is inserted at (see `jsonAt`), as
 *  one text or as parts whose concatenation is that text. */
export class PrintedJson {
  readonly parts: readonly string[]
  constructor(text: string | readonly string[]) {
    this.parts = typeof text === 'string' ? [text] : text
  }
}

/** `JSON.stringify(value, null, 2)` as it reads `depth` levels deep in an enclosing document. */
export function jsonAt(value: unknown, depth: number): string {
  // Stringified inside `depth` objects, then cut out: one native pass, no re-indenting copy.
  const text = JSON.stringify(nested(value, depth), null, 2)
  const { prefix, suffix } = frameAt(depth)
  return text.slice(prefix, text.length - suffix)
}

function nested(value: unknown, depth: number): unknown {
  let result = value
  for (let level = 0; level < depth; level++) result = { '': result }
  return result
}

const frames: { prefix: number; suffix: number }[] = []

/** Lengths of the text around a value nested `depth` levels deep. */
function frameAt(depth: number): { prefix: number; suffix: number } {
  let frame = frames[depth]
  if (!frame) {
    const text = JSON.stringify(nested(0, depth), null, 2)
    const prefix = text.indexOf('0')
    frame = { prefix, suffix: text.length - prefix - 1 }
    frames[depth] = frame
  }
  return frame
}

/** `JSON.stringify(value, null, 2)`, where values of (nested) plain objects may be `PrintedJson`. */
export function jsonText(value: unknown, depth = 0): string {
  return jsonParts(value, depth).join('')
}

/** `jsonText` as parts: the parts of each `PrintedJson` as they are (the same strings, so that a
 *  writer can reuse what it did with them) and the text around them. */
export function jsonParts(value: unknown, depth = 0): string[] {
  const parts: string[] = []
  addParts(value, depth, parts)
  return parts
}

function addParts(value: unknown, depth: number, parts: string[]): void {
  if (value instanceof PrintedJson) for (const part of value.parts) parts.push(part)
  else if (value === null || typeof value !== 'object' || Array.isArray(value))
    parts.push(jsonAt(value, depth))
  else {
    const members = Object.entries(value).filter(([, member]) => member !== undefined)
    if (members.length === 0) {
      parts.push('{}')
      return
    }
    const indent = '  '.repeat(depth + 1)
    members.forEach(([key, member], index) => {
      parts.push(`${index === 0 ? '{\n' : ',\n'}${indent}${JSON.stringify(key)}: `)
      addParts(member, depth + 1, parts)
    })
    parts.push(`\n${'  '.repeat(depth)}}`)
  }
}
