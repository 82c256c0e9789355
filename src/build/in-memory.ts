/**
 * The build's extract, link and emit steps on pages in memory, synchronously and without a
 * session, a store or an output folder: for tests and fixtures that need a model or the files of
 * a few pages. Commands go through `runBuild` (`./index.ts`), which runs these stages with the
 * cache, the checks and the writer.
 */
import type { GeneratedFile } from '../emit/generated-file.js'
import { type EmitOptions, loadAllEmitters } from '../emit/outputs.js'
import { extractPage } from '../extract/index.js'
import { linkModel } from '../link/index.js'
import type { ApiModel, PageModel } from '../model.js'
import type { PageInput } from '../read-docs.js'

export function extractPages(pages: readonly PageInput[]): PageModel[] {
  return pages.map((page) => extractPage(page.file, page.text))
}

export function buildModel(pages: readonly PageInput[]): ApiModel {
  return linkModel(extractPages(pages))
}

const emitGroups = await loadAllEmitters()

/** Every output file, in the order of the output groups (`src/emit/outputs.ts`). */
export function emitAll(model: ApiModel, options?: EmitOptions): GeneratedFile[] {
  return emitGroups(model, options).flatMap((group) => group.files)
}
