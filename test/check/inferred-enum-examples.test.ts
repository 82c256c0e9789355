/**
 * An enum no page defines, inferred from a "Possible values are" list, is judged in the examples
 * as the server validates it: microsoft-graph-docs-contrib api/riskdetection-list.md shows
 * `"tokenIssuerType": "Azure Active Directory"` where resources/riskdetection.md lists `AzureAD`,
 * `ADFederationServices`, `UnknownFutureValue`; the mock refuses a body so written, and the
 * check said nothing.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const resource = {
  file: 'resources/riskdetection.md',
  text: [
    '# riskDetection resource type',
    'Namespace: microsoft.graph',
    '## Properties',
    '| Property | Type | Description |',
    '|:--|:--|:--|',
    '|id|String|Unique ID of the risk detection.|',
    '|tokenIssuerType|tokenIssuerType|Indicates the type of token issuer for the detected sign-in risk. Possible values are: `AzureAD`, `ADFederationServices`, `UnknownFutureValue`.|',
    '## JSON representation',
    '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.riskDetection" } -->',
    '```json\n{ "id": "String", "tokenIssuerType": "String" }\n```',
  ].join('\n'),
}
const list = (value: string) => ({
  file: 'api/riskdetection-list.md',
  text: [
    '# List riskDetections',
    '## HTTP request',
    '```http\nGET /identityProtection/riskDetections\n```',
    '## Response',
    'If successful, this method returns a `200 OK` response code and a collection of [riskDetection](../resources/riskdetection.md) objects in the response body.',
    '## Example',
    '<!-- { "blockType": "request", "name": "list_riskdetection" } -->',
    '```http\nGET https://graph.microsoft.com/v1.0/identityProtection/riskDetections\n```',
    '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.riskDetection", "isCollection": true } -->',
    `\`\`\`http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ "value": [ { "id": "6c4e", "tokenIssuerType": "${value}" } ] }\n\`\`\``,
  ].join('\n'),
})

const invalid = async (value: string) =>
  (await checkDocs([resource, list(value)])).diagnostics
    .filter((finding) => finding.code === 'example-invalid-enum')
    .map((finding) => `${finding.line} ${finding.message}`)

describe('an enum inferred from a Possible values list, in the examples', () => {
  it('takes the values listed and reports another', async () => {
    expect(await invalid('AzureAD')).toEqual([])
    expect(await invalid('Azure Active Directory')).toEqual([
      '18 Unexpected tokenIssuerType value "Azure Active Directory" for tokenIssuerType, expected one of AzureAD, ADFederationServices, UnknownFutureValue',
    ])
  })
})
