/**
 * emit client: the model's operations → `client/index.ts` (the fluent, typed client) and
 * `client/runtime.ts` (fetch, retries, errors, paging), both rendered from `templates/client/`.
 */
import type { ApiModel } from '../../model.js'
import { type ApiShape, shapeApi } from '../../shape/api-shape.js'
import { GENERATED_HEADER, type GeneratedFile } from '../generated-file.js'
import { renderTemplate } from '../render-template.js'
import type { TsNames } from '../type-names.js'
import type { ClientMemo, LastClient } from './client-memo.js'
import { buildClientView, CALLED_MEMBERS, type ClientView, clientMethods } from './view-model.js'

/** The client's files; `kept`: what the session keeps, and the key of `names` (`namesKey`). */
export function emitClient(
  model: ApiModel,
  names: TsNames,
  shapes: ApiShape = shapeApi(model),
  kept?: { memo: ClientMemo; namesKey: string },
): GeneratedFile[] {
  if (!kept) return clientFiles(buildClientView(model, names, GENERATED_HEADER, shapes))
  const { memo, namesKey } = kept
  const methodOf = clientMethods(model, names, shapes, { methods: memo.methods, namesKey })
  // The same operations and names make the same path tree, node names and call parameters: where
  // each method's view is also the one kept, the client is the last one.
  const last = memo.last
  if (
    last?.operations === model.operations &&
    last.namesKey === namesKey &&
    last.calls.every(({ verb, refs, method }) => methodOf(verb, refs) === method)
  )
    return last.files
  const calls: LastClient['calls'][number][] = []
  const files = clientFiles(
    buildClientView(model, names, GENERATED_HEADER, shapes, (verb, refs) => {
      const method = methodOf(verb, refs)
      calls.push({ verb, refs, method })
      return method
    }),
  )
  memo.last = { operations: model.operations, namesKey, calls, files }
  return files
}

function clientFiles(view: ClientView): GeneratedFile[] {
  return [
    { path: 'client/index.ts', text: renderTemplate('client/index', view) },
    {
      path: 'client/runtime.ts',
      text: renderTemplate('client/runtime', {
        header: GENERATED_HEADER,
        calledMembers: CALLED_MEMBERS.join('|'),
      }),
    },
  ]
}
