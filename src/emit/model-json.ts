/**
 * emit model.json: the linked model as stable, sorted JSON (the intermediate representation).
 * Printed member by member (`JSON.stringify(model, null, 2)` byte for byte), so that the output
 * groups can hash the members they read from the same texts (see `outputs.ts`).
 */
import type { ApiModel } from '../model.js'
import type { GeneratedFile } from './generated-file.js'
import { jsonAt, jsonText, PrintedJson } from './json-text.js'

/** Each top-level member of the model printed as it reads in model.json. */
export type ModelJsonParts = { readonly [K in keyof ApiModel]: string }

export function modelJsonParts(model: ApiModel): ModelJsonParts {
  return {
    types: jsonAt(model.types, 1),
    undocumented: jsonAt(model.undocumented, 1),
    operations: jsonAt(model.operations, 1),
    diagnostics: jsonAt(model.diagnostics, 1),
    pages: jsonAt(model.pages, 1),
  }
}

export function emitModelJson(parts: ModelJsonParts): GeneratedFile {
  const members = Object.fromEntries(Object.entries(parts).map(([key, text]) => [key, new PrintedJson(text)]))
  return { path: 'model.json', text: `${jsonText(members)}\n` }
}
