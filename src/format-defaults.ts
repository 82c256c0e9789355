/**
 * What the reference format leaves unsaid, in one place: the defaults a page relies on when it does
 * not state them (the field guide to the format measures each).
 */

/** The namespace of a page without a `Namespace:` line, and of names written without one. */
export const DEFAULT_NAMESPACE = 'microsoft.graph'

/** The service root of docs whose request examples name no host (paths alone: `GET /me/drive`). */
export const DEFAULT_SERVICE_ROOT = 'https://graph.microsoft.com/v1.0'

/** The API's title, for the service at `DEFAULT_SERVICE_ROOT`'s host. */
export const DEFAULT_API_TITLE = 'Microsoft Graph'

/** The OData query options a list supports where its page says it supports "the OData query
 *  parameters" without naming them; any other call, `SINGLE_QUERY_OPTIONS`. */
export const LIST_QUERY_OPTIONS: readonly string[] = [
  '$select',
  '$expand',
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$count',
  '$search',
]
export const SINGLE_QUERY_OPTIONS: readonly string[] = ['$select', '$expand']

/**
 * The format's root entity: an entity type (one keyed by `id`) whose page states no base type
 * derives from it. Pages state it on some entity types (`"baseType": "microsoft.graph.entity"`,
 * "Inherits from [entity](entity.md)") and leave it unsaid on the rest.
 */
export const ROOT_ENTITY = `${DEFAULT_NAMESPACE}.entity`

/**
 * Whether a bare base type name on a page of `namespace` means the root entity: the format writes the
 * root bare on the pages of every namespace inside its own ("Inherits from [entity](entity.md)" on a
 * `microsoft.graph.identityGovernance` page), so where that namespace has no type of that name, the
 * name is the root's.
 */
export function namesRootEntity(written: string, namespace: string): boolean {
  return (
    inDefaultNamespace(namespace) && written.toLowerCase() === ROOT_ENTITY.slice(DEFAULT_NAMESPACE.length + 1)
  )
}

/**
 * Whether the format's defaults hold for types of `namespace`: the default namespace and those
 * inside it (`microsoft.graph.termStore`). Another team's namespace states its own bases.
 */
export function inDefaultNamespace(namespace: string): boolean {
  const lower = namespace.toLowerCase()
  return lower === DEFAULT_NAMESPACE.toLowerCase() || lower.startsWith(`${DEFAULT_NAMESPACE.toLowerCase()}.`)
}

/** The instance annotation that names an object's type (`"@odata.type": "#microsoft.graph.group"`):
 *  how a derived type is told apart where its base is declared. */
export const TYPE_ANNOTATION = '@odata.type'
