import { describe, expect, it } from 'vitest'
import { extractExamples } from '../../src/extract/examples.js'
import { extractPage } from '../../src/extract/index.js'
import type { Diagnostic } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'
import { CURRENCY_GET } from '../support/business-central.js'

const examplesOf = (markdown: string) => extractExamples(readPage('api/x.md', markdown), [] as Diagnostic[])

/** The response example of the calls' actions (api/call-reject.md, api/call-answer.md). */
const ACCEPTED_RESPONSE = [
  '## Examples',
  '##### Response',
  '',
  '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.None"\n} -->',
  '',
  '```http\nHTTP/1.1 202 Accepted\n```',
  '',
]

describe('extractExamples', () => {
  it('reads an annotated request and response with headers and bodies', () => {
    const [request, response] = examplesOf(
      '# T\n## Example\n### Request\n<!-- { "blockType": "request", "name": "create_x" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/me/events\nContent-type: application/json\n\n{\n  "a": 1\n}\n```\n### Response\n<!-- {\n  "blockType": "response",\n  "truncated": true\n} -->\n\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{}\n```\n',
    )
    expect(request).toMatchObject({
      kind: 'request',
      name: 'create_x',
      method: 'POST',
      url: 'https://graph.microsoft.com/v1.0/me/events',
      headers: { 'Content-type': 'application/json' },
      bodyText: '{\n  "a": 1\n}',
      bodyLine: 9,
      position: { file: 'api/x.md', line: 6, column: 1 },
    })
    expect(request?.annotation).toEqual({ blockType: 'request', name: 'create_x' })
    expect(response).toMatchObject({ kind: 'response', status: 201, bodyText: '{}', bodyLine: 23 })
  })

  it("skips blocks of a test tool's block types (`simulatedResponse`)", () => {
    const examples = examplesOf(
      '# T\n## Example\n<!-- { "blockType": "simulatedResponse" } -->\n```http\nHTTP/1.1 500 Internal Server Error\n```\n<!-- { "blockType": "response" } -->\n```http\nHTTP/1.1 200 OK\n```\n',
    )
    expect(examples.map((example) => example.status)).toEqual([200])
  })

  it('skips a block annotated as an example of a type (a notification a bot receives)', () => {
    // api/call-reject.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const examples = examplesOf(
      [
        ...ACCEPTED_RESPONSE,
        '##### Notification - deleted',
        '',
        '```http\nPOST https://bot.contoso.com/api/calls\nContent-Type: application/json\n```',
        '',
        '<!-- {\n  "blockType": "example",\n  "@odata.type": "microsoft.graph.commsNotifications"\n}-->',
        '',
        '```json\n{\n  "@odata.type": "#microsoft.graph.commsNotifications",\n  "value": [\n    {\n      "@odata.type": "#microsoft.graph.commsNotification",\n      "changeType": "deleted",\n      "resourceUrl": "/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896",\n      "resourceData": {\n        "@odata.type": "#microsoft.graph.call",\n        "@odata.id": "/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896"\n      }\n    }\n  ]\n}\n```',
      ].join('\n'),
    )
    expect(examples.map((e) => [e.kind, e.status ?? e.url, e.bodyText === undefined])).toEqual([
      ['response', 202, true],
      ['request', 'https://bot.contoso.com/api/calls', true],
    ])
  })

  it("skips an unannotated request to another host than the page's annotated requests (a notification)", () => {
    // api/call-mute.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const examples = examplesOf(
      [
        '## Example',
        '##### Request',
        '',
        '<!-- { \n  "blockType": "request", \n  "name": "call-mute" \n}-->',
        '',
        '```http\nPOST https://graph.microsoft.com/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/mute\nContent-Type: application/json\n\n{\n  "clientContext": "clientContext-value"\n}\n```',
        '',
        '##### Notification - roster updated with participant muted',
        '',
        '```http\nPOST https://bot.contoso.com/api/calls\nContent-Type: application/json\n```',
        '',
        '<!-- {\n  "blockType": "example",\n  "@odata.type": "microsoft.graph.commsNotifications"\n}-->',
        '',
        '```json\n{\n  "@odata.type": "#microsoft.graph.commsNotifications",\n  "value": []\n}\n```',
      ].join('\n'),
    )
    expect(examples.map((e) => [e.kind, e.url])).toEqual([
      [
        'request',
        'https://graph.microsoft.com/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/mute',
      ],
    ])
  })

  it('skips the unannotated response to a request to another host (what that service answers)', () => {
    // api/workforceintegration-post.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const examples = examplesOf(
      [
        '## Examples',
        '### Request',
        '<!-- {\n  "blockType": "request",\n  "name": "create_workforceintegration_from_teamwork"\n}-->',
        '',
        '```http\nPOST https://graph.microsoft.com/v1.0/teamwork/workforceIntegrations\nContent-type: application/json\n\n{\n  "displayName": "displayName-value"\n}\n```',
        '## Example of fetching eligible shifts when SwapRequest is included in eligibilityFilteringEnabledEntities',
        '### Request',
        'The following is an example of the request made by Shifts to the workforce integration endpoint to fetch eligible shifts for a swap request.',
        '',
        '```\nPOST https://abcWorkforceIntegration.com/Contoso/{apiVersion}/team/{teamId}/read\nAccept-Language: en-us\n{\n  "requests": []\n}\n```',
        '',
        '### Response',
        '',
        'The following is an example of the response from the workforce integration service.',
        '',
        '```\nHTTP/1.1 200 OK\n{\n  "responses": [\n  {\n    "status: 200,\n  ]\n}\n```',
      ].join('\n'),
    )
    expect(examples.map((e) => [e.kind, e.url ?? e.status])).toEqual([
      ['request', 'https://graph.microsoft.com/v1.0/teamwork/workforceIntegrations'],
    ])
  })

  it('skips a request marked ignored to another host than the tested ones, and its ignored response', () => {
    // api-reference/v1.0/api/call-record.md, microsoftgraph/microsoft-graph-docs-contrib (today), cut short
    const examples = examplesOf(
      [
        '## Example',
        '### Example 1: Records a short audio response from the caller',
        '##### Request',
        '<!-- {\n  "blockType": "request",\n  "name": "call-record"\n}-->',
        '```http\nPOST https://graph.microsoft.com/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/recordResponse\nContent-Type: application/json\n\n{\n  "bargeInAllowed": true,\n  "maxRecordDurationInSeconds": 10\n}\n```',
        '### Example 2: Retrieving the recording file',
        '##### Request',
        '<!-- {\n  "blockType": "ignored"\n}-->',
        '```http\nGET https://file.location/17e3b46c-f61d-4f4d-9635-c626ef18e6ad\nAuthorization: Bearer <recordingAccessToken>\n```',
        '##### Response',
        '<!-- {\n  "blockType": "ignored"\n}-->',
        '',
        '```http\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\nDate: Thu, 17 Jan 2019 01:46:37 GMT\nContent-Type: application/octet-stream\n\n(application/octet-stream of size 160696 bytes)\n```',
      ].join('\n'),
    )
    expect(examples.map((e) => [e.kind, e.url ?? e.status])).toEqual([
      [
        'request',
        'https://graph.microsoft.com/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/recordResponse',
      ],
    ])
  })

  it('skips an unannotated body under a heading that names no request or response (a notification)', () => {
    // api/call-answer.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const examples = examplesOf(
      [
        ...ACCEPTED_RESPONSE,
        '### Example 3: Answer a policy-based recording call',
        '',
        'Here is an example of the incoming call notification that a bot would recieve in this case.',
        '',
        '```json\n{\n   "@odata.type":"#microsoft.graph.commsNotifications",\n   "value":[\n      {\n         "@odata.type":"#microsoft.graph.commsNotification",\n         "changeType":"created"\n      }\n   ]\n}\n\n```',
      ].join('\n'),
    )
    expect(examples.map((e) => [e.kind, e.status, e.bodyText === undefined])).toEqual([
      ['response', 202, true],
    ])
  })

  it('reads the next unannotated block as the body of a response shown without one', () => {
    // api/directoryaudit-get.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const examples = examplesOf(
      [
        '## Example',
        '### Response',
        '',
        'Here is an example of the response.',
        '>**Note:** The response object shown here might be shortened for readability. All the properties will be returned from an actual call.',
        '',
        '<!-- {',
        '  "blockType": "response",',
        '  "truncated": true,',
        '  "@odata.type": "microsoft.graph.directoryaudit"',
        '} -->',
        '',
        '```http',
        'HTTP/1.1 200 OK',
        'Content-type: application/json',
        'Content-length: 218',
        '```',
        '',
        '```json',
        '{',
        '  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditlogs/directoryaudits",',
        '  "value": [{',
        '\t\t"id": "id",',
        '\t\t"category": "UserManagement",',
        '\t\t"correlationId": "da159bfb-54fa-4092-8a38-6e1fa7870e30",',
        '\t\t"result": "success",',
        '\t\t"resultReason": "Successfully added member to group",',
        '\t\t"activityDisplayName": "Add member to group",',
        '\t\t"activityDateTime": "2018-01-09T21:20:02.7215374Z",',
        '\t\t"loggedByService": "Core Directory",',
        '\t\t"initiatedBy": {',
        '\t\t\t"user": {',
        '\t\t\t\t"id": "728309ae-1a37-4937-9afe-e35d964db09b",',
        '\t\t\t\t"displayName": "Audry Oliver",',
        '\t\t\t\t"userPrincipalName": "bob@wingtiptoysonline.com",',
        '\t\t\t\t"ipAddress": "127.0.0.1"',
        '\t\t\t},',
        '\t\t\t"app": null',
        '\t\t},',
        '\t\t"targetResource": [{',
        '\t\t\t"id": "ef7e527d-6c92-4234-8c6d-cf6fdfb57f95",',
        '\t\t\t"displayName": "Example.com",',
        '\t\t\t"Type": "Group",',
        '\t\t\t"modifiedProperties": [{',
        '\t\t\t\t"displayName": "Action Client Name",',
        '\t\t\t\t"oldValue": null,',
        '\t\t\t\t"newValue": "DirectorySync" }],',
        '\t\t\t"groupType": "unifiedGroups"',
        '\t\t\t}],',
        '\t\t}, {',
        '\t\t\t"id": "1f0e98f5-3161-4c6b-9b50-d488572f2bb7",',
        '\t\t\t"displayName": null,',
        '\t\t\t"Type": "User",',
        '\t\t\t"modifiedProperties": [],',
        '\t\t\t"userPrincipalName": "example@contoso.com"',
        '\t\t}],',
        '\t\t"additionalDetails": [{',
        '\t\t\t"key": "Additional Detail Name",',
        '\t\t\t"value": "Additional Detail Value"',
        '\t\t}]',
        '\t}]',
        '}',
        '```',
      ].join('\n'),
    )
    expect(examples).toHaveLength(1)
    expect(examples[0]).toMatchObject({
      kind: 'response',
      status: 200,
      headers: { 'Content-length': '218' },
      position: { line: 14 },
      bodyLine: 20,
    })
    expect(examples[0]?.bodyText?.split('\n')[1]).toBe(
      '  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditlogs/directoryaudits",',
    )
  })

  it('accepts a blank line between the request line and the headers (Intune actions)', () => {
    const [request] = examplesOf(
      '## Example\n```http\nPOST https://graph.microsoft.com/v1.0/x/import\n\nContent-Type: application/json\nContent-length: 5\n\n{ }\n```\n',
    )
    expect(request).toMatchObject({
      headers: { 'Content-Type': 'application/json', 'Content-length': '5' },
      bodyText: '{ }',
      bodyLine: 8,
    })
  })

  it('reads a body right after the headers, body-only blocks and status typos', () => {
    const examples = examplesOf(
      '## Examples\n### Example 1: one\n#### Request\n```\nPOST https://x/v1.0/me/workbook/createSession\nContent-type: application/json\n{ "persistChanges": true }\n```\n#### Response\n```HTTP\nHTTP 201 Created\n```\n### Exaxmple 2\n#### Request\n```json\n{ "a": 1 }\n```\n#### Response\n```http\nHTTP/1.1 202 Accpted\n```\n```http\nHTTP/1.1 422\n```\n',
    )
    expect(examples.map((e) => [e.kind, e.method ?? e.status ?? '-', e.bodyText ?? '-'])).toEqual([
      ['request', 'POST', '{ "persistChanges": true }'],
      ['response', 201, '-'],
      ['request', '-', '{ "a": 1 }'],
      ['response', 202, '-'],
      ['response', 422, '-'],
    ])
  })

  it('reads tab groups and `### Response` under `## Request body`, and skips other code', () => {
    const examples = examplesOf(
      '## Request body\n### Request\n```http\nGET https://graph.microsoft.com/v1.0/x/pivotTables/{id}\n```\n### Response\n```http\nHTTP/1.1 200 OK\n```\n## Example\n### Request\n\n# [HTTP](#tab/http)\n<!-- { "blockType": "request", "name": "get_used" } -->\n```msgraph-interactive\nGET https://graph.microsoft.com/v1.0/me/insights/used\n```\n# [C#](#tab/csharp)\n[!INCLUDE [sample-code](../includes/x.md)]\n\n---\n\n```javascript\nconst x = 1\n```\n',
    )
    expect(examples.map((e) => [e.kind, e.url ?? e.status, e.name ?? '-'])).toEqual([
      ['request', 'https://graph.microsoft.com/v1.0/x/pivotTables/{id}', '-'],
      ['response', 200, '-'],
      ['request', 'https://graph.microsoft.com/v1.0/me/insights/used', 'get_used'],
    ])
  })

  it('reads an example heading at any depth, under another section too, unlike a `## Response`', () => {
    const examples = examplesOf(
      [
        '# Get x',
        '## Response',
        '```http\nHTTP/1.1 204 No Content\n```',
        '### Example',
        '```http\nGET https://graph.microsoft.com/v1.0/x\n```',
        '#### Response',
        '```http\nHTTP/1.1 200 OK\n```',
      ].join('\n'),
    )
    expect(examples.map((e) => [e.kind, e.url ?? e.status])).toEqual([
      ['request', 'https://graph.microsoft.com/v1.0/x'],
      ['response', 200],
    ])
  })

  it('reads a block annotated as an example outside example sections, and no other block there', () => {
    const examples = examplesOf(
      [
        '# Recent',
        '## HTTP request',
        '<!-- { "blockType": "request", "name": "recent" } -->',
        '```http\nGET /me/things/recent\n```',
        '## HTTP response',
        '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.thing", "isCollection": true } -->',
        '```http\nHTTP/1.1 200 OK\n```',
        '## Remarks',
        '```http\nGET /things/{remote-id}\n```',
      ].join('\n'),
    )
    expect(examples.map((each) => each.kind)).toEqual(['request', 'response'])
    expect(examples[0]).toMatchObject({ method: 'GET', url: '/me/things/recent' })
  })

  it('keeps non-JSON bodies as written', () => {
    const [response] = examplesOf('## Example\n```http\nHTTP/1.1 200 OK\n\nBEGIN:VCARD\nEND:VCARD\n```\n')
    expect(response).toMatchObject({ headers: {}, bodyText: 'BEGIN:VCARD\nEND:VCARD', bodyLine: 5 })
  })

  it('reports a bad annotation under `## HTTP request` once, and one in an example section', () => {
    const model = extractPage(
      'api/x.md',
      '# Get x\n## HTTP request\n<!-- { "blockType": "ignored" "x": 1 } -->\n```http\nGET /x\n```\n## Example\n### Request\n<!-- { "blockType": "request" "name": "get_x" } -->\n```http\nGET https://graph.microsoft.com/v1.0/x\n```\n',
    )
    const invalid = model.diagnostics.filter((d) => d.code === 'invalid-json').map((d) => d.line)
    expect(invalid.sort((a, b) => a - b)).toEqual([3, 9])
  })

  it('reports a bad annotation under a `## Response` that is not an example section', () => {
    const model = extractPage(
      'api/x.md',
      '# Get x\n## HTTP request\n```http\nGET /x\n```\n## Response\n<!-- { "blockType": "response" "x": 1 } -->\n```http\nHTTP/1.1 204 No Content\n```\n',
    )
    expect(model.diagnostics.filter((d) => d.code === 'invalid-json').map((d) => d.line)).toEqual([7])
  })

  it('reads a body after a bold **Response** label as the response, not as the request body', () => {
    // test/support/business-central.ts: dynamics_currency_get.md, a request without a body, then
    // the response body alone under `**Response**`, in one `## Example` section.
    const [request, response, ...more] = examplesOf(CURRENCY_GET)
    expect(request).toMatchObject({ kind: 'request', method: 'GET' })
    expect(request).not.toHaveProperty('bodyText')
    expect(response).toMatchObject({ kind: 'response', bodyLine: 23 })
    expect(response?.bodyText).toContain('"code": "CAD"')
    expect(more).toEqual([])
  })
})
