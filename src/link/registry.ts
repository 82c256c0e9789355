/**
 * The type registry: every documented type by qualified name, plus the indexes that resolve
 * references — by link target (page or `page#anchor`) first, then by name (or another name the
 * docs give the type).
 */
import { inDefaultNamespace } from '../format-defaults.js'
import { simpleNameOf } from '../simple-name.js'
import type { TypeDef } from './drafts.js'

export class TypeRegistry {
  readonly types = new Map<string, TypeDef>()
  private readonly byLowerName = new Map<string, string>()
  private readonly byTarget = new Map<string, string>()
  private readonly bySimpleName = new Map<string, string[]>()
  /** The namespaces of the documented types, by lower-case name. */
  private readonly namespaces = new Map<string, string>()

  add(type: TypeDef): void {
    this.types.set(type.qualifiedName, type)
    this.namespaces.set(type.namespace.toLowerCase(), type.namespace)
    this.byLowerName.set(type.qualifiedName.toLowerCase(), type.qualifiedName)
    // Another name for the type (`oneDrive.item`) never takes a documented type's own name.
    for (const alias of type.kind === 'enum' ? [] : (type.aliases ?? [])) {
      if (!this.byLowerName.has(alias.toLowerCase()))
        this.byLowerName.set(alias.toLowerCase(), type.qualifiedName)
    }
    const simple = type.name.toLowerCase()
    const list = this.bySimpleName.get(simple) ?? []
    if (!list.includes(type.qualifiedName)) list.push(type.qualifiedName)
    this.bySimpleName.set(simple, list)
    for (const target of type.targets) {
      if (!this.byTarget.has(target)) this.byTarget.set(target, type.qualifiedName)
    }
  }

  get(qualifiedName: string): TypeDef | undefined {
    return this.types.get(qualifiedName)
  }

  /** The type a link target denotes (`resources/user.md`, `resources/room.md#bookingtype-values`). */
  byLink(target: string): string | undefined {
    return this.byTarget.get(target.toLowerCase())
  }

  /**
   * The type a name denotes, seen from `namespace`: a qualified name as written, else the name in
   * `namespace`, else in an enclosing namespace, else, for a bare name, the one type anywhere with
   * that name. A qualified name the docs do not define, written in a namespace that encloses
   * `namespace`, is read in `namespace` and those between (a security page writes
   * `microsoft.graph.incident` for its own `microsoft.graph.security.incident`); it is never taken
   * for a type of another namespace that shares its simple name (`microsoft.graph.operation` is not
   * `microsoft.graph.partners.billing.operation`, `microsoft.graph.callRecords.session` not
   * `microsoft.graph.session`): it stays undocumented. A name in a namespace outside the format's
   * (OneDrive's legacy `oneDrive.subscription`) is read in `namespace` and those enclosing it.
   */
  byName(name: string, namespace: string): string | undefined {
    const clean = name.replace(/^#/, '').trim().toLowerCase()
    const exact = this.byLowerName.get(clean)
    if (exact) return exact
    const simple = simpleNameOf(clean)
    const qualified = simple !== clean
    for (let ns = namespace.toLowerCase(); ns; ns = enclosing(ns)) {
      const found = this.byLowerName.get(`${ns}.${clean}`)
      if (found) return found
    }
    if (qualified) {
      // Where the name's namespace encloses the page's, the page meant its own namespace; a
      // namespace outside the format's is a legacy name of the page's types (`oneDrive.subscription`).
      const written = clean.slice(0, -simple.length - 1)
      const legacy = !inDefaultNamespace(written)
      for (
        let ns = namespace.toLowerCase();
        ns && (legacy || ns.startsWith(`${written}.`) || ns === written);
        ns = enclosing(ns)
      ) {
        const found = this.byLowerName.get(`${ns}.${simple}`)
        if (found) return found
        if (ns === written) break
      }
      return undefined
    }
    const candidates = this.bySimpleName.get(simple) ?? []
    return candidates.length === 1 ? candidates[0] : undefined
  }

  /**
   * A qualified name that no page defines, read as a name of the namespaces the docs know: a
   * namespace part that is no known namespace is read in the one enclosing `namespace` that gives a
   * known one, or `namespace` itself (`security.submissionResult` on a `microsoft.graph.security`
   * page is `microsoft.graph.security.submissionResult`, as the page's other cells write it); as
   * written where none does (`oneDrive.subscription`).
   */
  qualifiedAsKnown(name: string, namespace: string): string {
    const written = name.slice(0, name.lastIndexOf('.'))
    if (this.namespaces.has(written.toLowerCase())) return name
    for (let ns = namespace; ns; ns = enclosing(ns)) {
      const candidate = `${ns}.${written}`.toLowerCase()
      const known = candidate === namespace.toLowerCase() ? namespace : this.namespaces.get(candidate)
      if (known) return `${known}${name.slice(written.length)}`
    }
    return name
  }
}

/** The namespace enclosing `namespace` (`a.b` → `a`; `a` → ``). */
function enclosing(namespace: string): string {
  return namespace.slice(0, Math.max(namespace.lastIndexOf('.'), 0))
}
