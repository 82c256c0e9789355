/**
 * A page that names no response type takes the Return Type of the Methods rows that link it.
 * Excerpts of MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0,
 * resources/dynamics_currency.md (0566a9d3aee9ef4023ad4e5fe34f9e73aa54802c),
 * api/dynamics_currency_get.md (0cd1dbbaf104281988695402c038de1d6c4ddc65) and
 * api/dynamics_currency_delete.md (0566a9d3aee9ef4023ad4e5fe34f9e73aa54802c): the Response sentence
 * names the entity set in bold, unlinked; the example body has no `@odata.type`.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { CURRENCY_RESOURCE as RESOURCE } from '../support/business-central.js'

const api = (verb: string, sentence: string, example: string) => `# ${verb} currencies

## HTTP request
\`\`\`
${verb.toUpperCase()} /companies({id})/currencies({id})
\`\`\`

## Response
${sentence}

## Example

**Response**

\`\`\`json
${example}
\`\`\`
`

const GET = api(
  'Get',
  'If successful, this method returns a ```200 OK``` response code and a **currencies** object in the response body.',
  '{\n    "id": "0ca5738a-44e3-ea11-bb43-000d3a2feca1",\n    "code": "CAD"\n}',
)
const DELETE = api(
  'Delete',
  'If successful, this method returns ```204 No Content``` response code and deletes the **currency**. It does not return anything in the response body.',
  'HTTP/1.1 204 No Content',
)

describe('responses the Methods table gives', () => {
  it("types a response the page names no type for by the Methods rows' Return Type", () => {
    const model = buildModel([
      { file: 'resources/dynamics_currency.md', text: RESOURCE },
      { file: 'api/dynamics_currency_get.md', text: GET },
      { file: 'api/dynamics_currency_delete.md', text: DELETE },
    ])
    const byId = Object.fromEntries(model.operations.map((operation) => [operation.id, operation]))
    expect(byId.dynamics_currency_get?.response).toMatchObject({
      status: 200,
      type: { kind: 'named', name: 'currency', resolved: 'microsoft.graph.currency' },
      collection: false,
      source: 'methods',
    })
    // A 204 answers no body, and its row says `none`.
    expect(byId.dynamics_currency_delete?.response).toEqual({
      status: 204,
      collection: false,
      source: 'none',
    })
  })

  it('keeps a response the page types, and takes nothing where the rows linking it disagree', () => {
    const typed = GET.replace(
      'a **currencies** object',
      'a [currency](../resources/dynamics_currency.md) object',
    )
    const other = RESOURCE.replace('# currency resource type', '# money resource type')
      .replace('|currency|Gets a currency object.|', '|money|Gets money.|')
      .replace(/\|\[DELETE[^\n]*\n/, '')
      .replace('|code|string|', '|amount|decimal|')
    const model = buildModel([
      { file: 'resources/dynamics_currency.md', text: RESOURCE },
      { file: 'resources/dynamics_money.md', text: other },
      { file: 'api/dynamics_currency_get.md', text: GET },
      { file: 'api/typed_get.md', text: typed },
    ])
    const byId = Object.fromEntries(model.operations.map((operation) => [operation.id, operation]))
    expect(byId.dynamics_currency_get?.response).toMatchObject({ source: 'none' })
    expect(byId.dynamics_currency_get?.response).not.toHaveProperty('type')
    expect(byId.typed_get?.response).toMatchObject({ source: 'sentence', type: { name: 'currency' } })
  })

  it('types the body of a create or update by its Methods row, as a page that names its response', () => {
    // resources/dynamics_company.md of the same tree: its Navigation table makes `currencies` the
    // collection a POST creates in.
    const COMPANY =
      '# company resource type\n\n## Navigation\n\n| Navigation |Return Type| Description |\n|---|---|---|\n|[currencies](dynamics_currency.md)|currencies |Gets the currencies of the company.|\n\n## Properties\n\n| Property | Type |Description |\n|---|---|---|\n|id|GUID|The unique ID of the company. Non-editable.|\n'
    // api/dynamics_customer_create.md (test/fixtures/real-trees/business-central): "supply a JSON
    // representation of **customers** object.", the bold unread, beside a `customer` row.
    const write = (verb: string, title: string, status: string) => `# ${title} currencies

## HTTP request
\`\`\`
${verb} /companies({id})/currencies${verb === 'POST' ? '' : '({id})'}
\`\`\`

## Request body
In the request body, supply a JSON representation of **currencies** object.

## Response
If successful, this method returns ${status} response code and a **currencies** object in the response body.

## Example

**Request**

\`\`\`json
${verb} https://{businesscentralPrefix}/api/v2.0/companies({id})/currencies${verb === 'POST' ? '' : '({id})'}
Content-type: application/json

{ "code": "CAD" }
\`\`\`
`
    const rows = [
      '|[POST currency](../api/dynamics_create_currency.md)|currency|Creates a currency object.|',
      '|[PATCH currency](../api/dynamics_currency_update.md)|currency|Updates a currency object.|',
    ].join('\n')
    const model = buildModel([
      {
        file: 'resources/dynamics_currency.md',
        text: RESOURCE.replace('|[DELETE currency]', `${rows}\n|[DELETE currency]`),
      },
      { file: 'resources/dynamics_company.md', text: COMPANY },
      { file: 'api/dynamics_create_currency.md', text: write('POST', 'Create', '```201 Created```') },
      { file: 'api/dynamics_currency_update.md', text: write('PATCH', 'Update', '```200 OK```') },
    ])
    const currency = { type: { kind: 'named', resolved: 'microsoft.graph.currency' }, collection: false }
    expect(model.operations.map((operation) => operation.kind).sort()).toEqual(['create', 'update'])
    for (const operation of model.operations)
      expect(operation.requestBody, operation.id).toMatchObject(currency)
  })

  it('takes nothing where every response example shows no body', () => {
    // The Graph sample's api/externalconnectors-externalitem-create.md (microsoftgraph/microsoft-graph-docs,
    // mid-2021): "returns `200 OK` response code." over a bare `HTTP/1.1 200 OK`, its Methods row `externalItem`.
    const bare = api('Get', 'If successful, this method returns `200 OK` response code.', 'HTTP/1.1 200 OK')
    const model = buildModel([
      { file: 'resources/dynamics_currency.md', text: RESOURCE },
      { file: 'api/dynamics_currency_get.md', text: bare },
    ])
    expect(model.operations[0]?.response).toEqual({ status: 200, collection: false, source: 'none' })
  })

  it('takes the Methods row where the sentence names only an object, its bold unread', () => {
    // api/dynamics_project_update.md (046f8132b76420a1449a0e04620bbfe50efdae18), same repository: the
    // bold name ends in a space (`**projects **`), so no bold is read and only "object" is left.
    const sentence =
      'If successful, this method returns a ```200 OK``` response code and an updated **currencies ** object in the response body.'
    const model = buildModel([
      { file: 'resources/dynamics_currency.md', text: RESOURCE },
      { file: 'api/dynamics_currency_get.md', text: GET.replace(/^If successful.*$/m, sentence) },
    ])
    expect(model.operations[0]?.response).toMatchObject({
      type: { kind: 'named', resolved: 'microsoft.graph.currency' },
      collection: false,
      source: 'methods',
    })
  })
})

/**
 * A GET whose page names no response type was told a get or a list by its title; the Methods row
 * that types it decides. Excerpts of MicrosoftDocs/microsoft-365-docs
 * microsoft-365/security/defender-endpoint/api/ alerts.md and get-alert-related-files-info.md
 * (1226158ebf078e97d1fcdb66ffb7cf1ce2faab81, test/fixtures/real-trees/defender-endpoint).
 */
describe('the kind of a GET the Methods table types', () => {
  const RELATED_FILES = (title: string) => `# ${title}

## HTTP request

\`\`\`http
GET /api/alerts/{id}/files
\`\`\`

## Response

If successful and alert and files exist - 200 OK. If alert not found - 404 Not Found.
`
  const ALERTS = (returned: string) => `# Alert resource type

## Methods

|Method|Return Type|Description|
|---|---|---|
|[List related files](get-alert-related-files-info.md)|${returned}|List the [file](files.md) entities that are associated with the [alert](alerts.md).|

## Properties

|Property|Type|Description|
|---|---|---|
|id|String|Alert ID.|
`
  const FILES = `# File resource type\n\n## Properties\n\n|Property|Type|Description|\n|---|---|---|\n|sha1|String|Sha1 hash of the file content.|\n`
  const kindOf = (title: string, returned: string) =>
    buildModel([
      { file: 'api/get-alert-related-files-info.md', text: RELATED_FILES(title) },
      { file: 'api/alerts.md', text: ALERTS(returned) },
      { file: 'api/files.md', text: FILES },
    ]).operations[0]?.kind

  it('is a list where the row returns a collection (the title says "Get")', () => {
    expect(kindOf('Get alert related files information API', '[File](files.md) collection')).toBe('list')
  })

  it('takes the query options of a list where the page says it supports the OData query parameters', () => {
    const page = RELATED_FILES('Get alert related files information API').replace(
      '## Response',
      '## Optional query parameters\n\nThis method supports the [OData query parameters](/graph/query-parameters).\n\n## Response',
    )
    const [operation] = buildModel([
      { file: 'api/get-alert-related-files-info.md', text: page },
      { file: 'api/alerts.md', text: ALERTS('[File](files.md) collection') },
      { file: 'api/files.md', text: FILES },
    ]).operations
    expect(operation?.queryOptions).toEqual([
      '$select',
      '$expand',
      '$filter',
      '$orderby',
      '$top',
      '$skip',
      '$count',
      '$search',
    ])
    expect(operation && 'standardQueryOptions' in operation).toBe(false)
  })

  it('is a get where the row returns one object (the title says "List")', () => {
    expect(kindOf('List related files', '[File](files.md)')).toBe('get')
  })
})

/**
 * A response annotation names the type by a short form of its name, unlinked; the Methods row that
 * links the page links the type's page under that name. Cut from today's Graph docs,
 * api-reference/v1.0/resources/securescore.md (the page of `secureScores`) and
 * api-reference/v1.0/api/securescore-get.md (the Response sentence names **secureScore** in bold).
 */
describe('a response type the page names without a link', () => {
  const SECURE_SCORES = `# secureScores resource type

## Methods

| Method   | Return Type|Description|
|:---------------|:--------|:----------|
|[Get secureScore](../api/securescore-get.md) | [secureScore](securescore.md) |Read properties and metadata of a secureScore object. |

## Properties

|Property |Type |Description |
|:--|:--|:--|
|id |String|Provider-generated GUID/unique identifier. Read-only. Required.|
|	currentScore	|	Double	|	Tenant current attained score on specified date.	|

## JSON representation

<!-- {
  "blockType": "resource",
  "optionalProperties": [

  ],
  "@odata.type": "microsoft.graph.secureScores"
}-->

\`\`\`json
{
"id": "String (identifier)",
"currentScore": "Double"
}
\`\`\`
`
  const GET = `# Get secureScore

Retrieve the properties and relationships of a [secureScore](../resources/securescore.md) object.

## HTTP request

\`\`\`http
GET /security/secureScores/{id}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a **secureScore** object in the response body.

## Example

### Request

<!-- {
  "blockType": "request",
  "name": "get_securescores"
}-->

\`\`\`http
GET https://graph.microsoft.com/v1.0/security/secureScores/{id}
\`\`\`

### Response

<!-- {
  "blockType": "response",
  "truncated": false,
  "@odata.type": "microsoft.graph.secureScore"
} -->

\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{
  "id": "00000001-0001-0001-0001-000000000001c_2019-03-19",
  "currentScore": 387
}
\`\`\`
`
  const getPage = { file: 'api-reference/v1.0/api/securescore-get.md', text: GET }

  it('is the type of the page the Methods rows linking it link, under the name they give it', () => {
    const model = buildModel([
      { file: 'api-reference/v1.0/resources/securescore.md', text: SECURE_SCORES },
      getPage,
    ])
    expect(model.operations[0]?.response.type).toMatchObject({ resolved: 'microsoft.graph.secureScores' })
    expect(Object.keys(model.undocumented)).not.toContain('microsoft.graph.secureScore')
  })

  it('is reported where the annotation names it, when no page defines it', () => {
    const model = buildModel([getPage])
    const unresolved = model.diagnostics.filter((found) => found.code === 'unresolved-type')
    const statusLine = GET.split('\n').indexOf('HTTP/1.1 200 OK') + 1
    expect(unresolved.map((found) => found.line)).toEqual([statusLine])
  })
})
