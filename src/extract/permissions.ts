/**
 * Read the permissions table of an API page (`## Permissions`, Intune `## Prerequisites`).
 *   |Permission type|Permissions (from least to most privileged)|
 *   |Delegated (work or school account)|Calendars.Read, Calendars.ReadWrite|
 *   |Application|Not supported.|
 * Scopes are the comma-separated permission names of the other cells; `Not supported.` and
 * TODO text (`**TODO: Determine scopes **`) give no scopes.
 */
import type { Table, TableCell } from 'mdast'
import type { OperationDef, Permission } from '../model.js'
import { cleanText, inlineText, linksIn } from '../parse/inline-text.js'
import type { Page } from '../parse/page.js'
import { findSection, sectionWithChildren } from '../parse/sections.js'
import { resolveLinkTarget } from './link-target.js'
import { tablesIn } from './parameter-table.js'

const SCOPE = /^[A-Za-z][\w-]*(\.[\w-]+)+$/

/** The section's first table, and each further table of permissions in it and its subsections,
 *  joined by permission type: a page that documents a call on two resources keeps a table for each
 *  (`### Permissions for channel`, `… for chat`); a table of something else there (which scenario
 *  returns what) is not read. */
export function extractPermissions(page: Page): Permission[] {
  const section = findSection(page.sections, /^(permissions|prerequisites)$/i)
  if (!section) return []
  const [first, ...rest] = sectionWithChildren(page.sections, section).flatMap((part) =>
    tablesIn(page.tree(part)),
  )
  if (!first) return []
  return joinPermissions([first, ...rest.filter(isPermissionTable)].map(readPermissionTable))
}

/** Tables of permissions as one: each permission type once, with the scopes of every table, each
 *  once, in the order the tables give them. */
export function joinPermissions(tables: readonly (readonly Permission[])[]): Permission[] {
  const joined: { type: string; scopes: string[] }[] = []
  for (const permission of tables.flat()) {
    const same = joined.find((each) => each.type === permission.type)
    if (same) same.scopes.push(...permission.scopes.filter((scope) => !same.scopes.includes(scope)))
    else joined.push({ type: permission.type, scopes: [...new Set(permission.scopes)] })
  }
  return joined
}

/**
 * Today's docs keep the table in an include file, resolved relative to the page, one for each
 * subsection where the permissions differ ("### Permissions acting on self", "… on other users"):
 *   [!INCLUDE [permissions-table](../includes/permissions/user-get-permissions.md)]
 * Only when the section has no table of its own. The includes of an `includes/permissions/` folder
 * are the tables; other text included beside them (`../includes/rbac-for-apis/…`) is not, unless
 * the section includes nothing else.
 */
export function extractPermissionsIncludes(page: Page): NonNullable<OperationDef['permissionsIncludes']> {
  const section = findSection(page.sections, /^(permissions|prerequisites)$/i)
  if (!section) return []
  const parts = sectionWithChildren(page.sections, section)
  if (parts.some((part) => tablesIn(page.tree(part)).length > 0)) return []
  const includes = parts.flatMap((part) =>
    page.tree(part).children.flatMap((node) => {
      if (node.type !== 'paragraph' || !cleanText(node).startsWith('[!INCLUDE')) return []
      const link = linksIn(node)[0]
      const target = link && resolveLinkTarget(link.url, page.file)
      if (!target) return []
      const start = link.position?.start ?? node.position?.start
      return [
        { target, position: { file: page.file, line: start?.line ?? part.line, column: start?.column ?? 1 } },
      ]
    }),
  )
  const tables = includes.filter((include) => /(^|\/)includes\/permissions\//i.test(include.target))
  return tables.length > 0 ? tables : includes.slice(0, 1)
}

/** The permissions table of an include file, when it has one (`|Permission type|…|`). */
export function extractIncludedPermissions(page: Page): Permission[] | undefined {
  for (const section of page.sections)
    for (const table of tablesIn(page.tree(section)))
      if (isPermissionTable(table)) return readPermissionTable(table)
  return undefined
}

/** Whether a table's header names permissions (`|Permission type|…|`, `|Delegated (…)|Application|`). */
function isPermissionTable(table: Table): boolean {
  const header = table.children[0]?.children.map((cell) => cleanText(cell)) ?? []
  return header.some((title) => /\bpermission/i.test(title) || /^(delegated|application)\b/i.test(title))
}

/**
 * Rows are permission types; a table with permission types as columns (`subscription-get.md`:
 * | Supported resource | Delegated (work or school account) | … | Application |) is read by column.
 */
export function readPermissionTable(table: Table): Permission[] {
  const [head, ...rows] = table.children
  const header = head ? head.children.map((cell) => cleanText(cell)) : []
  if (header.slice(1).some((title) => /^(delegated|application)\b/i.test(title))) {
    return header.slice(1).map((type, index) => {
      const scopes = rows.flatMap((row) => {
        const cell = row.children[index + 1]
        return cell ? scopesIn(cleanText(cell)) : []
      })
      return { type, scopes: [...new Set(scopes)] }
    })
  }
  const permissions: { type: string; scopes: string[] }[] = []
  /** The last permission type whose row left its scopes to the indented rows under it. */
  let group: { type: string; scopes: string[] } | undefined
  for (const row of rows) {
    const [typeCell, ...scopeCells] = row.children
    const type = typeCell ? cleanText(typeCell) : ''
    if (type === '') continue
    const scopes = scopeCells.flatMap((cell) => scopesIn(cleanText(cell)))
    if (group && typeCell && isIndented(typeCell) && !PERMISSION_TYPE.test(type)) {
      group.scopes = [...new Set([...group.scopes, ...scopes])]
      continue
    }
    const permission = { type, scopes: [...new Set(scopes)] }
    permissions.push(permission)
    group = scopeCells.every((cell) => cleanText(cell) === '') ? permission : undefined
  }
  return permissions
}

/** A permission type's own name (`Delegated (work or school account)`, `Application`). */
const PERMISSION_TYPE = /^(delegated|application)\b/i

/**
 * A row indented with non-breaking spaces under a permission type whose cell it leaves empty names
 * a workload of that type, its scopes the type's (Intune's pages, whose APIs serve several):
 *   |Application||
 *   | &nbsp; &nbsp; **Device management** | DeviceManagementManagedDevices.ReadWrite.All|
 */
function isIndented(cell: TableCell): boolean {
  return inlineText(cell).startsWith('\u00a0')
}

function scopesIn(text: string): string[] {
  if (/\bTODO\b/i.test(text)) return []
  return text
    .replace(/\*\*/g, '')
    .split(/[,;]|\s+(?:and|or)\s+|\s+/)
    .map((word) => word.trim().replace(/^[`*]+|[`.*]+$/g, ''))
    .filter((word) => SCOPE.test(word))
}
