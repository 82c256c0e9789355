/**
 * What a doc check sees and returns. A check reads the linked model, the page models and the page
 * texts, and returns located diagnostics; it never throws on bad docs. Each check has a name a user
 * can turn off (`"suppress": [{ "code": "<name or code>" }]`) and declares the codes it raises.
 */
import type { DiagnosticCode } from '../diagnostics.js'
import type { ApiModel, Diagnostic, PageModel, TypeDef } from '../model.js'
import type { Page } from '../parse/page.js'

export interface CheckContext {
  model: ApiModel
  /** Page models as extract produced them (before link merged types across pages). */
  pages: readonly PageModel[]
  /** Raw page text by docs-relative file. */
  text(file: string): string | undefined
  /** The page split into sections with mdast parsed on demand (cached). */
  page(file: string): Page | undefined
  /** True when the docs tree holds `file` (docs-relative, any case). */
  hasFile(file: string): boolean
  /** A documented type by qualified name, any case (`#microsoft.graph.user` too). */
  type(qualifiedName: string): TypeDef | undefined
}

export interface CheckRule {
  name: string
  codes: readonly DiagnosticCode[]
  run(context: CheckContext): Diagnostic[]
}
