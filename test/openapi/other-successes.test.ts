/**
 * The other success codes a Response sentence names beside the first are answers too: openapi.json
 * declares each (with the documented body, none where HTTP gives none) and verify takes an example
 * of either as the docs' own answer (onlinemeeting-createorget.md, today's Graph v1.0).
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

const page = (sentence: string) =>
  [
    '# Create or get onlineMeeting',
    '## HTTP request',
    '```http\nPOST /me/onlineMeetings/createOrGet\n```',
    '## Response',
    sentence,
  ].join('\n\n')
const MEETING =
  '# onlineMeeting resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n'

const responsesOf = (sentence: string) => {
  const files = emitAll(
    buildModel([
      { file: 'api/onlinemeeting-createorget.md', text: page(sentence) },
      { file: 'resources/onlinemeeting.md', text: MEETING },
    ]),
  )
  const document = JSON.parse(
    files.find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  return document.paths['/me/onlineMeetings/createOrGet']?.post?.responses ?? {}
}

describe('other success codes of the Response sentence', () => {
  it('are declared beside the first, each with the documented body', () => {
    const responses = responsesOf(
      'If successful, this method returns a `201 Created` response code if a new meeting is created, or a `200 OK` response code if an existing meeting is retrieved. In both cases, an [onlineMeeting](../resources/onlinemeeting.md) object is returned in the response body.',
    )
    expect(Object.keys(responses).filter((status) => /^2/.test(status))).toEqual(['200', '201'])
    for (const status of ['200', '201'])
      expect(JSON.stringify(responses[status])).toContain(
        '#/components/schemas/microsoft.graph.onlineMeeting',
      )
  })

  it('are declared without content where HTTP gives none (`204`)', () => {
    const responses = responsesOf(
      'If successful, this method returns a `200 OK` response code and an [onlineMeeting](../resources/onlinemeeting.md) object in the response body, or `204 No Content` if nothing changed.',
    )
    expect(responses['204']).toEqual({ description: 'No Content' })
  })
})
