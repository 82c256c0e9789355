/**
 * The emitters as output groups, each with a hash of exactly the model slice it reads, so a run
 * can skip a group whose slice is unchanged (its files on disk are already right). Each emitter is
 * imported only when its group must be emitted (ts-morph alone takes ≈ 0.3 s to load).
 *   types         types/index.ts, undocumented.ts   ← model.types, model.undocumented
 *   client        client/*                          ← operations, undocumented, types without descriptions
 *   server        server/**                         ← the same
 *   model.json    model.json                        ← the whole model
 *   openapi       openapi.json                      ← the whole model
 * Files come out in the order of `emitOutputs` (src/pipeline.ts), which the determinism test compares.
 */
import { createHash } from 'node:crypto'
import type { ApiModel, Diagnostic } from '../model.js'
import type { GeneratedFile } from './generated-file.js'
import { emitModelJson } from './model-json.js'
import type { TsNames } from './type-names.js'

export interface EmittedGroup {
  files: GeneratedFile[]
  diagnostics: Diagnostic[]
}

export interface OutputGroup {
  name: string
  /** sha256 of the model slice the group's emitter reads. */
  inputHash: string
  emit(): Promise<EmittedGroup>
}

export function outputGroups(model: ApiModel): OutputGroup[] {
  let names: Promise<TsNames> | undefined
  const tsNames = () => {
    names ??= import('./type-names.js').then(({ assignTsNames }) => assignTsNames(model))
    return names
  }
  const modelJson = emitModelJson(model)
  const whole = hash(modelJson.text)
  const shape = hash(
    JSON.stringify([model.operations, model.undocumented]),
    JSON.stringify(model.types, (key, value: unknown) => (key === 'description' ? undefined : value)),
  )
  const filesOnly = (files: GeneratedFile[]): EmittedGroup => ({ files, diagnostics: [] })
  return [
    {
      name: 'types',
      inputHash: hash(JSON.stringify([model.types, model.undocumented])),
      emit: async () => {
        const { emitTypes } = await import('./types.js')
        return filesOnly(emitTypes(model, await tsNames()))
      },
    },
    {
      name: 'client',
      inputHash: shape,
      emit: async () => {
        const { emitClient } = await import('./client/emit-client.js')
        return filesOnly(emitClient(model, await tsNames()))
      },
    },
    {
      name: 'server',
      inputHash: shape,
      emit: async () => {
        const { emitServer } = await import('./server/index.js')
        return emitServer(model, await tsNames())
      },
    },
    { name: 'model.json', inputHash: whole, emit: async () => filesOnly([modelJson]) },
    {
      name: 'openapi',
      inputHash: whole,
      emit: async () => {
        const { emitOpenApi } = await import('./openapi/index.js')
        return filesOnly([emitOpenApi(model)])
      },
    },
  ]
}

function hash(...parts: string[]): string {
  const sha = createHash('sha256')
  for (const part of parts) sha.update(part).update('\0')
  return sha.digest('hex')
}
