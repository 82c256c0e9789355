/**
 * `$select` narrows and `@odata.type` discriminates, in the committed seed client: a consumer file
 * is compiled with the compiler API, and exactly its lines marked `// error` fail (reading a
 * property `$select` left out, expanding what is not a navigation property, reading a derived
 * type's property without narrowing), while the rest compiles (plain literal lists without
 * `as const`, the whole type without `$select`, base-typed values where they were accepted).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { errorLinesOf, markedErrorLines, REPO_ROOT, typeCheck } from './compile.js'

const CONSUMER = `import { createClient } from '../generated/client/index.js'
import {
  type AnyEntity,
  type ImportedWindowsAutopilotDeviceIdentityUpload,
  isImportedWindowsAutopilotDeviceIdentityUpload,
} from '../generated/types/index.js'
import type { Entity } from '../generated/undocumented.js'

const uploads = createClient({ token: 't' }).deviceManagement.importedWindowsAutopilotDeviceIdentityUploads

export async function select(): Promise<unknown[]> {
  const one = await uploads.byId('x').get({ $select: ['status', 'createdDateTimeUtc'] })
  const values: unknown[] = [one.status, one.createdDateTimeUtc, one.id, one['@odata.type']]
  values.push(one.deviceIdentities) // error
  const expanded = await uploads.byId('x').get({ $select: ['status'], $expand: ['deviceIdentities'] })
  values.push(expanded.deviceIdentities, expanded.status)
  values.push(expanded.createdDateTimeUtc) // error
  const whole = await uploads.byId('x').get()
  values.push(whole.createdDateTimeUtc, whole.deviceIdentities)
  // The annotations Graph adds, which no type declares: the etag an update sends back in If-Match.
  values.push(whole['@odata.etag'], one['@odata.etag'], one['@odata.id'])
  const etag: number | undefined = whole['@odata.etag'] // error
  values.push(await uploads.byId('x').get({ $select: ['nope'] })) // error
  values.push(await uploads.byId('x').get({ $select: ['@odata.type'] })) // error
  values.push(await uploads.byId('x').get({ $expand: ['status'] })) // error
  values.push(await uploads.byId('x').get({ $expand: 'deviceIdentities($select=id)' }))
  const asDeclared: ImportedWindowsAutopilotDeviceIdentityUpload = one
  return [...values, asDeclared, etag]
}

export function union(entity: AnyEntity, plain: ImportedWindowsAutopilotDeviceIdentityUpload, base: Entity): unknown[] {
  const values: unknown[] = []
  if (entity['@odata.type'] === '#microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload') values.push(entity.status)
  if (isImportedWindowsAutopilotDeviceIdentityUpload(entity)) values.push(entity.createdDateTimeUtc)
  values.push(entity.status) // error
  const asBase: Entity = entity
  const fromPlain: AnyEntity = plain
  const fromBase: AnyEntity = base
  void uploads.post(plain)
  return [...values, asBase, fromPlain, fromBase]
}
`

describe('seed client: $select narrows, @odata.type discriminates', () => {
  const path = `${REPO_ROOT}test-snippet/narrowing.ts`
  let diagnostics: string[] = []
  beforeAll(() => {
    diagnostics = typeCheck(new Map([[path, CONSUMER]]), [path])
  }, 60_000)

  it('fails on exactly the lines marked // error', () => {
    expect(markedErrorLines(CONSUMER)).toHaveLength(7)
    expect(errorLinesOf(diagnostics, path)).toEqual(markedErrorLines(CONSUMER))
  })

  it('reports nothing outside the consumer', () => {
    expect(diagnostics.filter((line) => !line.startsWith(`${path}:`))).toEqual([])
  })
})
