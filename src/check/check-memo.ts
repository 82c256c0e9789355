/**
 * What the corpus checks keep between runs of one session (keys and invalidation: the session's
 * doc comment, `src/session/index.ts`). Only types come from the rules: a session is made before
 * anything is known to need checking (an up-to-date run loads no rule).
 */
import { OpenApiMemo } from '../emit/openapi/openapi-memo.js'
import type { Diagnostic, OperationDef, PageModel } from '../model.js'
import type { PageFacts } from './rule.js'
import type { CheckedPage, DocsTree } from './rules/broken-link.js'
import type { CheckedOperation } from './rules/example-bodies.js'
import type { CheckedFindings, CheckedRun } from './run-changes.js'

/** The pages' facts by file and their lower-case files, as the checks look them up. */
export interface PageIndex {
  facts: Map<string, PageFacts | undefined>
  lowerFiles: Set<string>
}

/** What broken-link keeps. */
export class BrokenLinkMemo {
  /** Each page's findings, by page model object. */
  readonly pages = new WeakMap<PageModel, CheckedPage>()
  /** The last docs tree; the same object while the list of files is the same. */
  tree: DocsTree | undefined
}

/** What example-bodies keeps. */
export class ExampleBodiesMemo {
  /** Each operation's findings, the model questions they came from and the root aliases and
   *  namespaces its examples' paths were read with, by operation object. */
  readonly operations = new WeakMap<OperationDef, CheckedOperation>()
}

/** What example-route-mismatch keeps. */
export class ExampleRoutesMemo {
  /** Each operation's findings, with the root aliases and the namespaces they read (as one text),
   *  by operation object. */
  readonly operations = new WeakMap<OperationDef, { reads: string; found: Diagnostic[] }>()
}

export class CheckMemo {
  readonly brokenLinks = new BrokenLinkMemo()
  readonly exampleBodies = new ExampleBodiesMemo()
  readonly exampleRoutes = new ExampleRoutesMemo()
  /** What response-sentence-mismatch found on each page, by page model object. */
  readonly responseSentences = new WeakMap<PageModel, CheckedFindings>()
  /** What representation-mismatch found of each derived type's inherited members, by page model object. */
  readonly inheritedMembers = new WeakMap<PageModel, CheckedFindings>()
  /** The pages and model the last run checked: what changed since is found against them. */
  last: CheckedRun | undefined
  /** The index of the last run's pages. */
  pageIndex: PageIndex | undefined

  /** `openapi`: shared with the OpenAPI emitter of the same run (the `openapi-inexact-path`
   *  check reads the route entries it derives). */
  constructor(readonly openapi: OpenApiMemo = new OpenApiMemo()) {}
}
