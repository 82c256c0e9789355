/**
 * A stand-in for the service root at the start of a route (`GET businesscentralPrefix/companies`)
 * that the page's own examples do not write as their host (they call a real host, or show no
 * request) is dropped as the docs' other pages show it (`service-root-stand-in.ts`).
 */
import { dropServiceRootStandIn, placeholderHostsOf } from '../extract/service-root-stand-in.js'
import type { OperationDef } from './drafts.js'

export function dropServiceRootStandIns(operations: readonly OperationDef[]): void {
  const hosts = placeholderHostsOf(operations.flatMap((operation) => operation.examples))
  if (hosts.size === 0) return
  for (const operation of operations) {
    const routes = dropServiceRootStandIn(operation.routes, hosts)
    if (routes.some((route, index) => route !== operation.routes[index])) operation.routes = routes
  }
}
