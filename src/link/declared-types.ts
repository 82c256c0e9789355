/**
 * The type the docs declare a property of a given name as, on the types whose pages list it: what a
 * property a page shows only one value of is declared as, where that value's type derives from it.
 * A page getting one open extension (`GET /organization/{id}/extensions/{id}` → openTypeExtension)
 * documents `extensions` as the base type the other types declare it as (extension); an example
 * posting a channel with `"members": [{ "@odata.type": "#microsoft.graph.aadUserConversationMember" }]`
 * shows `members`, which team declares as conversationMember.
 */
import type { TypeRef } from './drafts.js'
import { chainOf } from './inheritance.js'
import { typeOf } from './key-addressed.js'
import type { TypeRegistry } from './registry.js'

export class DeclaredTypes {
  #byName: Map<string, Set<string>> | undefined

  /** The declarations are read when first asked for (most links add no property of their own). */
  constructor(private readonly registry: TypeRegistry) {}

  /** `shown` (a copy), or the nearest of its base types that the name is declared as elsewhere. */
  of(name: string, shown: TypeRef, namespace: string): TypeRef {
    const names = this.declarations().get(name.toLowerCase())
    const declared = names && chainOf({ ...shown }, namespace, this.registry).find((each) => names.has(each))
    const type = declared && this.registry.get(this.registry.byName(declared, '') ?? '')
    return type ? { kind: 'named', name: type.qualifiedName } : { ...shown }
  }

  /** The lower-case qualified names each lower-case property name is declared as. */
  private declarations(): Map<string, Set<string>> {
    if (!this.#byName) {
      const byName = new Map<string, Set<string>>()
      for (const type of this.registry.types.values()) {
        if (type.kind === 'enum') continue
        for (const property of type.properties) {
          const declared = typeOf(property.type, this.registry, type.namespace)
          if (!declared) continue
          const key = property.name.toLowerCase()
          byName.set(key, (byName.get(key) ?? new Set()).add(declared.qualifiedName.toLowerCase()))
        }
      }
      this.#byName = byName
    }
    return this.#byName
  }
}
