/**
 * End to end, both typed: the generated client talks to the generated server for the seed API.
 * A small app (handlers written against `Handlers`, calls through `createClient`) is written next
 * to the generated files, type-checked with them under `strict`, then run over real HTTP.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { typeErrors } from './compile.js'
import { outFolder, rm, seedPages, writeFiles } from './helpers.js'

const APP = `
import { createClient, GraphError as ClientError } from './client/index.js'
import type * as T from './types/index.js'
import { buildServer, GraphError, type Handlers } from './server/index.js'

export async function run() {
  const store = new Map<string, T.ImportedWindowsAutopilotDeviceIdentityUpload>()
  const handlers: Partial<Handlers> = {
    intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadCreate: async ({ body }) => {
      const created: T.ImportedWindowsAutopilotDeviceIdentityUpload = { ...body, id: \`u-\${store.size + 1}\` }
      store.set(created.id ?? '', created)
      return created
    },
    intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadGet: async ({ params }) => {
      const found = store.get(params.importedWindowsAutopilotDeviceIdentityUploadId)
      if (!found) throw new GraphError(404, 'NotFound', 'no such upload')
      return found
    },
    intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadList: async () => ({ value: [...store.values()] }),
    intuneEnrollmentImportedwindowsautopilotdeviceidentityuploadDelete: async ({ params }) => {
      store.delete(params.importedWindowsAutopilotDeviceIdentityUploadId)
    },
  }
  const app = buildServer({ handlers })
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const client = createClient({ baseUrl })
    const uploads = client.deviceManagement.importedWindowsAutopilotDeviceIdentityUploads
    const created = await uploads.post({ status: 'pending' })
    const fetched = await uploads.byId(created.id ?? '').get()
    const page = await uploads.get()
    await uploads.byId(created.id ?? '').delete()
    const failures: { status: number; code: string | undefined }[] = []
    for (const call of [
      () => uploads.byId(created.id ?? '').get(),
      () => uploads.post({ status: 'bogus' as T.ImportedWindowsAutopilotDeviceIdentityUploadStatus }),
      () => uploads.byId('x').patch({ status: 'complete' }),
    ]) {
      try {
        await call()
      } catch (error) {
        if (error instanceof ClientError) failures.push({ status: error.status, code: error.code })
        else throw error
      }
    }
    return { created, fetched, count: page.value.length, failures }
  } finally {
    await app.close()
  }
}
`

let dir = ''
beforeAll(async () => {
  dir = await outFolder('e2e')
  await writeFiles(dir, [...emitAll(buildModel(await seedPages())), { path: 'app.ts', text: APP }])
})
afterAll(() => rm(dir, { recursive: true, force: true }))

it('the typed client and the typed server agree, end to end', async () => {
  expect(typeErrors(dir, ['app.ts'])).toEqual([])
  const app = (await import(/* @vite-ignore */ `${dir}/app.ts`)) as {
    run: () => Promise<Record<string, unknown>>
  }
  const result = await app.run()
  expect(result.created).toEqual({ status: 'pending', id: 'u-1' })
  expect(result.fetched).toEqual(result.created)
  expect(result.count).toBe(1)
  expect(result.failures).toEqual([
    { status: 404, code: 'NotFound' },
    { status: 400, code: 'BadRequest' },
    { status: 501, code: 'NotImplemented' },
  ])
}, 60_000)
