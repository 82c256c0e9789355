/**
 * A call that may answer without content beside its documented body resolves to `undefined` then,
 * and the client says so: today's api-reference/v1.0/api/federatedidentitycredential-upsert.md
 * answers `201 Created` with the new credential, or `204 No Content` where it updated one (its
 * second example). The client typed the PATCH `Promise<FederatedIdentityCredential>`.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'

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

const patchLine = (secondExample: string) =>
  emitAll(buildModel([resource, upsert(secondExample)]))
    .find((file) => file.path === 'client/index.ts')
    ?.text.split('\n')
    .find((line) => line.trimStart().startsWith('patch('))

it('resolves to the type or undefined where an example answers 204 No Content', () => {
  expect(patchLine('HTTP/1.1 204 No Content')).toContain('Promise<T.FederatedIdentityCredential | undefined>')
})

it('resolves to the type where every answer carries it', () => {
  expect(patchLine('HTTP/1.1 201 Created\nContent-Type: application/json\n\n{ "name": "a" }')).toContain(
    'Promise<T.FederatedIdentityCredential>',
  )
})
