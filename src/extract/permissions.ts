/**
 * Read the permissions table of an API page (`## Permissions`, Intune `## Prerequisites`).
 *   |Permission type|Permissions (from least to most privileged)|
 *   |Delegated (work or school account)|Calendars.Read, Calendars.ReadWrite|
 *   |Application|Not supported.|
 * Scopes are the comma-separated permission names of the other cells, each enough alone, but for
 * two the cell joins with "and" (`Policy.Read.All and Application.Read.All, Directory.Read.All`):
 * those are needed together. `Not supported.` and TODO text (`**TODO: Determine scopes **`) give no
 * scopes.
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
  const joined: Scopes[] = []
  for (const permission of tables.flat()) {
    const same = joined.find((each) => each.type === permission.type)
    if (same) addScopes(same, permission)
    else joined.push(addScopes({ type: permission.type, scopes: [] }, permission))
  }
  return joined
}

/** A permission being read: its type, and the scopes and sets of them found so far. */
interface Scopes {
  type: string
  scopes: string[]
  together?: string[][]
}

/** `into` with the scopes and sets of `from` it does not hold yet, in order. */
function addScopes(into: Scopes, from: Pick<Permission, 'scopes' | 'together'>): Scopes {
  for (const scope of from.scopes) if (!into.scopes.includes(scope)) into.scopes.push(scope)
  for (const set of from.together ?? []) {
    const sets = into.together ?? []
    if (sets.some((each) => each.join(' ') === set.join(' '))) continue
    sets.push([...set])
    into.together = sets
  }
  return into
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
      const permission: Scopes = { type, scopes: [] }
      for (const row of rows) {
        const cell = row.children[index + 1]
        if (cell) addScopes(permission, scopesIn(cleanText(cell)))
      }
      return permission
    })
  }
  const permissions: Scopes[] = []
  /** The last permission type whose row left its scopes to the indented rows under it. */
  let group: Scopes | undefined
  for (const row of rows) {
    const [typeCell, ...scopeCells] = row.children
    const type = typeCell ? cleanText(typeCell) : ''
    if (type === '') continue
    const permission: Scopes = { type, scopes: [] }
    for (const cell of scopeCells) addScopes(permission, scopesIn(cleanText(cell)))
    if (group && typeCell && isIndented(typeCell) && !PERMISSION_TYPE.test(type)) {
      addScopes(group, permission)
      continue
    }
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

/**
 * A cell's scopes: its comma- (or "or"-) separated items, each a scope, or two joined by "and"
 * that are needed together (`Policy.Read.All and Application.Read.All`). A list written as English
 * writes one, `A, B and C` (no "and" before its last item), is three scopes.
 */
function scopesIn(text: string): Pick<Permission, 'scopes' | 'together'> {
  const found: Scopes = { type: '', scopes: [] }
  if (/\bTODO\b/i.test(text)) return found
  // A footnote marker (`TeamsAppInstallation.ReadWriteSelfForChat<sup>1</sup>`) is no part of the name.
  const items = text
    .replace(/<sup>[^<]*<\/sup>/gi, '')
    .replace(/\*\*/g, '')
    .split(/[,;]|\s+or\s+/)
  const joins = (item: string) => /\s+and\s+/.test(item)
  const englishList = items.length > 1 && !items.slice(0, -1).some(joins)
  for (const item of items) {
    const parts = item.split(/\s+and\s+/).map(scopeWords)
    const set = [...new Set(parts.flat())]
    if (englishList || set.length < 2 || parts.some((part) => part.length !== 1))
      addScopes(found, { scopes: set })
    else addScopes(found, { scopes: [], together: [set] })
  }
  return found
}

/** The scope names among a text's words (`Directory.Read.All` of "Directory.Read.All (admin only)"). */
function scopeWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.trim().replace(/^[`*]+|[`.*]+$/g, ''))
    .filter((word) => SCOPE.test(word))
}
