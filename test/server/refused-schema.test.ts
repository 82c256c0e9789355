/**
 * A request schema Ajv refuses to compile (a generator fault: `required` naming a property twice)
 * is refused on every request to its route, over real HTTP: asked a second time, Ajv compiled the
 * schema it had refused without checking it, and the route then validated nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { type LoadedServer, loadGeneratedServer } from '../../src/mock/load-server.js'
import { readDocs } from '../../src/read-docs.js'
import { ROOT } from './helpers.js'

const DOCS = `${ROOT}test/fixtures/held-out-mock`
// The page's create requires its `@odata.type` ("You must specify the **@odata.type** of the derived type").
const REQUIRED = String.raw`\"required\":[\"@odata.type\",\"displayName\"]`

let loaded: LoadedServer
let url: string
let close: () => Promise<void>
beforeAll(async () => {
  const files = emitAll(buildModel((await readDocs(DOCS)).pages)).map((file) =>
    file.path === 'server/routes.ts'
      ? {
          ...file,
          text: file.text.replace(
            REQUIRED,
            String.raw`\"required\":[\"@odata.type\",\"displayName\",\"displayName\"]`,
          ),
        }
      : file,
  )
  expect(files.find((file) => file.path === 'server/routes.ts')?.text).toContain(
    '\\"displayName\\",\\"displayName\\"',
  )
  loaded = await loadGeneratedServer(files)
  const app = loaded.module.buildServer({ mock: true, log: false })
  url = await app.listen({ port: 0, host: '127.0.0.1' })
  close = async () => {
    await app.close()
    await loaded.dispose()
  }
})
afterAll(() => close?.())

it('answers 500 to every request whose schema cannot be compiled, not only the first', async () => {
  const create = () =>
    fetch(`${url}/identity/conditionalAccess/namedLocations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ '@odata.type': '#microsoft.graph.ipNamedLocation', displayName: 'Untrusted' }),
    })
  const statuses = [(await create()).status, (await create()).status, (await create()).status]
  expect(statuses).toEqual([500, 500, 500])
})
