/**
 * The pipeline as its table of contents: parse → extract → link → emit.
 * Pure: pages in, files and diagnostics out; only the CLI and the writer touch the disk.
 */

import type { GeneratedFile } from './emit/generated-file.js'
import { loadAllEmitters } from './emit/outputs.js'
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

const emitGroups = await loadAllEmitters()

/** Every output file, and what the emitters found they could not express (unroutable routes…):
 *  the output groups of `src/emit/outputs.ts`, all emitted, in their order. */
export function emitOutputs(model: ApiModel): { files: GeneratedFile[]; diagnostics: Diagnostic[] } {
  const groups = emitGroups(model)
  return {
    files: groups.flatMap((group) => group.files),
    diagnostics: groups.flatMap((group) => group.diagnostics),
  }
}

export function emitAll(model: ApiModel): GeneratedFile[] {
  return emitOutputs(model).files
}
