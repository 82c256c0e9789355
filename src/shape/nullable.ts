/**
 * Whether a property accepts `null`, decided once for every output (types, JSON Schemas, OpenAPI):
 * in Graph a property is nullable unless its docs say otherwise.
 *   | displayName | String | The name. Not nullable. |   → false
 *   | mail        | String | The SMTP address.       |   → true
 *
 * Reads: `PropertyDef.nullable` (set when the docs say Nullable / Not nullable).
 */
import type { PropertyDef } from '../model.js'

export function isNullable(property: Pick<PropertyDef, 'nullable'>): boolean {
  return property.nullable !== false
}
