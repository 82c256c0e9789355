/**
 * Microsoft's Graph JS SDK, with its default settings, against the mock of the seed API over real
 * HTTP on 127.0.0.1: the `/v1.0` prefix it adds, list, `$top`/`$count`, get with `$select`, create,
 * update, delete, the import action, a nested list and its PageIterator, `$count` and type-cast
 * segments, a trailing slash, long ids, enum members in any letter case.
 */
import type { Client } from '@microsoft/microsoft-graph-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import { graphSdkClient, iterateAll } from '../support/graph-sdk.js'
import { seedPages } from './helpers.js'

const IDENTITIES = '/deviceManagement/importedWindowsAutopilotDeviceIdentities'
const UPLOADS = '/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads'
const IDENTITY = {
  '@odata.type': '#microsoft.graph.importedWindowsAutopilotDeviceIdentity',
  id: '985b4f49-4f49-985b-494f-5b98494f5b98',
  serialNumber: 'Serial Number value',
  state: { deviceImportStatus: 'pending', deviceErrorCode: 15 },
}

let client: Client
let origin = ''
const requests: string[] = []
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  const loaded = await loadGeneratedServer(emitAll(buildModel(await seedPages())))
  const app = loaded.module.buildServer({ mock: true, log: (line) => requests.push(line) })
  origin = await app.listen({ port: 0, host: '127.0.0.1' })
  client = graphSdkClient(origin)
  close = async () => {
    await app.close()
    await loaded.dispose()
  }
})
afterAll(() => close())

/** What the SDK throws on an error answer. */
async function failure(
  call: Promise<unknown>,
): Promise<{ statusCode?: number; code?: string; message?: string }> {
  return call.then(
    () => ({}),
    (error: { statusCode?: number; code?: string; message?: string }) => error,
  )
}

describe("the seed API through Microsoft's Graph SDK", () => {
  it('lists, behind the /v1.0 prefix the SDK adds', async () => {
    const page = await client.api(IDENTITIES).get()
    expect(page.value).toHaveLength(1)
    expect(page.value[0]).toMatchObject(IDENTITY)
    expect(requests.at(-1)).toMatch(
      /^GET \/v1\.0\/deviceManagement\/importedWindowsAutopilotDeviceIdentities 200 /,
    )
  })

  it('serves /beta too, and the path without a version', async () => {
    const page = await client.api(IDENTITIES).version('beta').get()
    expect(page.value).toHaveLength(1)
    expect(requests.at(-1)).toMatch(/^GET \/beta\/deviceManagement\//)
    const plain = await fetch(`${origin}${IDENTITIES}`)
    expect(((await plain.json()) as { value: unknown[] }).value).toHaveLength(1)
  })

  it('counts with $count=true and cuts with $top', async () => {
    const page = await client.api(IDENTITIES).top(1).count(true).get()
    expect(page['@odata.count']).toBe(1)
    expect(page.value).toHaveLength(1)
    const none = await client.api(IDENTITIES).top(0).count(true).get()
    expect(none).toEqual({ '@odata.count': 1, value: [] })
  })

  it('gets one item with $select: only the selected properties, with id and the annotations', async () => {
    const full = await client.api(`${UPLOADS}/u-1`).get()
    expect(Object.keys(full).length).toBeGreaterThan(3)
    const upload = await client.api(`${UPLOADS}/u-1`).select(['status']).get()
    expect(upload).toEqual({
      '@odata.type': full['@odata.type'],
      id: '8d639524-9524-8d63-2495-638d2495638d',
      status: 'pending',
    })
    expect(requests.at(-1)).toContain('?$select=status 200')
    // Names in any letter case: of the properties, as Graph reads them, and of the query option, as
    // the server reads every member name it documents.
    expect(await client.api(`${UPLOADS}/u-1`).select(['STATUS', 'createdDateTimeUtc']).get()).toEqual({
      ...upload,
      createdDateTimeUtc: full.createdDateTimeUtc,
    })
    expect(await (await fetch(`${origin}${UPLOADS}/u-1?$SELECT=status`)).json()).toEqual(upload)
  })

  it('applies $select to each item of a list, and refuses a property the type does not have', async () => {
    const page = await client.api(IDENTITIES).select(['serialNumber', 'state']).get()
    expect(page.value).toEqual([
      {
        '@odata.type': IDENTITY['@odata.type'],
        id: IDENTITY.id,
        serialNumber: IDENTITY.serialNumber,
        state: expect.objectContaining(IDENTITY.state),
      },
    ])
    expect(await failure(client.api(IDENTITIES).select(['serialNumber', 'colour']).get())).toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
      message:
        "Could not find a property named 'colour' on type 'microsoft.graph.importedWindowsAutopilotDeviceIdentity'.",
    })
  })

  it('creates, updates and deletes', async () => {
    const created = await client.api(IDENTITIES).post({ ...IDENTITY, id: undefined })
    expect(created).toMatchObject(IDENTITY)
    expect(requests.at(-1)).toMatch(/^POST \S+ 201 /)
    const updated = await client.api(`${IDENTITIES}/${IDENTITY.id}`).patch({ serialNumber: 'changed' })
    expect(updated).toMatchObject({ id: IDENTITY.id })
    await client.api(`${IDENTITIES}/${IDENTITY.id}`).delete()
    expect(requests.at(-1)).toMatch(/^DELETE \S+ 204 /)
  })

  it('calls the import action with the documented body', async () => {
    const body = { importedWindowsAutopilotDeviceIdentities: [{ serialNumber: 'S', productKey: 'K' }] }
    const result = await client.api(`${IDENTITIES}/import`).post(body)
    expect(result.value).toHaveLength(1)
    expect(result.value[0]).toMatchObject({ serialNumber: 'String' })
  })

  it('reads member names of a request body in any letter case, as Graph does, and still refuses unknown members', async () => {
    const identities = [{ serialNumber: 'S', productKey: 'K' }]
    const result = await client
      .api(`${IDENTITIES}/import`)
      .post({ ImportedWindowsAutopilotDeviceIdentities: identities })
    expect(result.value).toHaveLength(1)
    expect(requests.at(-1)).toMatch(/^POST \S+\/import 200 /)
    expect(
      await failure(
        client
          .api(`${IDENTITIES}/import`)
          .post({ importedWindowsAutopilotDeviceIdentities: identities, force: true }),
      ),
    ).toMatchObject({
      statusCode: 400,
      message: "Property 'force' is not a documented property of the request body.",
    })
    // Another member of the same name, in the documented letter case, is not overwritten.
    expect(
      await failure(
        client.api(`${IDENTITIES}/import`).post({
          importedWindowsAutopilotDeviceIdentities: identities,
          IMPORTEDWINDOWSAUTOPILOTDEVICEIDENTITIES: [],
        }),
      ),
    ).toMatchObject({ statusCode: 400 })
  })

  it('lists a nested collection, and its PageIterator ends', async () => {
    const first = await client.api(`${UPLOADS}/u-1/deviceIdentities`).get()
    expect(first.value).toHaveLength(1)
    expect(first.value[0]).toMatchObject(IDENTITY)
    const { items, deltaLink } = await iterateAll(client, first)
    expect(items).toEqual(first.value)
    expect(deltaLink).toBeUndefined()
  })

  it('answers a $count segment with a plain-text number, a type-cast segment with the items of that type (400 for another type)', async () => {
    expect(await client.api(`${IDENTITIES}/$count`).get()).toBe('1')
    const cast = await client
      .api(`${IDENTITIES}/microsoft.graph.importedWindowsAutopilotDeviceIdentity`)
      .get()
    expect(cast.value).toHaveLength(1)
    // A type not derived from the segment's: Graph answers 400.
    const other = client
      .api(`${IDENTITIES}/microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload`)
      .get()
    expect(await failure(other)).toMatchObject({ statusCode: 400, code: 'BadRequest' })
    expect(
      await client.api(`${IDENTITIES}/microsoft.graph.importedWindowsAutopilotDeviceIdentity/$count`).get(),
    ).toBe('1')
  })

  it('reads paths in any letter case, ignores a trailing slash and accepts ids longer than 100 characters', async () => {
    expect(await client.api(`${UPLOADS}/u-1/`).get()).toMatchObject({ status: 'pending' })
    expect(await client.api(`${UPLOADS.toLowerCase()}/U-1`).get()).toMatchObject({ status: 'pending' })
    const id = 'A'.repeat(400)
    expect(await client.api(`${IDENTITIES}/${id}`).get()).toMatchObject({ id: IDENTITY.id })
  })

  it('accepts enum members in any letter case, and still refuses unknown members', async () => {
    const created = await client.api(UPLOADS).post({ status: 'PENDING' })
    expect(created).toMatchObject({ status: 'pending' })
    expect(await failure(client.api(UPLOADS).post({ status: 'sideways' }))).toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
    })
  })

  it('answers Prefer: example= with the key openapi.json gives the example', async () => {
    const page = await client.api(IDENTITIES).header('Prefer', 'example=example-1').get()
    expect(page.value).toHaveLength(1)
    expect(await failure(client.api(IDENTITIES).header('Prefer', 'example=nope').get())).toMatchObject({
      statusCode: 400,
    })
  })

  it('answers 404 where no route matches, behind the prefix too', async () => {
    expect(await failure(client.api('/deviceManagement/nothingHere').get())).toMatchObject({
      statusCode: 404,
      code: 'NotFound',
    })
  })
})
