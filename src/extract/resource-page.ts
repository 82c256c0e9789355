/**
 * Read a resource page (entity or complex type): the `resource` annotation, Properties and
 * Relationships tables, the Methods table, inheritance and the JSON representation, plus any
 * `### x values` enums defined on the page.
 */

import type { Html } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type {
  Annotation,
  Diagnostic,
  Draft,
  MethodRow,
  ObjectTypeDef,
  PropertyDef,
  SourcePosition,
  TypeDef,
  TypeRef,
} from '../model.js'
import { annotationKeyPosition } from '../parse/annotation.js'
import type { Page } from '../parse/page.js'
import { matchesTitle } from '../parse/sections.js'
import { simpleNameOfType } from '../simple-name.js'
import { extractValuesSections } from './enum-tables.js'
import { extractJsonRepresentation, type JsonProperty } from './json-representation.js'
import { extractMethodsTable } from './methods-table.js'
import { readPageHeader } from './page-header.js'
import { extractPropertiesTable, isPropertiesTitle, propertiesTablesOf } from './properties-table.js'
import { findResourceBlock } from './resource-block.js'
import { pageNamed, readTypeText } from './type-cell.js'

const H1_TYPE_NAME = /^`?([A-Za-z_][\w.]*)`?\s+(?:resource|complex|entity)\b/i

export function extractResourcePage(page: Page, diagnostics: Diagnostic[]): TypeDef[] {
  const header = readPageHeader(page)
  const resource = findResourceBlock(page, diagnostics)
  const annotatedName =
    stringOf(resource?.annotation['@odata.type']) ?? stringOf(resource?.annotation['@type'])
  const namespace = header.namespace ?? DEFAULT_NAMESPACE
  // Where the annotation is reported: its block's line (the H1's without a block).
  const annotationAt: SourcePosition = {
    file: page.file,
    line: resource?.code?.position?.start.line ?? header.position.line,
    column: 1,
  }
  const titleName = H1_TYPE_NAME.exec(header.title)?.[1]
  const writtenName = annotatedName
    ? titleCasedName(annotatedName, titleName, annotationAt, diagnostics)
    : titleName
  const qualifiedName = qualify(writtenName, namespace)
  // No Namespace line: the written name's namespace may be a legacy one (link decides, seeing all
  // the docs' namespaces: `foldForeignNamespaces`); a name written in none was given the default.
  const unstatedNamespace = !header.namespace && qualifiedName !== undefined ? annotationAt : undefined
  const unstated = unstatedNamespace && {
    unstatedNamespace,
    ...(!(writtenName && namesNamespace(writtenName)) && { namespaceDefaulted: true as const }),
  }
  const enums = extractValuesSections(page, qualifiedName ? namespaceOf(qualifiedName) : namespace).map(
    (type) => (unstated ? { ...type, ...unstated } : type),
  )
  if (!qualifiedName) {
    if (enums.length === 0)
      diagnostics.push(
        diagnostic(
          'missing-type-name',
          header.position,
          'Unexpected resource page without a type name, expected a resource annotation',
        ),
      )
    return enums
  }
  const properties: PropertyDef[] = []
  const methods: MethodRow[] = []
  // Read first (its findings reported after the tables'): the tables take a declared type from it.
  const representationDiagnostics: Diagnostic[] = []
  const members = resource?.code
    ? extractJsonRepresentation(resource.code, page.file, representationDiagnostics)
    : []
  const declaredType = (name: string) => {
    const member = members.find((each) => each.name === name)
    return member?.type.kind === 'named' ? member.type : undefined
  }
  const simpleName = qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1)
  for (const { table, relationship } of propertiesTablesOf(page, (section) =>
    isPropertiesTitle(section.title, simpleName),
  ))
    properties.push(...extractPropertiesTable(table, page.file, relationship, diagnostics, declaredType))
  for (const section of page.sections) {
    // `## Methods`, or as other teams head it, `## Tasks on DriveItemVersion resources`, or under
    // no heading of its own: Defender for Endpoint's `Method|Return Type|Description` under the H1.
    if (
      !matchesTitle(section, 'methods') &&
      !matchesTitle(section, /^tasks on\b.*\bresources?$/i) &&
      section.depth !== 1
    )
      continue
    for (const node of page.tree(section).children)
      if (node.type === 'table') methods.push(...extractMethodsTable(node, page.file))
  }
  diagnostics.push(...representationDiagnostics)
  dropPivotRepeats(properties, page)
  const annotation = resource?.annotation ?? {}
  const openType = annotation.openType === true || header.openType === true
  addRepresentedProperties(properties, members, openType, page.file)
  applyNullableProperties(properties, annotation.nullableProperties)
  const baseTypeName = stringOf(annotation.baseType)
  const annotatedBase = baseTypeName ? readTypeText(baseTypeName).type : undefined
  const stated = header.inheritsFrom
  const baseType: TypeRef | undefined = annotatedBase ?? stated?.type
  const baseTypePosition = annotatedBase
    ? annotatedBasePosition(resource?.comment, annotationAt)
    : stated?.position
  // An `id` the service assigns (Read-only) is a key, as a `keyProperty` or a Methods table says:
  // commsOperation's "The operation ID. Read-only." (a complex type's id is the caller's to set),
  // unless the JSON representation writes it as a plain value, not the key's `"String (identifier)"`:
  // itemReference's `"id": "string"`, "Identifier of the item in the drive. Read-only.", points elsewhere;
  // unless the row calls it the key: appRoleAssignment's "A unique identifier … Key. Not nullable. Read-only."
  const assignedKey = properties.some(
    (property) =>
      property.name === 'id' &&
      property.readOnly &&
      (!writesPlainId(members) || STATED_KEY.test(property.description)),
  )
  const abstract = annotation.abstract === true || header.abstract === true
  const keyed = keyedByAnnotation(annotation, properties, abstract || baseType !== undefined)
  // A navigation property (a Relationships row of a named type; a primitive row there is a
  // misplaced property) belongs to an entity where the page is laid out as an entity's, with a
  // Methods section (today's externalActivity: "None.", `performedBy` under Relationships, no id),
  // or an `id` (Business Central's customerFinancialDetail), or where the type is a container of
  // navigation properties only (today's `admin`). A complex type may navigate too:
  // unifiedRoleManagementPolicyRuleTarget's `targetObjects`, beside properties, on a page of
  // properties and relationships only.
  const navigates = properties.some((property) => property.relationship && property.type.kind === 'named')
  const entityLayout =
    page.sections.some((section) => matchesTitle(section, 'methods')) ||
    properties.every((property) => property.relationship || property.name === 'id')
  const type: Draft<ObjectTypeDef> = {
    kind: keyed || methods.length > 0 || assignedKey || (navigates && entityLayout) ? 'entity' : 'complex',
    name: simpleName,
    namespace: namespaceOf(qualifiedName),
    qualifiedName,
    abstract,
    openType,
    description: header.description,
    properties,
    methods,
    files: [page.file],
    targets: [page.file.toLowerCase()],
    position: header.position,
  }
  if (baseType) type.baseType = baseType
  if (baseTypePosition) type.baseTypePosition = baseTypePosition
  const key = keyOtherThanId(annotation, properties)
  if (key) type.key = key
  if (header.derivedTypes) type.derivedTypes = header.derivedTypes
  const alias = stringOf(annotation['@type.aka'])
  if (alias) type.aliases = [alias]
  if (unstated) Object.assign(type, unstated)
  if (annotatedBase && stated && !namesType(stated.type, annotatedBase))
    type.statedBaseType = { type: stated.type, position: stated.position, annotationPosition: annotationAt }
  return [type, ...enums.filter((values) => !valuesOfStringProperty(values, properties))]
}

/** Where the annotation names its base: the `"baseType"` key of its comment (plannerbucket.md's
 *  `"baseType": "microsoft.graph.entity",`), else where the annotation is reported. */
function annotatedBasePosition(comment: Html | undefined, annotationAt: SourcePosition): SourcePosition {
  return (comment && annotationKeyPosition(comment, 'baseType', annotationAt.file)) ?? annotationAt
}

/**
 * The annotation's name, unless it capitalises, or writes all in lower case, a name the title
 * writes in lowerCamel, as the format writes type names: identityProvider's page annotates
 * `microsoft.graph.IdentityProvider` under `# identityProvider resource type`, recurrenceRange's
 * `microsoft.graph.recurrencerange` under `# recurrenceRange resource type`. A title capitalised
 * as a heading (`# Contract resource type` over `microsoft.graph.contract`) leaves the
 * annotation's name as it is.
 */
function titleCasedName(
  annotated: string,
  title: string | undefined,
  position: SourcePosition,
  diagnostics: Diagnostic[],
): string {
  const dot = annotated.lastIndexOf('.') + 1
  const simple = annotated.slice(dot)
  const written = title?.slice(title.lastIndexOf('.') + 1)
  if (!written || written === simple || written.toLowerCase() !== simple.toLowerCase()) return annotated
  // Same letters, other case: the title has capitals where the annotation has none, or not the first.
  const flattened = simple === simple.toLowerCase()
  if (!/^[a-z]/.test(written) || (/^[a-z]/.test(simple) && !flattened)) return annotated
  diagnostics.push(
    diagnostic(
      'type-name-case',
      position,
      `Unexpected type name ${simple} in the resource annotation, expected ${written} as the page's title writes it; using ${written}`,
    ),
  )
  return annotated.slice(0, dot) + written
}

/**
 * The JSON representation's members the tables lack become properties (`addJsonRepresentation`),
 * unless the type is open and its Properties section has no table: its members are then the
 * caller's or the data's (callRecords' feedbackTokenSet: "Explicit property names will not be
 * documented"; fieldValueSet: one per list column), and the representation shows examples.
 */
export function addRepresentedProperties(
  properties: PropertyDef[],
  members: readonly JsonProperty[],
  openType: boolean,
  file: string,
): void {
  if (!openType || properties.length > 0) addJsonRepresentation(properties, members, file)
}

/**
 * Whether the annotation's `keyProperty` keys the type: it names one of its properties (in any
 * letter case), or the type may hold it without listing it (it inherits from a base it states, or
 * it is abstract and its derived types hold it, workflowBase). Naming none otherwise, it is no key:
 * shiftItem, shiftActivity and timeOffItem (complex, no Methods) carry `"keyProperty": "id"` and
 * have no `id`.
 */
export function keyedByAnnotation(
  annotation: Annotation,
  properties: readonly PropertyDef[],
  mayInheritKey: boolean,
): boolean {
  const key = stringOf(annotation.keyProperty)?.toLowerCase()
  return key !== undefined && (mayInheritKey || properties.some((each) => each.name.toLowerCase() === key))
}

/** The property the annotation keys the type by where it is not `id`, as the page lists it
 *  (`"keyProperty": "tenantId"`). */
export function keyOtherThanId(
  annotation: Annotation,
  properties: readonly PropertyDef[],
): string | undefined {
  const key = stringOf(annotation.keyProperty)?.toLowerCase()
  return key === 'id' ? undefined : properties.find((each) => each.name.toLowerCase() === key)?.name
}

/**
 * The "Inherits from" link names the annotation's base by its text or, where the text is prose,
 * by the page it links (`Inherits from [Conditional Access Session Control](conditionalaccesssessioncontrol.md)`
 * under `"baseType": "microsoft.graph.conditionalAccessSessionControl"`): no disagreement.
 */
function namesType(stated: TypeRef, annotated: TypeRef): boolean {
  const name = simpleNameOfType(annotated)
  if (simpleNameOfType(stated) === name) return true
  return stated.kind === 'named' && stated.target !== undefined && pageNamed(stated.target, name)
}

/**
 * A values table named after one of the page's String properties lists that string's values, not an
 * enum type: OneDrive's quota has `state | string | …` and `## State Enumeration` (`normal`, `nearing`,
 * …). A property typed by the enum's name (`wellknownListName | wellknownListName`) keeps it an enum.
 */
function valuesOfStringProperty(values: TypeDef, properties: readonly PropertyDef[]): boolean {
  const name = values.name.toLowerCase()
  const typedBy = properties.some(
    (property) => property.type.kind === 'named' && simpleNameOfType(property.type).toLowerCase() === name,
  )
  const described = properties.some(
    (property) =>
      property.name.toLowerCase() === name &&
      property.type.kind === 'primitive' &&
      property.type.name === 'String',
  )
  return described && !typedBy
}

/** The flag a row gives its key: `Key.`, `Key, Not nullable` (capitalised, as flags are written;
 *  appRoleAssignment's row ends its sentence with it: `… the **appRoleAssignment** Key.`). */
const STATED_KEY = /(?:^|[\s.])Key[.,]/

/** The JSON representation has an `id` member whose placeholder is not marked `(identifier)`. */
function writesPlainId(members: readonly JsonProperty[]): boolean {
  const id = members.find((member) => member.name === 'id')?.placeholder
  return id !== undefined && !/\(identifier\)/i.test(id)
}

/**
 * JSON members that no table lists (a row missing, or no table but on an open type) become properties too; a
 * member written `"url"` says its property holds an absolute URL. A member that spells a table's
 * property in another letter case names it as it goes over the wire: commsOperation's table row
 * `| ID | String | The operation ID. Read-only. |` is the JSON's `"id"` (`representation-mismatch`
 * reports the two spellings).
 */
export function addJsonRepresentation(
  properties: PropertyDef[],
  members: readonly JsonProperty[],
  file: string,
) {
  const known = new Map(properties.map((property, index) => [property.name, index]))
  const byLowerName = new Map(properties.map((property, index) => [property.name.toLowerCase(), index]))
  for (const member of members) {
    const respelled = known.has(member.name) ? undefined : byLowerName.get(member.name.toLowerCase())
    const renamed = respelled === undefined ? undefined : properties[respelled]
    if (respelled !== undefined && renamed && !members.some((other) => other.name === renamed.name)) {
      properties[respelled] = { ...renamed, name: member.name }
      known.set(member.name, respelled)
    }
    const index = known.get(member.name)
    const listed = index === undefined ? undefined : properties[index]
    if (index !== undefined && listed) {
      if (member.format) properties[index] = { ...listed, format: member.format }
      continue
    }
    const property: Draft<PropertyDef> = {
      name: member.name,
      type: member.type,
      collection: member.collection,
      readOnly: false,
      relationship: false,
      description: '',
      position: { file, line: member.line, column: 1 },
    }
    if (member.format) property.format = member.format
    properties.push(property)
  }
}

/**
 * A property that another zone pivot of the page lists again (`:::zone pivot="graph-preview"` with
 * the preview's table after the v1 one) is the same property: the first definition stays. A repeat
 * in the same pivot, or outside any zone, is a duplicate and stays for `duplicate-property`.
 */
function dropPivotRepeats(properties: PropertyDef[], page: Page) {
  const first = new Map<string, string | undefined>()
  for (let index = 0; index < properties.length; index++) {
    const { name, position } = properties[index] as PropertyDef
    const pivot = page.pivotAt(position.line)
    if (!first.has(name)) first.set(name, pivot)
    else if (pivot !== undefined && first.get(name) !== undefined && first.get(name) !== pivot)
      properties.splice(index--, 1)
  }
}

/**
 * The resource annotation's `"nullableProperties"` (other teams' pages, ApiDoctor): the members it
 * lists may be null and the others not, where the Properties table says neither.
 *   <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x", "nullableProperties": ["note"] } -->
 */
function applyNullableProperties(properties: PropertyDef[], listed: unknown) {
  if (!Array.isArray(listed)) return
  const nullable = new Set(listed.filter((name) => typeof name === 'string'))
  for (const [index, property] of properties.entries())
    if (property.nullable === undefined && !property.relationship)
      properties[index] = { ...property, nullable: nullable.has(property.name) }
}

export function qualify(name: string | undefined, namespace: string): string | undefined {
  if (!name) return undefined
  const clean = name.replace(/^#/, '').trim()
  if (!/^[A-Za-z_][\w.]*$/.test(clean)) return undefined
  return namesNamespace(clean) ? clean : `${namespace}.${clean}`
}

/** Whether a written type name names its namespace (`#microsoft.graph.user`, not `user`). */
function namesNamespace(name: string): boolean {
  return name.replace(/^#/, '').trim().includes('.')
}

function namespaceOf(qualifiedName: string): string {
  return qualifiedName.slice(0, qualifiedName.lastIndexOf('.'))
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}
