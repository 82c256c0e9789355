/**
 * A type a Relationships table points to is an entity: in OData a navigation property leads to an
 * entity, never to a complex value. listItem's row says so of itemAnalytics, whose own page shows
 * neither `keyProperty`, Methods nor an `id`:
 *   ## Relationships
 *   | analytics | [itemAnalytics][] resource | Analytics about the view activities that took place on this item. |
 * Runs before inheritance, which then gives such a type the root entity as its base.
 */
import { typeOf } from './key-addressed.js'
import type { TypeRegistry } from './registry.js'

export function markNavigationTargets(registry: TypeRegistry): void {
  for (const type of registry.types.values()) {
    if (type.kind === 'enum') continue
    for (const property of type.properties) {
      if (!property.relationship) continue
      const target = typeOf(property.type, registry, type.namespace)
      if (target?.kind === 'complex') target.kind = 'entity'
    }
  }
}
