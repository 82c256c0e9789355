/**
 * A route whose pages take bodies of several derived types: Graph picks a body's type by its
 * `@odata.type`, so the server judges each body by the page of that type, not by the route
 * owner's. test/fixtures/derived-route-body holds excerpts of the sample corpus's
 * api/intune-apps-androidlobapp-create.md and api/intune-apps-ioslobapp-create.md (both
 * `POST /deviceAppManagement/mobileApps`, their example bodies cut to a few properties) and of their
 * resource pages: the iOS body's `minimumSupportedOperatingSystem.v8_0` is no property of
 * androidMinimumOperatingSystem, so judged by the owner's (androidLobApp) schema the docs' own iOS
 * example was refused.
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { listenServer } from './helpers.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/derived-route-body', import.meta.url))
const APPS = '/deviceAppManagement/mobileApps'

let model: ApiModel
let base = ''
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  model = buildModel((await readDocs(FIXTURE)).pages)
  ;({ base, close } = await listenServer(model))
})
afterAll(() => close())

/** The request body of a page's example, as the docs show it. */
function exampleBody(operationId: string): Record<string, unknown> {
  const request = model.operations
    .find((operation) => operation.id === operationId)
    ?.examples.find((example) => example.kind === 'request')
  if (!request?.bodyText) throw new Error(`${operationId} has no request example`)
  return JSON.parse(request.bodyText) as Record<string, unknown>
}

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const answer = await fetch(`${base}${APPS}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: answer.status, json: (await answer.json()) as Record<string, unknown> }
}

describe('a body on a route whose pages take several derived types', () => {
  it('is judged by the type its @odata.type names, and answered with that page’s example', async () => {
    for (const [page, type] of [
      ['intune-apps-androidlobapp-create', '#microsoft.graph.androidLobApp'],
      ['intune-apps-ioslobapp-create', '#microsoft.graph.iosLobApp'],
    ]) {
      const answer = await post(exampleBody(page ?? ''))
      expect(answer.status, page).toBe(201)
      expect(answer.json['@odata.type'], page).toBe(type)
    }
  })

  it('of a type, not as the docs show it, is answered with the example of that type’s page', async () => {
    const answer = await post({ ...exampleBody('intune-apps-ioslobapp-create'), displayName: 'Contoso Mail' })
    expect(answer.status).toBe(201)
    expect(answer.json['@odata.type']).toBe('#microsoft.graph.iosLobApp')
  })

  it('without @odata.type, is judged by the route owner’s type', async () => {
    const { '@odata.type': _, ...untyped } = exampleBody('intune-apps-ioslobapp-create')
    const answer = await post(untyped)
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({ error: { code: 'BadRequest' } })
    expect(JSON.stringify(answer.json)).toContain("Property 'bundleId' is not a documented property")
  })

  it('naming a type the docs do not define, or one not derived from the route’s types, is a 400 with Graph’s body', async () => {
    for (const type of ['#microsoft.graph.windowsPhoneApp', '#microsoft.graph.iosMinimumOperatingSystem']) {
      // The owner's own example, which its type accepts, with another @odata.type.
      const answer = await post({ ...exampleBody('intune-apps-androidlobapp-create'), '@odata.type': type })
      expect(answer.status, type).toBe(400)
      expect(answer.json, type).toMatchObject({ error: { code: 'BadRequest' } })
    }
  })

  it('that is no object is a 400 whose message names the request body', async () => {
    for (const body of [[1, 2], 'text']) {
      const answer = await post(body)
      expect(answer.status).toBe(400)
      expect(answer.json).toMatchObject({
        error: { code: 'BadRequest', message: 'The request body is not valid: must be object.' },
      })
    }
  })

  it('naming a documented type the pages’ types derive from, without a page of its own there, is judged by the route owner’s type', async () => {
    // mobileLobApp: documented (resources/intune-apps-mobilelobapp.md), base of both pages' types,
    // no create page of its own on the route.
    const body = {
      ...exampleBody('intune-apps-androidlobapp-create'),
      '@odata.type': '#microsoft.graph.mobileLobApp',
    }
    const answer = await post(body)
    expect(answer.status).toBe(201)
  })

  it('naming a type of a namespace the docs do not document, is judged by the route owner’s type', async () => {
    const body = { ...exampleBody('intune-apps-androidlobapp-create'), '@odata.type': '#Other.Namespace.App' }
    expect((await post(body)).status).toBe(201)
  })

  it('reaches the handler typed as any of the types the route takes', () => {
    const file = emitAll(model).find((generated) => generated.path === 'server/handlers.ts')
    const line = (file?.text ?? '')
      .split('\n')
      .find((text) => text.includes('intuneAppsAndroidlobappCreate:'))
    // Handler<params, query, body, reply>: the body is each page's type, not the owner's alone
    // (each perhaps with links to existing entities).
    const body = /^\s*intuneAppsAndroidlobappCreate: Handler<.*\}, (.+), T\.AndroidLobApp>$/.exec(
      line ?? '',
    )?.[1]
    expect(body?.split(' | ')).toEqual(
      expect.arrayContaining(['Bindable<T.AndroidLobApp>', 'Bindable<T.IosLobApp>']),
    )
  })
})
