/**
 * Routes the docs write in two letter cases (`/security/securescorecontrolprofiles/{id}` beside
 * `/security/secureScoreControlProfiles/{id}`) are one path item of openapi.json, as Graph, the
 * server and the client read them, spelt as the client's path tree keeps the segment
 * (`literalSpellings`): one resource for OpenAPI tools, both operations under it.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'

// Today's microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/securescorecontrolprofile-get.md, cut.
const GET = `# Get secureScoreControlProfile

Retrieve the properties and relationships of an [securescorecontrolprofile](../resources/securescorecontrolprofile.md) object.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
GET /security/securescorecontrolprofiles/{id}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a **secureScoreControlProfile** object in the response body.
`
// The same tree's securescorecontrolprofile-update.md, cut.
const UPDATE = `# Update secureScoreControlProfile

Namespace: microsoft.graph

Update an editable **secureScoreControlProfile** object within any integrated solution to change various properties, such as **assignedTo** or **tenantNote**.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
PATCH /security/secureScoreControlProfiles/{id}
\`\`\`

## Response

If successful, this method returns a \`204 No Content\` response code.
`
// The same tree's security-list-securescorecontrolprofiles.md, cut: the collection's own spelling.
const LIST = `# List secureScoreControlProfiles

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
GET /security/secureScoreControlProfiles
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a collection of **secureScoreControlProfile** objects in the response body.
`

const documentOf = (pages: { file: string; text: string }[]) =>
  JSON.parse(
    emitAll(buildModel(pages)).find((file) => file.path === 'openapi.json')?.text ?? '{}',
  ) as OpenApiDocument

const methodsByPath = (document: OpenApiDocument) =>
  Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [path, Object.keys(item)]))

const GET_PAGE = { file: 'api/securescorecontrolprofile-get.md', text: GET }
const UPDATE_PAGE = { file: 'api/securescorecontrolprofile-update.md', text: UPDATE }

describe('routes spelt alike but for letter case', () => {
  it('are one path item with every operation, in the spelling most routes write', () => {
    const document = documentOf([
      GET_PAGE,
      { file: 'api/security-list-securescorecontrolprofiles.md', text: LIST },
      UPDATE_PAGE,
    ])
    expect(methodsByPath(document)).toEqual({
      '/security/secureScoreControlProfiles': ['get'],
      '/security/secureScoreControlProfiles/{id}': ['get', 'patch'],
    })
    // The operation id reads the path as it spells it.
    expect(document.paths['/security/secureScoreControlProfiles/{id}']?.get?.operationId).toBe(
      'security.secureScoreControlProfiles.get',
    )
  })

  it('take the spelling with capitals where as many routes write each, whichever page comes first', () => {
    for (const pages of [
      [GET_PAGE, UPDATE_PAGE],
      [UPDATE_PAGE, GET_PAGE],
    ])
      expect(methodsByPath(documentOf(pages))).toEqual({
        '/security/secureScoreControlProfiles/{id}': ['get', 'patch'],
      })
  })
})
