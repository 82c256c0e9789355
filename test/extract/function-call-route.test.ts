import { describe, expect, it } from 'vitest'
import { extractApiPage } from '../../src/extract/api-page.js'
import type { OperationDef } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'

function operationOf(file: string, text: string): OperationDef {
  const operation = extractApiPage(readPage(file, text)).operations[0]
  if (!operation) throw new Error('no operation')
  return operation
}

const routeLines = (operation: OperationDef) =>
  operation.routes.map((route) => `${route.method} ${route.raw}`)
const located = (operation: OperationDef) =>
  operation.parameters.filter((p) => p.in !== 'header').map((p) => `${p.name}@${p.in}`)

// microsoftgraph/microsoft-graph-docs-contrib api-reference/beta/api/callrecords-callrecord-getpstncalls.md
const GET_PSTN_CALLS = `# callRecord: getPstnCalls

## HTTP request

\`\`\` http
GET /communications/callRecords/getPstnCalls
\`\`\`

## Function parameters

In the request URL, provide the following query parameters with values.
The following table shows the parameters that can be used with this function.

|Parameter|Type|Description|
|:---|:---|:---|
|fromDateTime|DateTimeOffset|Start of time range to query. UTC, inclusive.|
|toDateTime|DateTimeOffset|End of time range to query. UTC, inclusive.|

## Example

### Request
<!-- {
  "blockType": "request",
  "name": "callrecord_getpstncalls"
}
-->
\`\`\` http
GET https://graph.microsoft.com/beta/communications/callRecords/getPstnCalls(fromDateTime=2019-11-01,toDateTime=2019-12-01)
\`\`\`
`

// graph-v1.0 sample api/worksheet-range.md: one example calls the function bare, another with its argument.
const WORKSHEET_RANGE = `# Worksheet: range

## HTTP request
\`\`\`http
GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range
\`\`\`

## Function parameters

| Parameter	   | Type	|Description|
|:---------------|:--------|:----------|
|address|string|Optional. The address or the name of the range. If not specified, the entire worksheet range is returned.|

## Example
<!-- { "blockType": "request", "name": "worksheet_range" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='A1:B2')
\`\`\`
<!-- { "blockType": "request", "name": "worksheet_range_2" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/worksheets/{id|name}/range
\`\`\`
`

describe('a function whose request line leaves its parameters out', () => {
  it('takes the call its examples make beside the route as written: the parameters are the call arguments', () => {
    const operation = operationOf('api/callrecords-callrecord-getpstncalls.md', GET_PSTN_CALLS)
    expect(routeLines(operation)).toEqual([
      'GET /communications/callRecords/getPstnCalls',
      'GET /communications/callRecords/getPstnCalls(fromDateTime={fromDateTime},toDateTime={toDateTime})',
    ])
    expect(located(operation)).toEqual(['fromDateTime@path', 'toDateTime@path'])
  })

  it('leaves parameters of the Query parameters section in the query string, even where an example passes them in a call', () => {
    const text = GET_PSTN_CALLS.replace(/## Function parameters/, '## Query parameters')
    const operation = operationOf('api/callrecords-callrecord-getpstncalls.md', text)
    expect(routeLines(operation)).toEqual(['GET /communications/callRecords/getPstnCalls'])
    expect(located(operation)).toEqual(['fromDateTime@query', 'toDateTime@query'])
  })

  it('keeps the bare route too when an example calls the function without arguments', () => {
    const operation = operationOf('api/worksheet-range.md', WORKSHEET_RANGE)
    expect(routeLines(operation)).toEqual([
      'GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range',
      'GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(address={address})',
    ])
  })

  it('leaves the route alone when the example passes an argument the page does not document', () => {
    const text = GET_PSTN_CALLS.replace('(fromDateTime=2019-11-01,', '(from=2019-11-01,')
    const operation = operationOf('api/callrecords-callrecord-getpstncalls.md', text)
    expect(routeLines(operation)).toEqual(['GET /communications/callRecords/getPstnCalls'])
    expect(located(operation)).toEqual(['fromDateTime@query', 'toDateTime@query'])
  })
})

// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/accessreviewinstancedecisionitem-filterbycurrentuser.md
// (01c641aced9437aea8a5c1f17fd65078bff7391e), cut short
const FILTER_BY_CURRENT_USER = `# accessReviewInstanceDecisionItem: filterByCurrentUser

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /identityGovernance/accessReviews/definitions/{accessReviewScheduleDefinitionId}/instances/{accessReviewInstanceId}/decisions/filterByCurrentUser(on='reviewer')
\`\`\`

## Function parameters
In the request URL, provide the following query parameters with values.
The following table shows the parameters that are required with this function.

|Parameter|Type|Description|
|:---|:---|:---|
|on|accessReviewInstanceDecisionItemFilterByCurrentUserOptions|Filter to query decision objects for the current user. Possible values are \`reviewer\`, \`unknownFutureValue\`. Use \`reviewer\`. Required.|
`

describe('a function whose request line writes an argument with its value', () => {
  it('binds that parameter in the path, not in the query string the lead-in names', () => {
    const operation = operationOf(
      'api/accessreviewinstancedecisionitem-filterbycurrentuser.md',
      FILTER_BY_CURRENT_USER,
    )
    expect(located(operation)).toContain('on@path')
    expect(located(operation)).not.toContain('on@query')
  })
})
