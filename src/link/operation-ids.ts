/**
 * One id per operation. Ids come from page file names (and, for a resource page's bound actions,
 * from its name and the action's), so one tree may give two operations the same: two folders
 * holding a page of one name (`v1.0/api/user-get.md` beside `beta/api/user-get.md`), or an API page
 * named as a bound action's id. The server names its handlers by id, and verify and the subsets
 * find operations by it: the first (in file order) keeps the id, each later one takes the first
 * free `-2`, `-3`… and is reported.
 */
import { diagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../model.js'
import type { OperationDef } from './drafts.js'

/** `operations` in file order, renamed in place. */
export function uniqueOperationIds(operations: readonly OperationDef[], diagnostics: Diagnostic[]): void {
  const taken = new Set(operations.map((operation) => operation.id))
  const seen = new Set<string>()
  for (const operation of operations) {
    if (!seen.has(operation.id)) {
      seen.add(operation.id)
      continue
    }
    let count = 2
    while (taken.has(`${operation.id}-${count}`)) count++
    const id = `${operation.id}-${count}`
    diagnostics.push(
      diagnostic(
        'duplicate-operation-id',
        operation.position,
        `Unexpected operation id \`${operation.id}\`, which an operation of an earlier file has, expected one id per operation; this one is \`${id}\``,
      ),
    )
    taken.add(id)
    seen.add(id)
    operation.id = id
  }
}
