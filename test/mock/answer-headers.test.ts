/**
 * The mock sends the documented headers a client reads: a `202 Accepted`'s `Operation-Location`
 * (today's api-reference/v1.0/api/employeeexperience-post-communities.md: "You can poll the
 * `Operation-Location` endpoint"), a created item's `Location`, an `ETag`. It sent the status
 * alone, so a client could not follow the job. A URL is sent as its path, which the mock answers;
 * a value it cannot send as written (a line break) is left out.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startMockServer } from '../../src/mock/serve.js'

const page = (headers: string) => ({
  file: 'api/employeeexperience-post-communities.md',
  text: [
    '# Create community',
    '',
    '## HTTP request',
    '',
    '```http\nPOST /employeeExperience/communities\n```',
    '',
    '## Response',
    '',
    'If successful, this method returns a `202 Accepted` response code. The response also contains an `Operation-Location` header.',
    '',
    '## Examples',
    '',
    '### Request',
    '',
    '<!-- { "blockType": "request", "name": "create_community" } -->',
    '```http\nPOST https://graph.microsoft.com/v1.0/employeeExperience/communities\nContent-Type: application/json\n\n{ "displayName": "Financial Advisory Team" }\n```',
    '',
    '### Response',
    '',
    '<!-- { "blockType": "response", "truncated": true } -->',
    `\`\`\`http\nHTTP/1.1 202 Accepted\n${headers}\n\`\`\``,
  ].join('\n'),
})

let base = ''
let close: () => Promise<void> = async () => {}
beforeAll(async () => {
  const mock = await startMockServer(
    [
      page(
        [
          "Operation-Location: https://graph.microsoft.com/v1.0/employeeExperience/engagementAsyncOperations('eyJfdHlwZSI6')",
          'ETag: W/"abc"',
          'Retry-After: 5',
          'X-Other: not sent',
        ].join('\n'),
      ),
    ],
    { port: 0, host: '127.0.0.1', log: false },
  )
  base = mock.url
  close = mock.close
})
afterAll(() => close())

it("sends the documented answer's Operation-Location (as its path), ETag and Retry-After", async () => {
  const answer = await fetch(`${base}/employeeExperience/communities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{ "displayName": "Financial Advisory Team" }',
  })
  expect(answer.status).toBe(202)
  expect(answer.headers.get('operation-location')).toBe(
    "/v1.0/employeeExperience/engagementAsyncOperations('eyJfdHlwZSI6')",
  )
  expect(answer.headers.get('etag')).toBe('W/"abc"')
  expect(answer.headers.get('retry-after')).toBe('5')
  expect(answer.headers.get('x-other')).toBeNull()
})
