/**
 * The pipeline as its table of contents: parse → extract → link → emit.
 * Pure: pages in, files and diagnostics out; only the CLI and the writer touch the disk.
 */

import { emitClient } from './emit/client/emit-client.js'
import type { GeneratedFile } from './emit/generated-file.js'
import { emitModelJson } from './emit/model-json.js'
import { emitOpenApi } from './emit/openapi/index.js'
import { emitServer } from './emit/server/index.js'
import { assignTsNames } from './emit/type-names.js'
import { emitTypes } from './emit/types.js'
import { extractPage } from './extract/index.js'
import { linkModel } from './link/index.js'
import type { ApiModel, Diagnostic, PageModel } from './model.js'

export interface PageInput {
  file: string
  text: string
}

export function extractPages(pages: readonly PageInput[]): PageModel[] {
  return pages.map((page) => extractPage(page.file, page.text))
}

export function buildModel(pages: readonly PageInput[]): ApiModel {
  return linkModel(extractPages(pages))
}

/** Every output file, and what the emitters found they could not express (unroutable routes…). */
export function emitOutputs(model: ApiModel): { files: GeneratedFile[]; diagnostics: Diagnostic[] } {
  const names = assignTsNames(model)
  const server = emitServer(model, names)
  return {
    files: [
      ...emitTypes(model, names),
      ...emitClient(model, names),
      ...server.files,
      emitModelJson(model),
      emitOpenApi(model),
    ],
    diagnostics: server.diagnostics,
  }
}

export function emitAll(model: ApiModel): GeneratedFile[] {
  return emitOutputs(model).files
}
