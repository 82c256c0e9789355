/**
 * A status HTTP gives no content keeps none in openapi.json, whatever the page's example shows
 * after it: microsoftgraph/microsoft-graph-docs@791677a, api/claimsmappingpolicy-update.md shows
 * the policy's JSON under `HTTP/1.1 204 No Content`, and the server answers 204 without a body.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

const page = {
  file: 'api/claimsmappingpolicy-update.md',
  text: [
    '---\ndoc_type: apiPageType\n---',
    '# Update claimsmappingpolicy',
    '',
    'Namespace: microsoft.graph',
    '',
    '## HTTP request',
    '',
    '```http\nPATCH /policies/claimsMappingPolicies/{id}\n```',
    '',
    '## Response',
    '',
    'If successful, this method returns a `204 No Content` response code.',
    '',
    '## Example',
    '',
    '### Request',
    '',
    '<!-- {\n  "blockType": "request",\n  "name": "update_claimsmappingpolicy"\n}-->',
    '```http\nPATCH https://graph.microsoft.com/v1.0/policies/claimsMappingPolicies/{id}\nContent-type: application/json\n\n{\n  "displayName": "displayName-value"\n}\n```',
    '',
    '### Response',
    '',
    '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.claimsMappingPolicy"\n} -->',
    '```http\nHTTP/1.1 204 No Content\nContent-type: application/json\n\n{\n  "displayName": "displayName-value",\n  "id": "id-value"\n}\n```',
  ].join('\n'),
}

it('gives a 204 no content, even where the example shows a body after it', () => {
  const document = JSON.parse(
    emitAll(buildModel([page])).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const responses = document.paths['/policies/claimsMappingPolicies/{id}']?.patch?.responses
  expect(responses?.['204']).toEqual({ description: 'No Content' })
})
