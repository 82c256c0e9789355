/**
 * Read enums: an enum page's `## Members` table, and `### x values` (today's pages also write
 * `### x enumeration`) sections (on multi-enum pages and inside resource pages).
 *   | Member | Value | Description |      | Member |       | Value | Description |
 *   | noUpload | 0 | Not yet documented |  | grant  |       | standard | … |
 */
import type { Table } from 'mdast'
import type { Draft, EnumMember, EnumTypeDef } from '../model.js'
import { cleanText } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { headingSlug, type Section } from '../parse/sections.js'
import { columnOf, readTable } from '../parse/table.js'

const VALUES_HEADING = /^(?:the )?`?([A-Za-z_][\w.]*)`? (?:(?:enum )?values|enumeration)$/i

/** Members of a table whose first column holds member names, or undefined if it is not such a table. */
export function extractMembersTable(table: Table, file: string): EnumMember[] | undefined {
  const read = readTable(table)
  let nameColumn = columnOf(read, 'member', 'name', 'members')
  const valueHeader = columnOf(read, 'value')
  if (nameColumn < 0 && valueHeader === 0 && columnOf(read, 'type') < 0) nameColumn = 0
  if (nameColumn !== 0) return undefined
  // `| Member | Value |`, `| Member | Int value |`, and a second `| Member |` that holds the values.
  const valueColumn = read.header.findIndex(
    (cell, index) => index > 0 && /^(?:\w+ )?value$|^member$/.test(cell),
  )
  const descriptionColumn = columnOf(read, 'description')
  const members: EnumMember[] = []
  for (const row of read.rows) {
    const name = cleanText(row.cells[nameColumn] ?? row.cells[0]!)
      .replace(/[`*]/g, '')
      .trim()
    if (!/^[A-Za-z_][\w]*$/.test(name)) continue
    const member: Draft<EnumMember> = {
      name,
      description:
        descriptionColumn >= 0 && row.cells[descriptionColumn] ? cleanText(row.cells[descriptionColumn]) : '',
      position: { file, line: row.line, column: row.column },
    }
    const valueText = valueColumn >= 0 && row.cells[valueColumn] ? cleanText(row.cells[valueColumn]) : ''
    if (/^-?\d+$/.test(valueText)) member.value = Number(valueText)
    members.push(member)
  }
  return members
}

/** Whether `section` is headed as an enum's values (`### <name> values`, `### x enumeration`). */
export function isValuesSection(section: Section): boolean {
  return section.depth >= 2 && VALUES_HEADING.test(section.title)
}

/** Enums defined under `### <name> values` headings anywhere on the page (or in the sections given). */
export function extractValuesSections(
  page: Page,
  namespace: string,
  sections: readonly Section[] = page.sections,
): EnumTypeDef[] {
  const enums: EnumTypeDef[] = []
  for (const section of sections) {
    const name = VALUES_HEADING.exec(section.title)?.[1]
    if (!name || section.depth < 2) continue
    const members = firstMembersTable(page, section)
    if (!members) continue
    const qualified = name.includes('.') ? name : `${namespace}.${name}`
    enums.push(enumDef(qualified, members, page, section, [`${page.file}#${headingSlug(section.title)}`]))
  }
  return enums
}

export function firstMembersTable(page: Page, section: Section): EnumMember[] | undefined {
  for (const node of page.tree(section).children) {
    if (node.type !== 'table') continue
    const members = extractMembersTable(node, page.file)
    if (members && members.length > 0) return members
  }
  return undefined
}

export function enumDef(
  qualifiedName: string,
  members: EnumMember[],
  page: Page,
  section: Section,
  targets: string[],
  description = '',
): EnumTypeDef {
  const dot = qualifiedName.lastIndexOf('.')
  return {
    kind: 'enum',
    name: qualifiedName.slice(dot + 1),
    namespace: qualifiedName.slice(0, dot),
    qualifiedName,
    description,
    members,
    files: [page.file],
    targets,
    position: page.at(section.line),
  }
}
