/**
 * The JSON representation of a resource page against its Properties and Relationships tables:
 *   |displayName|String|…|                   { "displayName": "String",
 *   |tags|String collection|…|                 "tags": "String",          ← collection disagrees
 *                                              "colour": "String" }       ← no such property
 * A Properties-table property missing from the JSON is reported at its row, a JSON member no table
 * lists (or whose collection-ness differs) at its line. Open types (`"openType": true`, planner's
 * GUID keys) and pages without a Properties table are left alone; relationships may be absent from
 * the JSON (the docs leave navigation properties out). On a page of zone pivots, a JSON block in one
 * pivot is compared with the tables of that pivot and those outside any zone.
 */
import { diagnostic } from '../../diagnostics.js'
import { typeOfPlaceholder } from '../../extract/json-representation.js'
import { extractPropertiesTable, isPropertiesTable } from '../../extract/properties-table.js'
import type { Diagnostic, PropertyDef } from '../../model.js'
import type { Page } from '../../parse/page.js'
import { jsonPointer, lineAndColumn } from '../json-locations.js'
import type { PageCheckInput, PageFacts, PageRule } from '../rule.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const representationMismatch: PageRule = {
  name: 'representation-mismatch',
  codes: ['representation-mismatch'],
  page({ model, page, representation }) {
    const found: Diagnostic[] = []
    if (model.pageKind !== 'resource' || !model.types.some((type) => type.kind !== 'enum')) return found
    const block = representation()
    if (!block || block.annotation.openType === true) return found
    // The JSON block of one zone pivot shows that pivot's properties (and those outside any zone).
    const pivot = page.pivotAt(block.code.position?.start.line ?? 0)
    const tables = tableProperties(page).filter((property) => {
      const own = page.pivotAt(property.position.line)
      return own === undefined || pivot === undefined || own === pivot
    })
    if (!tables.some((property) => !property.relationship)) return found
    const byName = new Map(tables.map((property) => [property.name, property]))
    const first = (block.code.position?.start.line ?? 0) + 1
    const indent = (block.code.position?.start.column ?? 1) - 1
    const at = (key: string) => {
      const where = lineAndColumn(block.code.value, block.offsets.get(jsonPointer([key])) ?? 0)
      return { file: model.file, line: first + where.line, column: indent + where.column + 1 }
    }
    const { members } = block
    for (const [key, value] of Object.entries(members)) {
      if (key.startsWith('@') || GUID.test(key)) continue
      const property = byName.get(key)
      if (!property)
        found.push(
          diagnostic(
            'representation-mismatch',
            at(key),
            `Unexpected member ${key} in the JSON representation, expected a property of the Properties or Relationships table`,
          ),
        )
      else if (value !== null && writesCollection(value) !== property.collection)
        found.push(
          diagnostic(
            'representation-mismatch',
            at(key),
            `Unexpected ${writesCollection(value) ? 'array' : 'single value'} for ${key} in the JSON representation, expected ${property.collection ? 'an array' : 'a single value'} as the table's type says (line ${property.position.line})`,
          ),
        )
    }
    for (const property of tables)
      if (!property.relationship && !Object.hasOwn(members, property.name))
        found.push(
          diagnostic(
            'representation-mismatch',
            property.position,
            `Unexpected property ${property.name} missing from the JSON representation (line ${first - 1}), expected every property of the Properties table there`,
          ),
        )
    return found
  },
}

/** An array, or an object whose `@odata.type` names a collection (`"collection(microsoft.graph.x)"`). */
function writesCollection(value: unknown): boolean {
  return Array.isArray(value) || typeOfPlaceholder(value)?.collection === true
}

/**
 * The members an untruncated response of the page's type shows (for `example-bodies`): those of its
 * JSON representation but the annotation's `"optionalProperties"`, the properties the table calls
 * optional (`String - optional`) and the navigation properties, which Graph returns on `$expand` only.
 */
export function requiredMembersFact({ model, representation }: PageCheckInput): PageFacts['requiredMembers'] {
  if (model.pageKind !== 'resource') return undefined
  const block = representation()
  if (!block) return undefined
  const named = block.annotation['@odata.type']
  const objects = model.types.filter((type) => type.kind !== 'enum')
  const type =
    typeof named === 'string'
      ? objects.find(
          (candidate) => candidate.qualifiedName.toLowerCase() === named.replace(/^#/, '').toLowerCase(),
        )
      : objects.length === 1
        ? objects[0]
        : undefined
  if (!type) return undefined
  const optional = new Set(stringList(block.annotation.optionalProperties))
  for (const property of type.properties)
    if (property.relationship || property.optional) optional.add(property.name)
  const members = Object.keys(block.members).filter(
    (key) => !key.startsWith('@') && !GUID.test(key) && !optional.has(key),
  )
  return { type: type.qualifiedName.toLowerCase(), members }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

function tableProperties(page: Page): PropertyDef[] {
  const properties: PropertyDef[] = []
  for (const section of page.sections) {
    const relationship = /^relationships$/i.test(section.title)
    if (!relationship && !/^properties$/i.test(section.title)) continue
    for (const node of page.tree(section).children)
      if (node.type === 'table' && isPropertiesTable(node))
        properties.push(...extractPropertiesTable(node, page.file, relationship, []))
  }
  return properties
}
