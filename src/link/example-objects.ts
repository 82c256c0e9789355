/**
 * The objects of an example body that name their type, and the members they show:
 *   { "@odata.type": "#microsoft.graph.importedWindowsAutopilotDeviceIdentity", "groupTag": "String" }
 * The body is the one the session read (`ExampleReads`, which shape and the checks read after
 * link), where it is not strict JSON read as JSON5: a sketch with comments or trailing commas still
 * shows members, and each of its objects says so (`inSketch`). Walking every body again on every
 * link was most of link's time, and from one watch save to the next almost every body is the same
 * text: what a body shows is kept by its text, for the bodies the last link read (kept in
 * `LinkMemo.bodies`).
 */
import type { ExampleDef } from '../model.js'
import type { ExampleReads } from '../shape/examples.js'
import type { ExampleBody } from '../shape/operation-shape.js'

/** An object of an example body that names its type. */
export interface TypedObject {
  odataType: string
  /** The member names that could be a property's, in body order. */
  names: readonly string[]
  /** For each name, the part of its value that types it (`typeOfPlaceholder`). */
  values: readonly unknown[]
  /** Whether its body is a sketch: not JSON as a service sends it, but JSON5 (`ExampleBody.slip`). */
  inSketch: boolean
}

/** Reads the example bodies of one link, given what the last link read; `finish` returns what
 *  this one read, for the next. */
export class ExampleBodyReader {
  readonly #read = new Map<string, readonly TypedObject[]>()

  constructor(
    private readonly last: ReadonlyMap<string, readonly TypedObject[]>,
    private readonly reads: ExampleReads,
  ) {}

  /** The objects of an example body that name their type, in walk order. */
  typedObjectsOf(example: ExampleDef): readonly TypedObject[] {
    const text = example.bodyText
    if (text === undefined) return []
    let objects = this.#read.get(text)
    if (!objects) {
      objects = this.last.get(text) ?? typedObjectsIn(this.#bodyOf(example, text))
      this.#read.set(text, objects)
    }
    return objects
  }

  finish(): ReadonlyMap<string, readonly TypedObject[]> {
    return this.#read
  }

  #bodyOf(example: ExampleDef, bodyText: string): ExampleBody | undefined {
    const text = bodyText.trim()
    if (!text || !/^[[{]/.test(text)) return undefined
    // No object can name its type without the key `@odata.type`, written plainly or escaped.
    if (!text.includes('@odata.type') && !text.includes('\\')) return undefined
    return this.reads.of(example).body
  }
}

/** Invalid example JSON, which not even JSON5 reads, is the checks' business. */
function typedObjectsIn(body: ExampleBody | undefined): TypedObject[] {
  return body?.kind === 'json' ? findTypedObjects(body.value, body.slip !== undefined) : []
}

function findTypedObjects(value: unknown, inSketch: boolean): TypedObject[] {
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
    if (typeof odataType === 'string') found.push(typedObject(odataType, record, inSketch))
    stack.push(...Object.values(record))
  }
  return found
}

function typedObject(odataType: string, record: Record<string, unknown>, inSketch: boolean): TypedObject {
  const names: string[] = []
  const values: unknown[] = []
  for (const [name, value] of Object.entries(record))
    if (/^[A-Za-z_]\w*$/.test(name)) {
      names.push(name)
      values.push(typingPart(value))
    }
  return { odataType, names, values, inSketch }
}

/**
 * What `typeOfPlaceholder` reads of a value: all of a primitive, an array's first element, an
 * object's `@odata.type`. The memo keeps only that, not the whole parsed body.
 */
function typingPart(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [typingPart(value[0])] : []
  if (value === null || typeof value !== 'object') return value
  const odataType = (value as Record<string, unknown>)['@odata.type']
  return typeof odataType === 'string' ? { '@odata.type': odataType } : null
}
