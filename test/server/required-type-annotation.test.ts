/**
 * A Request body that the page says must carry `@odata.type` requires it: in the model (a required
 * body parameter), the server and mock (400 without it), OpenAPI (`required`) and the client's
 * body type, while the docs' own request, which sends it, still agrees. Excerpts of today's
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0: api/fido2authenticationmethodconfiguration-update.md
 * (">**Note:** The `@odata.type` property with a value of … must be included in the body.") and
 * resources/fido2authenticationmethodconfiguration.md, cut to a few rows; the sentences of
 * api/unifiedrolemanagementpolicyrule-update.md, api/customauthenticationextension-update.md
 * (06bbaefe594d46812ec453cf60b882be4b541fc3) and api/user-update.md. doc2ts read none of them:
 * the mock took a body without the type.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { extractApiPage } from '../../src/extract/api-page.js'
import { readPage } from '../../src/parse/page.js'
import { mockOfPages, sendJson, verifyPages } from '../support/pages-mock.js'

const PATH = '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/fido2'
const TYPE = '#microsoft.graph.fido2AuthenticationMethodConfiguration'

const RESOURCE = `# fido2AuthenticationMethodConfiguration resource type

Namespace: microsoft.graph

Represents a FIDO2 authentication methods policy.

## Properties
|Property|Type|Description|
|:---|:---|:---|
|id|String|The authentication method policy identifier.|
|isAttestationEnforced|Boolean|Determines whether attestation must be enforced for FIDO2 security key registration.|
|state|authenticationMethodState|Possible values are: \`enabled\`, \`disabled\`.|

<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.fido2AuthenticationMethodConfiguration",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration",
  "id": "String (identifier)",
  "isAttestationEnforced": "Boolean",
  "state": "String"
}
\`\`\`
`

const update = (requestBody: string) => `# Update fido2AuthenticationMethodConfiguration

Namespace: microsoft.graph

Update the properties of a [fido2AuthenticationMethodConfiguration](../resources/fido2authenticationmethodconfiguration.md) object.

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
PATCH ${PATH}
\`\`\`

## Request body
${requestBody}

## Response

If successful, this method returns a \`204 No Content\` response code. It does not return anything in the response body.

## Examples

### Request

<!-- {
  "blockType": "request",
  "name": "update_fido2authenticationmethodconfiguration"
}
-->
\`\`\` http
PATCH https://graph.microsoft.com/v1.0${PATH}
Content-Type: application/json

{
    "@odata.type": "${TYPE}",
    "state": "enabled",
    "isAttestationEnforced": true
}
\`\`\`

### Response

<!-- {
  "blockType": "response"
} -->
\`\`\` http
HTTP/1.1 204 No Content
\`\`\`
`

const NOTE = `In the request body, supply a JSON representation of a [fido2AuthenticationMethodConfiguration](../resources/fido2authenticationmethodconfiguration.md) object with the values of fields that should be updated.

>**Note:** The \`@odata.type\` property with a value of \`${TYPE}\` must be included in the body.`

const PAGES = [
  { file: 'resources/fido2authenticationmethodconfiguration.md', text: RESOURCE },
  { file: 'api/fido2authenticationmethodconfiguration-update.md', text: update(NOTE) },
]

/** The body parameters of an update of `type` at `route` whose Request body says `prose`. */
const bodyRows = (type: string, route: string, prose: string) => {
  const page = `# Update ${type}

Update the properties of a [${type}](../resources/${type.toLowerCase()}.md) object.

## HTTP request

\`\`\` http
PATCH ${route}
\`\`\`

## Request body
${prose}

## Response

If successful, this method returns a \`204 No Content\` response code.
`
  return extractApiPage(
    readPage(`api/${type.toLowerCase()}-update.md`, page),
  ).operations[0]?.parameters.filter((parameter) => parameter.in === 'body')
}

describe('a Request body sentence that the body must carry @odata.type', () => {
  it('makes @odata.type a required body parameter', () => {
    const page = readPage('api/fido2authenticationmethodconfiguration-update.md', update(NOTE))
    expect(extractApiPage(page).operations[0]?.parameters.filter((row) => row.in === 'body')).toEqual([
      {
        name: '@odata.type',
        in: 'body',
        type: { kind: 'primitive', name: 'String' },
        collection: false,
        required: true,
        description: `Note: The \`@odata.type\` property with a value of \`${TYPE}\` must be included in the body.`,
        position: { file: 'api/fido2authenticationmethodconfiguration-update.md', line: 20, column: 1 },
      },
    ])
  })

  it.each([
    [
      'unifiedrolemanagementpolicyrule-update.md: a note after the table',
      'unifiedRoleManagementPolicyRule',
      '/policies/roleManagementPolicies/{unifiedRoleManagementPolicyId}/rules/{unifiedRoleManagementPolicyRuleId}',
      '|Property|Type|Description|\n|:---|:---|:---|\n|isEnabled|Boolean| Whether this rule is enabled. <br/><br/>Can be updated for the **unifiedRoleManagementPolicyAuthenticationContextRule** rule type.|\n\n>**Note:** The `@odata.type` property with a value of the specific rule type must be included in the body. For example, `"@odata.type": "#microsoft.graph.unifiedRoleManagementPolicyApprovalRule"`.',
    ],
    [
      'customauthenticationextension-update.md: "when updating" the body\'s own type',
      'customAuthenticationExtension',
      '/identity/customAuthenticationExtensions/{customAuthenticationExtensionId}',
      'You must specify the `@odata.type` property when updating a [customAuthenticationExtension](../resources/customauthenticationextension.md) object. For example, to update an [onTokenIssuanceStartCustomExtension](../resources/ontokenissuancestartcustomextension.md) object type, set the `@odata.type` property to `#microsoft.graph.onTokenIssuanceStartCustomExtension`.',
    ],
  ])('reads it in other words (%s)', (_, type, route, prose) => {
    expect(bodyRows(type, route, prose)).toContainEqual(
      expect.objectContaining({ name: '@odata.type', required: true }),
    )
  })

  it('is not one that asks it of another type than the body’s', () => {
    // user-update.md: only an agentUser's update names its type.
    const prose =
      'To use this API to update an [agentUser](https://learn.microsoft.com/en-us/graph/api/resources/agentuser?view=graph-rest-1.0), you must specify the **@odata.type** as `#microsoft.graph.agentUser` in the request body.'
    expect(bodyRows('user', '/users/{id | userPrincipalName}', prose)).toEqual([])
  })

  it.each([
    ['of a member', 'The `@odata.type` property of each item in **targets** must be set.'],
    ['only in some cases', 'The `@odata.type` property is required only when the body is of a derived type.'],
  ])('is not one that asks it %s', (_, prose) => {
    expect(bodyRows('user', '/users/{id | userPrincipalName}', prose)).toEqual([])
  })

  it('is read where the sentence names its type after "creating or updating"', () => {
    const prose =
      'You must specify the `@odata.type` property when creating or updating a [customAuthenticationExtension](../resources/customauthenticationextension.md) object.'
    expect(
      bodyRows('customAuthenticationExtension', '/identity/customAuthenticationExtensions/{id}', prose),
    ).toContainEqual(expect.objectContaining({ name: '@odata.type', required: true }))
  })
})

describe('a body that must carry @odata.type', () => {
  const mock = mockOfPages(PAGES)
  const patch = (body: unknown) => sendJson(`${mock().url}${PATH}`, 'PATCH', body)

  it('is refused by the mock without it, with an OData error that names it', async () => {
    expect(await patch({ '@odata.type': TYPE, state: 'enabled' })).toMatchObject({ status: 204 })
    const refused = await patch({ state: 'enabled' })
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.text)).toEqual({
      error: { code: 'BadRequest', message: "Property '@odata.type' is required in the request body." },
    })
  })

  it('is required by OpenAPI and by the client’s body type', () => {
    const files = emitAll(buildModel(PAGES))
    const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''
    const openapi = JSON.parse(text('openapi.json'))
    const schema = openapi.paths[PATH].patch.requestBody.content['application/json'].schema
    expect(schema.allOf).toContainEqual({ required: ['@odata.type'] })
    expect(text('client/index.ts')).toContain(
      'patch(body: Bindable<T.Fido2AuthenticationMethodConfiguration> & { "@odata.type": string }',
    )
  })

  it('leaves the docs’ own request agreeing with the mock', async () => {
    const { findings, summary } = await verifyPages(PAGES, mock().url)
    expect(findings).toEqual([])
    expect(summary).toMatchObject({ examples: 1, agreed: 1 })
  })
})
