/**
 * emit model.json: the linked model as stable, sorted JSON (the intermediate representation).
 * Printed unit by unit (each type, placeholder and operation), byte for byte as
 * `JSON.stringify(model, null, 2)`, so that the output groups can hash the units they read and a
 * memo can keep the text of units that did not change (see `outputs.ts`).
 */
import type { ApiModel } from '../model.js'
import type { GeneratedFile } from './generated-file.js'
import { jsonAt, jsonText, PrintedJson } from './json-text.js'

/** Each top-level member of the model printed as it reads in model.json. */
export type ModelJsonParts = { readonly [K in keyof ApiModel]: string }

/** One unit printed as it reads `depth` levels deep (`jsonAt`, or a memo of it). */
export type PrintUnit = (unit: object, depth: number) => string

/** Units sit two levels deep: model → member → unit. */
export const UNIT_DEPTH = 2

export function modelJsonParts(model: ApiModel, print: PrintUnit = jsonAt): ModelJsonParts {
  return {
    types: recordText(model.types, print),
    undocumented: recordText(model.undocumented, print),
    operations: listText(model.operations, print),
    diagnostics: jsonAt(model.diagnostics, 1),
    pages: jsonAt(model.pages, 1),
  }
}

export function emitModelJson(parts: ModelJsonParts): GeneratedFile {
  const members = Object.fromEntries(Object.entries(parts).map(([key, text]) => [key, new PrintedJson(text)]))
  return { path: 'model.json', text: `${jsonText(members)}\n` }
}

function recordText(record: Readonly<Record<string, object>>, print: PrintUnit): string {
  const printed = Object.entries(record).map(([key, unit]) => [key, new PrintedJson(print(unit, UNIT_DEPTH))])
  return jsonText(Object.fromEntries(printed), 1)
}

function listText(list: readonly object[], print: PrintUnit): string {
  if (list.length === 0) return '[]'
  const indent = '  '.repeat(UNIT_DEPTH)
  return `[\n${list.map((unit) => indent + print(unit, UNIT_DEPTH)).join(',\n')}\n${'  '.repeat(UNIT_DEPTH - 1)}]`
}
