/**
 * A function's argument written in the route's call is a value of the type its Function parameters
 * row documents, quoted or not and whatever its placeholder is named: openapi.json's path parameter
 * says that type (an enum's was `{"type":"string"}`, as was `count={n}`'s Int32), and the mock
 * refuses a value that is none with a 400 (`filterByCurrentUser(on='bogus')` answered 200).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { listenServer } from './helpers.js'

// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/accesspackageassignmentrequest-filterbycurrentuser.md
// at 073a3963b21637213e5f1e568a46929928f02ddf (test/fixtures/real-trees/graph-v1.0-today), cut.
const FILTER_BY_CURRENT_USER = `# accessPackageAssignmentRequest: filterByCurrentUser
Namespace: microsoft.graph

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /identityGovernance/entitlementManagement/assignmentRequests/filterByCurrentUser(on='parameterValue')
\`\`\`

## Function parameters
The following table shows the parameters that can be used with this function.

|Parameter|Type|Description|
|:---|:---|:---|
|on|accessPackageAssignmentRequestFilterByCurrentUserOptions|The list of user options that can be used to filter on the access package assignment requests list. The possible values are \`target\`, \`createdBy\`, \`approver\`.|

## Response

If successful, this method returns a \`200 OK\` response code and an [accessPackageAssignmentRequest](../resources/accesspackageassignmentrequest.md) collection in the response body.

## Examples

### Request

<!-- {
  "blockType": "request",
  "name": "accesspackageassignmentrequest_filterbycurrentuser"
}
-->
\`\`\` http
GET https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentRequests/filterByCurrentUser(on='target')
\`\`\`

### Response
<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "Collection(microsoft.graph.accessPackageAssignmentRequest)"
} -->
\`\`\` http
HTTP/1.1 200 OK
Content-type: application/json

{
  "value": [
    {
      "id": "46c1410d-ef96-44c5-ae9c-a577d014fe0e",
      "requestType": "adminAdd",
      "state": "delivered"
    }
  ]
}
\`\`\`
`

// The shared 2021 sample's api/workbookrange-columnsafter.md, cut: the argument `count` is
// written with the placeholder `n`.
const COLUMNS_AFTER = `# workbookRange: columnsAfter

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\`http
GET /me/drive/items/{id}/workbook/worksheets/{id}/range/columnsAfter(count=n)
\`\`\`

## Function parameters

| Parameter	   | Type	|Description|
|:---------------|:--------|:----------|
|count|Int32|Optional. The number of columns to include in the resulting range.|

## Response
If successful, this method returns \`200 OK\` response code and [workbookRange](../resources/range.md) object in the response body.
`

const model = buildModel([
  {
    file: 'api-reference/v1.0/api/accesspackageassignmentrequest-filterbycurrentuser.md',
    text: FILTER_BY_CURRENT_USER,
  },
  { file: 'api/workbookrange-columnsafter.md', text: COLUMNS_AFTER },
])

const FILTER_PATH =
  "/identityGovernance/entitlementManagement/assignmentRequests/filterByCurrentUser(on='{on}')"
const COLUMNS_PATH =
  '/me/drive/items/{itemId}/workbook/worksheets/{worksheetId}/range/columnsAfter(count={n})'

describe("openapi.json's path parameter of a function's argument", () => {
  const document = JSON.parse(
    emitAll(model).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument
  const schemaOf = (path: string, name: string) =>
    document.paths[path]?.get?.parameters?.find((parameter) => 'name' in parameter && parameter.name === name)

  it('references the enum its row documents, though the docs quote it', () => {
    expect(schemaOf(FILTER_PATH, 'on')).toMatchObject({
      schema: {
        $ref: '#/components/schemas/microsoft.graph.accessPackageAssignmentRequestFilterByCurrentUserOptions',
      },
    })
  })

  it('is typed by the row of its argument, not of its placeholder', () => {
    expect(schemaOf(COLUMNS_PATH, 'n')).toMatchObject({ schema: { type: 'integer', format: 'int32' } })
  })
})

describe("the mock judges a function's argument by its documented type", () => {
  let base = ''
  let close: () => Promise<void> = async () => {}
  beforeAll(async () => {
    ;({ base, close } = await listenServer(model))
  })
  afterAll(() => close())

  const filter = (on: string) =>
    `${base}/v1.0/identityGovernance/entitlementManagement/assignmentRequests/filterByCurrentUser(on=${on})`

  it('answers the docs’ own example, and a member in another letter case', async () => {
    expect((await fetch(filter("'target'"))).status).toBe(200)
    expect((await fetch(filter("'CreatedBy'"))).status).toBe(200)
  })

  it('refuses a value that is no member with a 400 OData error', async () => {
    const answer = await fetch(filter("'bogus'"))
    expect(answer.status).toBe(400)
    expect(await answer.json()).toEqual({
      error: {
        code: 'BadRequest',
        message: "Invalid value for property 'on' in the path: expected one of target, createdBy, approver.",
      },
    })
  })

  it('refuses an Int32 argument that is no number', async () => {
    const columnsAfter = (count: string) =>
      `${base}/v1.0/me/drive/items/1/workbook/worksheets/2/range/columnsAfter(count=${count})`
    expect((await fetch(columnsAfter('two'))).status).toBe(400)
    expect((await fetch(columnsAfter('2'))).status).toBe(200)
  })
})
