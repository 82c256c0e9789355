/**
 * Properties that only the examples show. An object in an example body that names its type
 *   { "@odata.type": "#microsoft.graph.importedWindowsAutopilotDeviceIdentity", "groupTag": "String" }
 * proves the type has those members even where its resource page (an older snapshot, say) lacks
 * them. They are added to the type, typed from their values, and reported so the page can be fixed.
 */
import JSON5 from 'json5'
import { diagnostic } from '../diagnostics.js'
import { typeOfPlaceholder } from '../extract/json-representation.js'
import type { Diagnostic, ExampleDef, ObjectTypeDef, OperationDef } from '../model.js'
import { baseOf } from './inheritance.js'
import type { TypeRegistry } from './registry.js'

export function addPropertiesFromExamples(
  registry: TypeRegistry,
  operations: readonly OperationDef[],
  diagnostics: Diagnostic[],
): void {
  const members = new MemberNames(registry)
  for (const operation of operations)
    for (const example of operation.examples)
      for (const object of typedObjects(example)) {
        const type = registry.get(registry.byName(object.odataType, '') ?? '')
        // Open types take any member: their examples show data, not the type's shape.
        if (type && type.kind !== 'enum' && !type.openType)
          addMissing(type, object, example, members, diagnostics)
      }
}

/** An object of an example body that names its type. */
interface TypedObject {
  odataType: string
  record: Record<string, unknown>
}

/** The objects of an example body that name their type, in walk order. */
function typedObjects(example: ExampleDef): TypedObject[] {
  const body = parseBody(example)
  return body === undefined ? [] : findTypedObjects(body)
}

function parseBody(example: ExampleDef): unknown {
  const text = example.bodyText?.trim()
  if (!text || !/^[[{]/.test(text)) return undefined
  try {
    // JSON.parse is many times faster and gives the same value for valid JSON; JSON5 takes the
    // rest (comments, trailing commas…) and `__proto__` keys, which it treats differently.
    if (!text.includes('__proto__'))
      try {
        return JSON.parse(text) as unknown
      } catch {}
    return JSON5.parse(text)
  } catch {
    return undefined // invalid example JSON is the checks' business
  }
}

function findTypedObjects(value: unknown): TypedObject[] {
  const found: TypedObject[] = []
  // Iterative walk: example bodies can nest deeply.
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      stack.push(...current)
      continue
    }
    if (!current || typeof current !== 'object') continue
    const record = current as Record<string, unknown>
    const odataType = record['@odata.type']
    if (typeof odataType === 'string') found.push({ odataType, record })
    stack.push(...Object.values(record))
  }
  return found
}

/** The property names of each type, kept as properties are added; a name counts with its base types'. */
class MemberNames {
  private readonly own = new Map<ObjectTypeDef, Set<string>>()

  constructor(private readonly registry: TypeRegistry) {}

  has(type: ObjectTypeDef, name: string): boolean {
    // Inheritance cycles are cut: a chain of base types is at most as long as the registry.
    let steps = this.registry.types.size
    for (let t: ObjectTypeDef | undefined = type; t && steps-- >= 0; t = baseOf(t, this.registry))
      if (this.namesOf(t).has(name)) return true
    return false
  }

  add(type: ObjectTypeDef, name: string): void {
    this.namesOf(type).add(name)
  }

  private namesOf(type: ObjectTypeDef): Set<string> {
    let names = this.own.get(type)
    if (!names) {
      names = new Set(type.properties.map((property) => property.name))
      this.own.set(type, names)
    }
    return names
  }
}

function addMissing(
  type: ObjectTypeDef,
  object: TypedObject,
  example: ExampleDef,
  members: MemberNames,
  diagnostics: Diagnostic[],
): void {
  for (const [name, value] of Object.entries(object.record)) {
    if (name.includes('@') || !/^[A-Za-z_]\w*$/.test(name) || members.has(type, name)) continue
    const typed = typeOfPlaceholder(value)
    if (!typed) continue
    const position = propertyPosition(example, name)
    type.properties.push({
      name,
      type: typed.type,
      collection: typed.collection,
      readOnly: false,
      relationship: false,
      description: '',
      position,
    })
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

/** The line of the first `"name"` in the example body (the body's first line if not found). */
function propertyPosition(example: ExampleDef, name: string) {
  const first = example.bodyLine ?? example.position.line
  const index = (example.bodyText ?? '').split('\n').findIndex((line) => line.includes(`"${name}"`))
  return { file: example.position.file, line: first + Math.max(index, 0), column: 1 }
}
