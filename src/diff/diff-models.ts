/**
 * What a docs change does to the API: a semantic diff of two linked models, after Microsoft's API
 * guidelines on breaking changes. Types are matched by qualified name, properties and enum members by
 * name; a name changed only in letter case is one breaking `*-case-changed` change (the wire name
 * changes), not a removal plus an addition. Operations: `diff-operations.ts`; enum members and
 * evolvable enums: `diff-enum-members.ts`.
 *
 * Breaking, and whom (`breaks`): removing a type, property or route, renaming one in case, changing a
 * type, cardinality or base type breaks both sides; a property that becomes nullable breaks response
 * readers; one that becomes read-only breaks request writers (the service rejects it in a body).
 * Additions, a property that stops being nullable or read-only, break nobody.
 */
import type { ApiModel, ObjectTypeDef, PropertyDef, TypeDef } from '../model.js'
import { type ApiChange, caseRename, change, inNew, removal } from './api-change.js'
import { diffEnumMembers } from './diff-enum-members.js'
import { diffOperations } from './diff-operations.js'
import { pairByName } from './pair-items.js'
import { cardinalText, sameTypeText, typeText } from './type-text.js'

export function diffModels(before: ApiModel, after: ApiModel): ApiChange[] {
  const changes: ApiChange[] = []
  const types = pairByName(Object.values(before.types), Object.values(after.types), (t) => t.qualifiedName)
  for (const type of types.removed)
    changes.push(
      removal(
        'type-removed',
        'both',
        type.qualifiedName,
        { noun: 'Type' },
        type.qualifiedName,
        type.position,
      ),
    )
  for (const [old, next] of types.paired) diffType(old, next, changes)
  for (const type of types.added)
    changes.push(
      change(
        'type-added',
        undefined,
        type.qualifiedName,
        `Type ${type.qualifiedName} was added`,
        inNew(type.position),
      ),
    )
  diffOperations(before.operations, after.operations, changes)
  return changes.sort((a, b) => compare(a.subject, b.subject) || compare(a.kind, b.kind))
}

function diffType(before: TypeDef, after: TypeDef, changes: ApiChange[]): void {
  const name = after.qualifiedName
  if (before.qualifiedName !== name)
    changes.push(
      caseRename(
        'type-case-changed',
        'both',
        name,
        { noun: 'Type' },
        { old: before.qualifiedName, new: name },
        after.position,
      ),
    )
  if (before.kind === 'enum' && after.kind === 'enum') diffEnumMembers(before, after, changes)
  else if (before.kind !== 'enum' && after.kind !== 'enum') {
    diffBaseType(before, after, changes)
    diffProperties(before, after, changes)
  } else
    changes.push(
      change(
        'type-kind-changed',
        'both',
        name,
        `Type ${name} changed from ${before.kind} to ${after.kind}`,
        inNew(after.position),
        { old: before.kind, new: after.kind },
      ),
    )
}

/** A base type added where there was none breaks nobody; removing or changing one breaks both sides. */
function diffBaseType(before: ObjectTypeDef, after: ObjectTypeDef, changes: ApiChange[]): void {
  const oldBase = before.baseType ? typeText(before.baseType) : undefined
  const newBase = after.baseType ? typeText(after.baseType) : undefined
  if (sameTypeText(oldBase, newBase)) return
  changes.push(
    change(
      'base-type-changed',
      oldBase !== undefined ? 'both' : undefined,
      after.qualifiedName,
      `Base type of ${after.qualifiedName} changed from ${oldBase ?? 'none'} to ${newBase ?? 'none'}`,
      inNew(after.position),
      { old: oldBase, new: newBase },
    ),
  )
}

function diffProperties(before: ObjectTypeDef, after: ObjectTypeDef, changes: ApiChange[]): void {
  const typeName = after.qualifiedName
  const properties = pairByName(before.properties, after.properties, (p) => p.name)
  const what = { noun: 'Property', owner: typeName }
  for (const property of properties.removed)
    changes.push(
      removal(
        'property-removed',
        'both',
        `${typeName}.${property.name}`,
        what,
        property.name,
        property.position,
      ),
    )
  for (const [old, next] of properties.paired) diffProperty(typeName, old, next, changes)
  for (const property of properties.added)
    changes.push(
      change(
        'property-added',
        undefined,
        `${typeName}.${property.name}`,
        `Property ${property.name} was added to ${typeName}`,
        inNew(property.position),
      ),
    )
}

function diffProperty(typeName: string, before: PropertyDef, after: PropertyDef, changes: ApiChange[]): void {
  const subject = `${typeName}.${after.name}`
  const site = inNew(after.position)
  const values = { old: propertyText(before), new: propertyText(after) }
  if (before.name !== after.name)
    changes.push(
      caseRename(
        'property-case-changed',
        'both',
        subject,
        { noun: 'Property', owner: typeName },
        { old: before.name, new: after.name },
        after.position,
      ),
    )
  if (!sameTypeText(typeText(before.type), typeText(after.type)))
    changes.push(
      change(
        'property-type-changed',
        'both',
        subject,
        `Property ${subject} changed type from ${typeText(before.type)} to ${typeText(after.type)}`,
        site,
        values,
      ),
    )
  if (before.collection !== after.collection)
    changes.push(
      change(
        'property-cardinality-changed',
        'both',
        subject,
        `Property ${subject} changed from ${cardinality(before)} to ${cardinality(after)}`,
        site,
        values,
      ),
    )
  if ((before.nullable === true) !== (after.nullable === true))
    changes.push(
      change(
        'property-nullability-changed',
        after.nullable === true ? 'response' : undefined,
        subject,
        `Property ${subject} ${after.nullable === true ? 'became nullable' : 'is no longer nullable'}`,
        site,
        { old: nullability(before), new: nullability(after) },
      ),
    )
  if (before.readOnly !== after.readOnly)
    changes.push(
      change(
        'property-read-only-changed',
        after.readOnly ? 'request' : undefined,
        subject,
        `Property ${subject} ${after.readOnly ? 'became read-only, so request bodies may no longer set it' : 'is no longer read-only'}`,
        site,
        { old: writability(before), new: writability(after) },
      ),
    )
}

function propertyText(property: PropertyDef): string {
  return cardinalText(property.type, property.collection)
}

function cardinality(property: PropertyDef): string {
  return property.collection ? 'a collection' : 'a single value'
}

function nullability(property: PropertyDef): string {
  return property.nullable === true
    ? 'nullable'
    : property.nullable === false
      ? 'not nullable'
      : 'unspecified'
}

function writability(property: PropertyDef): string {
  return property.readOnly ? 'read-only' : 'writable'
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
