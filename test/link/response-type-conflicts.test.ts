/**
 * `response-type-conflict` is reported by link, which knows the other names a type's own page
 * gives it: a Response sentence linking a type and an annotation naming that type's `@type.aka`
 * name are no conflict; two names of different types still are, as extract words it.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { checkDocs } from '../support/check-docs.js'

// OneDrive/onedrive-api-docs docs/rest-api/resources/driveitem.md@0568ff910625f7d6586f7ca6a7eff633e820c8f6 (excerpt)
const DRIVE_ITEM = `# DriveItem resource type

The **driveItem** resource represents a file, folder, or other item stored in a drive.

## JSON representation

<!-- { "blockType": "resource", "@type": "microsoft.graph.driveItem", "@type.aka": "oneDrive.item",
       "keyProperty": "id", "openType": true } -->

\`\`\`json
{
  "id": "string",
  "name": "string"
}
\`\`\`
`

// OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_post_children.md@5a2b3dad696cc0fa24fb4f759214c86904167df3 (excerpt)
const postChildren = (annotationType: string) => `# Create a new folder in a drive

Create a new folder or [DriveItem](../resources/driveitem.md) in a [Drive](../resources/drive.md) with a specified parent item or path.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
POST /drives/{drive-id}/items/{parent-item-id}/children
\`\`\`

## Response

If successful, this method returns \`201 Created\` response code and a [Driveitem](../resources/driveitem.md) resource in the response body.

## Example

### Request

<!-- { "blockType": "request", "name": "create-folder", "scopes": "files.readwrite" } -->

\`\`\`http
POST /drive/root/children
Content-Type: application/json

{
  "name": "New Folder",
  "folder": { }
}
\`\`\`

### Response

<!-- { "blockType": "response", "@odata.type": "${annotationType}", "truncated": true } -->

\`\`\`http
HTTP/1.1 201 Created
Content-Type: application/json

{
  "id": "ACEA49D1-1444-45A9-A1CB-68B1B28AE491",
  "name": "New Folder"
}
\`\`\`
`

const linked = (annotationType: string) => {
  const model = buildModel([
    { file: 'api/driveitem_post_children.md', text: postChildren(annotationType) },
    { file: 'resources/driveitem.md', text: DRIVE_ITEM },
  ])
  const response = model.operations[0]?.response
  // The page's evidence stays in the page model.
  expect(response && 'typeConflict' in response).toBe(false)
  return {
    type: response?.type?.kind === 'named' ? response.type.resolved : undefined,
    conflicts: model.diagnostics.filter((d) => d.code === 'response-type-conflict'),
  }
}

describe('response-type-conflict, judged by link', () => {
  it('is not reported where the annotation names the type the sentence links by its @type.aka name', () => {
    expect(linked('oneDrive.item')).toEqual({ type: 'microsoft.graph.driveItem', conflicts: [] })
  })

  it('is reported where the names denote different types, as extract words it', () => {
    const { conflicts } = linked('microsoft.graph.folder')
    expect(conflicts).toMatchObject([
      {
        file: 'api/driveitem_post_children.md',
        line: 15,
        column: 70,
        severity: 'info',
        message:
          "The Response sentence names `Driveitem` but the response annotation (line 38) names `microsoft.graph.folder`; using `microsoft.graph.folder`, or `Driveitem` where that is `microsoft.graph.folder`'s base type",
      },
    ])
  })
})

// microsoftgraph/microsoft-graph-docs-contrib: api-reference/v1.0/api/identitygovernance-taskreport-summary.md
// @02cba94274118519e345c1d264a7e0a18f0ce4d0 and api-reference/v1.0/resources/identitygovernance-taskreport.md
// @028b8e354879f1054adbd96bfa8d16fff4330811 (excerpts)
const SUMMARY = `# taskReport: summary

Namespace: microsoft.graph.identityGovernance

Get a [taskReportSummary](../resources/identitygovernance-taskreportsummary.md) object.

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/taskReports/summary(startDateTime={timestamp},endDateTime={timestamp})
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [microsoft.graph.identityGovernance.taskReportSummary](../resources/identitygovernance-taskreportsummary.md) object in the response body.

## Examples

### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.identityGovernance.taskReport"
}
-->
\`\`\` http
HTTP/1.1 200 OK
Content-Type: application/json

{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.identityGovernance.taskReportSummary",
    "successfulTasks": 8,
    "totalTasks": 8
}
\`\`\`
`
const taskReport = (summaryRow: string) => `# taskReport resource type

Namespace: microsoft.graph.identityGovernance

## Methods

|Method|Return type|Description|
|:---|:---|:---|
${summaryRow}

## Properties

|Property|Type|Description|
|:---|:---|:---|
|id|String|The unique identifier of the task report.|

## JSON representation

<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.identityGovernance.taskReport"
}
-->
\`\`\` json
{
  "id": "String (identifier)"
}
\`\`\`
`

describe('response-type-conflict, settled by a Methods table', () => {
  const summaryOf = (summaryRow: string) => {
    const model = buildModel([
      { file: 'api-reference/v1.0/api/identitygovernance-taskreport-summary.md', text: SUMMARY },
      { file: 'api-reference/v1.0/resources/identitygovernance-taskreport.md', text: taskReport(summaryRow) },
    ])
    const response = model.operations[0]?.response
    return {
      type: response?.type?.kind === 'named' ? response.type.name : undefined,
      message: model.diagnostics.find((d) => d.code === 'response-type-conflict')?.message,
    }
  }

  it("uses the sentence's type where the Methods table row linking the page names it", () => {
    const { type, message } = summaryOf(
      '|[Get summary](../api/identitygovernance-taskreport-summary.md)|[microsoft.graph.identityGovernance.taskReportSummary](../resources/identitygovernance-taskreportsummary.md)|Read the properties of a taskReport object.|',
    )
    expect(type).toBe('microsoft.graph.identityGovernance.taskReportSummary')
    expect(message).toMatch(
      /using `microsoft\.graph\.identityGovernance\.taskReportSummary`, as the Methods table row at api-reference\/v1\.0\/resources\/identitygovernance-taskreport\.md:9 names it$/,
    )
  })

  it("keeps the annotation's type where the row names it, or names neither", () => {
    for (const returns of [
      '[microsoft.graph.identityGovernance.taskReport](identitygovernance-taskreport.md)',
      'None',
    ])
      expect(
        summaryOf(`|[Get summary](../api/identitygovernance-taskreport-summary.md)|${returns}|Read.|`).type,
      ).toBe('microsoft.graph.identityGovernance.taskReport')
  })
})

// microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78: api-reference/v1.0/api/nameditem-range.md
// and resources/nameditem.md (excerpts); the tree lacks range.md, the page of microsoft.graph.workbookRange.
const NAMED_ITEM_RANGE = `# NamedItem: Range

Returns the range object that is associated with the name.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
GET /me/drive/items/{id}/workbook/names/{name}/range
\`\`\`

## Response

If successful, this method returns \`200 OK\` response code and [Range](../resources/range.md) object in the response body.

## Example

<!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.workbookRange" } -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
  "address": "address-value"
}
\`\`\`
`
const NAMED_ITEM = `# NamedItem resource type

## Methods

| Method                             | Return Type       | Description |
| :--------------------------------- | :---------------- | :---------- |
| [Range](../api/nameditem-range.md) | [Range](range.md) | Returns the range object that is associated with the name. |

## Properties

| Property | Type   | Description |
| :------- | :----- | :---------- |
| name     | string | The name of the object. Read-only. |

<!-- { "blockType": "resource", "baseType": "microsoft.graph.entity", "@odata.type": "microsoft.graph.workbookNamedItem" }-->

\`\`\`json
{
  "name": "string"
}
\`\`\`
`

describe('response-type-conflict where neither name is documented', () => {
  it("keeps the annotation's qualified name, though a Methods row links the sentence's page", () => {
    const model = buildModel([
      { file: 'api-reference/v1.0/api/nameditem-range.md', text: NAMED_ITEM_RANGE },
      { file: 'api-reference/v1.0/resources/nameditem.md', text: NAMED_ITEM },
    ])
    const response = model.operations[0]?.response
    expect(response?.type?.kind === 'named' ? response.type.name : undefined).toBe(
      'microsoft.graph.workbookRange',
    )
  })
})

// microsoftgraph/microsoft-graph-docs-contrib: api-reference/v1.0/api/identitygovernance-run-list-userprocessingresults.md
// @ef29ad1db6d79633efdc746151aec08bae68b8ca, api/identitygovernance-run-get.md
// @39ec985baae3c734c34bed88e1b54335fe1fff02, resources/identitygovernance-run.md
// @155d791771d22d9f07e058784dd3858a67f9ad67 and resources/identitygovernance-userprocessingresult.md
// @073a3963b21637213e5f1e568a46929928f02ddf (excerpts)
const listUserProcessingResults = (item: string) => `# List userProcessingResults

Namespace: microsoft.graph.identityGovernance

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}/userProcessingResults/
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a collection of [microsoft.graph.identityGovernance.userProcessingResults](../resources/identitygovernance-userprocessingresult.md) object in the response body.

## Examples

#### Request

<!-- {
  "blockType": "request",
  "name": "lifecycleworkflows_get_run_taskprocessingresult"
}
-->
\`\`\` http
GET https://graph.microsoft.com/v1.0/identityGovernance/lifecycleWorkflows/workflows/14879e66-9ea9-48d0-804d-8fea672d0341/runs/dad77a47-6eda-4de7-bc37-fe8eb5aaf17d/userProcessingResults/
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.identityGovernance.run"
}
-->
\`\`\` http
HTTP/1.1 200 OK
Content-Type: application/json

{
    "value": [
        {
            "id": "78b83505-6967-4168-a7ea-4921c0543ce9",
            ${item}
        }
    ]
}
\`\`\`
`
const RUN_GET = `# Get run

Namespace: microsoft.graph.identityGovernance

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/{runId}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [microsoft.graph.identityGovernance.run](../resources/identitygovernance-run.md) object in the response body.
`
const run = (relationship: string) => `# run resource type

Namespace: microsoft.graph.identityGovernance

## Properties

|Property|Type|Description|
|:---|:---|:---|
|failedUsersCount|Int32|The number of users that failed in the run execution.|
|id|String|A unique identifier for the workflow run.|

## Relationships

|Relationship|Type|Description|
|:---|:---|:---|
${relationship}

## JSON representation

<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.identityGovernance.run",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.identityGovernance.run",
  "id": "String (identifier)",
  "failedUsersCount": "Integer"
}
\`\`\`
`
const USER_PROCESSING_RESULT = `# userProcessingResult resource type

Namespace: microsoft.graph.identityGovernance

## Properties

|Property|Type|Description|
|:---|:---|:---|
|id|String|Identifier used for individually addressing a specific user processing result.|
|totalTasksCount|Int32|The total number of tasks that in the workflow execution.|
|workflowVersion|Int32|The version of the workflow that was executed.|

## JSON representation

<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.identityGovernance.userProcessingResult",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.identityGovernance.userProcessingResult",
  "id": "String (identifier)",
  "totalTasksCount": "Integer",
  "workflowVersion": "Integer"
}
\`\`\`
`
const NAVIGATION =
  '|userProcessingResults|[microsoft.graph.identityGovernance.userProcessingResult](../resources/identitygovernance-userprocessingresult.md) collection|The associated individual user execution.|'

describe("response-type-conflict, settled by the route's navigation property and the examples", () => {
  const listed = async (relationship: string, item: string) => {
    const { model, diagnostics } = await checkDocs([
      {
        file: 'api/identitygovernance-run-list-userprocessingresults.md',
        text: listUserProcessingResults(item),
      },
      { file: 'api/identitygovernance-run-get.md', text: RUN_GET },
      { file: 'resources/identitygovernance-run.md', text: run(relationship) },
      { file: 'resources/identitygovernance-userprocessingresult.md', text: USER_PROCESSING_RESULT },
    ])
    const response = model.operations.find((operation) => operation.id.endsWith('userprocessingresults'))
      ?.response.type
    return {
      type: response?.kind === 'named' ? response.resolved : undefined,
      reported: diagnostics
        .filter((d) => d.code === 'response-type-conflict' || d.code === 'example-unknown-property')
        .map((d) => `${d.line} ${d.code} ${d.message}`),
    }
  }

  it("uses the sentence's type, and reports the annotation, where the examples show its members", async () => {
    expect(await listed(NAVIGATION, '"totalTasksCount": 2, "workflowVersion": 1')).toEqual({
      type: 'microsoft.graph.identityGovernance.userProcessingResult',
      reported: [
        '41 response-type-conflict The Response sentence names `microsoft.graph.identityGovernance.userProcessingResults` but the response annotation (line 41) names `microsoft.graph.identityGovernance.run`; using `microsoft.graph.identityGovernance.userProcessingResults`, the type of the navigation property the route ends in, whose members the response examples show',
      ],
    })
  })

  it('keeps the annotation where the route ends in no navigation, or the examples show its members', async () => {
    for (const [relationship, item] of [
      ['', '"totalTasksCount": 2, "workflowVersion": 1'],
      [NAVIGATION, '"failedUsersCount": 0'],
    ] as const)
      expect((await listed(relationship, item)).type).toBe('microsoft.graph.identityGovernance.run')
  })
})

// microsoftgraph/microsoft-graph-docs-contrib: api-reference/v1.0/api/webpart-get.md
// @a1d2c5fb2e5631420cb8510fbff3ffaf82b92319, resources/webpart.md @5ec8bf02e76384ea4eb1d4fb5558899cd6ddd121,
// resources/standardwebpart.md @b5baf22c332687c7ec5011f0374f8efa9740e43b and resources/textwebpart.md
// @e2a07f22166946e7d3f81cf52a92b6b53430f9a1 (excerpts)
const webPartGet = (sentence: string) => `# Get webPart

Namespace: microsoft.graph

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->

\`\`\`http
GET /sites/{site-id}/pages/{page-id}/microsoft.graph.sitePage/webParts/{webpart-id}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and ${sentence} object in the response body.

## Examples

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.webPart"
}
-->

\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json

{
  "value": {
    "@odata.type": "#microsoft.graph.textWebPart",
    "id": "1212fc8d-dd6b-408a-8d5d-9f1cc787efbb",
    "innerHtml": "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Quisque vel.</p>"
  }
}
\`\`\`
`
const webPartResource = (type: string, base: string) => `# ${type} resource type

Namespace: microsoft.graph

## Properties

|Property|Type|Description|
|:---|:---|:---|
|id|String|A unique instance identifier of the web part.|

## JSON representation

<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.${type}",
  "baseType": "microsoft.graph.${base}"
}
-->
\`\`\`json
{
  "@odata.type": "#microsoft.graph.${type}",
  "id": "String"
}
\`\`\`
`

describe('response-type-conflict, where the sentence offers several types', () => {
  const conflicts = (sentence: string) => {
    const model = buildModel([
      { file: 'api/webpart-get.md', text: webPartGet(sentence) },
      { file: 'resources/webpart.md', text: webPartResource('webPart', 'entity') },
      { file: 'resources/standardwebpart.md', text: webPartResource('standardWebPart', 'webPart') },
      { file: 'resources/textwebpart.md', text: webPartResource('textWebPart', 'webPart') },
      { file: 'resources/entity.md', text: webPartResource('entity', 'entity') },
    ])
    const type = model.operations[0]?.response.type
    expect(type?.kind === 'named' ? type.resolved : undefined).toBe('microsoft.graph.webPart')
    return model.diagnostics.filter((d) => d.code === 'response-type-conflict').length
  }

  it("is not reported where each derives from the annotation's type", () => {
    expect(
      conflicts(
        'a [standardWebPart](../resources/standardwebpart.md) or [textWebPart](../resources/textwebpart.md)',
      ),
    ).toBe(0)
  })

  it('is reported where one of them does not, or the sentence offers one', () => {
    expect(
      conflicts('a [standardWebPart](../resources/standardwebpart.md) or [entity](../resources/entity.md)'),
    ).toBe(1)
    expect(conflicts('a [standardWebPart](../resources/standardwebpart.md)')).toBe(1)
  })
})

// microsoftgraph/microsoft-graph-docs-contrib: api-reference/v1.0/api/administrativeunit-list-members.md
// @028b8e354879f1054adbd96bfa8d16fff4330811, api/administrativeunit-get.md
// @03c7b71e4db41c4ac68bfa53212454c3e1412d3c and resources/administrativeunit.md
// @090b00cc08ea7de0b65aa5c7632d19a33ac8ef06 (excerpts); the tree lacks directoryobject.md, user.md,
// group.md and device.md.
const LIST_MEMBERS = `# List members

Namespace: microsoft.graph

## HTTP request

\`\`\`http
GET /directory/administrativeUnits/{id}/members
GET /directory/administrativeUnits/{id}/members/$ref
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a collection of [user](../resources/user.md), [group](../resources/group.md), or [device](../resources/device.md) objects in the response body. Adding \`$ref\` at the end of the request returns a collection of only \`@odata.id\` URLs of the members.

## Examples

### Example 1: List member objects

#### Request

<!-- {
  "blockType": "request",
  "name": "list_administrativeunit_members"
} -->
\`\`\`msgraph-interactive
GET https://graph.microsoft.com/v1.0/directory/administrativeUnits/8a07f5a8-edc9-4847-bbf2-dde106594bf4/members
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "Collection(microsoft.graph.administrativeUnit)"
} -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects",
    "value": [
        {
            "@odata.type": "#microsoft.graph.device",
            "id": "7c06cd31-7c30-4f3b-a5c3-444cd8dd63ac",
            "accountEnabled": true,
            "deviceId": "6fa60d52-01e7-4b18-8055-4759461fc16b",
            "displayName": "Test Windows device",
            "operatingSystem": "Windows"
        }
    ]
}
\`\`\`
`
const GET_ADMINISTRATIVE_UNIT = `# Get administrativeUnit

Namespace: microsoft.graph

## HTTP request

\`\`\`http
GET /directory/administrativeUnits/{id}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and [administrativeUnit](../resources/administrativeunit.md) object in the response body.
`
const administrativeUnit = (returns: string) => `# administrativeUnit resource type

Namespace: microsoft.graph

## Methods

| Method   | Return Type | Description |
|:---------------|:--------|:----------|
|[Get](../api/administrativeunit-get.md) | [administrativeUnit](administrativeunit.md) |Read properties and relationships of a specific administrativeUnit object.|
|[List members](../api/administrativeunit-list-members.md) |${returns}| Get the list of (user, group, or device) members.|

## Properties

| Property	   | Type	|Description|
|:---------------|:--------|:----------|
|displayName|String|Display name for the administrative unit.|
|id|String|Unique identifier for the administrative unit. Read-only. Supports \`$filter\` (\`eq\`).|

## Relationships
| Relationship | Type	|Description|
|:---------------|:--------|:----------|
|members|[directoryObject](directoryobject.md) collection|Users and groups that are members of this administrative unit. Supports \`$expand\`.|

## JSON representation

<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.administrativeUnit"
}-->

\`\`\`json
{
  "displayName": "String",
  "id": "String (identifier)"
}
\`\`\`
`

describe("response-type-conflict, settled by the route's navigation property and the Methods table", () => {
  const members = (returns: string) => {
    const model = buildModel([
      { file: 'api-reference/v1.0/api/administrativeunit-list-members.md', text: LIST_MEMBERS },
      { file: 'api-reference/v1.0/api/administrativeunit-get.md', text: GET_ADMINISTRATIVE_UNIT },
      { file: 'api-reference/v1.0/resources/administrativeunit.md', text: administrativeUnit(returns) },
    ])
    const response = model.operations.find((operation) => operation.id.endsWith('list-members'))?.response
    return {
      type: response?.type?.kind === 'named' ? response.type.name : undefined,
      message: model.diagnostics.find((d) => d.code === 'response-type-conflict')?.message,
    }
  }

  it("uses the navigation's type where the row names it, whatever types the sentence offers", () => {
    expect(members('[directoryObject](directoryobject.md) collection')).toEqual({
      type: 'directoryObject',
      message:
        'The Response sentence names `user` but the response annotation (line 38) names `microsoft.graph.administrativeUnit`; using `directoryObject`, the type of the navigation property the route ends in, as the Methods table row at api-reference/v1.0/resources/administrativeunit.md:10 names it',
    })
  })

  it("keeps the annotation's type where the row names it", () => {
    expect(members('[administrativeUnit](administrativeunit.md) collection').type).toBe(
      'microsoft.graph.administrativeUnit',
    )
  })
})
