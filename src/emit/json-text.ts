/**
 * `JSON.stringify(value, null, 2)` assembled from parts printed apart: an emitter prints (or takes
 * from its memo) the text of each large unit, and the document around them is printed with those
 * texts inserted where their values belong, byte for byte as one stringify of the whole would be.
 */

/** A value already printed as JSON, indented for the depth it is inserted at (see `jsonAt`). */
export class PrintedJson {
  constructor(readonly text: string) {}
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
  if (value instanceof PrintedJson) return value.text
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return jsonAt(value, depth)
  const indent = '  '.repeat(depth + 1)
  const members = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .map(([key, member]) => `${indent}${JSON.stringify(key)}: ${jsonText(member, depth + 1)}`)
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${'  '.repeat(depth)}}`
}
