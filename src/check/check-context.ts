/** Build the `CheckContext` the checks share: indexes over the pages and the linked model. */
import type { ApiModel, PageModel, TypeDef } from '../model.js'
import { type Page, readPage } from '../parse/page.js'
import type { PageInput } from '../pipeline.js'
import type { CheckContext } from './rule.js'

export function createCheckContext(
  inputs: readonly PageInput[],
  pages: readonly PageModel[],
  model: ApiModel,
): CheckContext {
  const texts = new Map(inputs.map((input) => [input.file, input.text]))
  const lowerFiles = new Set(inputs.map((input) => input.file.toLowerCase()))
  const read = new Map<string, Page>()
  const types = new Map<string, TypeDef>()
  for (const type of Object.values(model.types)) types.set(type.qualifiedName.toLowerCase(), type)
  return {
    model,
    pages,
    text: (file) => texts.get(file),
    page(file) {
      const cached = read.get(file)
      if (cached) return cached
      const text = texts.get(file)
      if (text === undefined) return undefined
      const page = readPage(file, text)
      read.set(file, page)
      return page
    },
    hasFile: (file) => lowerFiles.has(file.toLowerCase()),
    type: (name) => types.get(name.replace(/^#/, '').trim().toLowerCase()),
  }
}
