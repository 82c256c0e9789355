/**
 * Permissions kept in include files (today's docs):
 *   ## Permissions
 *   [!INCLUDE [permissions-table](../includes/permissions/user-get-permissions.md)]
 * Each operation whose Permissions section names includes gets their tables, joined by permission
 * type (a page keeps "Permissions acting on self" and "… on other users" in two); an include that
 * is not in the docs tree (or holds no permissions table) is reported where it is named
 * (`missing-include`). Writes only link's copies of the operations.
 */
import { diagnostic } from '../diagnostics.js'
import { joinPermissions } from '../extract/permissions.js'
import type { Diagnostic, PageModel, Permission } from '../model.js'
import type { OperationDef } from './drafts.js'

export function linkPermissionIncludes(
  pages: readonly PageModel[],
  operations: readonly OperationDef[],
  diagnostics: Diagnostic[],
): void {
  const included = new Map<string, readonly Permission[] | undefined>()
  for (const page of pages)
    if (page.pageKind === 'include') included.set(page.file.toLowerCase(), page.permissions)
  for (const operation of operations) {
    const includes = operation.permissionsIncludes
    if (!includes) continue
    delete operation.permissionsIncludes
    const tables: (readonly Permission[])[] = []
    for (const include of includes) {
      const key = include.target.toLowerCase()
      const permissions = included.get(key)
      if (permissions) {
        tables.push(permissions)
        continue
      }
      diagnostics.push(
        diagnostic(
          'missing-include',
          include.position,
          included.has(key)
            ? `Unexpected include ${include.target} without a permissions table, expected one for the Permissions section`
            : `Unexpected include ${include.target} that is not in the docs tree, expected the file that holds the permissions table`,
        ),
      )
    }
    const joined = joinPermissions(tables)
    if (joined.length > 0) operation.permissions = joined
  }
}
