/**
 * A function's optional arguments may be left out of its call (OData), and a space after a comma
 * between them is the same call: the model routes each form, so the client, openapi.json and the
 * mock take every one. Excerpt of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/api/onlinemeeting-getallrecordings.md (today's Graph v1.0) and
 * resources/callrecording.md, cut short (response bodies to one recording's members): its rows call
 * startDateTime and endDateTime optional, Example 1 calls the function without any argument (a
 * `$filter` instead of meetingOrganizerUserId) and Example 2 writes a space after each comma.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { mockOfPages, verifyPages } from '../support/pages-mock.js'

const CALL_RECORDING = `# callRecording resource type

Namespace: microsoft.graph

Represents a recording associated with an [online meeting](onlinemeeting.md).

## Properties

| Property   | Type |Description|
|:---------------|:--------|:----------|
| createdDateTime | DateTimeOffset |  Date and time at which the recording was created. Read-only.|
| id | String | The unique identifier for the recording. Read-only. Inherited from [entity](../resources/entity.md).|
| meetingId | String | The unique identifier of the **onlineMeeting** related to this recording. Read-only.|

## JSON representation

<!--{
  "blockType": "resource",
  "optionalProperties": [],
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.callRecording"
}-->

\`\`\`json
{
  "createdDateTime": "String (timestamp)",
  "id": "String (identifier)",
  "meetingId": "String"
}
\`\`\`
`

const GET_ALL_RECORDINGS = `# onlineMeeting: getAllRecordings

Namespace: microsoft.graph

Get all recordings from scheduled [onlineMeeting](../resources/onlinemeeting.md) instances for which the specified user is the organizer.

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\` http
GET /users/{usersId}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{userId}',startDateTime={startDateTime},endDateTime={endDateTime})
\`\`\`
>**Note:** If you don't pass the function parameter **meetingOrganizerUserId** or a filter clause with **MeetingOrganizer/User/Id**, the request fails.

## Function parameters
In the request URL, provide the following query parameters with values.

|Parameter|Type|Description|
|:---|:---|:---|
|meetingOrganizerUserId|String|The user identifier of the meeting organizer to filter for artifacts for meetings organized by the given user identifier.|
|startDateTime|DateTimeOffset|Optional parameter to filter for artifacts created after the given start date.|
|endDateTime|DateTimeOffset|Optional parameter to filter for artifacts created before the given end date.|

## Response

If successful, this method returns a \`200 OK\` response code and a list of [callRecording](../resources/callrecording.md) objects in the response body.

## Examples

### Example 1: Get all recordings

#### Request

\`\`\`msgraph-interactive
GET https://graph.microsoft.com/v1.0/users/8b081ef6-4792-4def-b2c9-c363a1bf41d5/onlineMeetings/getAllRecordings?$filter=MeetingOrganizer/User/Id eq '8b081ef6-4792-4def-b2c9-c363a1bf41d5'
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "name": "get_allrecordings",
  "@odata.type": "microsoft.graph.callRecording",
  "isCollection": true
} -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(callRecording)",
    "value": [
        {
            "@odata.type": "#microsoft.graph.callRecording",
            "id": "VjIjIzExYzkxNjVmZi1hZTkyLTQ5YWYtODliNC00MTU1NTRhMzZhNTFhMWQyODZkYi02MTQ5",
            "meetingId": "MSoxYzkxNjVmZi1hZTkyLTQ5YWYtODliNC00MTU1NTRhMzZhNTEqMCoqMTk6bWVldGluZ19PVEJsT1RjeE16QXROemMwWVMwMFl6QTFMVGhpWldFdFpUaGtNMlk0WkRKaFlUQTFAdGhyZWFkLnYy",
            "createdDateTime": "2023-12-02T06:59:34.7411768Z"
        }
    ]
}
\`\`\`

### Example 2: Get all recordings of a given meeting organizer with date range filter

#### Request

\`\`\`msgraph-interactive
GET https://graph.microsoft.com/v1.0/users/8b081ef6-4792-4def-b2c9-c363a1bf41d5/onlineMeetings/getAllRecordings(meetingOrganizerUserId='8b081ef6-4792-4def-b2c9-c363a1bf41d5', startDateTime=2024-01-15T00:00:00Z, endDateTime=2024-01-31T00:00:00Z)
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "name": "get_allrecordings_with_dates",
  "@odata.type": "microsoft.graph.callRecording",
  "isCollection": true
} -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(callRecording)",
    "value": [
        {
            "@odata.type": "#microsoft.graph.callRecording",
            "id": "VjIjIzExYzkxNjVmZi1hZTkyLTQ5YWYtODliNC00MTU1NTRhMzZhNTFhMWQyODZkYi02MTQ5",
            "meetingId": "MSoxYzkxNjVmZi1hZTkyLTQ5YWYtODliNC00MTU1NTRhMzZhNTEqMCoqMTk6bWVldGluZ19PVEJsT1RjeE16QXROemMwWVMwMFl6QTFMVGhpWldFdFpUaGtNMlk0WkRKaFlUQTFAdGhyZWFkLnYy",
            "createdDateTime": "2024-01-16T06:59:34.7411768Z"
        }
    ]
}
\`\`\`
`

const PAGES = [
  { file: 'resources/callrecording.md', text: CALL_RECORDING },
  { file: 'api/onlinemeeting-getallrecordings.md', text: GET_ALL_RECORDINGS },
]

const CALL = '/users/u1/onlineMeetings/getAllRecordings'

describe('a function whose arguments may be left out of its call', () => {
  const files = emitAll(buildModel(PAGES))
  const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''

  it('is routed in each form: the optional arguments and those an example leaves out, each left out', () => {
    const [operation] = buildModel(PAGES).operations
    const prefix = '/users/{usersId}/onlineMeetings/getAllRecordings'
    expect(operation?.routes.map((route) => route.raw)).toEqual(
      [
        "(meetingOrganizerUserId='{userId}',startDateTime={startDateTime},endDateTime={endDateTime})",
        '(startDateTime={startDateTime},endDateTime={endDateTime})',
        "(meetingOrganizerUserId='{userId}',endDateTime={endDateTime})",
        '(endDateTime={endDateTime})',
        "(meetingOrganizerUserId='{userId}',startDateTime={startDateTime})",
        '(startDateTime={startDateTime})',
        "(meetingOrganizerUserId='{userId}')",
        '',
      ].map((call) => `${prefix}${call}`),
    )
  })

  it('takes its arguments, each optional, in the client, its verb documented once for all forms', () => {
    expect(text('client/index.ts').match(/\* onlineMeeting: getAllRecordings: /g)).toHaveLength(1)
    expect(text('client/index.ts')).toContain(
      'getAllRecordings(args?: { meetingOrganizerUserId?: string; startDateTime?: string; endDateTime?: string })',
    )
  })

  it('is a path of openapi.json in each form, the call without arguments bare', () => {
    const paths = Object.keys((JSON.parse(text('openapi.json')) as OpenApiDocument).paths)
    expect(paths).toContain('/users/{usersId}/onlineMeetings/getAllRecordings')
    expect(paths).toContain(
      "/users/{usersId}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{userId}')",
    )
    expect(paths.filter((path) => path.includes('getAllRecordings'))).toHaveLength(8)
  })

  describe('the mock', () => {
    const mock = mockOfPages(PAGES)

    it('answers every form, with or without a space after a comma', async () => {
      const statuses = await Promise.all(
        [
          '',
          "(meetingOrganizerUserId='a')",
          '(endDateTime=2024-01-31T00:00:00Z)',
          "(meetingOrganizerUserId='a, b', startDateTime=2024-01-15T00:00:00Z)",
        ].map(async (call) => (await fetch(`${mock().url}${CALL}${call}`)).status),
      )
      expect(statuses).toEqual([200, 200, 200, 200])
    })

    it("agrees with both of the page's examples (verify --unsafe)", async () => {
      const { summary, findings } = await verifyPages(PAGES, mock().url)
      expect(findings).toEqual([])
      expect(summary).toMatchObject({ examples: 2, agreed: 2 })
    })
  })
})

// The overload form of the Excel pages (the sample's workbookrange-*): two calls of one function,
// whose rows say nothing of optional arguments; an example of one says nothing of the other's.
describe('a function documented in two overloads', () => {
  const page = `# range: usedRange

## HTTP request

\`\`\`http
GET /me/drive/items/{id}/workbook/worksheets/{id}/usedRange(valuesOnly={valuesOnly})
GET /me/drive/items/{id}/workbook/worksheets/{id}/usedRange(period={period})
\`\`\`

## Function parameters

| Parameter | Type | Description |
|:---|:---|:---|
| valuesOnly | Boolean | Considers only cells with values. |
| period | String | The period. |

## Examples

<!-- { "blockType": "request", "name": "used_range_values" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/me/drive/items/01ABC/workbook/worksheets/Sheet1/usedRange(valuesOnly=true)
\`\`\`
`
  it('is routed without an argument only as the examples of its own calls show', () => {
    const routes = buildModel([{ file: 'api/range-usedrange.md', text: page }]).operations[0]?.routes.map(
      (route) => route.raw.slice(route.raw.lastIndexOf('/') + 1),
    )
    expect(routes).toEqual(['usedRange(valuesOnly={valuesOnly})', 'usedRange(period={period})'])
  })
})
