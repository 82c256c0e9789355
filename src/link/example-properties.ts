/**
 * Properties that only the examples show. An object in an example body that names its type
 *   { "@odata.type": "#microsoft.graph.importedWindowsAutopilotDeviceIdentity", "groupTag": "String" }
 * proves the type has those members even where its resource page (an older snapshot, say) lacks
 * them. They are added to the type, typed from their values (an object's as the docs declare the
 * name elsewhere, where its `@odata.type` derives from that: `DeclaredTypes`), and reported so the
 * page can be fixed.
 * A member that spells a property of the type itself in another letter case names it as it goes over
 * the wire (as the JSON representation's spelling beats the table's): teamworkTagMember's
 * `| userID | String |` is the examples' `"userId"`; the property takes that spelling, once.
 * A value's type is a guess that a Type cell written for the name refines (`GuessedProperties`).
 * A sketch (a body no service sends: a comment, a trailing comma) was written by hand, and proves no
 * member the type lacks: today's security-list-incidents.md shows incident's `customTags` as
 * `"tags"` in one, which `example-unknown-property` reports instead. It still respells a member.
 */
import { diagnostic } from '../diagnostics.js'
import { exampleMemberPosition } from '../extract/examples.js'
import { typeOfPlaceholder } from '../extract/json-representation.js'
import { getOrCreate } from '../get-or-create.js'
import type { Diagnostic, ExampleDef, PropertyDef } from '../model.js'
import { DeclaredTypes } from './declared-types.js'
import type { ObjectTypeDef, OperationDef } from './drafts.js'
import { ExampleBodyReader, type TypedObject } from './example-objects.js'
import { baseOf } from './inheritance.js'
import type { LinkMemo } from './link-memo.js'
import type { TypeRegistry } from './registry.js'
import type { NamespaceOf } from './resolve-references.js'

/** `namespaceOf`: where an example's `@odata.type` is read (its page's namespace: a security page's
 *  `#microsoft.graph.incident` is that namespace's `incident`). */
export function addPropertiesFromExamples(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  namespaceOf: NamespaceOf,
  diagnostics: Diagnostic[],
  memo: LinkMemo,
): GuessedProperties {
  const guessed = new GuessedProperties()
  const members = new MemberNames(registry)
  const declared = new DeclaredTypes(registry)
  const bodies = new ExampleBodyReader(memo.bodies, memo.examples)
  const extensible = extensibleTypes(registry)
  for (const operation of operations)
    for (const example of operation.examples)
      for (const object of bodies.typedObjectsOf(example)) {
        const type = extensible(object.odataType, namespaceOf(operation))
        if (type) addMissing(type, object, example, members, declared, guessed, diagnostics)
      }
  memo.bodies = bodies.finish()
  return guessed
}

/**
 * The properties examples added, each with the type it was added to. Their types are guessed from
 * values, and a documented Type cell beats the guess: today's intune-devices-manageddevice-list.md
 * shows `"managementCertificateExpirationDate": "2016-12-31T23:57:59.9789653-08:00"` (a String),
 * which intune-devices-manageddevice-update.md's Request body types
 * `|managementCertificateExpirationDate|DateTimeOffset|…|`.
 */
export class GuessedProperties {
  private readonly owners = new Map<Property, ObjectTypeDef>()

  add(type: ObjectTypeDef, property: Property): void {
    this.owners.set(property, type)
  }

  /** Type `property`, if an example guessed it, as `written` types it; whether it did. Once, by the
   *  first Type cell, agreeing or not: a later cell that types it otherwise disagrees with the first,
   *  and is reported. */
  refine(property: Property, written: Pick<PropertyDef, 'type' | 'collection'>): boolean {
    const owner = this.owners.get(property)
    const index = owner ? owner.properties.indexOf(property) : -1
    if (!owner || index < 0) return false
    this.owners.delete(property)
    owner.properties[index] = { ...property, type: { ...written.type }, collection: written.collection }
    return true
  }
}

type Property = ObjectTypeDef['properties'][number]

/** The object type an `@odata.type` names, read in `namespace`, if examples may add to it; each
 *  name looked up once per namespace. */
function extensibleTypes(
  registry: TypeRegistry,
): (odataType: string, namespace: string) => ObjectTypeDef | undefined {
  const byName = new Map<string, ObjectTypeDef | undefined>()
  return (odataType, namespace) =>
    getOrCreate(byName, `${namespace}\0${odataType}`, () => {
      const type = registry.get(registry.byName(odataType, namespace) ?? '')
      // Open types take any member: their examples show data, not the type's shape.
      return type && type.kind !== 'enum' && !type.openType ? type : undefined
    })
}

/** The property names of each type with its base types', kept as properties are added. */
class MemberNames {
  private readonly known = new Map<ObjectTypeDef, { chain: ObjectTypeDef[]; names: Set<string> }>()
  /** Properties an example gave another letter case (each is respelled once). */
  readonly respelled = new Set<Property>()

  constructor(private readonly registry: TypeRegistry) {}

  has(type: ObjectTypeDef, name: string): boolean {
    return this.namesOf(type).names.has(name)
  }

  /** `name` was added to `type`: it is now a member of the types that derive from it too. */
  add(type: ObjectTypeDef, name: string): void {
    for (const { chain, names } of this.known.values()) if (chain.includes(type)) names.add(name)
  }

  private namesOf(type: ObjectTypeDef) {
    let known = this.known.get(type)
    if (!known) {
      const chain: ObjectTypeDef[] = []
      // Inheritance cycles are cut: each type of the chain is visited once.
      for (let t: ObjectTypeDef | undefined = type; t && !chain.includes(t); t = baseOf(t, this.registry))
        chain.push(t)
      known = { chain, names: new Set(chain.flatMap((t) => t.properties.map((property) => property.name))) }
      this.known.set(type, known)
    }
    return known
  }
}

function addMissing(
  type: ObjectTypeDef,
  object: TypedObject,
  example: ExampleDef,
  members: MemberNames,
  declared: DeclaredTypes,
  guessed: GuessedProperties,
  diagnostics: Diagnostic[],
): void {
  for (let index = 0; index < object.names.length; index++) {
    const name = object.names[index] as string
    if (members.has(type, name)) continue
    if (respell(type, name, example, members, diagnostics) || object.inSketch) continue
    const typed = typeOfPlaceholder(object.values[index])
    if (!typed) continue
    const position = exampleMemberPosition(example, name)
    const property = {
      name,
      type: declared.of(name, typed.type, type.namespace),
      collection: typed.collection,
      readOnly: false,
      relationship: false,
      description: '',
      position,
    }
    type.properties.push(property)
    guessed.add(type, property)
    members.add(type, name)
    diagnostics.push(
      diagnostic(
        'property-from-example',
        position,
        `Unexpected property ${name} in an example of ${type.qualifiedName}, expected it in the type's Properties table; added from the example`,
      ),
    )
  }
}

/**
 * Give the property of `type` (its own, not a base's) that `name` spells in another letter case the
 * example's spelling, unless the page or an example already gave the type both spellings or one
 * example already respelled it; reported either way. Whether it found one.
 */
function respell(
  type: ObjectTypeDef,
  name: string,
  example: ExampleDef,
  members: MemberNames,
  diagnostics: Diagnostic[],
): boolean {
  const lower = name.toLowerCase()
  const index = type.properties.findIndex((property) => property.name.toLowerCase() === lower)
  const property = type.properties[index]
  if (!property) return false
  const position = exampleMemberPosition(example, name)
  const respelled = members.respelled.has(property)
  if (!respelled) {
    const renamed = { ...property, name }
    type.properties[index] = renamed
    members.respelled.add(renamed)
    members.add(type, name)
  }
  diagnostics.push(
    diagnostic(
      'example-property-case',
      position,
      `Unexpected property ${name} in an example of ${type.qualifiedName}, expected ${property.name} as ${respelled ? 'another example spells' : "the type's page spells"} it${respelled ? '' : `; the property takes the example's spelling`}`,
    ),
  )
  return true
}
