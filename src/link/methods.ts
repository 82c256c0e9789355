/**
 * Tie resource pages' Methods tables to the operations of the pages they link:
 *   |[Get user](../api/user-get.md)|[user](user.md)|…|  on resources/user.md
 * sets the row's `operationId` and adds `microsoft.graph.user` to the operation's `resources`.
 * Writes only link's own copies (the registry's types, the operations link returns), so relinking
 * the same page models (watch mode) gives the same result.
 */
import type { OperationDef } from './drafts.js'
import type { TypeRegistry } from './registry.js'

export function linkMethodsToOperations(registry: TypeRegistry, operations: readonly OperationDef[]): void {
  // A row links a page: its own operation, the first of the page's (the calls it documents under
  // headings of their own follow it, `otherCallOperations`), as `operations` are in page order here.
  const byFile = new Map<string, OperationDef>()
  for (const operation of operations)
    if (!byFile.has(operation.file.toLowerCase())) byFile.set(operation.file.toLowerCase(), operation)
  const resources = new Map<OperationDef, Set<string>>()
  for (const type of registry.types.values()) {
    if (type.kind === 'enum' || type.methods.length === 0) continue
    type.methods = type.methods.map((row) => {
      const operation = row.target ? byFile.get(row.target) : undefined
      if (!operation) return row
      resources.set(operation, (resources.get(operation) ?? new Set()).add(type.qualifiedName))
      return { ...row, operationId: operation.id }
    })
  }
  for (const operation of operations) {
    const owners = resources.get(operation)
    if (owners) operation.resources = [...owners].sort()
    else delete operation.resources
  }
}
