import type { TypeRef } from './model.js'

/** Whether a type reference is the Stream primitive: bytes on the wire, with no JSON form. */
export function isStream(type: TypeRef): boolean {
  return type.kind === 'primitive' && type.name === 'Stream'
}
