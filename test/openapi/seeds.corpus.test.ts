/** The OpenAPI document of the seed API: valid, complete, typed, deterministic. */
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { emitOpenApi, openApiDocument } from '../../src/emit/openapi/index.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { openApiTypescriptErrors, routeCoverage, validationErrors } from './check-document.js'

const SEEDS = fileURLToPath(new URL('../../input-docs', import.meta.url))

/** A client of the seed API typed with openapi-typescript. Its types derive from the undocumented
 *  `microsoft.graph.entity`, whose placeholder must accept their properties. */
const CONSUMER = `
import type { components, paths } from './openapi-seeds.js'

type Schemas = components['schemas']
type Upload = Schemas['microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload']
type Uploads = paths['/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads']

const upload: Upload = {
  id: '8d639524-9524-8d63-2495-638d2495638d',
  createdDateTimeUtc: '2016-12-31T23:59:45.8788427-08:00',
  status: 'pending',
  deviceIdentities: [{ serialNumber: 'Serial Number value', state: { deviceImportStatus: 'pending' } }],
}
export const page: Uploads['get']['responses'][200]['content']['application/json'] = { value: [upload] }
export const created: Uploads['post']['responses'][201]['content']['application/json'] = upload
export const unknown: Upload['status'] = null
// @ts-expect-error an enum property takes only its members
export const wrong: Upload = { status: 'finished' }
`

let pages: { file: string; text: string }[]
let model: ApiModel
let text: string
let document: OpenApiDocument

beforeAll(async () => {
  pages = (await readDocs(SEEDS)).pages
  model = buildModel(pages)
  text = emitOpenApi(model).text
  document = JSON.parse(text) as OpenApiDocument
})

describe('OpenAPI export of the seed API', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0')
    expect(await validationErrors(text)).toEqual([])
  })

  it('has every documented (verb, path)', () => {
    expect(routeCoverage(model, text).missing).toEqual([])
  })

  it('compiles under tsc --strict through openapi-typescript', async () => {
    expect(await openApiTypescriptErrors(text, 'seeds')).toEqual([])
  })

  it("types code written against openapi-typescript's types, placeholders accepting anything", async () => {
    expect(await openApiTypescriptErrors(text, 'seeds', CONSUMER)).toEqual([])
  })

  it('has the same bytes whatever the page order', () => {
    expect(emitOpenApi(buildModel([...pages].reverse())).text).toBe(text)
  })

  it('takes info and servers from options, with defaults', () => {
    expect(document.info).toMatchObject({ title: 'Microsoft Graph', version: 'v1.0' })
    expect(document.servers).toEqual([{ url: 'https://graph.microsoft.com/v1.0' }])
    const custom = openApiDocument(model, {
      title: 'Autopilot',
      version: '2',
      servers: ['http://localhost:4010'],
    })
    expect(custom.info).toMatchObject({ title: 'Autopilot', version: '2' })
    expect(custom.servers).toEqual([{ url: 'http://localhost:4010' }])
  })

  it('writes schemas for every type and placeholder, with inheritance, enums and read-only properties', () => {
    const schemas = document.components.schemas
    expect(Object.keys(schemas)).toEqual(
      [...Object.keys(model.types), ...Object.keys(model.undocumented)].sort(),
    )
    const upload = schemas['microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload']
    expect(upload?.allOf?.[0]).toEqual({ $ref: '#/components/schemas/microsoft.graph.entity' })
    expect(schemas['microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus']).toMatchObject({
      type: 'string',
      enum: expect.arrayContaining(['pending']),
    })
    expect(schemas['microsoft.graph.entity']).toMatchObject({ 'x-doc2ts-undocumented': true, type: 'object' })
  })

  it('describes operations: ids, tags, parameters, bodies, responses with examples, scopes', () => {
    const path =
      '/deviceManagement/importedWindowsAutopilotDeviceIdentityUploads/{importedWindowsAutopilotDeviceIdentityUploadId}'
    const get = document.paths[path]?.get
    expect(get?.operationId).toBe('deviceManagement.importedWindowsAutopilotDeviceIdentityUploads.get')
    expect(get?.tags).toEqual(['importedWindowsAutopilotDeviceIdentityUpload'])
    expect(get?.parameters?.[0]).toMatchObject({
      in: 'path',
      required: true,
      name: 'importedWindowsAutopilotDeviceIdentityUploadId',
    })
    const ok = get?.responses['200']
    expect(ok && 'content' in ok && ok.content?.['application/json']?.examples).toBeTruthy()
    expect(get?.security).toContainEqual({ delegated: ['DeviceManagementServiceConfig.Read.All'] })
    const patch = document.paths[path]?.patch
    expect(patch?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload',
    })
    const scopes = document.components.securitySchemes.delegated?.flows.authorizationCode?.scopes
    expect(Object.keys(scopes ?? {})).toContain('DeviceManagementServiceConfig.ReadWrite.All')
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    )
    expect(new Set(ids).size).toBe(ids.length)
  })
})
