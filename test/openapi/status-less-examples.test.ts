/**
 * A response example written as a JSON block without a status line (another team's pages:
 * Defender for Endpoint's get-file-statistics.md) shows the documented status's answer:
 * openapi.json declares it there, as the mock answers it, not a response without content.
 */
import { expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { mockExamplesFor } from '../../src/mock/examples.js'
import { shapeApi } from '../../src/shape/api-shape.js'

const PAGE = [
  '# Get file statistics API',
  '## HTTP request',
  '```http\nGET /api/files/{id}/stats\n```',
  '## Response',
  'If successful and file exists - 200 OK with statistical data in the body. If file does not exist - 404 Not Found.',
  '## Example',
  '### Request example',
  '```http\nGET https://api.securitycenter.microsoft.com/api/files/0991a395da64e1c5fbe8732ed11e6be064081d9f/stats?lookBackHours=48\n```',
  '### Response example',
  '```json\n{\n    "sha1": "0991a395da64e1c5fbe8732ed11e6be064081d9f",\n    "organizationPrevalence": 14850\n}\n```',
].join('\n\n')

it('declares a status-less JSON response example under the documented status, as the mock answers it', () => {
  const model = buildModel([{ file: 'api/get-file-statistics.md', text: PAGE }])
  const document = JSON.parse(
    emitAll(model).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const ok = document.paths['/api/files/{id}/stats']?.get?.responses['200']
  expect(ok && 'content' in ok ? Object.keys(ok.content?.['application/json']?.examples ?? {}) : []).toEqual([
    'example-1',
  ])
  const operation = model.operations[0]
  const mocked = operation ? mockExamplesFor(shapeApi(model).of(operation), model) : []
  expect(mocked.map((example) => [example.status, example.synthesised])).toEqual([[200, false]])
})
