/** What a lasting session keeps of the client between emits (`emit-client.ts`). */
import type { HttpMethod, OperationDef } from '../../model.js'
import type { MethodListing } from '../../shape/method-listings.js'
import type { GeneratedFile } from '../generated-file.js'
import { ReadMemo } from '../read-memo.js'
import type { RouteRef } from './path-tree.js'
import type { ClientMethod, ClientView, NodeView } from './view-model.js'

/** What a lasting session keeps of the client between emits: each method's view, with what it
 *  read of the model, and the last emit's view and files with the method views they hold. */
export class ClientMemo {
  readonly methods = new ReadMemo<ClientMethod>()
  /** Each operation's listing as text, by listing object (the session's listings are the last
   *  ones while they say the same). */
  readonly listingTexts = new WeakMap<MethodListing, string>()
  /** Each node's text in `client/index.ts`, by node view object. */
  readonly nodeTexts = new WeakMap<NodeView, string>()
  last: LastClient | undefined
}

export interface LastClient {
  operations: readonly OperationDef[]
  namesKey: string
  /** Each method's view, in the order the client asked for them (the view's traversal order). */
  calls: readonly { verb: HttpMethod; refs: readonly RouteRef[]; method: ClientMethod }[]
  view: ClientView
  files: GeneratedFile[]
}
