/**
 * The types a set of operations reaches: exactly what a subset of the API must declare.
 *
 * A type is reached when it is declared at a use site, or is the base type of a reached type.
 * Use sites are an operation's parameters, request body and response, and a reached object type's
 * properties (relationships too) and its Methods rows of kept operations (their return types).
 *
 * Derived types: a value at a use site declared `D` may be of any type derived from `D`, so every
 * descendant of `D` is reached too (with its own use sites) — unless `D` is a root. A base reached
 * only as a base (`user` → `directoryObject` → `entity`) brings no descendants: nothing arrives
 * there. A root is the top of an inheritance tree (it has no base) that more than `ROOT_SHARE` of
 * all object types descend from (an `entity`-like type): a use site declaring it could receive any
 * type of the API, and bringing them all back would undo the subset, so it stays the root alone.
 * Decided by structure only, never by name.
 */
import type { ApiModel, OperationDef, TypeRef } from '../model.js'
import { collectDerivedTypes, type DerivedTypes } from '../shape/derived-types.js'
import { typesOfParameter } from '../shape/parameters.js'

/** More than this share of all object types below a top type makes it a root. */
export const ROOT_SHARE = 0.25

/** Qualified names of the reached types and placeholders (`model.types`, `model.undocumented`). */
export function reachTypes(model: ApiModel, operations: readonly OperationDef[]): Set<string> {
  const derived = collectDerivedTypes(model)
  const roots = rootTypes(model, derived)
  const kept = new Set(operations.map((operation) => operation.id))
  const reached = new Set<string>()
  // Declared types whose descendants are reached already.
  const widened = new Set<string>()
  const pending: string[] = []
  const reach = (name: string) => {
    if (reached.has(name)) return
    reached.add(name)
    pending.push(name)
  }
  const declare = (ref: TypeRef | undefined) => {
    const name = resolvedName(ref)
    if (name === undefined) return
    reach(name)
    if (roots.has(name)) return
    for (const descendant of descendantsOf(name, derived, widened)) reach(descendant)
  }
  for (const operation of operations) {
    for (const parameter of operation.parameters)
      for (const type of typesOfParameter(parameter)) declare(type)
    declare(operation.requestBody?.type)
    declare(operation.response.type)
  }
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const type = model.types[name]
    if (type?.kind !== 'entity' && type?.kind !== 'complex') continue
    const base = resolvedName(type.baseType)
    if (base !== undefined) reach(base)
    for (const property of type.properties) declare(property.type)
    for (const row of type.methods) if (row.operationId && kept.has(row.operationId)) declare(row.returnType)
  }
  return reached
}

function resolvedName(ref: TypeRef | undefined): string | undefined {
  return ref?.kind === 'named' ? ref.resolved : undefined
}

/** Every type below `name` not yet in `seen`, which collects them (and `name`). */
function descendantsOf(name: string, derived: DerivedTypes, seen: Set<string>) {
  const found: string[] = []
  const stack = [name]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue
    seen.add(next)
    if (next !== name) found.push(next)
    stack.push(...(derived.get(next) ?? []))
  }
  return found
}

/** The tops of inheritance trees that more than `ROOT_SHARE` of all object types descend from. */
function rootTypes(model: ApiModel, derived: DerivedTypes): Set<string> {
  const objectTypes = Object.values(model.types).filter((type) => type.kind !== 'enum').length
  const roots = new Set<string>()
  for (const name of derived.keys()) {
    const type = model.types[name]
    if (type && type.kind !== 'enum' && resolvedName(type.baseType) !== undefined) continue
    if (descendantsOf(name, derived, new Set()).length > objectTypes * ROOT_SHARE) roots.add(name)
  }
  return roots
}
