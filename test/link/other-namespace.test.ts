/**
 * Another team's pages in the same format, for its own service (`test/fixtures/other-namespace`):
 * what they generate is theirs, with nothing of Graph's that they did not write: no
 * `microsoft.graph.entity` base, Graph's host or version.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadGeneratedServer } from '../../src/mock/load-server.js'
import { REPO_ROOT, typeCheck, VIRTUAL_OUT } from '../client/compile.js'
import { generateInMemory } from '../support/golden.js'

const files = await generateInMemory(join(REPO_ROOT, 'test/fixtures/other-namespace'))
const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''

describe("another team's pages in their own namespace", () => {
  it('derive their entity from no base they did not state', () => {
    expect(text('types/index.ts')).toContain('export interface Widget {')
    expect(text('types/index.ts')).not.toMatch(/microsoft\.graph|Undocumented|AnyEntity/)
    expect(text('undocumented.ts')).not.toContain('interface Entity')
  })

  it('describe their own service in OpenAPI and as the client default', () => {
    const { info, servers } = JSON.parse(text('openapi.json')) as {
      info: { title: string; version: string }
      servers: { url: string }[]
    }
    expect({ title: info.title, version: info.version, servers }).toEqual({
      title: 'api.contoso.com',
      version: 'v1',
      servers: [{ url: 'https://api.contoso.com/v1' }],
    })
    expect(text('client/runtime.ts')).toContain('options.baseUrl ?? "https://api.contoso.com/v1"')
  })

  it('give types and a client that compile under strict settings', () => {
    const sources = new Map(
      files.filter((file) => file.path.endsWith('.ts')).map((file) => [VIRTUAL_OUT + file.path, file.text]),
    )
    expect(typeCheck(sources, [`${VIRTUAL_OUT}client/index.ts`, `${VIRTUAL_OUT}types/index.ts`])).toEqual([])
  })

  it("give a mock that answers under the service's own root, as the client calls it", async () => {
    const loaded = await loadGeneratedServer(files)
    const app = loaded.module.buildServer({ mock: true })
    try {
      const base = await app.listen({ port: 0, host: '127.0.0.1' })
      const answers = await Promise.all(
        ['/widgets/1', '/v1/widgets/1'].map(async (path) => {
          const response = await fetch(`${base}${path}`)
          return [response.status, await response.json()]
        }),
      )
      const widget = { id: '1', label: 'A', color: 'red' }
      expect(answers).toEqual([
        [200, widget],
        [200, widget],
      ])
    } finally {
      await app.close()
      await loaded.dispose()
    }
  })
})
