/**
 * example-route-mismatch: a request example calling a path its page's request lines do not answer.
 * Excerpt of microsoftgraph/microsoft-graph-docs-contrib@181510bc448267261ab9a0496f79bf3c6b50934b,
 * api-reference/v1.0/api/termstore-relation-post.md (`termStores/{id}/terms` for
 * `termStore/sets/{set-id}/terms`), and what the docs and OData let an example add to a path.
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/model.js'
import { Session } from '../../src/session/index.js'
import { checkDocs } from '../support/check-docs.js'

const page = (requestLines: string, example: string) => `---
doc_type: apiPageType
---

# Create relation

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
${requestLines}
\`\`\`

## Examples

### Request

<!-- {
  "blockType": "request",
  "name": "create_relation_from_1"
}
-->

\`\`\` http
${example}
Content-Type: application/json

{
  "relationship": "pin"
}
\`\`\`
`

const mismatches = async (requestLines: string, example: string) =>
  (
    await checkDocs([{ file: 'api/termstore-relation-post.md', text: page(requestLines, example) }])
  ).diagnostics
    .filter((d) => d.code === 'example-route-mismatch')
    .map((d) => d.line)

const ROOT = 'https://graph.microsoft.com/v1.0'

describe('example-route-mismatch', () => {
  it('reports a request example no request line answers, at its request line', async () => {
    expect(
      await mismatches(
        'POST /sites/{site-id}/termStore/sets/{set-id}/terms/{term-id}/relations',
        `POST ${ROOT}/sites/microsoft.sharepoint.com,b9b0bc03/termStores/27fd2d26/terms/8861b57a/relations`,
      ),
    ).toEqual([28])
  })

  it.each([
    [
      'the path of a request line',
      'GET /sites/{site-id}/termStore/sets/{set-id}/relations',
      '/sites/a/termStore/sets/b/relations',
    ],
    ['a type cast and $count', 'GET /groups/{id}/members', '/groups/a/members/microsoft.graph.user/$count'],
    // today's api-reference/v1.0/api/user-reminderview.md, on a tree too small to pair `/me` with `/users/{id}`
    ['one segment naming the root item', 'GET /users/{id}/reminderView', '/me/reminderView'],
    ['a key in parentheses', 'POST /depots/{id}/parcels', "/depots('2b83cc42')/parcels"],
    // OneDrive/onedrive-api-docs docs/rest-api/api/site_getbypath.md: the example is the request line.
    [
      'the request line itself',
      'GET /sites/{hostname}:/{relative-path}',
      '/sites/{hostname}:/{relative-path}',
    ],
    ["the route's parent expanding it", 'GET /me/manager', '/me?$expand=manager($levels=max)'],
    [
      'a navigation expanded under a key',
      'GET /me/messages/{id}/extensions/{id}',
      '/me/messages/a?$expand=extensions',
    ],
  ])('accepts %s', async (_, requestLine, path) => {
    const types = `---\ndoc_type: resourcePageType\n---\n# user resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String||\n`
    const found = (
      await checkDocs([
        { file: 'api/x.md', text: page(requestLine, `${requestLine.split(' ')[0]} ${ROOT}${path}`) },
        { file: 'resources/user.md', text: types },
      ])
    ).diagnostics.filter((d) => d.code === 'example-route-mismatch')
    expect(found).toEqual([])
  })
})

// OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_createuploadsession.md and driveitem_preview.md:
// an upload session's URL, marked `opaqueUrl`, and an unannotated block showing a request to another service.
describe('example-route-mismatch judges the annotated examples that call routes', () => {
  it.each([
    [
      'marked opaqueUrl',
      '<!-- { "blockType": "request", "opaqueUrl": true, "name": "upload-fragment-piece" } -->',
    ],
    ['unannotated', ''],
  ])('not an example %s', async (_, annotation) => {
    const text = `# Upload\n\n## HTTP request\n\n\`\`\`http\nPOST /me/drive/items/{itemId}/createUploadSession\n\`\`\`\n\n## Example\n\n${annotation}\n\n\`\`\`http\nPUT https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337\nContent-Length: 26\n\`\`\`\n`
    const found = (
      await checkDocs([{ file: 'api/driveitem_createuploadsession.md', text }])
    ).diagnostics.filter((d) => d.code === 'example-route-mismatch')
    expect(found).toEqual([])
  })
})

describe('example-route-mismatch across the saves of a watch session', () => {
  // A page documenting `/me` beside `/users/{id}` pairs the two roots (`rootAliases`): the unchanged
  // widget page's `/users/abc/widgets` then calls its `/me/widgets`, and is no longer reported.
  const widgets = {
    file: 'api/widget-list.md',
    text: page('GET /me/widgets', `GET ${ROOT}/users/abc/widgets`),
  }
  const pairing = [
    { file: 'api/user-get.md', text: page('GET /me\nGET /users/{id | userPrincipalName}', `GET ${ROOT}/me`) },
    {
      file: 'api/user-list-events.md',
      text: page('GET /me/events\nGET /users/{id}/events', `GET ${ROOT}/me/events`),
    },
    {
      file: 'api/user-list-messages.md',
      text: page('GET /me/messages\nGET /users/{id}/messages', `GET ${ROOT}/me/messages`),
    },
  ]
  const mismatched = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.filter((d) => d.code === 'example-route-mismatch').map((d) => d.file)

  it('reports what a fresh check reports after each save', async () => {
    const session = new Session(true)
    const saves = [[widgets], [widgets, ...pairing], [widgets]]
    const seen: string[][] = []
    for (const pages of saves) {
      const watched = mismatched((await checkDocs(pages, [], session)).diagnostics)
      expect(watched).toEqual(mismatched((await checkDocs(pages)).diagnostics))
      seen.push(watched)
    }
    expect(seen).toEqual([['api/widget-list.md'], [], ['api/widget-list.md']])
  })
})

// Today's api-reference/v1.0/api/openshift-update.md: the request line says PUT, the example sends
// PATCH to the same route. An example of another call (another verb to another path, as
// group-post-members.md's `PATCH /groups/{id}` beside `POST /groups/{id}/members/$ref`) is a route
// mismatch only.
describe('example-verb-mismatch', () => {
  const found = async (requestLine: string, example: string) =>
    (await checkDocs([{ file: 'api/openshift-update.md', text: page(requestLine, example) }])).diagnostics
      .filter((d) => d.code === 'example-verb-mismatch' || d.code === 'example-route-mismatch')
      .map((d) => `${d.line} ${d.severity} ${d.code} ${d.message}`)

  it('warns of a request example sent to a route of the page with another verb, at its request line', async () => {
    expect(
      await found(
        'PUT /teams/{id}/schedule/openShifts/{openShiftId}',
        `PATCH ${ROOT}/teams/3d88b7a2/schedule/openShifts/OPNSHFT_577b75d2`,
      ),
    ).toEqual([
      "28 warning example-verb-mismatch Unexpected PATCH request, expected PUT, as the page's request lines say",
    ])
  })

  it('leaves an example of another verb to another path to example-route-mismatch', async () => {
    expect(await found('POST /groups/{group-id}/members/$ref', `PATCH ${ROOT}/groups/02bd9fd6`)).toEqual([
      expect.stringMatching(/^28 info example-route-mismatch Unexpected request to \/groups\/02bd9fd6/),
    ])
  })
})
