/**
 * An example body with a slip JSON5 reads (a trailing comma): the check reports it, and the value
 * its writer meant is the example still, for the mock and the other checks. Cut from today's
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/securescorecontrolprofile-get.md,
 * whose answer the mock replaced with made-up values (`"actionType": "string"`), and whose key
 * written with a space (`"rank ": 55`) no check saw.
 */
import { describe, expect, it } from 'vitest'
import { startMockServer } from '../../src/mock/serve.js'
import { checkDocs } from '../support/check-docs.js'

const resource = {
  file: 'resources/securescorecontrolprofile.md',
  text: [
    '# secureScoreControlProfile resource type\n\nNamespace: microsoft.graph\n',
    '## Properties\n|Property|Type|Description|\n|:---|:---|:---|',
    "|actionType|String|Control action type (Config, Review, Behavior).|\n|id|String|Provider-generated GUID/unique identifier. Read-only.|\n|rank|Int32|Microsoft's stack ranking of control.|\n",
    '## JSON representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.secureScoreControlProfile"\n}-->',
    '```json\n{\n  "actionType": "String",\n  "id": "String (identifier)",\n  "rank": 1024\n}\n```\n',
  ].join('\n'),
}
const get = {
  file: 'api/securescorecontrolprofile-get.md',
  text: [
    '# Get secureScoreControlProfile\n\nNamespace: microsoft.graph\n',
    '## HTTP request\n<!-- { "blockType": "ignored" } -->\n```http\nGET /security/secureScoreControlProfiles/{id}\n```\n',
    '## Response\nIf successful, this method returns a `200 OK` response code and a **secureScoreControlProfile** object in the response body.\n',
    '## Example\n### Request\n<!-- {\n  "blockType": "request",\n  "name": "get_securescorecontrolprofile"\n}-->',
    '```msgraph-interactive\nGET https://graph.microsoft.com/v1.0/security/secureScoreControlProfiles/AdminMFA\n```\n',
    '### Response\n<!-- {\n  "blockType": "response",\n  "truncated": false,\n  "@odata.type": "microsoft.graph.secureScoreControlProfile"\n} -->',
    '```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  "id": "DLPEnabled",\n  "actionType": "Config",\n  "rank ": 55,\n  "complianceInformation": [\n    {\n      "certificationName": "ISO 27001:2013",\n    }\n  ]\n}\n```\n',
  ].join('\n'),
}

describe('an example body with a trailing comma', () => {
  it('is reported, and judged as its writer meant it', async () => {
    const { diagnostics } = await checkDocs([resource, get])
    const lineOf = (text: string) => get.text.split('\n').indexOf(text) + 1
    expect(
      diagnostics.filter((finding) => finding.code === 'invalid-json').map((finding) => finding.line),
    ).toEqual([lineOf('      "certificationName": "ISO 27001:2013",') + 1])
    // `"rank ": 55` names no property: the example shows no `rank`.
    expect(
      diagnostics
        .filter((finding) => finding.code === 'example-missing-property')
        .map((finding) => finding.message),
    ).toEqual([expect.stringContaining('rank')])
  })

  it("is the mock's answer", async () => {
    const mock = await startMockServer([resource, get], { port: 0, host: '127.0.0.1', log: false })
    try {
      const answer = await fetch(`${mock.url}/security/secureScoreControlProfiles/AdminMFA`)
      expect(await answer.json()).toMatchObject({ id: 'DLPEnabled', actionType: 'Config' })
    } finally {
      await mock.close()
    }
  })
})
