/**
 * A call that may answer without content beside its documented body resolves to `undefined` then,
 * and the client says so: today's api-reference/v1.0/api/federatedidentitycredential-upsert.md
 * answers `201 Created` with the new credential, or `204 No Content` where it updated one (its
 * second example). The client typed the PATCH `Promise<FederatedIdentityCredential>`, and a
 * handler could neither resolve with nothing nor have the server answer 204.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { GeneratedFile } from '../../src/emit/generated-file.js'
import { loadGeneratedServer } from '../../src/mock/load-server.js'

const resource = {
  file: 'resources/federatedidentitycredential.md',
  text: '# federatedIdentityCredential resource type\n\nNamespace: microsoft.graph\n\n## Properties\n| Property | Type | Description |\n|:--|:--|:--|\n| name | String | The name. |\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.federatedIdentityCredential" } -->\n```json\n{ "name": "String" }\n```\n',
}
const upsert = (secondExample: string) => ({
  file: 'api/federatedidentitycredential-upsert.md',
  text: [
    '# Upsert federatedIdentityCredential\n\nNamespace: microsoft.graph\n',
    "## HTTP request\n```http\nPATCH /applications/{id}/federatedIdentityCredentials(name='{name}')\n```\n",
    "## Response\nIf successful, if an object with **name** doesn't exist, this method returns a `201 Created` response code and a new [federatedIdentityCredential](../resources/federatedidentitycredential.md) object in the response body.\n",
    '## Examples\n### Request\n<!-- { "blockType": "request", "name": "create" } -->',
    '```http\nPATCH https://graph.microsoft.com/v1.0/applications/1/federatedIdentityCredentials(name=\'a\')\nContent-Type: application/json\n\n{ "name": "a" }\n```\n',
    '### Response\n<!-- { "blockType": "response", "@odata.type": "microsoft.graph.federatedIdentityCredential" } -->',
    '```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{ "name": "a" }\n```\n',
    '### Request\n<!-- { "blockType": "request", "name": "update" } -->',
    '```http\nPATCH https://graph.microsoft.com/v1.0/applications/1/federatedIdentityCredentials(name=\'a\')\nContent-Type: application/json\n\n{ "name": "a" }\n```\n',
    `### Response\n<!-- { "blockType": "response" } -->\n\`\`\`http\n${secondExample}\n\`\`\`\n`,
  ].join('\n'),
})

const NO_CONTENT = 'HTTP/1.1 204 No Content'
const lineOf = (files: readonly GeneratedFile[], path: string, start: string) =>
  files
    .find((file) => file.path === path)
    ?.text.split('\n')
    .find((line) => line.trimStart().startsWith(start))
const patchLine = (secondExample: string) =>
  lineOf(emitAll(buildModel([resource, upsert(secondExample)])), 'client/index.ts', 'patch(')

it('resolves to the type or undefined where an example answers 204 No Content', () => {
  expect(patchLine(NO_CONTENT)).toContain('Promise<T.FederatedIdentityCredential | undefined>')
})

it('lets a handler resolve with nothing there, which the server answers 204 No Content', async () => {
  const files = emitAll(buildModel([resource, upsert(NO_CONTENT)]))
  expect(lineOf(files, 'server/handlers.ts', 'federatedidentitycredentialUpsert:')).toMatch(
    /, T\.FederatedIdentityCredential \| undefined>$/,
  )
  const loaded = await loadGeneratedServer(files)
  const app = loaded.module.buildServer({
    log: false,
    handlers: {
      federatedidentitycredentialUpsert: async ({ body }: { body: { name: string } }) =>
        body.name === 'new' ? body : undefined,
    },
  })
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    const upserted = (name: string) =>
      fetch(`${base}/applications/1/federatedIdentityCredentials(name='${name}')`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      })
    expect((await upserted('new')).status).toBe(201)
    expect((await upserted('old')).status).toBe(204)
  } finally {
    await app.close()
    await loaded.dispose()
  }
})

it('resolves to the type where every answer carries it', () => {
  expect(patchLine('HTTP/1.1 201 Created\nContent-Type: application/json\n\n{ "name": "a" }')).toContain(
    'Promise<T.FederatedIdentityCredential>',
  )
})
