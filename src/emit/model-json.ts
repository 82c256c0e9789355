/**
 * emit model.json: the linked model as stable, sorted JSON (the intermediate representation).
 * Printed unit by unit (each type, placeholder and operation), byte for byte as
 * `JSON.stringify(model, null, 2)`, so that the output groups can hash the units they read and a
 * memo can keep the text of units that did not change (see `outputs.ts`).
 */
import type { ApiModel } from '../model.js'
import { fileOfParts, type GeneratedFile } from './generated-file.js'
import { jsonAt, jsonParts, PrintedJson } from './json-text.js'
import { type EmitMemo, unitKey, unitKeyOfBytes } from './memo.js'

/** Each top-level member of the model printed as it reads in model.json, as parts (unit texts
 *  and the text between them). */
export type ModelJsonParts = { readonly [K in keyof ApiModel]: readonly string[] }

/** Units sit two levels deep: model → member → unit. */
const UNIT_DEPTH = 2

/** One unit (a type, a placeholder, an operation) as model.json prints it; with a memo, printed
 *  once per object. */
export function unitText(unit: object, memo?: EmitMemo): string {
  const print = () => jsonAt(unit, UNIT_DEPTH)
  return memo ? memo.derived(unit, 'json', print) : print()
}

/** A content hash of `unitText`: what output groups hash, and the key of an operation for other
 *  emitters' memo keys (OpenAPI), so that it is computed once. */
export function unitHash(unit: object, memo?: EmitMemo): string {
  if (!memo) return unitKey('unit', unitText(unit))
  return memo.derived(unit, 'hash', () => {
    // Encoded once: hashed here, written as these bytes if model.json is written.
    const text = unitText(unit, memo)
    return unitKeyOfBytes('unit', text, memo.encoded(text))
  })
}

export function modelJsonParts(model: ApiModel, memo?: EmitMemo): ModelJsonParts {
  return {
    types: recordText(model.types, memo),
    undocumented: recordText(model.undocumented, memo),
    operations: listText(model.operations, memo),
    diagnostics: [jsonAt(model.diagnostics, 1)],
    pages: [jsonAt(model.pages, 1)],
  }
}

/** `encoded`: the bytes of units already encoded (`EmitMemo.encodedTexts`). */
export function emitModelJson(parts: ModelJsonParts, encoded?: ReadonlyMap<string, Buffer>): GeneratedFile {
  const members = Object.fromEntries(Object.entries(parts).map(([key, text]) => [key, new PrintedJson(text)]))
  return fileOfParts('model.json', [...jsonParts(members), '\n'], encoded)
}

function recordText(record: Readonly<Record<string, object>>, memo: EmitMemo | undefined): string[] {
  const printed = Object.entries(record).map(([key, unit]) => [key, new PrintedJson(unitText(unit, memo))])
  return jsonParts(Object.fromEntries(printed), 1)
}

function listText(list: readonly object[], memo: EmitMemo | undefined): string[] {
  if (list.length === 0) return ['[]']
  const parts = ['[\n']
  const indent = '  '.repeat(UNIT_DEPTH)
  const between = `,\n${indent}`
  for (const [index, unit] of list.entries()) parts.push(index === 0 ? indent : between, unitText(unit, memo))
  parts.push(`\n${'  '.repeat(UNIT_DEPTH - 1)}]`)
  return parts
}
