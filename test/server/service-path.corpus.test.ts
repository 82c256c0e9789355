/**
 * The mock answers below the service root's own path, as the client sends it: Business Central's
 * root is `https://{businesscentralPrefix}/api/v2.0`, so a client whose base URL ends in `/api/v2.0`
 * lists companies at `/api/v2.0/companies` (it got a 404); Graph's `/v1.0` and the bare path are
 * still answered. Real pages: test/fixtures/real-trees/business-central.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { readDocs } from '../../src/read-docs.js'
import { typeErrors } from './compile.js'
import { outFolder, ROOT, rm, writeFiles } from './helpers.js'

const APP = `
import { createClient } from './client/index.js'
import { buildServer } from './server/index.js'

export async function run() {
  const app = buildServer({ mock: true, log: false })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    // The list page's example shows one company, which the docs' type is (a docs fault).
    const company = await createClient({ baseUrl: base + '/api/v2.0' }).companies.get()
    const status = async (path: string) => (await fetch(base + path)).status
    return {
      company: typeof company.id,
      statuses: [await status('/api/v2.0/companies'), await status('/API/V2.0/companies'), await status('/companies'), await status('/api/v2.0x/companies')],
    }
  } finally {
    await app.close()
  }
}
`

let dir = ''
beforeAll(async () => {
  const docs = await readDocs(join(ROOT, 'test/fixtures/real-trees/business-central/docs'))
  dir = await outFolder('service-path')
  await writeFiles(dir, [...emitAll(buildModel(docs.pages)), { path: 'app.ts', text: APP }])
})
afterAll(() => rm(dir, { recursive: true, force: true }))

it('answers the client below the service root’s own path, and without it', async () => {
  expect(typeErrors(dir, ['app.ts'])).toEqual([])
  const app = (await import(/* @vite-ignore */ `${dir}/app.ts`)) as { run: () => Promise<unknown> }
  expect(await app.run()).toEqual({ company: 'string', statuses: [200, 200, 200, 404] })
}, 120_000)
