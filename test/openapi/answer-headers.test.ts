/**
 * The headers a client reads of an answer, in openapi.json as the mock sends them: those the
 * examples show, and those the Response section names (today's attacksimulationroot-post-simulation.md:
 * "a `202 Accepted` response code and a tracking header named `location`"; a redirect's `Location`).
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

const page = (sentence: string, example = '') =>
  [
    '# Create simulation',
    '## HTTP request',
    '```http\nPOST /security/attackSimulation/simulations\n```',
    '## Response',
    sentence,
    example,
  ].join('\n\n')

const responsesOf = (markdown: string) => {
  const files = emitAll(buildModel([{ file: 'api/attacksimulationroot-post-simulation.md', text: markdown }]))
  const document = JSON.parse(
    files.find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  return document.paths['/security/attackSimulation/simulations']?.post?.responses ?? {}
}
const headersOf = (response: unknown) => Object.keys((response as { headers?: object }).headers ?? {})

describe('the headers of an answer in openapi.json', () => {
  it('are those the Response section names', () => {
    const responses = responsesOf(
      page(
        'If successful, this method returns a `202 Accepted` response code and a tracking header named `location` in the response.',
      ),
    )
    expect(headersOf(responses['202'])).toEqual(['Location'])
  })

  it('are those an example of the status shows, and none where neither says', () => {
    const example =
      '## Example\n<!-- { "blockType": "request", "name": "create" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/security/attackSimulation/simulations\n```\n<!-- { "blockType": "response" } -->\n```http\nHTTP/1.1 202 Accepted\nOperation-Location: https://graph.microsoft.com/v1.0/operations/1\nContent-Type: text/plain\n```'
    expect(
      headersOf(
        responsesOf(page('If successful, this method returns a `202 Accepted` response code.', example))[
          '202'
        ],
      ),
    ).toEqual(['Operation-Location'])
    expect(
      headersOf(
        responsesOf(page('If successful, this method returns a `202 Accepted` response code.'))['202'],
      ),
    ).toEqual([])
  })
})
