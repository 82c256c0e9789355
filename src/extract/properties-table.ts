/**
 * Read a Properties or Relationships table of a resource page (or another team's Navigation table).
 *   | Property | Type | Description |
 *   |:---|:---|:---|
 *   |id|String|The GUID for the object. Read-only.|
 */
import type { Nodes, Table, TableCell } from 'mdast'
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, Draft, PropertyDef, TypeRef } from '../model.js'
import { cleanText, linksIn, markedText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { matchesTitle, type Section } from '../parse/sections.js'
import { columnOf, hasUnexpectedCells, isGroupTitle, namedCells, readTable } from '../parse/table.js'
import { resolveLinkTarget } from './link-target.js'
import { readPropertyFlags } from './property-flags.js'
import { marksDeprecated, readPropertyName } from './property-name.js'
import { alternativesIn, readTypeCell, unreadWordFinding } from './type-cell.js'

/**
 * First header cells of a name/type/description table: `Property`, `Property name`, `Relationship`,
 * `Relationship name`, `Navigation property`, `Navigation`, `Name`, `Parameter` (any case and spacing).
 */
const NAME_HEADER = /^(?:(?:property|relationship|navigation(?: property)?|parameter)(?:\s+name)?|name)$/
/** First header cells that call the rows navigation properties, whatever the section's heading. */
const RELATIONSHIP_HEADER = /^(?:relationship|navigation(?: property)?)(?:\s+name)?$/
/**
 * A table's header line whose first cell may be a `RELATIONSHIP_HEADER`: read before parsing. Each
 * space run is one line's and after a mark of its own (`\s*\|?\s*[*`]*\s*` split one run in every
 * way and ran on over the following lines: quadratic and worse on long runs); a match that ran on
 * over lines is one on its last line, so the same sections match.
 */
const RELATIONSHIP_HEADER_LINE =
  /^[^\S\r\n\u2028\u2029]*(?:\|[^\S\r\n\u2028\u2029]*)?(?:[*`]+[^\S\r\n\u2028\u2029]*)?(?:relationship|navigation)\b/im
/** A primitive the cell calls an enum without naming it: `String (enum)`, `Enum`. */
const UNNAMED_ENUM = /\(enum\)\s*$|^(?:nullable\s+)?enum$/i
/** A remark after the type that says the property is read-only: `string (readonly)`. */
const READ_ONLY_REMARK = /\(\s*read[- ]?only\s*\)\s*$/i
/** Type header cells: `Type`, `Data type`, `Value type`, `Return type`. */
const TYPE_HEADER = /^(?:(?:data|value|return)\s+)?type$/

/**
 * A Properties heading: `## Properties`, or one that names the type first, as some pages head it
 * (`## operationError Properties`, `## DriveItemUploadableProperties Properties`).
 */
export function isPropertiesTitle(title: string, typeName: string): boolean {
  return title.trim().toLowerCase() === 'properties' || namesTypeProperties(title, typeName)
}

/** `operationError Properties`: a heading of the properties of the type it names (an API page's
 *  inline resource types each have one; a plain `Properties` there is no one type's). */
export function namesTypeProperties(title: string, typeName: string): boolean {
  const words = title.trim().toLowerCase().split(/\s+/)
  return words.length === 2 && words[0] === typeName.toLowerCase() && words[1] === 'properties'
}

/** True when the table is a name/type/description table that this reader understands. */
export function isPropertiesTable(table: Table): boolean {
  return readPropertiesTable(table) !== undefined
}

/** The table read, when it is a name/type/description table (`isPropertiesTable`). */
function readPropertiesTable(table: Table): ReturnType<typeof readTable> | undefined {
  const read = readTable(table)
  return NAME_HEADER.test(normalised(read.header[0])) && typeColumnOf(read) > 0 ? read : undefined
}

/**
 * A table of navigation properties: any under `## Relationships`, and elsewhere one whose header
 * says so, as another team heads the section (`## Navigation`):
 *   | Navigation |Return Type| Description |
 *   |[currency](dynamics_currency.md)|currency |Gets the currency of the customer.|
 */
function isRelationshipsTable(section: Section, read: ReturnType<typeof readTable>): boolean {
  return matchesTitle(section, 'relationships') || RELATIONSHIP_HEADER.test(normalised(read.header[0]))
}

/** Whether a section may hold a table of navigation properties (`isRelationshipsTable`), before it is parsed. */
function mayHoldRelationships(section: Section): boolean {
  return matchesTitle(section, 'relationships') || RELATIONSHIP_HEADER_LINE.test(section.text)
}

/**
 * The name/type tables of a resource page in page order: those of its Properties sections
 * (`isProperties`) and its tables of navigation properties (`isRelationshipsTable`).
 */
export function propertiesTablesOf(
  page: Page,
  isProperties: (section: Section) => boolean,
): { table: Table; relationship: boolean }[] {
  return page.sections.flatMap((section) => {
    const properties = isProperties(section)
    if (!properties && !mayHoldRelationships(section)) return []
    return page.tree(section).children.flatMap((node) => {
      // Read once: whether it is a name/type table, and whether its header says navigation.
      const read = node.type === 'table' ? readPropertiesTable(node) : undefined
      if (node.type !== 'table' || !read) return []
      const relationship = isRelationshipsTable(section, read)
      return properties || relationship ? [{ table: node, relationship }] : []
    })
  })
}

function typeColumnOf(read: ReturnType<typeof readTable>): number {
  return read.header.findIndex((cell) => TYPE_HEADER.test(normalised(cell)))
}

function normalised(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * A navigation's Type cell that names its type without a link, where the name cell links the
 * type's page, as another team writes them: the type is the one the name cell links.
 *   |[items](dynamics_item.md)|items |Gets the items of the company.|
 */
function linkedByName(type: TypeRef, nameCell: TableCell | undefined, file: string): TypeRef | undefined {
  const link = nameCell && linksIn(nameCell)[0]
  if (type.kind !== 'named' || type.target !== undefined || !link) return undefined
  const target = resolveLinkTarget(link.url, file)
  return target ? { ...type, target } : undefined
}

/**
 * A Type cell that capitalises, as a heading, the name the JSON representation declares in lowerCamel
 * (as the format writes type names) takes the declared spelling: page's
 * `|links|[PageLinks](pagelinks.md)|` over `"links": {"@odata.type": "microsoft.graph.pageLinks"}`
 * names `pageLinks`, which matters where no page of the tree defines it (the placeholder's name).
 */
function declaredSpelling(type: TypeRef, declared: TypeRef | undefined): TypeRef {
  if (type.kind !== 'named' || declared?.kind !== 'named') return type
  const dot = type.name.lastIndexOf('.') + 1
  const written = type.name.slice(dot)
  const spelled = declared.name.slice(declared.name.lastIndexOf('.') + 1)
  if (spelled === written || spelled.toLowerCase() !== written.toLowerCase()) return type
  if (!/^[a-z]/.test(spelled) || /^[a-z]/.test(written)) return type
  return { ...type, name: type.name.slice(0, dot) + spelled }
}

/**
 * `declaredType` gives a property's type as the page's JSON representation declares it
 * (`"meetingInfo": {"@odata.type": "#microsoft.graph.meetingInfo"}`): where the Type cell offers
 * alternatives (`[organizerMeetingInfo](…) or [tokenMeetingInfo](…)`), that is the property's type.
 */
export function extractPropertiesTable(
  table: Table,
  file: string,
  relationship: boolean,
  diagnostics: Diagnostic[],
  declaredType: (name: string) => TypeRef | undefined = () => undefined,
): PropertyDef[] {
  const read = readTable(table)
  const typeColumn = typeColumnOf(read)
  const descriptionColumn = columnOf(read, 'description')
  const properties: PropertyDef[] = []
  for (const row of read.rows) {
    if (isGroupTitle(read, row)) continue
    const position = { file, line: row.line, column: row.column }
    const nameCell = row.cells[0]
    const typeCell = row.cells[typeColumn]
    const nameText = nameCell ? cleanText(nameCell) : ''
    const name = readPropertyName(nameText)
    if (name === '' && (!typeCell || cleanText(typeCell) === '')) continue
    if (hasUnexpectedCells(read, row)) {
      diagnostics.push(
        diagnostic(
          'malformed-table',
          position,
          `Unexpected ${row.cells.length} cells in table row, expected ${read.header.length}`,
        ),
      )
    }
    if (!typeCell || name === '') continue
    // A wire name has no spaces; `[List transitive memberOf](../api/….md)` is a Methods row in the wrong table.
    if (/\s/.test(name)) {
      diagnostics.push(
        diagnostic(
          'invalid-property-name',
          position,
          `Unexpected "${name}" in the name column, expected a property name (no spaces); the row is left out`,
        ),
      )
      continue
    }
    // Cells split by an unescaped `|` (more than the header names) belong to the description; a
    // column after it is its own (`| Description | Supported Resources |`).
    const cells = namedCells(read, row)
    const splitBy = Math.max(0, cells.length - read.header.length)
    const descriptionOf = (text: (cell: Nodes) => string) =>
      descriptionColumn < 0
        ? ''
        : cells
            .slice(descriptionColumn, descriptionColumn + 1 + splitBy)
            .map(text)
            .join(' | ')
            .trim()
    const description = descriptionOf(cleanText)
    const cellType = readTypeCell(typeCell, file)
    const { collection, qualifier } = cellType
    const type = declaredSpelling(
      (alternativesIn(typeCell, file) && declaredType(name)) ||
        (relationship && linkedByName(cellType.type, nameCell, file)) ||
        cellType.type,
      declaredType(name),
    )
    if (type.kind === 'unknown') {
      diagnostics.push(
        diagnostic(
          'unknown-type-notation',
          position,
          `Unexpected type "${type.text}" for property ${name}, expected a type name or link`,
        ),
      )
    }
    if (type.kind === 'primitive' && UNNAMED_ENUM.test(cleanText(typeCell))) {
      diagnostics.push(
        diagnostic(
          'unnamed-enum',
          position,
          `Unexpected "${cleanText(typeCell)}" for property ${name}, expected the name of its enum type; read as ${type.name}`,
        ),
      )
    }
    const unread = unreadWordFinding(cellType, `property ${name}`, position)
    if (unread) diagnostics.push(unread)
    const flags = readPropertyFlags(description, name, descriptionOf(markedText))
    const property: Draft<PropertyDef> = {
      name,
      type,
      collection,
      readOnly: flags.readOnly || READ_ONLY_REMARK.test(cleanText(typeCell)),
      relationship,
      description,
      position,
    }
    // The description's word over the cell's (`Nullable Long`).
    const nullable = flags.nullable ?? cellType.nullable
    if (nullable !== undefined) property.nullable = nullable
    if (flags.possibleValues) property.possibleValues = flags.possibleValues
    if (flags.flagsEnum) property.flagsEnum = true
    if (qualifier && /\boptional\b/.test(qualifier)) property.optional = true
    if (marksDeprecated(nameText)) property.deprecated = true
    properties.push(property)
  }
  return properties
}
