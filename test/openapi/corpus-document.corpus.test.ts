/**
 * The OpenAPI document of the corpus sample (`corpusDir`): valid, ≥ 97% of
 * the documented (verb, path) pairs present, typed through openapi-typescript (code using those types
 * compiles). One model build.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { emitOpenApi, inexactPathDiagnostics } from '../../src/emit/openapi/index.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { corpusDir } from '../support/corpus.js'
import { openApiTypescriptErrors, routeCoverage, validationErrors } from './check-document.js'
import { agreementWithAjv } from './reader-agreement.js'

/** Code written against openapi-typescript's types of the sample: the everyday calls, and types
 *  derived from another that add no property of their own (Intune's `androidManagedAppRegistration`,
 *  `allDevicesAssignmentTarget`), which take their base's properties. */
const CONSUMER = `
import type { components, paths } from './openapi-corpus.js'

type Schemas = components['schemas']
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never

export const messages: Json<paths['/users/{userId}/messages']['get']['responses'][200]> = {
  value: [{ id: 'm-1', subject: 'Hi', isRead: false, importance: 'high' }],
}
export const mail: Json<NonNullable<paths['/me/sendMail']['post']['requestBody']>> = {
  message: { subject: 'Lunch', body: { contentType: 'text', content: 'Soon?' } },
  saveToSentItems: false,
}
export const dateFormat: Json<paths['/me/mailboxSettings/dateFormat']['get']['responses'][200]> = {
  value: 'dd.MM.yyyy',
}
export const user: Schemas['microsoft.graph.user'] = { id: 'u-1', displayName: 'Adele', accountEnabled: true }
export const registration: Schemas['microsoft.graph.androidManagedAppRegistration'] = {
  '@odata.type': '#microsoft.graph.androidManagedAppRegistration',
  id: 'r-1',
  createdDateTime: '2020-01-01T00:00:00Z',
}
export const target: Schemas['microsoft.graph.allDevicesAssignmentTarget'] = {
  '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget',
}
// @ts-expect-error an enum property takes only its members
export const wrong: Schemas['microsoft.graph.message'] = { importance: 'urgent' }
`

let model: ApiModel
let text: string

describe('OpenAPI export of the corpus sample', () => {
  beforeAll(async () => {
    model = buildModel((await readDocs(corpusDir)).pages)
    text = emitOpenApi(model).text
  })

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(await validationErrors(text)).toEqual([])
  })

  it('has at least 97% of the documented (verb, path) pairs', () => {
    const { found, total, missing } = routeCoverage(model, text)
    console.info(
      `openapi coverage: ${found}/${total} (${((100 * found) / total).toFixed(2)}%); missing: ${missing.join(', ')}`,
    )
    expect(found / total).toBeGreaterThanOrEqual(0.97)
  })

  it('keeps only examples a compiling JSON Schema validator accepts too (and agrees on values near them)', () => {
    const { compared, refused } = agreementWithAjv(JSON.parse(text))
    expect(refused).toBeGreaterThan(1000)
    expect(compared - refused).toBeGreaterThan(1000)
  })

  it('compiles under tsc --strict through openapi-typescript, with code written against its types', async () => {
    expect(await openApiTypescriptErrors(text, 'corpus', CONSUMER)).toEqual([])
  })

  it('takes the request body types the server takes: each derived type’s page’s, not another use’s of the path', () => {
    const bodySchema = (path: string) =>
      (
        JSON.parse(text) as {
          paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: unknown }> } } }>
        }
      ).paths[path]?.post?.requestBody?.content['application/json']?.schema
    // api/opentypeextension-post-opentypeextension.md's openTypeExtension body creates a message with its extension.
    expect(bodySchema('/users/{userId}/messages')).toEqual({
      $ref: '#/components/schemas/microsoft.graph.message',
    })
    // api/intune-apps-ioslobapp-create.md, one of the route's 15 pages, each of a type derived from mobileApp.
    expect(JSON.stringify(bodySchema('/deviceAppManagement/mobileApps'))).toContain(
      'microsoft.graph.iosLobApp',
    )
  })

  it('reports what the path grammar cannot say, where the docs say it', () => {
    const diagnostics = inexactPathDiagnostics(model)
    const codes = new Set(diagnostics.map((d) => d.code))
    expect([...codes]).toEqual(['openapi-inexact-path'])
    const reasons = diagnostics.map((d) => d.message).join('\n')
    for (const reason of ['item path', 'is repeated', '`/.../`', 'takes its arguments in the path'])
      expect(reasons).toContain(reason)
  })
})
