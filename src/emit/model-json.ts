/** emit model.json: the linked model as stable, sorted JSON (the intermediate representation). */
import type { ApiModel } from '../model.js'
import type { GeneratedFile } from './generated-file.js'

export function emitModelJson(model: ApiModel): GeneratedFile {
  return { path: 'model.json', text: `${JSON.stringify(model, null, 2)}\n` }
}
