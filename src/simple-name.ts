/**
 * The simple name a type name ends with, in lower case: how a name is matched whether it is written
 * qualified or not, in whatever case (`microsoft.graph.directoryObject`, `DirectoryObject` →
 * `directoryobject`).
 */
import type { TypeRef } from './model.js'

export function simpleNameOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase()
}

/** What a type reference is written as: its name, or the text of an unknown notation. */
export function writtenTypeName(type: TypeRef): string {
  return type.kind === 'unknown' ? type.text : type.name
}

/** The simple name of what a type reference is written as (`Edm.String` → `string`). */
export function simpleNameOfType(type: TypeRef): string {
  return simpleNameOf(writtenTypeName(type))
}

/** `items` of `item`, `currencies` of `currency`, `addresses` of `address` (any case). */
export function isPluralOf(written: string, name: string): boolean {
  const [plural, single] = [written.toLowerCase(), name.toLowerCase()]
  return (
    plural === `${single}s` ||
    plural === `${single}es` ||
    (single.endsWith('y') && plural === `${single.slice(0, -1)}ies`)
  )
}
