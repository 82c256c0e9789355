/**
 * Read the JSON representation block of a resource page: placeholder values stand for types
 * (`typeOfPlaceholder` reads example bodies the same way), and `"url"` for a String that holds an
 * absolute URL (other teams' pages, ApiDoctor), `["url"]` for a collection of them.
 *   { "id": "String (identifier)", "createdDateTime": "String (timestamp)", "isEnabled": true,
 *     "state": {"@odata.type": "microsoft.graph.x"}, "tags": ["String"], "webUrl": "url" }
 */
import type { Code } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, PrimitiveName, TypeRef } from '../model.js'
import { parseJson5 } from '../parse/json5-text.js'
import { primitiveNamed, readTypeText } from './type-cell.js'

export interface JsonProperty {
  name: string
  type: TypeRef
  collection: boolean
  line: number
  format?: 'url'
  /** The member's placeholder text (`"String (identifier)"`), when it is a string. */
  placeholder?: string
}

const URL_PLACEHOLDER = /^(?:url|string \(url\))$/i

/** A value of the `url` format: what a mock answers for one, and what a message shows. */
export const URL_SAMPLE = 'https://example.org/item'

/** Whether a value is a URL: a String the JSON representation writes `"url"` (a `"url"` beside
 *  another type in the table says nothing of the value). */
export function holdsUrl({ type, format }: { type: TypeRef; format?: 'url' }): boolean {
  return format === 'url' && type.kind === 'primitive' && type.name === 'String'
}

const PLACEHOLDER_KINDS: Record<string, PrimitiveName> = {
  timestamp: 'DateTimeOffset',
  identifier: 'String',
  duration: 'Duration',
  'time of day': 'TimeOfDay',
  binary: 'Binary',
  date: 'Date',
}

/** Top-level members of the block, typed from their placeholder values; undefined if it is not JSON. */
export function extractJsonRepresentation(
  code: Code,
  file: string,
  diagnostics: Diagnostic[],
): JsonProperty[] {
  const line = (code.position?.start.line ?? 0) + 1
  let value: unknown
  try {
    value = parseJson5(code.value)
  } catch (error) {
    const { lineNumber = 1, columnNumber = 1 } = error as { lineNumber?: number; columnNumber?: number }
    diagnostics.push(
      diagnostic(
        'invalid-json',
        { file, line: line + lineNumber - 1, column: columnNumber },
        `Unexpected text in JSON representation: ${(error as Error).message.replace(/^JSON5: /, '')}`,
      ),
    )
    return []
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return []
  const lines = code.value.split('\n')
  const properties: JsonProperty[] = []
  for (const [name, member] of Object.entries(value)) {
    if (name.startsWith('@') || !/^[A-Za-z_][\w]*$/.test(name)) continue
    const typed = typeOfPlaceholder(member)
    if (!typed) continue
    const index = lines.findIndex((text) => text.includes(`"${name}"`))
    const property: JsonProperty = { name, ...typed, line: line + Math.max(index, 0) }
    // `"url"`, or `["url"]` for a collection of them.
    const placeholder = Array.isArray(member) ? member[0] : member
    if (typeof placeholder === 'string') {
      if (URL_PLACEHOLDER.test(placeholder.trim())) property.format = 'url'
      property.placeholder = placeholder
    }
    properties.push(property)
  }
  return properties
}

export function typeOfPlaceholder(value: unknown): { type: TypeRef; collection: boolean } | undefined {
  if (Array.isArray(value)) {
    const element = value.length > 0 ? typeOfPlaceholder(value[0]) : undefined
    return element && !element.collection ? { type: element.type, collection: true } : undefined
  }
  if (typeof value === 'boolean') return { type: { kind: 'primitive', name: 'Boolean' }, collection: false }
  // No Type cell says how wide a whole number is: the widest, which refuses no value a service sends.
  if (typeof value === 'number')
    return {
      type: { kind: 'primitive', name: Number.isInteger(value) ? 'Int64' : 'Double' },
      collection: false,
    }
  if (typeof value === 'string') {
    // `"includes": "collection(microsoft.graph.permissionGrantConditionSet)"` writes a collection too.
    if (/^collection\(.+\)$/i.test(value.trim())) {
      const read = readTypeText(value.trim())
      if (read.collection) return { type: read.type, collection: true }
    }
    const kind = /^String \((.+)\)$/i.exec(value.trim())?.[1]?.toLowerCase()
    const primitive =
      (kind && Object.hasOwn(PLACEHOLDER_KINDS, kind) ? PLACEHOLDER_KINDS[kind] : undefined) ||
      primitiveNamed(value) ||
      'String'
    return { type: { kind: 'primitive', name: primitive }, collection: false }
  }
  if (value && typeof value === 'object') {
    const odataType = (value as Record<string, unknown>)['@odata.type']
    // `{"@odata.type": "collection(microsoft.graph.certificateAuthority)"}` writes a collection.
    if (typeof odataType === 'string' && odataType.trim() !== '') {
      const read = readTypeText(odataType.replace(/^#/, '').trim())
      return { type: read.type, collection: read.collection }
    }
  }
  return undefined
}
