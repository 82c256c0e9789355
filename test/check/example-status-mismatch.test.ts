/**
 * A response example whose success status the page does not document: today's
 * api-reference/v1.0/api/security-retentionlabel-update.md says "returns a `200 OK` response code
 * and an updated retentionLabel object" over `HTTP/1.1 204 No Content`, so a client typed from the
 * page reads an object that never comes. A status any sentence of the Response section names (an
 * upsert's "or … returns a `204 No Content`") is documented; a redirect the page follows is too.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const page = (response: string, shown: string) => ({
  file: 'api/retentionlabel-update.md',
  text: [
    '# Update retentionLabel',
    '',
    '## HTTP request',
    '',
    '```http\nPATCH /security/labels/retentionLabels/{retentionLabelId}\n```',
    '',
    '## Response',
    '',
    response,
    '',
    '## Examples',
    '',
    '### Request',
    '',
    '<!-- { "blockType": "request", "name": "update_retentionlabel" } -->',
    '```http\nPATCH https://graph.microsoft.com/v1.0/security/labels/retentionLabels/{id}\nContent-Type: application/json\n\n{ "displayName": "x" }\n```',
    '',
    '### Response',
    '',
    '<!-- { "blockType": "response", "truncated": true } -->',
    `\`\`\`http\nHTTP/1.1 ${shown}\n\`\`\``,
  ].join('\n'),
})

const findings = async (response: string, shown: string) =>
  (await checkDocs([page(response, shown)])).diagnostics
    .filter((finding) => finding.code === 'example-status-mismatch')
    .map((finding) => `${finding.line} ${finding.message}`)

describe('example-status-mismatch', () => {
  it('reports a success status the Response section does not name, at the example', async () => {
    expect(
      await findings(
        'If successful, this method returns a `200 OK` response code and an updated retentionLabel object.',
        '204 No Content',
      ),
    ).toEqual([
      '29 Unexpected status 204 in the response example, expected 200 as the page documents it (its Response section, else its first example)',
    ])
  })

  it.each([
    [
      'the same status',
      'If successful, this method returns a `204 No Content` response code.',
      '204 No Content',
    ],
    [
      'a status another sentence of the section names',
      'If successful, this method returns a `201 Created` response code.\n\nIf it already exists, this method returns a `204 No Content` response code.',
      '204 No Content',
    ],
    [
      'an error status',
      'If successful, this method returns a `204 No Content` response code.',
      '400 Bad Request',
    ],
    ['no status named: the example', 'If successful, this method updates the label.', '204 No Content'],
  ])('reports nothing for %s', async (_case, response, shown) => {
    expect(await findings(response, shown)).toEqual([])
  })
})
