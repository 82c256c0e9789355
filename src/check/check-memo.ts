/**
 * What the corpus checks keep between runs of one session (keys and invalidation: the session's
 * doc comment, `src/session/index.ts`).
 */
import { OpenApiMemo } from '../emit/openapi/openapi-memo.js'
import { BrokenLinkMemo } from './rules/broken-link.js'
import { ExampleBodiesMemo } from './rules/example-bodies.js'

export class CheckMemo {
  readonly brokenLinks = new BrokenLinkMemo()
  readonly exampleBodies = new ExampleBodiesMemo()

  /** `openapi`: shared with the OpenAPI emitter of the same run (the `openapi-inexact-path`
   *  check reads the route entries it derives). */
  constructor(readonly openapi: OpenApiMemo = new OpenApiMemo()) {}
}
