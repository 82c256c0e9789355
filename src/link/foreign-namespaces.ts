/**
 * A page without a Namespace line names its type as its resource annotation writes it, and some
 * teams' annotations still name a legacy namespace where the rest of their docs use another:
 *   OneDrive's folder.md: `"@odata.type": "oneDrive.folder"`, where driveItem.md writes the facet
 *   as `"@odata.type": "microsoft.graph.folder"` and its types are `microsoft.graph.*`.
 * The docs' own namespace is the one most of their types are in; such a type in another namespace
 * (not nested in it) is moved into it, keeps the written name as another name, and is reported
 * (`foreign-namespace`). So is a type the page names in no namespace (an enum page without a
 * Namespace line: the format's default, `microsoft.graph`, is not another team's). Docs whose types are all in their own namespace (`contoso.widget` on
 * every page) are left as written. Reads the page types, never writes into them: a moved type is a
 * copy.
 */
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic, TypeDef } from '../model.js'

export function foldForeignNamespaces(types: readonly TypeDef[], diagnostics: Diagnostic[]): TypeDef[] {
  if (!types.some((type) => type.unstatedNamespace)) return [...types]
  const own = docsNamespace(types)
  return types.map((type) => {
    const at = type.unstatedNamespace
    if (!at || type.namespace === own || type.namespace.startsWith(`${own}.`)) return type
    const qualifiedName = `${own}.${type.name}`
    // In the format's default namespace, the page wrote no namespace (`"@odata.type": "part"`, an
    // enum page's title): no other name was written. An enum's other name would be a second enum
    // of the same members: references follow the move.
    const defaulted = type.namespaceDefaulted === true
    const keepsName = !defaulted && type.kind !== 'enum'
    diagnostics.push(
      diagnostic(
        'foreign-namespace',
        at,
        defaulted
          ? `Unexpected page without a Namespace line naming ${type.name} in no namespace, expected one; named ${qualifiedName}, in the docs' namespace`
          : `Unexpected namespace ${type.namespace} for ${type.qualifiedName} on a page without a Namespace line, expected the docs' namespace ${own}; named ${qualifiedName}${keepsName ? `, ${type.qualifiedName} kept as another name` : ''}`,
      ),
    )
    const moved = { ...type, namespace: own, qualifiedName }
    if (!keepsName || moved.kind === 'enum') return moved
    return { ...moved, aliases: [type.qualifiedName, ...(moved.aliases ?? [])] }
  })
}

/** The namespace most types are in (the first in name order among equals). */
function docsNamespace(types: readonly TypeDef[]): string {
  const counts = new Map<string, number>()
  for (const type of types) counts.set(type.namespace, (counts.get(type.namespace) ?? 0) + 1)
  let best = ''
  let most = 0
  for (const [namespace, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (count > most) {
      best = namespace
      most = count
    }
  return best
}
