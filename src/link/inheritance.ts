/**
 * Inheritance: resolve base types, cut cycles (reported), pass entity-ness down the base chain, and
 * drop properties a derived type restates from its base types (Intune pages repeat every inherited
 * row: "Inherited from [x]"). A restated row that lists possible values is returned, as a listing
 * of the inherited property's type: the derived page may name members its base's page does not
 * (`addListedMembers`).
 */
import { diagnostic } from '../diagnostics.js'
import { inDefaultNamespace, namesRootEntity, ROOT_ENTITY } from '../format-defaults.js'
import { getOrCreate } from '../get-or-create.js'
import type { Diagnostic, PropertyDef, TypeDef, TypeRef } from '../model.js'
import type { ObjectTypeDef } from './drafts.js'
import type { ValueListing } from './evolvable-enums.js'
import type { UndocumentedTypes } from './placeholder-spellings.js'
import type { TypeRegistry } from './registry.js'
import { resolveReference, resolveToPlaceholder } from './resolve-references.js'

export function linkInheritance(
  registry: TypeRegistry,
  undocumented: UndocumentedTypes,
  diagnostics: Diagnostic[],
): ValueListing[] {
  const objects = [...registry.types.values()].filter((t): t is ObjectTypeDef => t.kind !== 'enum')
  for (const type of objects) weighBaseTypes(type, registry, diagnostics)
  baseFromDerivedLists(objects, registry)
  for (const type of objects) {
    // An entity's key is its own `id`, else one it inherits: without a stated base, the format's
    // root's (in the format's own namespaces; another team's states its bases). One keyed by another
    // property has no base it does not state.
    const implied =
      !type.baseType &&
      type.kind === 'entity' &&
      type.key === undefined &&
      type.qualifiedName !== ROOT_ENTITY &&
      inDefaultNamespace(type.namespace)
    if (implied) type.baseType = { kind: 'named', name: ROOT_ENTITY }
    if (!type.baseType) continue
    const stated = type.baseType
    if (
      !resolveReference(stated, type.namespace, registry) &&
      stated.kind === 'named' &&
      namesRootEntity(stated.name, type.namespace)
    ) {
      type.baseType = { ...stated, name: ROOT_ENTITY }
      resolveReference(type.baseType, type.namespace, registry)
    }
    const base =
      type.baseType.kind === 'named' && type.baseType.resolved
        ? registry.get(type.baseType.resolved)
        : undefined
    if (base && (base.kind === 'enum' || base === type)) {
      diagnostics.push(
        diagnostic(
          'inheritance-cycle',
          type.position,
          `Unexpected base type ${base.qualifiedName} for ${type.qualifiedName}, expected another object type; dropped`,
        ),
      )
      dropBaseType(type)
      continue
    }
    resolveToPlaceholder(
      type.baseType,
      type.namespace,
      registry,
      true,
      undocumented,
      type.baseTypePosition ?? type.position,
      `the base type of ${type.qualifiedName}`,
      // A base the docs never stated is nothing a writer can fix on this page.
      implied ? [] : diagnostics,
    )
  }
  for (const type of objects) cutCycle(type, registry, diagnostics)
  for (const type of objects) if (reachesEntity(type, registry)) type.kind = 'entity'
  return objects.flatMap((type) => dropRestatedProperties(type, registry))
}

/**
 * A base page may name its derived types ("Base type of [offerShiftRequest](…), … and
 * [timeOffRequest](…).", "The derived types are […]", "[a](…) and [b](…) types inherit from this
 * type"): a derived type whose own page states no base (no annotation `baseType`, no "Inherits from"
 * sentence) takes it from there, before an `id` key implies the root entity. A base its own page
 * states wins. Of several base pages naming one type, the closest does: a page listing its
 * grandchildren too gives way to the page of the child that lists them; a claim that would close
 * a cycle (two pages naming each other) is skipped.
 */
function baseFromDerivedLists(objects: readonly ObjectTypeDef[], registry: TypeRegistry): void {
  const claims = new Map<string, ObjectTypeDef[]>()
  for (const base of objects) {
    for (const ref of base.derivedTypes ?? []) {
      resolveReference(ref, base.namespace, registry)
      const derived = ref.kind === 'named' ? ref.resolved : undefined
      if (!derived || derived === base.qualifiedName) continue
      const list = getOrCreate(claims, derived, () => [])
      if (!list.includes(base)) list.push(base)
    }
    delete base.derivedTypes
  }
  /** The lower-case names of `type` and the bases above it, as far as they are known now. */
  const chain = (type: ObjectTypeDef) =>
    chainOf({ kind: 'named', name: type.qualifiedName }, type.namespace, registry)
  const isAbove = (upper: ObjectTypeDef, lower: ObjectTypeDef) =>
    (claims.get(lower.qualifiedName) ?? []).includes(upper) ||
    chain(lower).includes(upper.qualifiedName.toLowerCase())
  for (const type of objects) {
    if (type.baseType) continue
    const name = type.qualifiedName.toLowerCase()
    const bases = (claims.get(type.qualifiedName) ?? []).filter((base) => !chain(base).includes(name))
    const closest = bases.find((base) => !bases.some((other) => other !== base && isAbove(base, other)))
    if (closest) type.baseType = { kind: 'named', name: closest.qualifiedName }
  }
}

/**
 * Entity-ness is inherited: a type whose base chain reaches an entity type, or the format's root entity
 * (documented or not), is an entity even when its own page shows no key or Methods
 * (`"baseType": "microsoft.graph.entity"` on a page without `keyProperty`).
 */
function reachesEntity(type: ObjectTypeDef, registry: TypeRegistry): boolean {
  const seen = new Set<ObjectTypeDef>()
  for (let current: ObjectTypeDef | undefined = type; current && !seen.has(current); ) {
    seen.add(current)
    const ref = current.baseType
    if (ref?.kind === 'named' && ref.resolved === ROOT_ENTITY) return true
    current = baseOf(current, registry)
    if (current?.kind === 'entity') return true
  }
  return false
}

/**
 * The annotation's `baseType` and the "Inherits from [x]" sentence disagree: the one that names the
 * more derived type wins when the other is in its base chain (the sentence's `outlookItem` over the
 * annotation's generic `entity`, as the rest of the docs say `outlookItem` derives from `entity`),
 * and any sentence wins over an annotation naming the root `entity`, which every entity type's chain
 * ends in (aadUserConversationMember's `conversationMember`, no page of which the tree holds);
 * a documented type wins over one no page defines; otherwise the annotation. Reported either way
 * (`base-type-conflict`, at the sentence, naming the annotation's line).
 */
function weighBaseTypes(type: ObjectTypeDef, registry: TypeRegistry, diagnostics: Diagnostic[]): void {
  const stated = type.statedBaseType
  if (!stated) return
  delete type.statedBaseType
  const annotated = type.baseType
  if (!annotated) {
    takeStatedBase(type, stated)
    return
  }
  const annotatedChain = chainOf(annotated, type.namespace, registry)
  const statedChain = chainOf(stated.type, type.namespace, registry)
  const documented = (ref: TypeRef) => ref.kind === 'named' && ref.resolved !== undefined
  const annotatesRoot = annotatedChain[0] === ROOT_ENTITY.toLowerCase()
  const sentenceWins =
    statedChain.includes(annotatedChain[0] ?? '') ||
    annotatesRoot ||
    (!annotatedChain.slice(1).includes(statedChain[0] ?? '') &&
      documented(stated.type) &&
      !documented(annotated))
  if (sentenceWins) takeStatedBase(type, stated)
  // The annotation's root still says the type is an entity, whatever page its new base lacks.
  if (annotatesRoot) type.kind = 'entity'
  const name = (ref: TypeRef) => (ref.kind === 'unknown' ? ref.text : ref.name)
  diagnostics.push(
    diagnostic(
      'base-type-conflict',
      stated.position,
      `Unexpected base type ${name(stated.type)} in the "Inherits from" sentence, the resource annotation (line ${stated.annotationPosition.line}) says ${name(annotated)}; using ${name(sentenceWins ? stated.type : annotated)}`,
    ),
  )
}

/** Take the "Inherits from" sentence's base, and where the sentence names it. */
function takeStatedBase(type: ObjectTypeDef, stated: NonNullable<ObjectTypeDef['statedBaseType']>): void {
  type.baseType = stated.type
  type.baseTypePosition = stated.position
}

/** Lower-cased qualified names: the type `ref` names, then its bases as far as the docs define them. */
export function chainOf(ref: TypeRef, namespace: string, registry: TypeRegistry): string[] {
  const chain: string[] = []
  let next: TypeRef | undefined = ref
  let nextNamespace = namespace
  while (next?.kind === 'named') {
    resolveReference(next, nextNamespace, registry)
    const name = (
      next.resolved ?? (next.name.includes('.') ? next.name : `${nextNamespace}.${next.name}`)
    ).toLowerCase()
    if (chain.includes(name)) break
    chain.push(name)
    const current: TypeDef | undefined = next.resolved ? registry.get(next.resolved) : undefined
    if (!current || current.kind === 'enum') break
    next = current.baseType
    nextNamespace = current.namespace
  }
  return chain
}

/**
 * The nearest documented type every one of `types` is or derives from (exportSuccessOperation,
 * failedOperation and runningOperation share operation); not the format's root entity, which says
 * nothing of them.
 */
export function sharedBase(
  types: readonly TypeRef[],
  registry: TypeRegistry,
  namespace: string,
): string | undefined {
  const chains = types.map((type) => chainOf({ ...type }, namespace, registry))
  const [first = [], ...others] = chains
  const shared = first.find((name) => others.every((chain) => chain.includes(name)))
  const documented = shared === undefined ? undefined : registry.byName(shared, namespace)
  return documented === ROOT_ENTITY ? undefined : documented
}

/** The lower-case property names of `type` and its documented base types (cycles are cut first). */
export function namesWithBases(type: ObjectTypeDef, registry: TypeRegistry): Set<string> {
  const names = new Set<string>()
  for (let current: ObjectTypeDef | undefined = type; current; current = baseOf(current, registry))
    for (const property of current.properties) names.add(property.name.toLowerCase())
  return names
}

/** Each documented object type's direct derived types, for walking a family downwards. */
export function derivedTypesByBase(registry: TypeRegistry): Map<ObjectTypeDef, ObjectTypeDef[]> {
  const derived = new Map<ObjectTypeDef, ObjectTypeDef[]>()
  for (const type of registry.types.values()) {
    if (type.kind === 'enum') continue
    const base = baseOf(type, registry)
    if (base) getOrCreate(derived, base, () => []).push(type)
  }
  return derived
}

/** The lower-case property names of the types deriving from `type`, at any depth (cycles are cut
 *  first); `derived` is `derivedTypesByBase`. */
export function derivedNames(
  type: ObjectTypeDef,
  derived: ReadonlyMap<ObjectTypeDef, readonly ObjectTypeDef[]>,
): Set<string> {
  const names = new Set<string>()
  const below = [...(derived.get(type) ?? [])]
  for (let t = below.pop(); t; t = below.pop()) {
    for (const property of t.properties) names.add(property.name.toLowerCase())
    below.push(...(derived.get(t) ?? []))
  }
  return names
}

export function baseOf(type: ObjectTypeDef, registry: TypeRegistry): ObjectTypeDef | undefined {
  const ref = type.baseType
  if (ref?.kind !== 'named' || !ref.resolved) return undefined
  const base = registry.get(ref.resolved)
  return base && base.kind !== 'enum' ? base : undefined
}

/** Drop a base type that cannot be, and where the page named it. */
function dropBaseType(type: ObjectTypeDef): void {
  delete type.baseType
  delete type.baseTypePosition
}

function cutCycle(type: ObjectTypeDef, registry: TypeRegistry, diagnostics: Diagnostic[]): void {
  const seen = new Set<ObjectTypeDef>([type])
  for (let current = baseOf(type, registry); current; current = baseOf(current, registry)) {
    if (current === type) {
      diagnostics.push(
        diagnostic(
          'inheritance-cycle',
          type.position,
          `Unexpected inheritance cycle through ${type.qualifiedName}; its base type is dropped`,
        ),
      )
      dropBaseType(type)
      return
    }
    if (seen.has(current)) return
    seen.add(current)
  }
}

function dropRestatedProperties(type: ObjectTypeDef, registry: TypeRegistry): ValueListing[] {
  const inherited = new Map<string, PropertyDef>()
  const seen = new Set<string>()
  for (
    let base = baseOf(type, registry);
    base && !seen.has(base.qualifiedName);
    base = baseOf(base, registry)
  ) {
    seen.add(base.qualifiedName)
    for (const property of base.properties)
      if (!inherited.has(property.name)) inherited.set(property.name, property)
  }
  if (inherited.size === 0) return []
  const listings: ValueListing[] = []
  type.properties = type.properties.filter((restated) => {
    const property = inherited.get(restated.name)
    if (property && restated.possibleValues)
      listings.push({
        type: property.type,
        possibleValues: restated.possibleValues,
        position: restated.position,
        label: `${type.qualifiedName}.${restated.name}`,
      })
    return property === undefined
  })
  return listings
}
