/**
 * The members the docs' response example shows, which the answer to its request must carry too
 * (ApiDoctor's rule: an example, truncated or not, shows no member the service leaves out). In a
 * collection each answered item must carry the members every shown item has.
 *   docs:   { "id": "root", "children": [ { "id": "1", "name": "Apps" } ] }
 *   answer: { "id": "root", "children": [ { "id": "1" } ] }
 *     → verify-missing-property /children/0  Unexpected object without name, …
 * Annotations (`@odata.context`, `name@odata.type`) are left alone, and so is an answer that has
 * another JSON type than the example (the value judges report that).
 *
 * Reads: the example's parsed body and the answer's.
 */

import type { JsonPath } from '../check/json-against-model.js'
import { jsonPointer } from '../check/json-locations.js'
import { isJsonObject } from '../shape/examples.js'
import type { Mismatch } from './mismatch.js'

export function missingShownMembers(shown: unknown, answered: unknown, where: string): Mismatch[] {
  const found: Mismatch[] = []
  compare(shown, answered, [], where, found)
  return found
}

function compare(shown: unknown, answered: unknown, path: JsonPath, where: string, found: Mismatch[]): void {
  if (Array.isArray(shown) && Array.isArray(answered)) {
    const [first, ...rest] = shown
    if (!isJsonObject(first) || !rest.every(isJsonObject)) return
    // The members every shown item has, each as the first item shows it.
    const template = Object.fromEntries(
      Object.entries(first).filter(([key]) => rest.every((item) => Object.hasOwn(item, key))),
    )
    for (const [index, item] of answered.entries()) {
      const before = found.length
      compare(template, item, [...path, index], where, found)
      if (found.length > before) return // one item says it: the fix is the same for the others
    }
    return
  }
  if (!isJsonObject(shown) || !isJsonObject(answered)) return
  const missing = Object.keys(shown).filter((key) => !key.includes('@') && !Object.hasOwn(answered, key))
  if (missing.length > 0)
    found.push({
      code: 'verify-missing-property',
      message: `Unexpected object without ${missing.join(', ')}, expected every member the docs' response example at ${where} shows`,
      pointer: jsonPointer(path),
    })
  for (const [key, value] of Object.entries(shown))
    if (!key.includes('@') && Object.hasOwn(answered, key))
      compare(value, answered[key], [...path, key], where, found)
}
