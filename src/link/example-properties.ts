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
  for (const operation of operations)
    for (const example of operation.examples) {
      const body = parseBody(example)
      if (body !== undefined) visit(body, example, registry, diagnostics)
    }
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

function visit(value: unknown, example: ExampleDef, registry: TypeRegistry, diagnostics: Diagnostic[]): void {
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
    const type =
      typeof odataType === 'string' ? registry.get(registry.byName(odataType, '') ?? '') : undefined
    // Open types take any member: their examples show data, not the type's shape.
    if (type && type.kind !== 'enum' && !type.openType)
      addMissing(type, record, example, registry, diagnostics)
    stack.push(...Object.values(record))
  }
}

function addMissing(
  type: ObjectTypeDef,
  record: Record<string, unknown>,
  example: ExampleDef,
  registry: TypeRegistry,
  diagnostics: Diagnostic[],
): void {
  const known = new Set<string>()
  for (let t: ObjectTypeDef | undefined = type; t && known.size < 100_000; t = baseOf(t, registry))
    for (const property of t.properties) known.add(property.name)
  for (const [name, value] of Object.entries(record)) {
    if (known.has(name) || name.includes('@') || !/^[A-Za-z_]\w*$/.test(name)) continue
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
    known.add(name)
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
