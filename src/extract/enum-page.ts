/**
 * Read an enum page: `# x enum type` with a `## Members` table (Intune form), or a page of
 * several `### x values` sections (`enums-externalConnectors.md` form).
 */

import { diagnostic } from '../diagnostics.js'
import { DEFAULT_NAMESPACE } from '../format-defaults.js'
import type { Diagnostic, EnumTypeDef } from '../model.js'
import type { Page } from '../parse/page.js'
import { findSection } from '../parse/sections.js'
import { enumDef, extractValuesSections, firstMembersTable } from './enum-tables.js'
import { readPageHeader } from './page-header.js'

const H1_ENUM_NAME = /^`?([A-Za-z_][\w.]*)`?\s+enum(?:\s+type)?\b/i

export function extractEnumPage(page: Page, diagnostics: Diagnostic[]): EnumTypeDef[] {
  const header = readPageHeader(page)
  const annotated = page.sections
    .map((section) => /"namespace"\s*:\s*"([\w.]+)"/.exec(section.text)?.[1])
    .find((value) => value !== undefined)
  const namespace = header.namespace ?? annotated ?? DEFAULT_NAMESPACE
  // Named in no namespace: link moves the enums into the docs' own (`foldForeignNamespaces`), as
  // another team's tree (`contoso.*`) is not Graph's.
  const unstated = header.namespace === undefined && annotated === undefined ? header.position : undefined
  const members = findSection(page.sections, 'members')
  const name = H1_ENUM_NAME.exec(header.title)?.[1]
  const enums = extractValuesSections(page, namespace)
  if (members && name) {
    const list = firstMembersTable(page, members)
    if (list) {
      const qualified = name.includes('.') ? name : `${namespace}.${name}`
      enums.unshift(
        enumDef(
          qualified,
          list,
          page,
          header.section ?? members,
          [page.file.toLowerCase()],
          header.description,
        ),
      )
    }
  }
  if (enums.length === 0) {
    diagnostics.push(
      diagnostic(
        'missing-type-name',
        header.position,
        'Unexpected enum page without a members table, expected `## Members`',
      ),
    )
    return enums
  }
  if (!unstated) return enums
  return enums.map((type) =>
    type.qualifiedName.startsWith(`${namespace}.`)
      ? { ...type, unstatedNamespace: unstated, namespaceDefaulted: true as const }
      : type,
  )
}
