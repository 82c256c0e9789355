/**
 * What a doc check sees and returns. A page check reads one page (its text, its sections and its
 * page model as extract produced it) and nothing else, so its findings are cached with the page;
 * a corpus check reads the linked model, the page models and per-page facts (never page text).
 * Both return located diagnostics and never throw on bad docs. Each check has a name a user can
 * turn off (`"suppress": [{ "code": "<name or code>" }]`) and declares the codes it raises.
 */
import type { DiagnosticCode } from '../diagnostics.js'
import type {
  ApiModel,
  Diagnostic,
  PageModel,
  PropertyDef,
  SourcePosition,
  TypeDef,
  TypeRef,
} from '../model.js'
import type { Page } from '../parse/page.js'
import type { ApiShape } from '../shape/api-shape.js'
import type { ExampleReads } from '../shape/examples.js'
import type { CheckMemo } from './check-memo.js'
import type { CheckName } from './check-names.js'
import type { Representation } from './representation.js'
import type { RunChanges } from './run-changes.js'

/** One page as a page check sees it. */
export interface PageCheckInput {
  /** The page model as extract produced it (before link). */
  model: PageModel
  /** Raw page text. */
  text: string
  /** The page split into sections, mdast parsed on demand (shared with extract). */
  page: Page
  /** Its examples, each read once (shared with extract). */
  examples: ExampleReads
  /** The page's JSON representation, read once for the checks and facts that compare with it. */
  representation(): Representation | undefined
  /** The properties of its Properties and Relationships tables, read once likewise. */
  tableProperties(): PropertyDef[]
}

/** What corpus checks need to know of a page besides its model, computed with the page checks. */
export interface PageFacts {
  /** The heading slugs of the page (link anchors). */
  anchors: string[]
  /** The Response sentence's type, when an example's response annotation names a type. */
  responseSentence?: { type: TypeRef; collection: boolean; position: SourcePosition }
  /** The members an untruncated response of the page's type (lower-case qualified name) shows. */
  requiredMembers?: { type: string; members: string[] }
  /** The members of a derived type's JSON representation its page's tables leave out (inherited?). */
  unlistedMembers?: { type: string; members: { name: string; position: SourcePosition }[] }
  /** Where an API page without a `## Permissions` section begins. */
  withoutPermissions?: SourcePosition
  /** The page may hold inline suppressions (`<!-- doc2ts-disable … -->`): its text is read for them. */
  suppressions?: true
}

export interface CheckContext {
  model: ApiModel
  /** The model's shape: what the generated server derives from it too (root aliases, namespaces). */
  shapes: ApiShape
  /** The page models link read. */
  pages: readonly PageModel[]
  /** The facts of a page by docs-relative file. */
  facts(file: string): PageFacts | undefined
  /** True when the docs tree holds `file` (docs-relative, any case). */
  hasFile(file: string): boolean
  /** A documented type by qualified name, any case (`#microsoft.graph.user` too). */
  type(qualifiedName: string): TypeDef | undefined
  /** What the checks of the last run of the session kept (see `CheckMemo`). */
  memo: CheckMemo
  /** What changed since the last checked run of the session; unset when there was none. */
  changes: RunChanges | undefined
}

interface RuleInfo {
  name: CheckName
  codes: readonly DiagnosticCode[]
}

/** A check of one page at a time. */
export interface PageRule extends RuleInfo {
  page(input: PageCheckInput): Diagnostic[]
}

/** A check across pages. */
export interface CorpusRule extends RuleInfo {
  run(context: CheckContext): Diagnostic[]
}

export type CheckRule = PageRule | CorpusRule
