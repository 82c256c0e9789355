/**
 * An update that answers `204 No Content`, or `200 OK` and the updated object where the request
 * asks for it (`Prefer: return=representation`): every output answers 204 without content unless
 * asked, and documents the 200 with the object beside it. Excerpt of
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/securescorecontrolprofile-update.md
 * (today's Graph v1.0) and its resource page, cut short; the 200 example's body is cut to members
 * that parse (the page's has a trailing comma).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { openApiDocument } from '../../src/emit/openapi/index.js'
import { verify } from '../../src/index.js'
import { type RunningMock, startMockServer } from '../../src/mock/serve.js'
import type { ApiModel } from '../../src/model.js'
import { shapeApi } from '../../src/shape/api-shape.js'
import { mockOfPages, verifyPages } from '../support/pages-mock.js'

const PROFILE = `# secureScoreControlProfile resource type

Namespace: microsoft.graph

Represents a tenant's secure score per control data.

## Properties

|Name |Type |Description |
|:--|:--|:--|
|comment|String|Analyst comments on the control.|
|id|String|Provider-generated GUID/unique identifier. Read-only. Required.|
|title|String|Title of the control.|
`

const UPDATE = `# Update secureScoreControlProfile

Namespace: microsoft.graph

Update an editable secureScoreControlProfile object within any integrated solution to change various properties, such as assignedTo or tenantNote.

## HTTP request

\`\`\`http
PATCH /security/secureScoreControlProfiles/{id}
\`\`\`

## Request headers

| Name       | Description|
|:-----------|:-----------|
| Authorization  | Bearer {code}. Required.|
|Prefer | return=representation. |

## Request body

| Property   | Type |Description|
|:---------------|:--------|:----------|
|comment|String|Analyst comments on the control (for customer control management).|

## Response

If successful, this method returns a \`204 No Content\` response code.

If the optional request header is used, the method returns a \`200 OK\` response code and the updated [secureScoreControlProfiles](../resources/securescorecontrolprofile.md) object in the response body.

## Example

### Example 1: Request without Prefer header

### Request

<!-- {
  "blockType": "request",
  "name": "securescorecontrolprofiles_update_1",
  "sampleKeys": ["NonOwnerAccess"]
}-->

\`\`\`http
PATCH https://graph.microsoft.com/v1.0/security/secureScoreControlProfiles/NonOwnerAccess
Content-type: application/json

{
  "comment": "control is reviewed"
}
\`\`\`

### Response

<!-- {
  "blockType": "response"
} -->

\`\`\`http
HTTP/1.1 204 No Content
\`\`\`

### Example 2: Request with Prefer header

#### Request

<!-- {
  "blockType": "request",
  "name": "securescorecontrolprofiles_update_2",
  "sampleKeys": ["NonOwnerAccess"]
}-->

\`\`\`http
PATCH https://graph.microsoft.com/v1.0/security/secureScoreControlProfiles/NonOwnerAccess
Content-type: application/json

{
  "comment": "control is reviewed"
}
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "truncated": false,
  "@odata.type": "microsoft.graph.secureScoreControlProfile"
} -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
  "id": "NonOwnerAccess",
  "title": "Review mailbox access by non-owners bi-weekly"
}
\`\`\`
`

const PAGES = [
  { file: 'resources/securescorecontrolprofile.md', text: PROFILE },
  { file: 'api/securescorecontrolprofile-update.md', text: UPDATE },
]

const URL_PATH = '/security/secureScoreControlProfiles/NonOwnerAccess'

let model: ApiModel
beforeAll(() => {
  model = buildModel(PAGES)
})

describe('a 204 No Content beside the object a request header asks for', () => {
  it('is the status of the model, the 200 one of its other successes', () => {
    expect(model.operations[0]?.response).toMatchObject({ status: 204, otherSuccesses: [200] })
  })

  it('answers the object at 200, and nothing at 204', () => {
    const [operation] = model.operations
    const shape = operation && shapeApi(model).of(operation)
    expect(shape?.response).toMatchObject({ kind: 'object', status: 200 })
    const responses = Object.values(openApiDocument(model).paths)[0]?.patch?.responses ?? {}
    expect(responses['204']).toEqual({ description: 'No Content' })
    expect(responses['200']).toMatchObject({
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/microsoft.graph.secureScoreControlProfile' },
          examples: { 'example-1': { value: { id: 'NonOwnerAccess' } } },
        },
      },
    })
  })

  it('is the object or nothing to the client and the handler', () => {
    const files = emitAll(model)
    const client = files.find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(client).toContain(
      'patch(body: Bindable<T.SecureScoreControlProfile>, options?: RequestOptions): Promise<T.SecureScoreControlProfile | undefined>',
    )
    const handlers = files.find((file) => file.path === 'server/handlers.ts')?.text ?? ''
    expect(handlers).toMatch(
      /securescorecontrolprofileUpdate: Handler<.*, T\.SecureScoreControlProfile \| undefined>/,
    )
  })

  describe('the mock', () => {
    let mock: RunningMock
    beforeAll(async () => {
      mock = await startMockServer(PAGES, { port: 0, host: '127.0.0.1', log: false })
    })
    afterAll(() => mock.close())

    const update = (headers: Record<string, string>) =>
      fetch(`${mock.url}/v1.0${URL_PATH}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ comment: 'control is reviewed' }),
      })

    it('answers 204 without the header, and the 200 example with it', async () => {
      const plain = await update({})
      expect(plain.status).toBe(204)
      expect(await plain.text()).toBe('')
      const asked = await update({ prefer: 'return=representation' })
      expect(asked.status).toBe(200)
      expect(await asked.json()).toMatchObject({ id: 'NonOwnerAccess' })
    })

    it('agrees with every example of the page (verify --unsafe)', async () => {
      const docs = mkdtempSync(join(tmpdir(), 'doc2ts-representation-'))
      try {
        for (const { file, text } of PAGES) {
          mkdirSync(join(docs, file, '..'), { recursive: true })
          writeFileSync(join(docs, file), text)
        }
        const { summary, findings } = await verify({ docs, baseUrl: mock.url, unsafe: true })
        expect(findings).toEqual([])
        expect(summary).toMatchObject({ examples: 2, agreed: 2 })
      } finally {
        rmSync(docs, { recursive: true, force: true })
      }
    })
  })
})

// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/plannerplan-update.md
// (3bd18aecba9fb3c1331c2f07d21580b75fc2ef6a) and resources/plannerplan.md
// (7ead8b72fdfcf17b9f9d83e4707ae35bcc47bd81), cut short: its only example asks for the object
// (`Prefer: return=representation`) and shows the 200, so neither openapi.json nor the mock had the 204.
const PLAN = `# plannerPlan resource type

Namespace: microsoft.graph

## Properties
| Property	   | Type	|Description|
|:---------------|:--------|:----------|
|id|String| Read-only. ID of the plan.|
|title|String|Required. Title of the plan.|

## JSON representation
<!-- { "blockType": "resource", "baseType": "microsoft.graph.entity", "@odata.type": "microsoft.graph.plannerPlan" }-->
\`\`\`json
{ "id": "String (identifier)", "title": "String" }
\`\`\`
`

const PLAN_UPDATE = `# Update plannerPlan

Namespace: microsoft.graph

Update the properties of a **plannerPlan** object.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
PATCH /planner/plans/{plan-id}
\`\`\`

## Request body

| Property	   | Type	|Description|
|:---------------|:--------|:----------|
|title|String|Title of the plan.|

## Response

If successful, this method returns \`204 No Content\` response and empty content. If the request specifies \`Prefer\` header with \`return=representation\` preference, then this method returns a \`200 OK\` response code and an updated [plannerPlan](../resources/plannerplan.md) object in the response body.

## Example
##### Request
<!-- {
  "blockType": "request",
  "name": "update_plannerplan"
}-->
\`\`\`http
PATCH https://graph.microsoft.com/v1.0/planner/plans/{plan-id}
Content-type: application/json
Prefer: return=representation

{
  "title": "title-value"
}
\`\`\`

##### Response
<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.plannerPlan"
} -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
  "title": "title-value",
  "id": "xqQg5FS2LkCp935s-FIFm2QAFkHM"
}
\`\`\`
`

describe('a 204 No Content beside the object a request header asks for, shown only as asked', () => {
  const pages = [
    { file: 'resources/plannerplan.md', text: PLAN },
    { file: 'api/plannerplan-update.md', text: PLAN_UPDATE },
  ]
  const mock = mockOfPages(pages)
  const update = (headers: Record<string, string>) =>
    fetch(`${mock().url}/v1.0/planner/plans/xqQg5FS2`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ title: 'title-value' }),
    })

  it('lists both answers in openapi.json', () => {
    const responses = openApiDocument(buildModel(pages)).paths['/planner/plans/{planId}']?.patch?.responses
    expect(responses?.['204']).toEqual({ description: 'No Content' })
    expect(responses?.['200']).toMatchObject({
      description: 'OK',
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/microsoft.graph.plannerPlan' } },
      },
    })
  })

  it('is answered by the mock without content unless the request asks for the object', async () => {
    const plain = await update({})
    expect(plain.status).toBe(204)
    expect(await plain.text()).toBe('')
    const asked = await update({ prefer: 'return=representation' })
    expect(asked.status).toBe(200)
    expect(await asked.json()).toMatchObject({ id: 'xqQg5FS2LkCp935s-FIFm2QAFkHM' })
  })

  it('agrees with the example of the page, which asks (verify --unsafe)', async () => {
    const { summary, findings } = await verifyPages(pages, mock().url)
    expect(findings).toEqual([])
    expect(summary).toMatchObject({ examples: 1, agreed: 1 })
  })
})
