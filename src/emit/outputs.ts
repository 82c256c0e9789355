/**
 * The emitters as output groups — the one list of them, in output order — each with a hash of
 * exactly the model slice it reads, so a run can skip a group whose slice is unchanged (its files
 * on disk are already right). Each emitter is imported only when its group must be emitted
 * (ts-morph alone takes ≈ 0.3 s to load).
 *   types         types/index.ts, undocumented.ts   ← model.types, model.undocumented
 *   client        client/*                          ← operations, undocumented, types without descriptions
 *   server        server/**                         ← the same
 *   model.json    model.json                        ← the whole model
 *   openapi       openapi.json                      ← the whole model
 *   reference     reference/index.html              ← the whole model
 * `emitAll` (src/build/in-memory.ts) emits every group in this order; the determinism test compares.
 * A group is emitted in two steps: started (what the emit worker can do, printing the types' statements
 * and probing the server's routes, is posted to it), then finished; a run starts every group before
 * it finishes the first, so the worker's part overlaps the other groups' work on this thread.
 */
import { createHash } from 'node:crypto'
import type { OutputName } from '../config/define-config.js'
import type { ApiModel, Diagnostic } from '../model.js'
import { type ApiShape, shapeApi } from '../shape/api-shape.js'
import { collectDerivedTypes, type DerivedTypes } from '../shape/derived-types.js'
import type { ClientMemo } from './client/client-memo.js'
import { DEFAULT_EMIT_OPTIONS, type EmitOptions } from './emit-options.js'
import type { GeneratedFile } from './generated-file.js'
import { EmitMemo, unitKey } from './memo.js'
import { emitModelJson, type ModelJsonParts, modelJsonParts, unitHash } from './model-json.js'
import type { OpenApiMemo } from './openapi/openapi-memo.js'
import type { ReferenceMemo } from './reference/reference-memo.js'
import type { ServerMemo } from './server/server-memo.js'
import { assignTsNames, type TsNames } from './type-names.js'
import { emitWorkerReady } from './worker/emit-worker.js'

export interface EmittedGroup {
  files: GeneratedFile[]
  diagnostics: Diagnostic[]
}

export interface OutputGroup {
  name: OutputName
  /** sha256 of the model slice the group's emitter reads. */
  inputHash: string
  /** Start emitting the group; resolves to what finishes it. */
  start(): Promise<FinishGroup>
}

/** The rest of a started group's emit (blocks until the emit worker's part of it is done). */
export type FinishGroup = () => EmittedGroup

export type { EmitOptions } from './emit-options.js'

/** What emitters keep across the emits of a session (`src/session/`); the output is the same without. */
export interface SessionMemos {
  /** What the OpenAPI emitter derived in the last run of the session. */
  openapi?: OpenApiMemo
  /** The client's views (`ClientMemo`): only where more emits follow (recording what a view reads
   *  costs a single run more than it saves). */
  client?: ClientMemo
  /** The server's route table entries and mock examples (`ServerMemo`), likewise. */
  server?: ServerMemo
  /** The reference's resource groups and unit keys (`ReferenceMemo`), likewise. */
  reference?: ReferenceMemo
}

/** What a group's emitter gets: the model and, computed once for all groups, derived values. */
interface EmitContext {
  model: ApiModel
  options: EmitOptions
  /** Unit texts of earlier runs (see `memo.ts`); the output is the same without. */
  memo?: EmitMemo
  kept: SessionMemos
  names(): TsNames
  /** A key of `names()`: what a kept value that printed type names holds under. */
  namesKey(): string
  /** Each base type's direct derived types. */
  derived(): DerivedTypes
  /** The operations lowered for every emitter (each at most once per emit). */
  shapes: ApiShape
  modelJson(): GeneratedFile
}

type Slice = 'types' | 'shape' | 'whole'

interface GroupSpec {
  name: OutputName
  slice: Slice
  /** Import the emitter; resolves to what starts the group's emit. */
  load(): Promise<(context: EmitContext) => FinishGroup>
}

const filesOnly = (files: GeneratedFile[]): EmittedGroup => ({ files, diagnostics: [] })
/** A group emitted whole when started. */
const done =
  (group: EmittedGroup): FinishGroup =>
  () =>
    group

const GROUPS: readonly GroupSpec[] = [
  {
    name: 'types',
    slice: 'types',
    load: async () => {
      const { startTypes } = await import('./types.js')
      return ({ model, options, names, memo, derived }) => {
        const finish = startTypes(model, names(), memo, derived(), options)
        return () => filesOnly(finish())
      }
    },
  },
  {
    name: 'client',
    slice: 'shape',
    load: async () => {
      const { emitClient } = await import('./client/emit-client.js')
      return ({ model, names, namesKey, shapes, kept }) =>
        done(
          filesOnly(
            emitClient(model, names(), shapes, kept.client && { memo: kept.client, namesKey: namesKey() }),
          ),
        )
    },
  },
  {
    name: 'server',
    slice: 'shape',
    load: async () => {
      const { startServer } = await import('./server/index.js')
      return ({ model, names, namesKey, memo, shapes, derived, kept }) =>
        startServer(
          model,
          names(),
          memo,
          shapes,
          derived(),
          kept.server && { memo: kept.server, namesKey: namesKey() },
        )
    },
  },
  {
    name: 'model',
    slice: 'whole',
    load:
      async () =>
      ({ modelJson }) =>
        done(filesOnly([modelJson()])),
  },
  {
    name: 'openapi',
    slice: 'whole',
    load: async () => {
      const { emitOpenApi } = await import('./openapi/index.js')
      return ({ model, memo, shapes, kept }) =>
        done(filesOnly([emitOpenApi(model, {}, memo, shapes, kept.openapi)]))
    },
  },
  {
    name: 'reference',
    slice: 'whole',
    load: async () => {
      const { emitReference } = await import('./reference/emit-reference.js')
      return ({ model, memo, shapes, kept }) =>
        done(filesOnly([emitReference(model, shapes, memo, kept.reference)]))
    },
  },
]

interface GroupsContext extends EmitContext {
  /** Where what is derived from a model unit is kept: the memo, else one for this run only (each
   *  unit is printed once, whether for model.json or for a slice hash). */
  units: EmitMemo
  parts(): ModelJsonParts
}

/** Times a part of the emit step (the bench shows each); the default only runs it. Operations are
 *  shaped lazily, inside the groups that ask (`shapeApi`), so shaping is part of their times. */
export type TimePart = <T>(part: string, run: () => T) => T
const untimed: TimePart = (_part, run) => run()

function contextOf(
  api: ApiShape,
  options: EmitOptions,
  memo?: EmitMemo,
  kept: SessionMemos = {},
): GroupsContext {
  const { model } = api
  const units = memo ?? new EmitMemo()
  let names: TsNames | undefined
  let namesKey: string | undefined
  let derived: DerivedTypes | undefined
  let parts: ModelJsonParts | undefined
  let modelJson: GeneratedFile | undefined
  const context = {
    model,
    options,
    memo,
    kept,
    units,
    names: () => {
      names ??= assignTsNames(model, context.derived())
      return names
    },
    namesKey: () => {
      namesKey ??= unitKey('names', JSON.stringify([...context.names()]))
      return namesKey
    },
    derived: () => {
      derived ??= collectDerivedTypes(model)
      return derived
    },
    shapes: api,
    parts: () => {
      parts ??= modelJsonParts(model, units)
      return parts
    },
    modelJson: () => {
      modelJson ??= emitModelJson(context.parts(), units.encodedTexts())
      return modelJson
    },
  }
  return context
}

/**
 * The groups of the model `api` shapes (the shape it lowers on demand is the one every group
 * reads, and what the caller keeps of this emit). Slices are hashed from the hashes of their units
 * (each type, placeholder and operation as model.json prints it): with a memo, a unit unchanged
 * since the last run of this process is neither printed nor hashed again (the operations, with
 * their examples, are most of the model).
 */
export function outputGroups(
  api: ApiShape,
  memo?: EmitMemo,
  kept: SessionMemos = {},
  time: TimePart = untimed,
  options: EmitOptions = DEFAULT_EMIT_OPTIONS,
): OutputGroup[] {
  const context = contextOf(api, options, memo, kept)
  return time('hash', () => groupsOf(context))
}

function groupsOf(context: GroupsContext): OutputGroup[] {
  const { model, units } = context
  const recordHashes = (record: Readonly<Record<string, object>>) =>
    Object.entries(record).map(([name, unit]) => `${name}\0${unitHash(unit, units)}`)
  const types = recordHashes(model.types)
  const undocumented = recordHashes(model.undocumented)
  const operations = model.operations.map((operation) => unitHash(operation, units))
  const withoutDescriptions = Object.values(model.types).map((type) =>
    units.derived(type, 'shape', () =>
      unitKey(
        'shape',
        JSON.stringify(type, (key, value) => (key === 'description' ? undefined : value)),
      ),
    ),
  )
  const { diagnostics, pages } = context.parts()
  const rest = unitKey('rest', ...diagnostics, ...pages)
  const hashes: Record<Slice, string> = {
    whole: hash(types, undocumented, operations, [rest]),
    shape: hash(operations, undocumented, withoutDescriptions),
    types: hash(types, undocumented),
  }
  return GROUPS.map((spec) => ({
    name: spec.name,
    inputHash: hashes[spec.slice],
    start: async () => {
      // A run that started the emit worker waits here, without blocking, until it listens: a group
      // started before would do the worker's part on this thread.
      await emitWorkerReady()
      return (await spec.load())(context)
    },
  }))
}

/** Import every emitter; the result emits all groups of a model, in order, synchronously. */
export async function loadAllEmitters(): Promise<(model: ApiModel, options?: EmitOptions) => EmittedGroup[]> {
  const emitters = await Promise.all(GROUPS.map((spec) => spec.load()))
  return (model, options = DEFAULT_EMIT_OPTIONS) => {
    const context = contextOf(shapeApi(model), options)
    const started = emitters.map((start) => start(context))
    return started.map((finish) => finish())
  }
}

function hash(...lists: readonly string[][]): string {
  const sha = createHash('sha256')
  for (const list of lists) sha.update(`${list.length}\0${list.join('\0')}\0`)
  return sha.digest('hex')
}
