/**
 * A request example that sends no body where its page documents a required one: the real channel
 * update page of 2020 (test/fixtures/verify-missing-body/SOURCES.txt) shows `PATCH …/channels/{id}`
 * alone; an action whose Request body table requires nothing, an `ignored` block and a GET are not
 * findings.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../server/helpers.js'
import { checkDocs } from '../support/check-docs.js'

const FIXTURE = `${ROOT}test/fixtures/verify-missing-body`
const read = (file: string) => ({ file, text: readFileSync(`${FIXTURE}/${file}`, 'utf8') })

const findings = async (pages: { file: string; text: string }[]) =>
  (await checkDocs(pages)).diagnostics
    .filter((finding) => finding.code === 'request-without-body')
    .map((finding) => `${finding.file}:${finding.line} ${finding.message}`)

const ACTION = (required: string, annotation: string) => `# team: archive

## HTTP request

\`\`\`http
POST /teams/{id}/archive
\`\`\`

## Request body

| Parameter | Type | Description |
|:---|:---|:---|
|shouldSetSpoSiteReadOnlyForMembers|Boolean|${required}Whether to set the site read-only.|

## Response

If successful, this method returns a \`202 Accepted\` response code.

## Example

<!-- { "blockType": "${annotation}", "name": "archive_team" } -->

\`\`\`http
POST https://graph.microsoft.com/v1.0/teams/{id}/archive
\`\`\`

<!-- { "blockType": "response" } -->

\`\`\`http
HTTP/1.1 202 Accepted
\`\`\`
`

describe('request-without-body', () => {
  it('finds the update example that sends no channel', async () => {
    expect(await findings([read('api/channel-patch.md'), read('resources/channel.md')])).toEqual([
      'api/channel-patch.md:55 Unexpected PATCH request example without a body, expected the body the page documents',
    ])
  })

  it('finds an action called without the parameter its table requires, not one whose table requires none', async () => {
    expect(await findings([{ file: 'api/team-archive.md', text: ACTION('Required. ', 'request') }])).toEqual([
      'api/team-archive.md:24 Unexpected POST request example without a body, expected the parameters of its Request body table',
    ])
    expect(await findings([{ file: 'api/team-archive.md', text: ACTION('Optional. ', 'request') }])).toEqual(
      [],
    )
    expect(await findings([{ file: 'api/team-archive.md', text: ACTION('Required. ', 'ignored') }])).toEqual(
      [],
    )
  })
})
