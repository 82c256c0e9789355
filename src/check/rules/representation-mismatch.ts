/**
 * The JSON representation of a resource page against its Properties and Relationships tables:
 *   |displayName|String|…|                   { "displayName": "String",
 *   |tags|String collection|…|                 "tags": "String",          ← collection disagrees
 *                                              "colour": "String" }       ← no such property
 *   |scope|string|…|                           "scope": "microsoft.graph.termStore.groupScope"
 *                                                                 ← the placeholder names another type
 * A Properties-table property missing from the JSON is reported at its row, a JSON member no table
 * lists (or whose collection-ness, or the type its placeholder names, differs) at its line. Open
 * types (`"openType": true`, planner's GUID keys) and pages without a Properties table are left
 * alone; relationships may be absent from the JSON (the docs leave navigation properties out), and
 * so may a property its name cell marks deprecated, which writers leave out on purpose (plannerplan.md:
 * `|owner (deprecated) |String| Use the **container** property instead. …|`). On a page of zone
 * pivots, a JSON block in one pivot is compared with the tables of that pivot and those outside any
 * zone.
 *
 * A derived type's JSON shows its inherited members too, which its tables leave to the base's page
 * (beta's security-userevidence.md: `"verdict"`, `"roles"` … of alertEvidence). So on a page whose
 * type names a base type, a member no table lists is kept as a page fact and judged after link,
 * against the properties of the documented base types (not when a base type is missing, but for the
 * root entity, whose only property is its key: today's security-retentionevent.md in a tree without
 * entity.md shows `"eventStatus"`, which no table lists).
 */
import { diagnostic } from '../../diagnostics.js'
import { typeOfPlaceholder } from '../../extract/json-representation.js'
import { extractPropertiesTable, propertiesTablesOf } from '../../extract/properties-table.js'
import { DEFAULT_NAMESPACE } from '../../format-defaults.js'
import type { Diagnostic, ObjectTypeDef, PageModel, PropertyDef, SourcePosition } from '../../model.js'
import type { Page } from '../../parse/page.js'
import { isQualifiedName } from '../../route-end.js'
import { simpleNameOf, simpleNameOfType, writtenTypeName } from '../../simple-name.js'
import { jsonPointer, lineAndColumn } from '../json-locations.js'
import type { Representation } from '../representation.js'
import type { CheckContext, CorpusRule, PageCheckInput, PageFacts, PageRule } from '../rule.js'
import { addChainKeys, findingsByPage, typeKey } from '../run-changes.js'
import { inheritedFamilyOf } from '../type-family.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const representationMismatch: PageRule & CorpusRule = {
  name: 'representation-mismatch',
  codes: ['representation-mismatch'],
  page(input) {
    const found: Diagnostic[] = []
    const compared = comparedTables(input)
    if (!compared) return found
    const { model, block, byName, respelt, tables, first, at } = compared
    const represented = representedType(model, block)
    const derived = represented?.baseType !== undefined
    const { members } = block
    for (const [key, value] of Object.entries(members)) {
      if (key.startsWith('@') || GUID.test(key) || respelt.has(key)) continue
      const property = byName.get(key)
      const named = property && typeNamedBy(value, represented?.namespace ?? DEFAULT_NAMESPACE)
      if (!property) {
        if (!derived) found.push(unlistedMember(key, at(key)))
      } else if (named && simpleNameOf(named) !== simpleNameOfType(property.type))
        found.push(
          diagnostic(
            'representation-mismatch',
            at(key),
            `Unexpected type ${named} for ${key} in the JSON representation, expected ${writtenTypeName(property.type)} as the table's type says (line ${property.position.line}); the table's is used`,
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
    const spellings = new Map([...respelt].map(([key, property]) => [property, key]))
    for (const property of tables) {
      const spelt = spellings.get(property)
      if (spelt !== undefined)
        found.push(
          diagnostic(
            'representation-mismatch',
            property.position,
            `Unexpected spelling ${property.name}, which the JSON representation spells ${spelt} (line ${at(spelt).line}), expected one spelling of the property`,
          ),
        )
      else if (!property.relationship && !property.deprecated && !Object.hasOwn(members, property.name))
        found.push(
          diagnostic(
            'representation-mismatch',
            property.position,
            `Unexpected property ${property.name} missing from the JSON representation (line ${first - 1}), expected every property of the Properties table there`,
          ),
        )
    }
    return found
  },
  /** The members a derived type's page left to link: each must be a property of a documented base. */
  run(context) {
    const pages = context.pages.filter((page) => context.facts(page.file)?.unlistedMembers)
    return findingsByPage(pages, context.memo.inheritedMembers, context.changes, (page, keys) => {
      const fact = context.facts(page.file)?.unlistedMembers
      return fact ? notInherited(fact, context, keys) : []
    })
  },
}

function notInherited(
  fact: NonNullable<PageFacts['unlistedMembers']>,
  context: CheckContext,
  keys: Set<string>,
): Diagnostic[] {
  keys.add(typeKey(fact.type))
  const type = context.type(fact.type)
  if (!type || type.kind === 'enum') return []
  addChainKeys([type], keys)
  const family = inheritedFamilyOf(context.model, type)
  if (!family) return []
  addChainKeys(family.types, keys)
  if (!family.complete) return []
  return fact.members
    .filter((member) => !family.properties.has(member.name))
    .map((member) => unlistedMember(member.name, member.position))
}

function unlistedMember(key: string, at: SourcePosition): Diagnostic {
  return diagnostic(
    'representation-mismatch',
    at,
    `Unexpected member ${key} in the JSON representation, expected a property of the Properties or Relationships table`,
  )
}

/** The JSON block of a resource page with the table properties it is compared with, if any. */
function comparedTables({ model, page, representation, tableProperties }: PageCheckInput) {
  if (model.pageKind !== 'resource' || !model.types.some((type) => type.kind !== 'enum')) return undefined
  const block = representation()
  if (!block || block.annotation.openType === true) return undefined
  // The JSON block of one zone pivot shows that pivot's properties (and those outside any zone).
  const pivot = page.pivotAt(block.code.position?.start.line ?? 0)
  const tables = tableProperties().filter((property) => {
    const own = page.pivotAt(property.position.line)
    return own === undefined || pivot === undefined || own === pivot
  })
  if (!tables.some((property) => !property.relationship)) return undefined
  const byName = new Map(tables.map((property) => [property.name, property]))
  const respelt = respeltMembers(Object.keys(block.members), tables, byName)
  const first = (block.code.position?.start.line ?? 0) + 1
  const indent = (block.code.position?.start.column ?? 1) - 1
  const at = (key: string): SourcePosition => {
    const where = lineAndColumn(block.code.value, block.offsets.get(jsonPointer([key])) ?? 0)
    return { file: model.file, line: first + where.line, column: indent + where.column + 1 }
  }
  return { model, block, byName, respelt, tables, first, at }
}

/**
 * The JSON members that spell a table's property in another letter case, which the JSON does not
 * spell as the table does, with that property: one slip, reported once at the row (today's
 * identitygovernance-taskdefinition.md: `|ContinueOnError|Boolean|…|`, `"continueOnError": "Boolean"`).
 */
function respeltMembers(
  keys: readonly string[],
  tables: readonly PropertyDef[],
  byName: ReadonlyMap<string, PropertyDef>,
): Map<string, PropertyDef> {
  const written = new Set(keys)
  const unspelt = new Map(
    tables
      .filter((property) => !written.has(property.name))
      .map((property) => [property.name.toLowerCase(), property]),
  )
  const respelt = new Map<string, PropertyDef>()
  for (const key of keys) {
    const property = byName.has(key) ? undefined : unspelt.get(key.toLowerCase())
    if (property) respelt.set(key, property)
  }
  return respelt
}

/** The members of a derived type's JSON representation no table of its page lists (for `run`). */
export function unlistedMembersFact(input: PageCheckInput): PageFacts['unlistedMembers'] {
  const compared = comparedTables(input)
  if (!compared) return undefined
  const type = representedType(compared.model, compared.block)
  if (type?.baseType === undefined) return undefined
  const members = Object.keys(compared.block.members)
    .filter(
      (key) =>
        !key.startsWith('@') && !GUID.test(key) && !compared.byName.has(key) && !compared.respelt.has(key),
    )
    .map((name) => ({ name, position: compared.at(name) }))
  return members.length > 0 ? { type: type.qualifiedName.toLowerCase(), members } : undefined
}

/** The type a page's JSON representation shows: the one its annotation names, else the page's only one. */
function representedType(model: PageModel, block: Representation): ObjectTypeDef | undefined {
  const named = block.annotation['@odata.type']
  const objects = model.types.filter((type): type is ObjectTypeDef => type.kind !== 'enum')
  return typeof named === 'string'
    ? objects.find(
        (candidate) => candidate.qualifiedName.toLowerCase() === named.replace(/^#/, '').toLowerCase(),
      )
    : objects.length === 1
      ? objects[0]
      : undefined
}

/**
 * The type a JSON placeholder names by its qualified name, in a namespace of the page's own root
 * (`"scope": "microsoft.graph.termStore.groupScope"`, or `["…"]` for a collection of them); a
 * placeholder of a primitive (`"String"`, `"String (timestamp)"`) names none.
 */
function typeNamedBy(value: unknown, namespace: string): string | undefined {
  const placeholder = Array.isArray(value) ? value[0] : value
  if (typeof placeholder !== 'string') return undefined
  const name = placeholder.trim().replace(/^#/, '')
  const [root] = namespace.split('.')
  return isQualifiedName(name) && name.startsWith(`${root}.`) ? name : undefined
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
  const type = representedType(model, block)
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

/** The properties of a page's Properties and Relationships tables. */
export function tableProperties(page: Page): PropertyDef[] {
  return propertiesTablesOf(page, (section) => /^properties$/i.test(section.title)).flatMap(
    ({ table, relationship }) => extractPropertiesTable(table, page.file, relationship, []),
  )
}
