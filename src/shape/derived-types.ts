/**
 * The inheritance tree as the emitters of polymorphic values and the `$select` names read it: for
 * every type some other documented type derives from (documented or only referenced as a base),
 * its direct derived types. Graph sends any of them where the docs declare the base, tagged with
 * `@odata.type`.
 */
import type { ApiModel } from '../model.js'

/** Base qualified name → the qualified names of the types that name it as their base, sorted. */
export type DerivedTypes = ReadonlyMap<string, readonly string[]>

export function collectDerivedTypes(model: ApiModel): DerivedTypes {
  const bases = new Map<string, string>()
  for (const type of Object.values(model.types)) {
    if (type.kind === 'enum' || type.baseType?.kind !== 'named' || !type.baseType.resolved) continue
    const base = type.baseType.resolved
    if (base in model.types || base in model.undocumented) bases.set(type.qualifiedName, base)
  }
  return derivedTypesOf(bases)
}

/** Each base type's direct derived types, from each type's base (a type its own base is cut). */
export function derivedTypesOf(bases: ReadonlyMap<string, string>): DerivedTypes {
  const derived = new Map<string, string[]>()
  for (const [type, base] of bases) {
    if (base === type) continue
    const list = derived.get(base)
    if (list) list.push(type)
    else derived.set(base, [type])
  }
  for (const list of derived.values()) list.sort()
  return derived
}

/** `base` and every type below it, depth first in name order (a cycle in the docs is cut). */
export function selfAndDescendants(base: string, derived: DerivedTypes): string[] {
  const found = new Set<string>()
  const visit = (name: string) => {
    if (found.has(name)) return
    found.add(name)
    for (const child of derived.get(name) ?? []) visit(child)
  }
  visit(base)
  return [...found]
}

/**
 * Whether Graph sends a value tagged with `qualifiedName` itself: not when the type is abstract and
 * documented types derive from it (they are what is sent); an abstract type none derives from is
 * sent as itself, so that what a value of it may be is never empty.
 *   resources/webpart.md: "This is an abstract type." → a textWebPart or a standardWebPart, no webPart
 */
export function sentAsItself(qualifiedName: string, model: ApiModel, derived: DerivedTypes): boolean {
  const type = model.types[qualifiedName]
  return type === undefined || type.kind === 'enum' || !type.abstract || !derived.has(qualifiedName)
}

/** The `@odata.type` value Graph tags a value of `qualifiedName` with: `#microsoft.graph.group`. */
export function odataTypeValue(qualifiedName: string): string {
  return `#${qualifiedName}`
}
