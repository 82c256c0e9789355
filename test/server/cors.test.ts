/**
 * CORS, as `buildServer({ cors })` answers browsers of other origins (the mock sets it): each
 * answer varies with the Origin, an allowed origin is named in `Access-Control-Allow-Origin`, and a
 * preflight is answered for the request it asks about, routed as that request is: on a path under
 * another name of its root (`/me/…` for `/users/{id}/…`) too. The browser side is in
 * test/client/bundle-size.corpus.test.ts (Chromium).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { listenServer } from './helpers.js'

const page = (file: string, title: string, lines: string, example: string) => ({
  file,
  text: `# ${title}\n\n## HTTP request\n\`\`\`http\n${lines}\n\`\`\`\n\n## Response\nIf successful, this method returns a \`204 No Content\` response code.\n\n## Example\n<!-- { "blockType": "request", "name": "${title.replace(/\W+/g, '_')}" } -->\n\`\`\`http\n${example}\n\`\`\`\n<!-- { "blockType": "response" } -->\n\`\`\`http\nHTTP/1.1 204 No Content\n\`\`\`\n`,
})
const pages = [
  page(
    'api/user-delete-approleassignments.md',
    'Delete appRoleAssignment',
    'DELETE /users/{id}/appRoleAssignments/{id}',
    'DELETE https://graph.microsoft.com/v1.0/me/appRoleAssignments/a1',
  ),
]

let base = ''
let close: () => Promise<void> = async () => {}
beforeAll(async () => {
  ;({ base, close } = await listenServer(buildModel(pages), { mock: true, cors: ['http://app.test'] }))
})
afterAll(() => close())

const preflight = (path: string, origin: string, method = 'DELETE') =>
  fetch(`${base}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization',
    },
  })

describe('a server with cors', () => {
  it('answers a preflight of a documented verb, on a path under another name of its root too', async () => {
    for (const path of ['/users/u1/appRoleAssignments/a1', '/me/appRoleAssignments/a1']) {
      const answer = await preflight(path, 'http://app.test')
      expect([path, answer.status]).toEqual([path, 204])
      expect(answer.headers.get('access-control-allow-origin')).toBe('http://app.test')
      expect(answer.headers.get('access-control-allow-methods')).toBe('DELETE')
      expect(answer.headers.get('access-control-allow-headers')).toBe('authorization')
    }
  })

  it('names no origin it does not allow, and varies every answer with the Origin', async () => {
    const answer = await preflight('/me/appRoleAssignments/a1', 'http://elsewhere.test')
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
    expect(answer.headers.get('vary')).toBe('Origin')
    const plain = await fetch(`${base}/me/appRoleAssignments/a1`, { method: 'DELETE' })
    expect([plain.status, plain.headers.get('vary')]).toEqual([204, 'Origin'])
  })

  it('answers no preflight of a verb the path does not document', async () => {
    expect((await preflight('/me/appRoleAssignments/a1', 'http://app.test', 'PUT')).status).not.toBe(204)
  })
})
