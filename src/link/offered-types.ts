/**
 * A parameter whose Type cell offers several types takes the nearest documented base type they
 * share, as the service declares it:
 *   | mediaConfig | [appHostedMediaConfig](…) or [serviceHostedMediaConfig](…) | The media configuration. |
 * is a mediaConfig, the base of both; so does a Request body that offers several ("provide a JSON
 * representation of [socialIdentityProvider](…), or an [appleManagedIdentityProvider](…) object"). Where the docs document no shared base (not every offered
 * type has a page), a parameter takes any type offered: it keeps its `otherTypes` (call-answer.md
 * sends a serviceHostedMediaConfig in one example, an appHostedMediaConfig in another); a Request
 * body, the first type offered. extract keeps the offer as `otherTypes`, which link drops from its
 * copies of the operations once it has decided on a shared base.
 */
import type { OperationDef } from './drafts.js'
import { sharedBase } from './inheritance.js'
import type { TypeRegistry } from './registry.js'
import type { NamespaceOf } from './resolve-references.js'

export function settleOfferedParameterTypes(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
): void {
  for (const operation of operations) {
    if (operation.requestBody?.otherTypes) {
      const { otherTypes, ...body } = operation.requestBody
      const shared = sharedBase([body.type, ...otherTypes], registry, namespaceOf(operation))
      operation.requestBody = shared ? { ...body, type: { kind: 'named', name: shared } } : body
    }
    if (!operation.parameters.some((parameter) => parameter.otherTypes)) continue
    operation.parameters = operation.parameters.map((parameter) => {
      const { otherTypes, ...rest } = parameter
      const shared = otherTypes && sharedBase([rest.type, ...otherTypes], registry, namespaceOf(operation))
      return shared ? { ...rest, type: { kind: 'named', name: shared } } : parameter
    })
  }
}
