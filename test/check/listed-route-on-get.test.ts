/**
 * A get page whose request line lost its item's key, on the route a list page documents: today's
 * api-reference/v1.0/api/swapshiftschangerequest-get.md beside swapshiftschangerequest-list.md
 * (cut short). The list answers the route; the get page's request line is reported.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const page = (file: string, title: string, url: string, response: string) => ({
  file: `api/${file}`,
  text: [
    `# ${title}`,
    '',
    '## HTTP request',
    '',
    '<!-- { "blockType": "ignored" } -->',
    '',
    '```http\nGET /teams/{teamId}/schedule/swapShiftsChangeRequests\n```',
    '',
    '## Response',
    '',
    'If successful, this method returns a `200 OK` response code and the requested [swapShiftsChangeRequest](../resources/swapshiftschangerequest.md) object in the response body.',
    '',
    '## Examples',
    '',
    `<!-- {\n  "blockType": "request",\n  "name": "${file}"\n}-->`,
    `\`\`\`msgraph-interactive\nGET https://graph.microsoft.com/v1.0/teams/{teamId}/schedule/${url}\n\`\`\``,
    '',
    '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.swapShiftsChangeRequest"\n} -->',
    `\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n${response}\n\`\`\``,
  ].join('\n'),
})

const docs = [
  page(
    'swapshiftschangerequest-get.md',
    'Get swapShiftsChangeRequest',
    'swapShiftsChangeRequests/{swapShiftsChangeRequestId}',
    '{\n  "id": "0b87dd20-d5ed-4764-9c3e-cfc8516def09",\n  "assignedTo": "manager"\n}',
  ),
  page(
    'swapshiftschangerequest-list.md',
    'List swapShiftsChangeRequest',
    'swapShiftsChangeRequests',
    '{\n  "value": [\n    {\n      "id": "0b87dd20-d5ed-4764-9c3e-cfc8516def09",\n      "assignedTo": "manager"\n    }\n  ]\n}',
  ),
]

describe('listed-route-on-get', () => {
  it("reports a get page's request line on a route a list page documents, at the request line", async () => {
    const found = (await checkDocs(docs)).diagnostics.filter(
      (finding) => finding.code === 'listed-route-on-get',
    )
    expect(found.map((finding) => `${finding.file}:${finding.line} ${finding.severity}`)).toEqual([
      'api/swapshiftschangerequest-get.md:8 warning',
    ])
    expect(found[0]?.message).toContain('api/swapshiftschangerequest-list.md lists this route')
  })

  it('leaves a get page alone where no list page documents its route', async () => {
    const found = (await checkDocs(docs.slice(0, 1))).diagnostics
    expect(found.filter((finding) => finding.code === 'listed-route-on-get')).toEqual([])
  })
})
