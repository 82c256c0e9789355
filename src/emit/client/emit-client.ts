/**
 * emit client: the model's operations → `client/index.ts` (the fluent, typed client) and
 * `client/runtime.ts` (fetch, retries, errors, paging), both rendered from `templates/client/`.
 */
import type { ApiModel } from '../../model.js'
import { type ApiShape, shapeApi } from '../../shape/api-shape.js'
import { fileOfParts, GENERATED_HEADER, type GeneratedFile } from '../generated-file.js'
import { renderTemplate, renderTemplateParts } from '../render-template.js'
import type { TsNames } from '../type-names.js'
import type { ClientMemo, LastClient } from './client-memo.js'
import {
  buildClientView,
  CALLED_MEMBERS,
  type ClientMethod,
  type ClientView,
  clientMethods,
  type NodeView,
  runtimeImportsOf,
} from './view-model.js'

/** The client's files; `kept`: what the session keeps, and the key of `names` (`namesKey`). */
export function emitClient(
  model: ApiModel,
  names: TsNames,
  shapes: ApiShape = shapeApi(model),
  kept?: { memo: ClientMemo; namesKey: string },
): GeneratedFile[] {
  if (!kept) return clientFiles(buildClientView(model, names, GENERATED_HEADER, shapes))
  const { memo, namesKey } = kept
  const methodOf = clientMethods(model, names, shapes, {
    methods: memo.methods,
    listingTexts: memo.listingTexts,
    namesKey,
  })
  // The same operations and names make the same path tree, node names and call parameters: the
  // last view holds but for the method views made again, put in their places (in traversal
  // order, as the view asked for them), where each answers as the one it replaces.
  const last = memo.last
  if (last?.operations === model.operations && last.namesKey === namesKey) {
    const now = last.calls.map(({ verb, refs }) => methodOf(verb, refs))
    if (now.every((method, index) => method === last.calls[index]?.method)) return last.files
    if (now.every((method, index) => answersAlike(method, last.calls[index]?.method))) {
      const view = withMethods(last.view, now)
      const files = clientFiles(view, memo.nodeTexts)
      memo.last = {
        ...last,
        calls: last.calls.map((call, index) => ({ ...call, method: now[index]! })),
        view,
        files,
      }
      return files
    }
  }
  const calls: LastClient['calls'][number][] = []
  const view = buildClientView(model, names, GENERATED_HEADER, shapes, (verb, refs) => {
    const method = methodOf(verb, refs)
    calls.push({ verb, refs, method })
    return method
  })
  const files = clientFiles(view, memo.nodeTexts)
  memo.last = { operations: model.operations, namesKey, calls, view, files }
  return files
}

/** Whether `method` can take `before`'s place in a view: the same response kind (the view lists
 *  the routes answering other than JSON) and the same reach into `undocumented.ts`. */
function answersAlike(method: ClientMethod, before: ClientMethod | undefined): boolean {
  return before !== undefined && method.kind === before.kind && method.undocumented === before.undocumented
}

/** `view` with its method views, in traversal order, replaced by `methods`. */
function withMethods(view: ClientView, methods: readonly ClientMethod[]): ClientView {
  let next = 0
  const nodes = view.nodes.map((node) => {
    const now = node.methods.map(() => methods[next++]!.method)
    // A node whose method views are all the ones it has is kept (its text is found again).
    return now.every((method, index) => method === node.methods[index]) ? node : { ...node, methods: now }
  })
  const runtimeImports = runtimeImportsOf(nodes, view.responseKinds.length > 0, view.keyForms.length > 0)
  return { ...view, nodes, runtimeImports }
}

function clientFiles(view: ClientView, nodeTexts?: WeakMap<NodeView, string>): GeneratedFile[] {
  return [
    clientIndex(view, nodeTexts),
    {
      path: 'client/runtime.ts',
      text: renderTemplate('client/runtime', {
        header: GENERATED_HEADER,
        calledMembers: CALLED_MEMBERS.join('|'),
        serviceRoot: view.serviceRoot,
      }),
    },
  ]
}

/**
 * `client/index.ts`, a part per node of the path tree: each node's text rendered once per node
 * view object (`nodeTexts`: what a lasting session keeps), so that a save that remakes a few
 * method views renders their nodes only.
 */
export function clientIndex(view: ClientView, nodeTexts?: WeakMap<NodeView, string>): GeneratedFile {
  const textOf = (node: NodeView) => {
    let text = nodeTexts?.get(node)
    if (text === undefined) {
      text = renderTemplate('client/node', node)
      nodeTexts?.set(node, text)
    }
    return text
  }
  const parts = renderTemplateParts('client/index', (part) => ({
    ...view,
    nodeTexts: view.nodes.map((node) => part(textOf(node))),
  }))
  return fileOfParts('client/index.ts', parts)
}
