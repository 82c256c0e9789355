/**
 * The owner of a route that a type's page and a derived type's page both document: the general
 * page, whatever the page ids say. test/fixtures/derived-route-owner holds excerpts of the sample
 * corpus's api/message-get.md, api/eventmessage-get.md, resources/message.md and
 * resources/eventmessage.md ("The **eventMessage** entity is derived from [message](message.md).").
 *   GET /me/messages/{id}   eventmessage-get (eventMessage) · message-get (message)   → message-get
 * The route shows the examples of both pages (openapi.json merges them), and the mock answers
 * `Prefer: example=` naming any of them.
 */
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { openApiDocument } from '../../src/emit/openapi/index.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import type { ApiModel } from '../../src/model.js'
import { type PageInput, readDocs } from '../../src/read-docs.js'
import { Session } from '../../src/session/index.js'
import { KeptShapes, shapeApi } from '../../src/shape/api-shape.js'
import { baseTypesOf } from '../../src/shape/base-types.js'
import { listMethods } from '../../src/shape/method-listings.js'
import { indexRoutes } from '../../src/verify/answering-pages.js'
import { servedRoutes } from '../support/served-routes.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/derived-route-owner', import.meta.url))

let pages: PageInput[]
let model: ApiModel

beforeAll(async () => {
  pages = (await readDocs(FIXTURE)).pages
  model = buildModel(pages)
})

const OWNERS = {
  'GET /me/messages/{id}': 'messageGet',
  'GET /users/{id | userPrincipalName}/messages/{id}': 'messageGet',
}

const servedBy = (files: readonly { path: string; text: string }[]) =>
  servedRoutes(files.find((file) => file.path === 'server/routes.ts')?.text ?? '')

describe('a route documented by a type’s page and a derived type’s page', () => {
  it('is served by the page of the base type', () => {
    expect(model.types['microsoft.graph.eventMessage']).toMatchObject({
      baseType: { resolved: 'microsoft.graph.message' },
    })
    expect(servedBy(emitAll(model))).toEqual(OWNERS)
    expect(servedBy(emitAll(buildModel([...pages].reverse())))).toEqual(OWNERS)
  })

  it('gives the general page the lead in the client, verify and OpenAPI alike', () => {
    const client = emitAll(model).find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(client).toContain('Docs: api/message-get.md, api/eventmessage-get.md')
    const answering = indexRoutes(model, listMethods(model), baseTypesOf(model.types))
      .answering('GET', '/me/messages/AAMkADhMGAAA=')
      .map(({ operation }) => operation.id)
    expect(answering).toEqual(['message-get', 'eventmessage-get'])
    expect(openApiDocument(model).paths['/me/messages/{id}']?.get?.description).toBe(
      'Retrieve the properties and relationships of a message object.',
    )
  })
})

it('makes a watch session’s route owners again when a base type changes, the operations unchanged', () => {
  // On a path named for neither type (the pages' `/messages/` renamed), and eventmessage.md
  // without its base: the pages are two unrelated types', first by id leads.
  const renamed = pages.map((page) => ({ ...page, text: page.text.replaceAll('/messages/', '/mailItems/') }))
  const unrelated = renamed.map((page) =>
    page.file === 'resources/eventmessage.md'
      ? { ...page, text: page.text.replace(/^.*(derived from|"baseType").*\n/gm, '') }
      : page,
  )
  const session = new Session(true)
  const kept = new KeptShapes()
  const before = session.interner.intern(buildModel(unrelated))
  const route = before.operations.find(({ id }) => id === 'message-get')?.routes[0]
  if (!route) throw new Error('message-get has no route')
  expect(shapeApi(before, kept).ownerOf(route)?.id).toBe('eventmessage-get')

  const after = session.interner.intern(buildModel(renamed))
  expect(after.operations).toEqual(before.operations)
  expect(shapeApi(after, kept).ownerOf(route)?.id).toBe('message-get')
})

it('answers Prefer: example= naming any example openapi.json shows for the route, over loopback', async () => {
  const files = emitAll(model)
  const shown = openApiDocument(model).paths['/me/messages/{id}']?.get?.responses['200']
  const keys = Object.keys(
    (shown && 'content' in shown && shown.content?.['application/json']?.examples) || {},
  )
  expect(keys.sort()).toEqual(['get_eventmessage', 'get_message'])
  // The other page's examples are referenced by the route, not copied into the owner's list.
  const mockData = files.find((file) => file.path === 'server/mock-data.ts')?.text ?? ''
  expect(mockData.match(/Debrief from meetup/g)).toHaveLength(1)
  const loaded = await loadGeneratedServer(files)
  const app = loaded.module.buildServer({ mock: true, log: false })
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    for (const key of keys) {
      const answer = await fetch(`${base}/me/messages/AAMkADhMGAAA=`, {
        headers: { prefer: `example=${key}` },
      })
      expect(answer.status, key).toBe(200)
      expect(answer.headers.get('preference-applied')).toBe(`example=${key}`)
    }
    const eventMessage = await fetch(`${base}/me/messages/x`, {
      headers: { prefer: 'example=get_eventmessage' },
    })
    expect(await eventMessage.json()).toMatchObject({ subject: 'Debrief from meetup', isDelegated: false })
    // Without a name, the route's own (the general page's) example answers.
    const plain = await fetch(`${base}/users/u1/messages/x`)
    expect(await plain.json()).toMatchObject({ subject: '9/8/2018: concert' })
  } finally {
    await app.close()
    await loaded.dispose()
  }
})
