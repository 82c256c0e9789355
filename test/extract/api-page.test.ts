import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractApiPage } from '../../src/extract/api-page.js'
import { examplesOfOwnCalls } from '../../src/extract/examples.js'
import { extractPage } from '../../src/extract/index.js'
import { operationKind, titleSpells } from '../../src/extract/operation-kind.js'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type { OperationDef } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'
import { shapeExamples } from '../../src/shape/examples.js'
import { shapeRequestBody } from '../../src/shape/request-body.js'
import { realTreePage } from '../support/real-trees.js'

const SEEDS = 'input-docs/api'

function seed(name: string): OperationDef {
  const file = `intune-enrollment-importedwindowsautopilotdeviceidentity${name}.md`
  const { operations } = extractApiPage(readPage(`api/${file}`, readFileSync(join(SEEDS, file), 'utf8')))
  expect(operations).toHaveLength(1)
  return operations[0] as OperationDef
}

const routeLines = (operation: OperationDef) =>
  operation.routes.map((route) => `${route.method} ${route.raw}`)

describe('extractApiPage on the seed pages', () => {
  it('reads the import action (seed 003): two POST paths, body parameters, collection response', () => {
    const operation = seed('-import')
    expect(operation).toMatchObject({
      id: 'intune-enrollment-importedwindowsautopilotdeviceidentity-import',
      file: 'api/intune-enrollment-importedwindowsautopilotdeviceidentity-import.md',
      title: 'importedWindowsAutopilotDeviceIdentity: import',
      kind: 'action',
      queryOptions: [],
    })
    // Its `ms.prod` is draft text (`**TODO: Add MS prod…**`), not a workload.
    expect(operation.workload).toBeUndefined()
    expect(routeLines(operation)).toEqual([
      'POST /deviceManagement/importedWindowsAutopilotDeviceIdentities/import',
      'POST /importedWindowsAutopilotDeviceIdentityUpload/deviceIdentities/import',
    ])
    expect(operation.parameters.filter((p) => p.in === 'body')).toMatchObject([
      {
        name: 'importedWindowsAutopilotDeviceIdentities',
        type: { kind: 'named', name: 'importedWindowsAutopilotDeviceIdentity' },
        collection: true,
      },
    ])
    expect(operation.requestBody).toBeUndefined()
    expect(operation.response).toMatchObject({
      status: 200,
      type: { kind: 'named', name: 'microsoft.graph.importedWindowsAutopilotDeviceIdentity' },
      collection: true,
    })
    expect(operation.permissions.every((permission) => permission.scopes.length === 0)).toBe(true)
    expect(operation.examples.map((e) => e.kind)).toEqual(['request', 'response'])
    expect(operation.examples[0]?.headers['Content-Type']).toBe('application/json')
  })

  it('leaves the workload unset on a page without `ms.prod`', () => {
    const page = '# user: get\n\n## HTTP request\n\n```http\nGET /users/{id}\n```\n'
    expect(extractApiPage(readPage('api/user-get.md', page)).operations[0]?.workload).toBeUndefined()
  })

  it("reads the workload of today's docs from `ms.subservice`", () => {
    const page =
      '---\nms.subservice: "entra-agent-id"\n---\n# Get\n\n## HTTP request\n\n```http\nGET /users/{id}\n```\n'
    expect(extractApiPage(readPage('api/user-get.md', page)).operations[0]?.workload).toBe('entra-agent-id')
  })

  it('reads the workload from `ms.subservice` when `ms.prod` is draft text, not a name', () => {
    const page =
      '---\nms.prod: "**TODO: Add MS prod**"\nms.subservice: "entra-agent-id"\n---\n# Get\n\n## HTTP request\n\n```http\nGET /users/{id}\n```\n'
    expect(extractApiPage(readPage('api/user-get.md', page)).operations[0]?.workload).toBe('entra-agent-id')
  })

  it("reads resource links below the docs root as today's docs lay them out", () => {
    const page = [
      '# Update user',
      '',
      'Update the properties of a [user](../resources/user.md) object.',
      '',
      '## HTTP request',
      '```http',
      'PATCH /users/{id}',
      '```',
      '',
      '## Response',
      'If successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object in the response body.',
      '',
    ].join('\n')
    const [operation] = extractApiPage(readPage('api-reference/v1.0/api/user-update.md', page)).operations
    const user = { kind: 'named', name: 'user', target: 'api-reference/v1.0/resources/user.md' }
    expect(operation?.response).toMatchObject({ status: 200, type: user, source: 'sentence' })
    expect(operation?.requestBody).toEqual({ type: user, collection: false })
  })

  it("takes the description's type for a body that may be either of two types", () => {
    // api/conditionalaccessroot-post-namedlocations.md,
    // microsoftgraph/microsoft-graph-docs-contrib@02b4cba04d0426b41fe35819922b100050c5c441
    const page = [
      '# Create namedLocation',
      '',
      'Create a new [namedLocation](../resources/namedlocation.md) object. Named locations can be either [ipNamedLocation](../resources/ipnamedlocation.md) or [countryNamedLocation](../resources/countrynamedlocation.md) objects.',
      '',
      '## HTTP request',
      '```http\nPOST /identity/conditionalAccess/namedLocations\n```',
      '',
      '## Request body',
      '',
      'In the request body, supply a JSON representation of an [ipNamedLocation](../resources/ipnamedlocation.md) or [countryNamedLocation](../resources/countrynamedlocation.md) object. You must specify the **@odata.type** of the derived type, that is, `#microsoft.graph.ipNamedLocation` for an [ipNamedLocation](../resources/ipnamedlocation.md) object or `#microsoft.graph.countryNamedLocation` for a [countryNamedLocation](../resources/countrynamedlocation.md) object.',
      '',
    ].join('\n')
    const [operation] = extractApiPage(readPage('api/x.md', page)).operations
    expect(operation?.requestBody).toEqual({
      type: { kind: 'named', name: 'namedLocation', target: 'resources/namedlocation.md' },
      collection: false,
    })
  })

  it('gives a `$ref` POST or PUT a reference body (`@odata.id`), not the object it points to', () => {
    const page = (method: string, table: string[]) =>
      [
        '# Add sponsors',
        '',
        '## HTTP request',
        '```http',
        `${method} /groups/{id}/owners/$ref`,
        '```',
        '',
        '## Request body',
        '',
        'In the request body, supply a reference to the [directoryObject](../resources/directoryobject.md) object to be added.',
        '',
        ...table,
        '',
        '## Response',
        'If successful, this method returns a `204 No Content` response code.',
        '',
      ].join('\n')
    const read = (method: string, table: string[] = []) => {
      const [operation] = extractApiPage(readPage('api/group-post-owners.md', page(method, table))).operations
      return {
        requestBody: operation?.requestBody,
        body: operation?.parameters
          .filter((parameter) => parameter.in === 'body')
          .map(({ name, type, required, position }) => [name, type, required, position.line]),
      }
    }
    const odataId = (line: number) => ['@odata.id', { kind: 'primitive', name: 'String' }, true, line]
    // OData's reference body: `{ "@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}" }`.
    expect(read('POST')).toEqual({ requestBody: undefined, body: [odataId(5)] })
    expect(read('PUT')).toEqual({ requestBody: undefined, body: [odataId(5)] })
    // A table that writes the member itself is read as written, and the member is not added twice.
    const row = ['| Property | Type | Description |', '|:--|:--|:--|', '| @odata.id | String | The URL. |']
    expect(read('POST', row)).toEqual({
      requestBody: undefined,
      body: [['@odata.id', { kind: 'primitive', name: 'String' }, false, 14]],
    })
  })

  it('reads the upload get (seed 004): a single object despite `"value": {…}`', () => {
    const operation = seed('upload-get')
    expect(operation.kind).toBe('get')
    expect(operation.workload).toBe('intune')
    expect(operation.response).toEqual({
      status: 200,
      type: {
        kind: 'named',
        name: 'importedWindowsAutopilotDeviceIdentityUpload',
        target: 'resources/intune-enrollment-importedwindowsautopilotdeviceidentityupload.md',
      },
      collection: false,
      source: 'sentence',
    })
    // "supports the OData query parameters": which ones, link settles from the kind.
    expect(operation).toMatchObject({ queryOptions: [], standardQueryOptions: true })
    expect(operation.permissions[0]).toEqual({
      type: 'Delegated (work or school account)',
      scopes: ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementServiceConfig.Read.All'],
    })
    expect(operation.parameters.find((p) => p.name === 'Authorization')).toMatchObject({
      in: 'header',
      required: true,
    })
    expect(operation.description).toBe(
      'Read properties and relationships of the importedWindowsAutopilotDeviceIdentityUpload object.',
    )
  })

  it('reads the autopilotDeviceStream function: returns String', () => {
    const operation = seed('upload-autopilotdevicestream')
    expect(operation.kind).toBe('function')
    expect(operation.response).toMatchObject({
      status: 200,
      type: { kind: 'primitive', name: 'String' },
      collection: false,
    })
  })

  it('reads list, create, update and delete', () => {
    const list = seed('upload-list')
    expect(list.kind).toBe('list')
    expect(list.response.collection).toBe(true)
    expect(list.queryOptions).toEqual([])
    const create = seed('upload-create')
    expect(create).toMatchObject({ kind: 'create', response: { status: 201 } })
    expect(create.requestBody).toEqual({
      type: {
        kind: 'named',
        name: 'importedWindowsAutopilotDeviceIdentityUpload',
        target: 'resources/intune-enrollment-importedwindowsautopilotdeviceidentityupload.md',
      },
      collection: false,
    })
    expect(create.parameters.some((p) => p.in === 'body' && p.name === 'status')).toBe(true)
    expect(seed('upload-update')).toMatchObject({ kind: 'update', routes: [{ method: 'PATCH' }] })
    expect(seed('upload-delete')).toMatchObject({ kind: 'delete', response: { status: 204, source: 'none' } })
  })
})

// Defender for Endpoint's get-file-statistics.md and find-machines-by-tag.md, cut.
describe('a `## Request URI parameters` table', () => {
  const operationOf = (request: string, rows: string[]) =>
    extractApiPage(
      readPage(
        'api/get-file-statistics.md',
        [
          '# Get file statistics API',
          '## HTTP request',
          '```http',
          request,
          '```',
          '## Request URI parameters',
          'Name|Type|Description',
          ':---|:---|:---',
          ...rows,
          '',
        ].join('\n'),
      ),
    ).operations[0] as OperationDef

  it('lists query parameters, and path parameters where the route names them', () => {
    const operation = operationOf('GET /api/files/{id}/stats', [
      'id|String|The file hash. **Required**.',
      'lookBackHours|Int32|Defines the hours we search back to get the statistics. **Optional**.',
    ])
    expect(operation.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ['id', 'path', true],
      ['lookBackHours', 'query', false],
    ])
  })
})

describe('a `## Optional request headers` table', () => {
  const headersOf = (file: string, request: string, rows: string[]) =>
    extractApiPage(
      readPage(
        file,
        [
          '# Update',
          '## HTTP request',
          '```http',
          request,
          '```',
          '## Optional request headers',
          ...rows,
          '',
        ].join('\n'),
      ),
    ).operations[0]?.parameters.map((p) => [p.name, p.in, p.required])

  // The sample's api/plannerbucket-update.md, cut: the rows say they are required.
  it('keeps a row required where the row says so', () => {
    const rows = [
      '| Name       | Description|',
      '|:-----------|:-----------|',
      '| Authorization  | Bearer {token}. Required. |',
      '| If-Match  | Last known ETag value for the **plannerBucket** to be updated. Required.|',
    ]
    expect(headersOf('api/plannerbucket-update.md', 'PATCH /planner/buckets/{id}', rows)).toEqual([
      ['Authorization', 'header', true],
      ['If-Match', 'header', true],
    ])
  })

  // v1.0 (2020) api/listitem-update.md, cut: the row says when it applies, not that it is required.
  it('leaves a row optional where the row does not say it is required', () => {
    const rows = [
      '| Name       | Value | Description |',
      '| :--------- | :---- | :---------- |',
      '| _if-match_ | etag  | If this request header is included and the eTag provided does not match the current eTag on the item, a `412 Precondition Failed` response is returned and the item will not be updated. |',
    ]
    expect(
      headersOf(
        'api/listitem-update.md',
        'PATCH /sites/{site-id}/lists/{list-id}/items/{item-id}/fields',
        rows,
      ),
    ).toEqual([['if-match', 'header', false]])
  })
})

// today's microsoft-graph-docs-contrib api-reference/v1.0/api/bookingbusiness-getstaffavailability.md, cut
describe('a `## Request header` table (the singular title)', () => {
  it('is read as the request headers', () => {
    const markdown = [
      '# bookingsBusiness: getStaffAvailability',
      '## HTTP request',
      '```http\nPOST /solutions/bookingBusinesses/{id}/getStaffAvailability\n```',
      '## Request header',
      '|Name |Description |',
      '|:--------------|:------------|',
      '|Authorization |Bearer {code}. Required. |',
      '|Content-Type| application/json. Required.|',
      '## Request body',
      'In the request body, pass the list of staff IDs along with two other parameters.',
    ].join('\n')
    const page = readPage('api/bookingbusiness-getstaffavailability.md', markdown)
    const parameters = extractApiPage(page).operations[0]?.parameters
    expect(parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['Authorization', 'header', true],
      ['Content-Type', 'header', true],
    ])
  })
})

describe('routes of a page without an `HTTP request` heading', () => {
  it("takes its call headings' templates and its request examples' request lines, not an opaque URL", () => {
    const markdown = [
      '# Get a thing',
      '## Get the root thing',
      '<!-- { "blockType": "ignored" } -->',
      '```http\nGET /things/root\n```',
      '## Example',
      '<!-- { "blockType": "request", "name": "get-thing" } -->',
      '```http\nGET /things/{thing-id}\n```',
      '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.thing" } -->',
      '```http\nHTTP/1.1 200 OK\n```',
      '<!-- { "blockType": "request", "opaqueUrl": true, "name": "upload" } -->',
      '```http\nPUT https://upload.example.com/up/123\n```',
    ].join('\n')
    const { operations, diagnostics } = extractApiPage(readPage('api/thing-get.md', markdown))
    expect(operations.map(routeLines)).toEqual([['GET /things/root', 'GET /things/{thing-id}']])
    expect(diagnostics.filter((each) => each.code === 'missing-route')).toEqual([])
  })
})

// microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78,
// api-reference/v1.0/api/nameditem-add.md and icon-get.md: the HTTP request block starts at `/workbook`.
describe('routes the HTTP request block writes relative to a base', () => {
  const page = (requestLines: string, exampleUrl: string) =>
    [
      '# Add Named Item',
      '## HTTP request',
      '<!-- { "blockType": "ignored" } -->',
      `\`\`\`http\n${requestLines}\n\`\`\``,
      '## Example',
      '<!-- { "blockType": "request", "name": "NamedItemcollection_add" } -->',
      `\`\`\`http\nPOST ${exampleUrl}\n\`\`\``,
    ].join('\n')

  it('take the base the request example shows, and are reported', () => {
    const markdown = page(
      'POST /workbook/names/add\nPOST /workbook/worksheets/{id|name}/names/add',
      'https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/names/add',
    )
    const { operations, diagnostics } = extractApiPage(readPage('api/nameditem-add.md', markdown))
    expect(operations.map(routeLines)).toEqual([
      [
        'POST /me/drive/items/{id}/workbook/names/add',
        'POST /me/drive/items/{id}/workbook/worksheets/{id|name}/names/add',
      ],
    ])
    expect(diagnostics.map((each) => [each.code, each.line])).toEqual([
      ['relative-route', 5],
      ['relative-route', 6],
    ])
    // Named as any route's placeholders: a path takes a name once (OpenAPI, the server).
    const params = operations[0]?.routes[1]?.segments.flatMap((segment) =>
      segment.kind === 'param' ? [segment.name] : [],
    )
    expect(params).toEqual(['itemId', 'worksheetId'])
  })

  it.each([
    [
      'keeps the query the request line writes',
      'GET /workbook/names/list?$top={n}',
      ['GET https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/names/list'],
      'GET /me/drive/items/{id}/workbook/names/list?$top={n}',
    ],
    [
      'takes the base from the parsed path, not the text (`//`)',
      'POST /workbook/names/add',
      ['POST https://graph.microsoft.com/v1.0/me//drive/items/{id}/workbook/names/add'],
      'POST /me/drive/items/{id}/workbook/names/add',
    ],
    [
      'takes the base of a template example, whatever the order of the examples',
      'POST /workbook/names/add',
      [
        'POST https://graph.microsoft.com/v1.0/me/drive/items/01ABCDEF/workbook/names/add',
        'POST https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/names/add',
      ],
      'POST /me/drive/items/{id}/workbook/names/add',
    ],
    [
      'takes no host or version an example writes without its scheme',
      'POST /workbook/names/add',
      ['POST graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/names/add'],
      'POST /workbook/names/add',
    ],
  ])('%s', (_name, requestLine, examples, expected) => {
    const markdown = [
      '# Add Named Item',
      '## HTTP request',
      '<!-- { "blockType": "ignored" } -->',
      `\`\`\`http\n${requestLine}\n\`\`\``,
      '## Example',
      ...examples.flatMap((example, index) => [
        `<!-- { "blockType": "request", "name": "example_${index}" } -->`,
        `\`\`\`http\n${example}\n\`\`\``,
      ]),
    ].join('\n')
    const { operations } = extractApiPage(readPage('api/nameditem-add.md', markdown))
    const [route] = operations[0]?.routes ?? []
    expect(`${route?.method} ${route?.raw}${route?.query === undefined ? '' : `?${route.query}`}`).toBe(
      expected,
    )
  })

  // OneDrive/onedrive-api-docs docs/rest-api/api/subscription_update.md@5a2b3dad696cc0fa24fb4f759214c86904167df3:
  // `PATCH /subscriptions/{id}` is a root of its own beside the example `PATCH /drive/root/subscriptions/{id}`.
  it('are not relative where the example shows a concrete path, not a template', () => {
    const markdown = page(
      'PATCH /subscriptions/{id}',
      'https://graph.microsoft.com/v1.0/drive/root/subscriptions/{id}',
    )
    const { operations, diagnostics } = extractApiPage(
      readPage('api/subscription_update.md', markdown.replace('POST', 'PATCH')),
    )
    expect(operations.map(routeLines)).toEqual([['PATCH /subscriptions/{id}']])
    expect(diagnostics).toEqual([])
  })

  it('are not relative where a route starts as an example does', () => {
    const markdown = page(
      'GET /me/drive/root\nGET /drive/root',
      'https://graph.microsoft.com/v1.0/me/drive/root',
    ).replace('POST', 'GET')
    const { operations, diagnostics } = extractApiPage(readPage('api/drive-get.md', markdown))
    expect(operations.map(routeLines)).toEqual([['GET /me/drive/root', 'GET /drive/root']])
    expect(diagnostics).toEqual([])
  })
})

describe("body parameters of other teams' pages", () => {
  it('reads a `### Request body` under `## HTTP request` (Value column as the type), not one in an example', () => {
    const page = [
      '# Check-in changes to a DriveItem resource',
      '',
      '## HTTP request',
      '',
      '```http',
      'POST /drives/{driveId}/items/{itemId}/checkin',
      '```',
      '',
      '### Request body',
      '',
      'In the request body, provide a JSON object with the following parameters.',
      '',
      '| Name | Value | Description |',
      '| :--- | :---- | :---------- |',
      '| checkInAs | string | Optional. The desired status of the document after the check-in. |',
      '| comment | string | A check-in comment that is associated with the version. |',
      '',
      '## Example',
      '',
      '### Request body',
      '',
      '| Name | Value | Description |',
      '| :--- | :---- | :---------- |',
      '| example | string | Not a parameter. |',
      '',
    ].join('\n')
    const operation = extractApiPage(readPage('api/driveitem_checkin.md', page)).operations[0]
    expect(operation?.parameters.map((p) => [p.name, p.in, p.type, p.required])).toEqual([
      ['checkInAs', 'body', { kind: 'primitive', name: 'String' }, false],
      ['comment', 'body', { kind: 'primitive', name: 'String' }, false],
    ])
  })

  it('reads `## Parameters` as the body of a POST and as the function parameters of a GET', () => {
    const page = (line: string) =>
      `# Upload large files\n\n## HTTP request\n\n\`\`\`http\n${line}\n\`\`\`\n\n## Parameters\n\n| Parameter | Type | Description\n|:--|:--|:--\n| deferCommit | Boolean | If set to true, final creation of the file requires an explicit request.\n`
    const parameters = (line: string) =>
      extractApiPage(readPage('api/x.md', page(line))).operations[0]?.parameters.map(
        (p) => `${p.in} ${p.name}`,
      )
    expect(parameters('POST /me/drive/items/{itemId}/createUploadSession')).toEqual(['body deferCommit'])
    expect(parameters('GET /me/drive/root/delta')).toEqual(['query deferCommit'])
  })

  // OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_list_children.md and drive_get.md
  it('reads a parameter heading under another heading as its own table, not as its parent', () => {
    const page = [
      '# List children of a driveItem',
      '',
      '## HTTP request',
      '',
      '```http',
      'GET /drives/{drive-id}/items/{item-id}/children',
      '```',
      '',
      '## Optional query parameters',
      '',
      'This method supports the `$expand`, `$select`, `$skipToken`, `$top` and `$orderby` [OData query parameters](../concepts/optional-query-parameters.md) to customize the response.',
      '',
      '### Optional request headers',
      '',
      '| Name     | Value | Description |',
      '|:----------------|:------|:-----------|',
      '| _if-none-match_ | etag  | If this request header is included and the eTag (or cTag) provided matches the current tag on the file, an `HTTP 304 Not Modified` response is returned. |',
      '',
      '## Get a drive by ID',
      '',
      '### Path parameters',
      '',
      '| Parameter name | Value  | Description                                       |',
      '|:---------------|:-------|:--------------------------------------------------|',
      '| _driveId_      | string | Required. The identifier for the drive requested. |',
      '',
    ].join('\n')
    const operation = extractApiPage(readPage('api/driveitem_list_children.md', page)).operations[0]
    expect(operation?.parameters.map((p) => `${p.in} ${p.name}`)).toEqual([
      'path driveId',
      'header if-none-match',
    ])
  })

  it("leaves a sibling call's parameter tables to that call, not the operation", () => {
    // OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_list_thumbnails.md (shortened)
    const page = [
      '# List thumbnails for a DriveItem',
      '',
      '## HTTP request',
      '',
      '```http',
      'GET /me/drive/items/{item-id}/thumbnails',
      '```',
      '',
      '## Get a single thumbnail',
      '',
      '### HTTP request',
      '',
      '<!-- { "blockType": "request", "name": "get-one-thumbnail", "scopes": "files.read", "tags": "service.graph" } -->',
      '',
      '```http',
      'GET /me/drive/items/{item-id}/thumbnails/{thumb-id}/{size}',
      '```',
      '',
      '### Path parameters',
      '',
      '| Name         | Type   | Description |',
      '|:-------------|:-------|:------------|',
      '| **item-id**  | string | The unique identifier for the item referenced. |',
      '| **thumb-id** | number | The index of the thumbnail, usually 0-4. If there is a custom thumbnail, its index is 0. |',
      '',
    ].join('\n')
    const operation = extractApiPage(readPage('api/driveitem_list_thumbnails.md', page)).operations[0]
    expect(routeLines(operation as OperationDef)).toEqual(['GET /me/drive/items/{item-id}/thumbnails'])
    expect(operation?.parameters).toEqual([])
  })

  it("keeps tables under a heading that writes the operation's own route with other placeholder names", () => {
    const page = [
      '# List thumbnails for a DriveItem',
      '',
      '## HTTP request',
      '',
      '```http',
      'GET /me/drive/items/{item-id}/thumbnails',
      '```',
      '',
      '## List the thumbnails of an item',
      '',
      '```http',
      'GET /me/drive/items/{id}/thumbnails',
      '```',
      '',
      '### Path parameters',
      '',
      '| Name         | Type   | Description |',
      '|:-------------|:-------|:------------|',
      '| **item-id**  | string | The unique identifier for the item referenced. |',
      '',
    ].join('\n')
    const operation = extractApiPage(readPage('api/driveitem_list_thumbnails.md', page)).operations[0]
    expect(operation?.parameters.map((parameter) => `${parameter.in} ${parameter.name}`)).toEqual([
      'path item-id',
    ])
  })

  it("leaves a sibling call's request body to that call", () => {
    const page = [
      '# Update a thumbnail',
      '',
      '## HTTP request',
      '',
      '```http',
      'PATCH /me/drive/items/{item-id}',
      '```',
      '',
      '## Request body',
      '',
      '| Name     | Type   | Description |',
      '|:---------|:-------|:------------|',
      '| **name** | string | The new name of the item. |',
      '',
      '## Upload a custom thumbnail',
      '',
      '```http',
      'PUT /me/drive/items/{item-id}/thumbnails/0/source/content',
      '```',
      '',
      '### Request body',
      '',
      '| Name      | Type   | Description |',
      '|:----------|:-------|:------------|',
      '| **image** | string | The bytes of the image. |',
      '',
    ].join('\n')
    const operation = extractApiPage(readPage('api/driveitem_update.md', page)).operations[0]
    expect(operation?.parameters.map((parameter) => `${parameter.in} ${parameter.name}`)).toEqual([
      'body name',
    ])
  })

  // OneDrive/onedrive-api-docs docs/rest-api/api/drive_get_specialfolder.md (shortened)
  const specialFolder = (sibling: string[]) =>
    [
      '# Get a special folder by name',
      '',
      '## Permissions',
      '',
      '|Permission type | Permissions (from least to most privileged) |',
      '|:---------------|:--------------------------------------------|',
      '|Delegated (work or school account) | Files.Read, Files.ReadWrite |',
      '',
      '## HTTP Request',
      '',
      '<!-- { "blockType": "request", "name": "get-special-folder", "scopes": "files.read" } -->',
      '',
      '```http',
      'GET /me/drive/special/{special-folder-name}',
      '```',
      '',
      '## HTTP Response',
      '',
      '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.driveItem", "truncated": true } -->',
      '',
      '```http',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{ "id": "0123456789abc", "name": "Photos" }',
      '```',
      '',
      ...sibling,
      '## Remarks',
      '',
      'Special folders are created on first use.',
    ].join('\n')

  it('reads a sibling call under a heading of its own as an operation of its own, with its examples', () => {
    const page = specialFolder([
      '## Get children of a special folder',
      '',
      'To request the children of a special folder, you can request the `children` collection.',
      '',
      '### HTTP request',
      '',
      '<!-- { "blockType": "request", "name": "get-special-children", "scopes": "files.read" } -->',
      '',
      '```http',
      'GET /me/drive/special/{special-folder-name}/children',
      '```',
      '',
      '### HTTP response',
      '',
      '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.driveItem", "isCollection": true, "truncated": true} -->',
      '',
      '```http',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{ "value": [ { "id": "1234" } ] }',
      '```',
      '',
    ])
    const [folder, children, ...none] = extractApiPage(
      readPage('rest-api/api/drive_get_specialfolder.md', page),
    ).operations
    expect(none).toEqual([])
    expect(folder && routeLines(folder)).toEqual(['GET /me/drive/special/{special-folder-name}'])
    expect(folder?.examples.map((example) => example.position.line)).toEqual([14, 22])
    expect(children).toMatchObject({
      id: 'drive_get_specialfolder--get-children-of-a-special-folder',
      title: 'Get children of a special folder',
      description: 'To request the children of a special folder, you can request the `children` collection.',
      kind: 'list',
      response: { status: 200, type: { name: 'microsoft.graph.driveItem' }, collection: true },
      // The page's Permissions section is every call's.
      permissions: folder?.permissions,
    })
    expect(children && routeLines(children)).toEqual(['GET /me/drive/special/{special-folder-name}/children'])
    expect(children?.examples.map((example) => example.position.line)).toEqual([37, 45])
    expect(folder?.permissions).not.toEqual([])
  })

  it.each([
    ['a query form of another route', 'GET /me/drive/items/{item-id}/children?$expand=thumbnails', ''],
    [
      "the operation's own call addressed another way",
      'GET /me/drive/root:/{path}:/special/{special-folder-name}',
      '',
    ],
    ['an opaque URL', 'GET https://contoso.files.1drv.com/y23vmag', ', "opaqueUrl": true'],
  ])('reads no operation of a sibling heading whose request is %s', (_case, line, annotation) => {
    const page = specialFolder([
      '## Another way',
      '',
      `<!-- { "blockType": "request", "name": "another-way"${annotation} } -->`,
      '',
      '```http',
      line,
      '```',
      '',
    ])
    const { operations } = extractApiPage(readPage('rest-api/api/drive_get_specialfolder.md', page))
    expect(operations.map((operation) => operation.id)).toEqual(['drive_get_specialfolder'])
    expect(operations[0]?.examples).toHaveLength(3)
  })
})

describe("the examples of another route's call", () => {
  // microsoftgraph/microsoft-graph-docs-contrib, today's api-reference/v1.0/api/presence-setstatusmessage.md,
  // cut: its Example 3 gets the presence the POST set, on a route the page does not document.
  const setStatusMessage = [
    '# presence: setStatusMessage',
    '',
    'Set a presence status message for a user.',
    '',
    '## HTTP Request',
    '<!-- { "blockType": "ignored" } -->',
    '```http',
    'POST /users/{userId}/presence/setStatusMessage',
    '```',
    '',
    '## Request body',
    '',
    'In the request body, provide a JSON object with the following parameters.',
    '',
    '| Parameter       | Type            |  Description                                 |',
    '| --------------- | --------------- |------------------------------------------- |',
    '| `statusMessage` | [microsoft.graph.presenceStatusMessage](../resources/presencestatusmessage.md) | Contains the presence status message of the user. |',
    '',
    '## Response',
    'If successful, this method returns a `200 OK` response code.',
    '',
    '## Examples',
    '',
    '### Example 2: Set status message of another user',
    '',
    '#### Request',
    '',
    '# [HTTP](#tab/http)',
    '<!-- {',
    '  "blockType": "request",',
    '  "name": "setstatusmessage-another-user"',
    '}-->',
    '```msgraph-interactive',
    'POST https://graph.microsoft.com/v1.0/users/fa8bf3dc-eca7-46b7-bad1-db199b62afc3/presence/setStatusMessage',
    'Content-Type: application/json',
    '',
    '{',
    '  "statusMessage": {',
    '    "message": {',
    '      "content": "Hey I am available now",',
    '      "contentType": "text"',
    '    }',
    '  }',
    '}',
    '```',
    '',
    '#### Response',
    '',
    '<!-- {',
    '  "blockType": "response",',
    '  "name": "setstatusmessage-another-user",',
    '  "truncated": true',
    '} -->',
    '```http',
    'HTTP/1.1 200 OK',
    '```',
    '',
    '### Example 3: Get another user presence',
    '',
    '#### Request',
    '',
    '# [HTTP](#tab/http)',
    '<!-- {',
    '  "blockType": "request",',
    '  "name": "setstatusmessage-another-user-get-presence"',
    '}-->',
    '```msgraph-interactive',
    'GET https://graph.microsoft.com/v1.0/users/fa8bf3dc-eca7-46b7-bad1-db199b62afc3/presence',
    '```',
    '',
    '#### Response',
    '',
    '<!-- {',
    '  "blockType": "response",',
    '  "name": "setstatusmessage-another-user-get-presence",',
    '  "@odata.type": "microsoft.graph.presence",',
    '  "truncated":"true"',
    '} -->',
    '```http',
    'HTTP/1.1 200 OK',
    'Content-Type: application/json',
    '',
    '{',
    '  "id": "fa8bf3dc-eca7-46b7-bad1-db199b62afc3",',
    '  "availability": "Available",',
    '  "activity": "Available"',
    '}',
    '```',
  ].join('\n')

  it("tell nothing of the operation's response or body, and stay its examples", () => {
    const [operation] = extractApiPage(
      readPage('api-reference/v1.0/api/presence-setstatusmessage.md', setStatusMessage),
    ).operations as OperationDef[]
    expect(operation?.response).toEqual({ status: 200, collection: false, source: 'none' })
    expect(operation?.examples.map((example) => example.method ?? example.status)).toEqual([
      'POST',
      200,
      'GET',
      200,
    ])
    // The GET sends no body, yet the POST's body is no less required for it.
    expect(operation && shapeRequestBody(operation)).toMatchObject({ kind: 'parameters', optional: false })
    expect(
      operation && shapeExamples(operation).map(({ example }) => example.method ?? example.status),
    ).toEqual(['POST', 200])
  })

  // The sample's externalconnectors-externalitem-create.md (microsoftgraph/microsoft-graph-docs,
  // 2021), cut: its one example writes the call with another verb and path than its request line.
  it('are the evidence of a page none of whose requests takes its verb', () => {
    const markdown = [
      '# Create externalItem',
      '',
      '## HTTP request',
      '',
      '```http',
      'POST /connections/{connectionsId}/items',
      '```',
      '',
      '## Response ',
      '',
      'If successful, this method returns `200 OK` response code.',
      '',
      '## Examples',
      '',
      '### Request',
      '<!-- {',
      '  "blockType": "request",',
      '  "name": "create_externalitem_from_externalConnections"',
      '}',
      '-->',
      '``` http',
      'PUT https://graph.microsoft.com/v1.0/connections/contosohr/items/TSP228082938',
      'Content-type: application/json',
      '',
      '{ "content": { "value": "Error in payment gateway...", "type": "text" } }',
      '```',
      '',
      '### Response',
      '',
      '<!-- {',
      '  "blockType": "response",',
      '  "truncated": true',
      '} -->',
      '```http',
      'HTTP/1.1 200 OK',
      '```',
    ].join('\n')
    const [operation] = extractApiPage(readPage('api/externalconnectors-externalitem-create.md', markdown))
      .operations as OperationDef[]
    expect(operation && examplesOfOwnCalls(operation)).toEqual(operation?.examples)
  })
})

// microsoftgraph/microsoft-graph-docs-contrib@00e146a92755a19260d07a735eee6e9df034f45f,
// api-reference/v1.0/api/presence-get.md (test/fixtures/real-trees/graph-v1.0-today-users), cut.
describe('a pluralised `## HTTP Requests` heading', () => {
  it('is the section of the routes: the request examples add none of theirs', () => {
    const markdown = [
      '# Get presence',
      '',
      "Get a user's [presence](../resources/presence.md) information.",
      '',
      '## HTTP Requests',
      '<!-- { "blockType": "ignored" } -->',
      '```http',
      'GET /me/presence',
      'GET /users/{id}/presence',
      'GET /communications/presences',
      '```',
      '',
      '## Examples',
      '',
      '### Example 3: Get the presence information of another user',
      '',
      '#### Request',
      '',
      '# [HTTP](#tab/http)',
      '<!-- {',
      '  "blockType": "request",',
      '  "name": "get-user-presences"',
      '}-->',
      '',
      '```msgraph-interactive',
      'GET https://graph.microsoft.com/v1.0/communications/presences/dc74d9bb-6afe-433d-8eaa-e39d80d3a647',
      '```',
    ].join('\n')
    const [operation] = extractApiPage(
      readPage('api-reference/v1.0/api/presence-get.md', markdown),
    ).operations
    expect(operation && routeLines(operation)).toEqual([
      'GET /me/presence',
      'GET /users/{id}/presence',
      'GET /communications/presences',
    ])
  })
})

describe('request body type from the Request body prose', () => {
  const page = (body: string) =>
    `---\ndoc_type: apiPageType\n---\n# Create x\n\nAdd a [tab](../resources/teamstab.md) to a channel.\n\n## HTTP request\n\`\`\`http\nPOST /teams/{id}/tabs\n\`\`\`\n\n## Request body\n\n${body}\n\n## Response\n\nIf successful, this method returns a \`201 Created\` response code.\n`
  const cases: [string, string, object | undefined][] = [
    [
      'a bare link sentence beats the description',
      'A [teamsTab](../resources/teamstab.md).',
      { type: { kind: 'named', name: 'teamsTab', target: 'resources/teamstab.md' }, collection: false },
    ],
    [
      'an array of objects is a collection',
      'In the request body, supply an array of [patchContentCommand](../resources/patchcontentcommand.md) objects.',
      {
        type: { kind: 'named', name: 'patchContentCommand', target: 'resources/patchcontentcommand.md' },
        collection: true,
      },
    ],
    [
      'no link: the description',
      'In the request body, supply the values.',
      { type: { kind: 'named', name: 'tab', target: 'resources/teamstab.md' }, collection: false },
    ],
    [
      // OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_put_content.md
      'the binary stream of a file: bytes, not the resource the description links',
      'The contents of the request body should be the binary stream of the file to be uploaded.',
      { type: { kind: 'primitive', name: 'Stream' }, collection: false },
    ],
  ]
  it.each(cases)('%s', (_name, body, expected) => {
    const { operations } = extractApiPage(readPage('api/x-post.md', page(body)))
    expect(operations[0]?.requestBody).toEqual(expected)
  })

  // microsoftgraph/microsoft-graph-docs-contrib@028b8e354879f1054adbd96bfa8d16fff4330811,
  // api-reference/v1.0/api/chat-post-pinnedmessages.md: the description links the chat the message is
  // pinned in, the Request body prose links nothing; the body is the message the response names.
  it('gives a create the response type for its body where the description links the place it goes', () => {
    const text = [
      '---\ndoc_type: apiPageType\n---\n# Pin a message in a chat\nNamespace: microsoft.graph\n',
      'Pin a chat message in the specified [chat](../resources/chat.md). This API cannot create a new chat; you must use the [list chats](chat-list.md) method to retrieve the ID of an existing chat before you can pin a chat message.\n',
      '## HTTP request\n<!-- {\n  "blockType": "ignored"\n}\n-->\n``` http\nPOST /chats/{chat-Id}/pinnedMessages\n```\n',
      '## Request body\nIn the request body, supply the ID of a chat message to pin.\n',
      '## Response\n\nIf successful, this method returns a `201 Created` response code and a [pinnedChatMessageInfo](../resources/pinnedchatmessageinfo.md) object in the response body.\n',
    ].join('\n')
    const { operations } = extractApiPage(readPage('api/chat-post-pinnedmessages.md', text))
    expect(operations[0]?.kind).toBe('create')
    expect(operations[0]?.requestBody?.type).toMatchObject({ name: 'pinnedChatMessageInfo' })
  })

  // MicrosoftDocs/microsoft-365-docs microsoft-365/security/defender-endpoint/api/get-alert-related-files-info.md
  // (1226158ebf078e97d1fcdb66ffb7cf1ce2faab81, test/fixtures/real-trees/defender-endpoint), cut.
  it('reads the description under `## API description` where no prose follows the H1', () => {
    const text = [
      '# Get alert related files information API\n',
      '[!INCLUDE [Microsoft 365 Defender rebranding](../../../includes/microsoft-defender.md)]\n',
      '**Applies to:**\n- [Microsoft Defender for Endpoint Plan 1](https://go.microsoft.com/fwlink/?linkid=2154037)\n',
      '## API description\n\nRetrieves all files related to a specific alert.\n',
      '## Limitations\n\n1. Rate limitations for this API are 100 calls per minute and 1500 calls per hour.\n',
      '## HTTP request\n\n```http\nGET /api/alerts/{id}/files\n```\n',
    ].join('\n')
    const { operations } = extractApiPage(readPage('api/get-alert-related-files-info.md', text))
    expect(operations[0]?.description).toBe('Retrieves all files related to a specific alert.')
  })

  it('gives an update the type its description links, whatever word goes before the link', () => {
    const text = [
      '---\ndoc_type: apiPageType\n---\n# Update widget\nNamespace: microsoft.graph\n',
      'Update the properties stored in a [widget](../resources/widget.md) object.\n',
      '## HTTP request\n```http\nPATCH /widgets/{id}\n```\n',
      '## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| name | String | The name. |\n',
      '## Response\n\nIf successful, this method returns a `204 No Content` response code.\n',
    ].join('\n')
    const { operations } = extractApiPage(readPage('api/widget-update.md', text))
    expect(operations[0]?.kind).toBe('update')
    expect(operations[0]?.requestBody?.type).toMatchObject({ name: 'widget' })
  })

  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78, api/teamstab-add.md
  // (its examples are marked `ignored`): the `201 Created` alone returns the tab it created.
  it('gives a create that answers `201 Created` alone the type its body sends', () => {
    const { operations } = extractApiPage(
      readPage('api/x-post.md', page('A [teamsTab](../resources/teamstab.md).')),
    )
    expect(operations[0]?.response).toEqual({
      status: 201,
      type: { kind: 'named', name: 'teamsTab', target: 'resources/teamstab.md' },
      collection: false,
      source: 'sentence',
    })
  })

  // microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api/chat-post-members.md: the
  // new member is where the `Location` header points, and the example shows no body.
  it('gives a create whose `201 Created` examples show headers only no body', () => {
    const markdown = `${page(
      'In the request body, supply a JSON representation of the [teamsTab](../resources/teamstab.md) object.',
    ).replace(
      'response code.',
      'response code and a Location header that provides a URL path to the newly created member object.',
    )}\n## Examples\n\n### Request\n\n<!-- {\n  "blockType": "request",\n  "name": "add_tab"\n} -->\n\n\`\`\`http\nPOST https://graph.microsoft.com/v1.0/teams/19:cf66@thread.v2/tabs\nContent-Type: application/json\n\n{ "displayName": "Tab" }\n\`\`\`\n\n### Response\n\n<!-- \n{\n "blockType": "response",\n  "truncated": true,\n  "name": "add_tab"\n}\n-->\n\`\`\`http\nHTTP/1.1 201 Created\nLocation: /teams/19:cf66@thread.v2/tabs/MCMjMjQz\n\`\`\`\n`
    const { operations } = extractApiPage(readPage('api/x-post.md', markdown))
    expect(operations[0]?.response).toEqual({
      status: 201,
      collection: false,
      source: 'none',
      headers: ['Location'],
    })
  })

  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78, api/teamsapp-publish.md
  it('reads bytes from a `Content-Type` request header of a media type of bytes', () => {
    const markdown = [
      '# Publish teamsapp',
      '',
      'Publish an [app](../resources/teamsapp.md) to the Microsoft Teams apps catalog.',
      '',
      '## HTTP request',
      '',
      '```http\nPOST /appCatalogs/teamsApps\n```',
      '',
      '## Request headers',
      '',
      '| Header        | Value                      |',
      '| :------------ | :------------------------- |',
      '| Authorization | Bearer {token}. Required.  |',
      '| Content-Type  | application/zip. Required. |',
      '',
      '## Request body',
      '',
      'In the request body, include a Teams zip manifest payload. For details, see [Create an app package](/microsoftteams/platform/concepts/apps/apps-package).',
      '',
      '## Response',
      '',
      'If successful, this method returns a `200 OK` response code and a [teamsApp](../resources/teamsapp.md) object.',
    ].join('\n')
    const { operations } = extractApiPage(readPage('api/teamsapp-publish.md', markdown))
    expect(operations[0]?.requestBody).toEqual({
      type: { kind: 'primitive', name: 'Stream' },
      collection: false,
    })
    const html = markdown.replace('application/zip. Required.', '`text/html` or `application/xhtml+xml`')
    const { operations: pages } = extractApiPage(readPage('api/teamsapp-publish.md', html))
    expect(pages[0]?.requestBody?.type).toMatchObject({ kind: 'named', name: 'app' })
  })
})

// The sample's mailsearchfolder-update.md, cut and without its response annotation: the description
// links the derived type, the Response sentence its base; the body is the type the description links
// (an update answering another page's object, userinsightssettings-update.md, needs the types' bases
// to tell apart, which extract does not know).
describe('the body of an update', () => {
  it('is the type the description links where the Response sentence names another', () => {
    const page = [
      '# Update mailSearchFolder',
      '',
      'Update the writable properties of a [mailSearchFolder](../resources/mailsearchfolder.md) object.',
      '',
      '## HTTP request',
      '',
      '```http\nPATCH /me/mailFolders/{id}\n```',
      '',
      '## Response',
      '',
      'If successful, this method returns a `200 OK` response code and an updated [mailFolder](../resources/mailfolder.md) object in the response body.',
    ].join('\n')
    expect(
      extractApiPage(readPage('api/mailsearchfolder-update.md', page)).operations[0]?.requestBody,
    ).toEqual({
      type: { kind: 'named', name: 'mailSearchFolder', target: 'resources/mailsearchfolder.md' },
      collection: false,
    })
  })
})

// microsoftgraph/microsoft-graph-docs-contrib, api-reference/beta/api/riskyserviceprincipal-dismiss.md
// (test/fixtures/real-trees/graph-beta-today): no table, the prose names the member in bold.
describe('body members the Request body prose names in bold', () => {
  const example = `<!-- {\n  "blockType": "request",\n  "name": "riskyserviceprincipal_dismiss"\n}\n-->
\`\`\` http
POST https://graph.microsoft.com/beta/identityProtection/riskyServicePrincipals/dismiss
Content-Type: application/json

{\n  "servicePrincipalIds": [\n    "9089a539-a539-9089-39a5-899039a58990"\n  ]\n}
\`\`\``
  const markdown = (body: string) => `# riskyServicePrincipal: dismiss

Dismiss the risk of one or more [riskyServicePrincipal](../resources/riskyserviceprincipal.md) objects.

## HTTP request

\`\`\` http\nPOST /identityProtection/riskyServicePrincipals/dismiss\n\`\`\`

## Request body
${body}

## Response

If successful, this action returns a \`204 No Content\` response code. It does not return anything in the response body.

## Example

### Request
${example}`
  const bodyOf = (body: string) =>
    extractApiPage(
      readPage('api/riskyserviceprincipal-dismiss.md', markdown(body)),
    ).operations[0]?.parameters.filter((parameter) => parameter.in === 'body')

  it('are body parameters typed from the request example', () => {
    const sentence =
      'In the request body, specify the collection of ids of the risky service principals in a **servicePrincipalIds** property. '
    expect(bodyOf(sentence)).toEqual([
      {
        name: 'servicePrincipalIds',
        in: 'body',
        type: { kind: 'primitive', name: 'String' },
        collection: true,
        required: false,
        description:
          'In the request body, specify the collection of ids of the risky service principals in a servicePrincipalIds property.',
        position: { file: 'api/riskyserviceprincipal-dismiss.md', line: 12, column: 1 },
      },
    ])
  })

  it('are not names the example does not send, nor any where a table lists the body', () => {
    expect(bodyOf('**Note:** specify the ids in a **principalIds** property.')).toEqual([])
    const table =
      '\n| Parameter | Type | Description |\n|:--|:--|:--|\n|servicePrincipalIds|String collection|The ids.|'
    expect(bodyOf(`In a **servicePrincipalIds** property.\n${table}`)).toMatchObject([
      { name: 'servicePrincipalIds', description: 'The ids.' },
    ])
  })
})

// Today's microsoft-graph-docs-contrib api-reference/v1.0/api/bookingbusiness-getstaffavailability.md
// (/tmp/heldout22), lines 9–76 cut short: no table, the prose names two of the members the example sends.
describe("an action's Request body the prose names a member of and the example sends", () => {
  const markdown = (body: string) => `# bookingsBusiness: getStaffAvailability

Get the availability information of [staff members](../resources/bookingstaffmember.md) of a [Microsoft Bookings calendar](../resources/bookingappointment.md).

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\`http
POST /solutions/bookingBusinesses/{id}/getStaffAvailability
\`\`\`

## Request body

${body}

## Response

If successful, this method returns a \`200 OK\` response code and a [staffAvailabilityItem](../resources/staffavailabilityitem.md) collection in the response.

## Example

### Request

<!-- {
  "blockType": "request",
  "name": "bookingbusiness_getstaffavailability"
}-->

\`\`\`http
POST https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/Contosolunchdelivery@contoso.onmicrosoft.com/getStaffAvailability 
Content-Type: application/json

{ 
    "staffIds": [ 
        "311a5454-08b2-4560-ba1c-f715e938cb79" 
    ], 
    "startDateTime": { 
        "dateTime": "2022-01-25T00: 00: 00", 
        "timeZone": "India Standard Time" 
    }, 
    "endDateTime": { 
        "dateTime": "2022-01-26T17: 00: 00", 
        "timeZone": "Pacific Standard Time" 
    } 
}
\`\`\``
  const operationOf = (body: string) =>
    extractApiPage(readPage('api/bookingbusiness-getstaffavailability.md', markdown(body)))
      .operations[0] as OperationDef
  const prose =
    'In the request body, pass the list of staff IDs along with two other parameters of [dateTimeTimeZone resource type](/graph/resources/datetimetimezone) called **startDateTime** and **endDateTime**. These correspond to the two timestamps between which the staff availability will be returned.'

  it('is the object the example sends, its members typed by the link naming them or their values', () => {
    const operation = operationOf(prose)
    const dateTimeTimeZone = { kind: 'named', name: 'dateTimeTimeZone' }
    expect(operation.parameters.filter((parameter) => parameter.in === 'body')).toEqual([
      {
        name: 'staffIds',
        in: 'body',
        type: { kind: 'primitive', name: 'String' },
        collection: true,
        required: false,
        description: '',
        position: { file: 'api/bookingbusiness-getstaffavailability.md', line: 34, column: 1 },
      },
      ...['startDateTime', 'endDateTime'].map((name) => ({
        name,
        in: 'body',
        type: dateTimeTimeZone,
        collection: false,
        required: false,
        description: expect.stringContaining(`called startDateTime and endDateTime.`),
        position: { file: 'api/bookingbusiness-getstaffavailability.md', line: 14, column: 1 },
      })),
    ])
    expect(shapeRequestBody(operation)).toMatchObject({ kind: 'parameters', optional: false })
  })

  it('stays none where the prose names no member the example sends', () => {
    expect(operationOf('Do not supply a request body for this method.').parameters).toEqual([])
    const unnamed = prose.replace(/\*\*/g, '')
    expect(shapeRequestBody(operationOf(unnamed))).toEqual({ kind: 'none' })
  })
})

// microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api/filestoragecontainer-lock.md
// (03a81337d25323e34b23c72dcb327e65f031b5ba), cut short: its one example sends the body.
describe('a Request body the prose says the request may leave out', () => {
  const markdown = (sentence: string) => `# fileStorageContainer: lock

Lock a [fileStorageContainer](../resources/filestoragecontainer.md) to prevent modifications to its contents.

## HTTP request

\`\`\` http\nPOST /storage/fileStorage/containers/{containerId}/lock\n\`\`\`

## Request body
${sentence}

\`\`\`json\n{\n    "lockState": "lockedReadOnly"\n}\n\`\`\`

## Response

If successful, this method returns a \`204 No Content\` response code.

## Examples

### Request

\`\`\` http
POST https://graph.microsoft.com/v1.0/storage/fileStorage/containers/b!ISJs1WRro0y0EWgkUYcktDa0mE8zSlFEqFzqRn70Zwp1CEtDEBZgQICPkRbil_5Z/lock

{\n    "lockState": "lockedReadOnly"\n}
\`\`\``
  const lock = (sentence: string) =>
    extractApiPage(readPage('api/filestoragecontainer-lock.md', markdown(sentence)))
      .operations[0] as OperationDef

  it('is an optional parameter object', () => {
    const operation = lock(
      'In the request body, you can optionally include a JSON representation of the **lockState** property.',
    )
    expect(operation.requestBodyOptional).toBe(true)
    expect(shapeRequestBody(operation)).toMatchObject({
      kind: 'parameters',
      parameters: [{ name: 'lockState', required: false }],
      optional: true,
    })
  })

  // Today's team-archive.md (test/fixtures/real-trees/graph-v1.0-today-core) says it so.
  it('is optional where the prose says one "may _optionally_ include" it', () => {
    const operation = lock(
      'In the request, you may _optionally_ include the `lockState` parameter in a JSON body, as follows.',
    )
    expect(operation.requestBodyOptional).toBe(true)
  })

  it('is required where the prose does not say so', () => {
    const operation = lock(
      'In the request body, include a JSON representation of the **lockState** property.',
    )
    expect(operation.requestBodyOptional).toBeUndefined()
    expect(shapeRequestBody(operation)).toMatchObject({ kind: 'parameters', optional: false })
  })
})

// microsoftgraph/microsoft-graph-docs-contrib, api-reference/beta/api/bookingbusiness-list.md
// (test/fixtures/real-trees/graph-beta-today).
describe('query parameters the Optional query parameters prose names in code', () => {
  const page = (prose: string) => `# List bookingBusinesses

Get a collection of [bookingBusiness](../resources/bookingbusiness.md) objects that has been created for the tenant.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
GET /solutions/bookingbusinesses
\`\`\`

## Optional query parameters
This method supports some of the [OData query parameters](/graph/query-parameters) to help customize the response.

${prose}

## Response
If successful, this method returns a \`200 OK\` response code and collection of [bookingBusiness](../resources/bookingbusiness.md) objects in the response body.

## Examples

#### Request
<!-- {
  "blockType": "request",
  "name": "query_bookingbusinesses"
}-->
\`\`\`msgraph-interactive
GET https://graph.microsoft.com/beta/solutions/bookingbusinesses?query=Adventure
\`\`\`
`
  const queryOf = (prose: string) =>
    extractApiPage(readPage('api/bookingbusiness-list.md', page(prose))).operations[0]?.parameters.filter(
      (parameter) => parameter.in === 'query',
    )

  it('are String query parameters where a request example sends them', () => {
    expect(
      queryOf(
        'This method also supports the `query` parameter which accepts a string value. This parameter limits the GET results to businesses that match the specified string.',
      ),
    ).toEqual([
      {
        name: 'query',
        in: 'query',
        type: { kind: 'primitive', name: 'String' },
        collection: false,
        required: false,
        description: '',
        position: { file: 'api/bookingbusiness-list.md', line: 11, column: 1 },
      },
    ])
  })

  it('are not OData options, nor names no example sends', () => {
    const sendsOptions = page(
      'It also supports `$top`, `select`, `$custom`, the `search` parameter and `region`.',
    ).replace('?query=Adventure', '?$top=5&select=id&search=x&$custom=1')
    const parameters = extractApiPage(readPage('api/bookingbusiness-list.md', sendsOptions)).operations[0]
      ?.parameters
    expect(parameters?.filter((parameter) => parameter.in === 'query')).toEqual([])
  })

  it('are read from a query string with a malformed escape without throwing', () => {
    const malformed = page('It also supports the `query` parameter.').replace(
      '?query=Adventure',
      '?query=Adventure&%ZZ=1',
    )
    const parameters = extractApiPage(readPage('api/bookingbusiness-list.md', malformed)).operations[0]
      ?.parameters
    expect(
      parameters?.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
    ).toEqual(['query'])
  })
})

describe('operationKind', () => {
  const pageKind = (file: string, text: string) => extractApiPage(readPage(file, text)).operations[0]?.kind
  const route = (line: string) => {
    const { route: parsed } = parseRouteTemplate(line, { file: 'x', line: 1, column: 1 })
    if (!parsed) throw new Error(line)
    return parsed
  }
  // [title, request line, response is a collection (undefined: unknown), expected kind]
  const cases: [string, string, boolean | undefined, string][] = [
    ['Get user', 'GET /users/{id}', false, 'get'],
    ['Get user', 'GET /me', false, 'get'],
    ['List events', 'GET /me/events', true, 'list'],
    ['Get events', 'GET /me/events', true, 'list'],
    ['List manager', 'GET /me/manager', false, 'get'],
    ['List manager', 'GET /me/manager', undefined, 'list'],
    ['Enumerate lists', 'GET /sites/{site-id}/lists', true, 'list'],
    ['List recent files', 'GET /me/drive/recent', undefined, 'list'],
    ['Create event', 'POST /me/events', false, 'create'],
    ['Send chatMessage', 'POST /chats/{chat-id}/messages', false, 'create'],
    ['Grant an appRoleAssignment to a group', 'POST /groups/{id}/appRoleAssignments', false, 'create'],
    ['Add member', 'POST /groups/{id}/members/$ref', false, 'create'],
    ['Assign manager', 'PUT /users/{id}/manager/$ref', false, 'update'],
    ['Remove member', 'DELETE /groups/{id}/members/{id}/$ref', false, 'delete'],
    ['List members', 'GET /groups/{id}/members/$ref', true, 'list'],
    ['Get photo', 'GET /me/photo/$value', false, 'get'],
    ['Update photo', 'PUT /me/photo/$value', false, 'update'],
    ['calendar: getSchedule', 'POST /me/calendar/getSchedule', false, 'action'],
    [
      'ChartCollection: add',
      'POST /me/drive/items/{id}/workbook/worksheets/{id}/charts/add',
      false,
      'action',
    ],
    ['WorksheetCollection: add', 'POST /me/drive/items/{id}/workbook/worksheets', false, 'create'],
    ['Create a sharing link for a DriveItem', 'POST /me/drive/items/{itemId}/createLink', false, 'action'],
    ['Send mail', 'POST /me/sendMail', undefined, 'action'],
    ['checkMemberGroups', 'POST /me/checkMemberGroups', true, 'action'],
    ['user: delta', 'GET /users/delta', true, 'function'],
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/drive-recent.md (2025)
    ['drive: recent (deprecated)', 'GET /me/drive/recent', true, 'function'],
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/userteamwork-teamsappinstallation-upgrade.md
    [
      'teamsAppInstallation in personal scope: upgrade',
      'POST /users/{user-id | user-principal-name}/teamwork/installedApps/{app-installation-id}/upgrade',
      undefined,
      'action',
    ],
    // Other titles with a colon after several words are prose: they veto nothing.
    ['Send mail: overview', 'POST /me/sendMail', undefined, 'action'],
    ['Get user mail tips: deprecated', 'POST /me/getMailTips', undefined, 'action'],
    [
      'Get Range',
      "GET /me/drive/items/{id}/workbook/worksheets/{id}/range(address='<address>')",
      false,
      'function',
    ],
    ['Chart: delete', 'DELETE /me/drive/items/{id}/workbook/worksheets/{id}/charts/{name}', false, 'delete'],
    // Today's microsoft-graph-docs-contrib api-reference/v1.0/api/place-descendants.md: the H1 names
    // the segment before the trailing placeholder, which is the function's argument, not a key.
    ['place: descendants', 'GET /places/{id}/descendants/{placeType}', true, 'function'],
    ['place: get', 'GET /places/{id}/descendants/{placeType}', true, 'get'],
    ['Update user', 'PATCH /users/{id}', false, 'update'],
    ['wipe action', 'POST /deviceManagement/managedDevices/{managedDeviceId}/wipe', false, 'action'],
    [
      'getAuditActivityTypes function',
      'GET /deviceManagement/auditEvents/getAuditActivityTypes',
      true,
      'function',
    ],
    [
      'List contentVersions',
      'GET /deviceAppManagement/mobileApps/{id}/microsoft.graph.mobileLobApp/contentVersions',
      true,
      'list',
    ],
    [
      'Get mobileLobApp',
      'GET /deviceAppManagement/mobileApps/{id}/microsoft.graph.mobileLobApp',
      false,
      'get',
    ],
  ]
  it.each(cases)('%s: %s', (title, line, collection, kind) => {
    expect(
      operationKind({ title, routes: [route(line)], ...(collection === undefined ? {} : { collection }) }),
    ).toBe(kind)
  })

  it('takes a `name(…)` call in a request example as naming the segment', () => {
    const routes = [route('GET /deviceManagement/auditEvents/getAuditActivityTypes')]
    expect(operationKind({ title: 'Audit activity types', routes, collection: true })).toBe('list')
    const exampleUrls = [
      "https://graph.microsoft.com/v1.0/deviceManagement/auditEvents/getAuditActivityTypes(category='x')",
    ]
    expect(operationKind({ title: 'Audit activity types', routes, collection: true, exampleUrls })).toBe(
      'function',
    )
  })

  // [request line, the request example's `target`, expected kind]
  const targeted: [string, string, string][] = [
    ['GET /me/drive/recent', 'action', 'function'],
    ['GET /me/drive/sharedWithMe', 'function', 'function'],
    ['POST /drives/{id}/items/{id}/checkin', 'action', 'action'],
    ['POST /drives/{id}/items/{id}/children', 'collection', 'create'],
    ['GET /drives/{id}/items/{id}/children', 'collection', 'list'],
    ['GET /drives/{id}/root', 'object', 'get'],
    ['PATCH /drives/{id}/items/{id}', 'action', 'update'],
    ['POST /groups/{id}/members/$ref', 'action', 'create'],
    ['GET /me/drive/recent', 'scaffolding', 'list'],
  ]
  it.each(targeted)('%s with `"target": "%s"` is %s', (line, target, kind) => {
    expect(
      operationKind({ title: 'List recent files', routes: [route(line)], exampleTargets: [target] }),
    ).toBe(kind)
  })

  it('takes a Response sentence saying `this function returns` as naming the segment', () => {
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/identityproviderbase-availableprovidertypes.md
    const page = [
      '# List availableProviderTypes',
      '',
      '## HTTP request',
      '',
      '```http',
      'GET /identity/identityProviders/availableProviderTypes',
      '```',
      '',
      '## Response',
      '',
      'If successful, this function returns a `200 OK` response code and a string collection in the response body. The string collection contains the names of the identity providers supported in the tenant.',
      '',
    ].join('\n')
    const file = 'api/identityproviderbase-availableprovidertypes.md'
    expect(pageKind(file, page)).toBe('function')
    expect(pageKind(file, page.replace('this function returns', 'this method returns'))).toBe('list')
  })

  it('lets the route ending in the named operation decide when the routes use two verbs', () => {
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/driveitem-unfollow.md
    // (0afa5994): the DELETE on the `following` collection is written before the action it stands for
    const page = [
      '# Unfollow drive item',
      '',
      '## HTTP request',
      '',
      '<!-- { "blockType": "ignored" } -->',
      '',
      '```http',
      'DELETE /me/drive/following/{item-id}',
      'DELETE /users/{user-id}/drive/following/{item-id}',
      'POST /me/drive/items/{item-id}/unfollow',
      'POST /users/{user-id}/drive/items/{item-id}/unfollow',
      '```',
      '',
      '## Response',
      '',
      'If successful, the API call returns a `204 No Content`. It does not return anything in the response body.',
      '',
    ].join('\n')
    const file = 'api/driveitem-unfollow.md'
    expect(pageKind(file, page)).toBe('action')
    // Without a route the title names, the first route's verb still decides.
    expect(pageKind(file, page.replace('# Unfollow drive item', '# Stop following an item'))).toBe('delete')
  })

  it('takes a PUT that answers `201 Created` under a `Create …` title as a create', () => {
    // Today's tenantrelationship-put-multitenantorganization.md.
    const { text: page } = realTreePage(
      'graph-v1.0-today-more',
      'api-reference/v1.0/api/tenantrelationship-put-multitenantorganization.md',
    )
    const file = 'api/tenantrelationship-put-multitenantorganization.md'
    expect(pageKind(file, page)).toBe('create')
    // A PUT that answers `200 OK` or `204 No Content` replaces, whatever its title.
    expect(pageKind(file, page.replace('`201 Created`', '`204 No Content`'))).toBe('update')
    // OneDrive's driveitem_put_content.md answers `201 Created` too, and its title says it replaces.
    const upload = page.replace(
      '# Create multiTenantOrganization',
      '# Upload or replace the contents of a DriveItem',
    )
    expect(pageKind(file, upload)).toBe('update')
    // An upsert's `Create or replace …` / `Create or update …` replaces too.
    for (const title of ['# Create or replace schedule', '# Create or update a multiTenantOrganization'])
      expect(pageKind(file, page.replace('# Create multiTenantOrganization', title))).toBe('update')
  })

  it('reads no key in a trailing placeholder the page says holds a type name', () => {
    // Today's microsoft-graph-docs-contrib api-reference/v1.0/api/place-descendants.md:
    //   > `{placeType}` can be any supported place type such as `microsoft.graph.building`, …
    const routes = [route('GET /places/{id}/descendants/{placeType}')]
    const holdsTypeName = (name: string) => name === 'placeType'
    expect(operationKind({ title: 'Get descendants', routes, collection: true, holdsTypeName })).toBe('list')
    expect(operationKind({ title: 'Get descendants', routes, collection: true })).toBe('get')
  })

  it('lets most routes decide between one item and a collection', () => {
    const routes = [
      'GET /me/messages/{id}/attachments',
      'GET /users/{id}/messages/{id}/attachments',
      'GET /me/mailFolders/{id}/messages/{id}/attachments/{id}',
    ].map(route)
    expect(operationKind({ title: 'List attachments', routes, collection: true })).toBe('list')
  })

  const spelled: [string, string, boolean][] = [
    ['Send mail', 'sendMail', true],
    ['Create upload session', 'createUploadSession', true],
    ['Create a sharing link for a DriveItem', 'createLink', true],
    ['List events', 'events', false],
    ['Create event', 'events', false],
    ['Get schedule', 'schedule', false],
    ['Forward message', 'forward', true],
  ]
  it.each(spelled)('title %s spells %s: %s', (title, segment, expected) => {
    expect(titleSpells(title, segment)).toBe(expected)
  })
})

describe('the description under the H1', () => {
  const RESPONSE = ['## HTTP request', '', '```http', 'GET /widgets/{id}', '```', '']
  it.each([
    [
      'the prose after the namespace line',
      ['Namespace: microsoft.graph', '', 'Get a widget.'],
      'Get a widget.',
    ],
    [
      'prose in the namespace line’s paragraph',
      ['Namespace: microsoft.graph', 'Get a widget.'],
      'Get a widget.',
    ],
    [
      'prose after an include',
      ['[!INCLUDE [beta](../includes/beta.md)]', '', 'Get a widget.'],
      'Get a widget.',
    ],
    ['prose after a bold label', ['**Applies to:**', '', 'Get a widget.'], 'Get a widget.'],
    ['nothing but the namespace', ['Namespace: microsoft.graph'], ''],
  ])('is %s, as a resource page reads it', (_, lead, description) => {
    const lines = ['# Get widget', '', ...lead, '', ...RESPONSE]
    const operation = extractApiPage(readPage('api/widget-get.md', lines.join('\n'))).operations[0]
    expect(operation?.description).toBe(description)
    const resource = extractPage(
      'resources/widget.md',
      ['# widget resource type', '', ...lead, ''].join('\n'),
    )
    expect(resource.types[0]?.description ?? '').toBe(description)
  })
})
