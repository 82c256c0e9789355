/**
 * The type the docs declare a property of a given name as, on the types whose pages list it: what a
 * property a page shows only one value of is declared as, where that value's type derives from it.
 * A page getting one open extension (`GET /organization/{id}/extensions/{id}` → openTypeExtension)
 * documents `extensions` as the base type the other types declare it as (extension); an example
 * posting a channel with `"members": [{ "@odata.type": "#microsoft.graph.aadUserConversationMember" }]`
 * shows `members`, which team declares as conversationMember.
 */
import { getOrCreate } from '../get-or-create.js'
import type { TypeRef } from './drafts.js'
import { chainOf } from './inheritance.js'
import { typeOf } from './key-addressed.js'
import type { TypeRegistry } from './registry.js'

export class DeclaredTypes {
  /** The properties of each lower-case name, with their types' namespaces; grouped when first
   *  asked for, and resolved only for the names asked for (most links add few properties). */
  #byName: Map<string, { type: TypeRef; namespace: string }[]> | undefined
  readonly #resolved = new Map<string, Set<string>>()

  constructor(private readonly registry: TypeRegistry) {}

  /** `shown` (a copy), or the nearest of its base types that the name is declared as elsewhere. */
  of(name: string, shown: TypeRef, namespace: string): TypeRef {
    const names = this.declared(name.toLowerCase())
    const declared = chainOf({ ...shown }, namespace, this.registry).find((each) => names.has(each))
    const type = declared && this.registry.get(this.registry.byName(declared, '') ?? '')
    return type ? { kind: 'named', name: type.qualifiedName } : { ...shown }
  }

  /** The lower-case qualified names of the documented types `name` is declared as. */
  private declared(name: string): Set<string> {
    return getOrCreate(this.#resolved, name, () => {
      const names = new Set<string>()
      for (const { type, namespace } of this.properties().get(name) ?? []) {
        const declared = typeOf(type, this.registry, namespace)
        if (declared) names.add(declared.qualifiedName.toLowerCase())
      }
      return names
    })
  }

  private properties(): Map<string, { type: TypeRef; namespace: string }[]> {
    if (!this.#byName) {
      const byName = new Map<string, { type: TypeRef; namespace: string }[]>()
      for (const owner of this.registry.types.values())
        if (owner.kind !== 'enum')
          for (const property of owner.properties)
            getOrCreate(byName, property.name.toLowerCase(), () => []).push({
              type: property.type,
              namespace: owner.namespace,
            })
      this.#byName = byName
    }
    return this.#byName
  }
}
