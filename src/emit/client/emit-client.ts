/**
 * emit client: the model's operations → `client/index.ts` (the fluent, typed client) and
 * `client/runtime.ts` (fetch, retries, errors, paging), both rendered from `templates/client/`.
 */
import type { ApiModel } from '../../model.js'
import { type ApiShape, shapeApi } from '../../shape/api-shape.js'
import { GENERATED_HEADER, type GeneratedFile } from '../generated-file.js'
import { renderTemplate } from '../render-template.js'
import type { TsNames } from '../type-names.js'
import { buildClientView, CALLED_MEMBERS } from './view-model.js'

export function emitClient(
  model: ApiModel,
  names: TsNames,
  shapes: ApiShape = shapeApi(model),
): GeneratedFile[] {
  const view = buildClientView(model, names, GENERATED_HEADER, shapes)
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
