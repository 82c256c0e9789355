/**
 * A page that says its call supports "the OData query parameters" names none of them: a list takes
 * them all (`$select`, `$expand`, `$filter`, `$orderby`, `$top`, `$skip`, `$count`, `$search`), any
 * other call `$select` and `$expand`. Settled once the kinds are (a Methods row can make a get a
 * list, `responsesFromMethods`), before the options the page names, but those it says it does not
 * support; the page's statements are dropped from link's copies of the operations.
 */
import { LIST_QUERY_OPTIONS, SINGLE_QUERY_OPTIONS } from '../format-defaults.js'
import type { OperationDef } from './drafts.js'

export function settleStandardQueryOptions(operations: readonly OperationDef[]): void {
  for (const operation of operations) {
    const unsupported = operation.unsupportedQueryOptions ?? []
    delete operation.unsupportedQueryOptions
    if (!operation.standardQueryOptions) continue
    delete operation.standardQueryOptions
    const standard = (operation.kind === 'list' ? LIST_QUERY_OPTIONS : SINGLE_QUERY_OPTIONS).filter(
      (option) => !unsupported.includes(option),
    )
    operation.queryOptions = [...new Set([...standard, ...operation.queryOptions])]
  }
}
