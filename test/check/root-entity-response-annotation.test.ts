/**
 * A response annotation naming the format's root, `microsoft.graph.entity`, names no particular
 * type (as `Edm.String` does): where the Response sentence links a type the example's
 * `@odata.context` names too, the operation returns the sentence's type, its example is judged by
 * it, and the sentence is not held to the root. Cut from today's microsoft-graph-docs-contrib
 * api-reference/v1.0/api/authenticationmethod-resetpassword.md (lines 10-12, 40-46, 63-65, 151-158, 170-191)
 * with resources/passwordresetresponse.md and resources/entity.md.
 */
import { expect, it } from 'vitest'
import type { PageInput } from '../../src/read-docs.js'
import { checkDocs } from '../support/check-docs.js'

const resetPassword = (context: string): PageInput => ({
  file: 'api/authenticationmethod-resetpassword.md',
  text: `# authenticationMethod: resetPassword

Namespace: microsoft.graph

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
POST /users/{id | userPrincipalName}/authentication/methods/{id}/resetPassword
\`\`\`

## Response

If successful, this method returns a \`202 Accepted\` response code and a [passwordResetResponse](../resources/passwordresetresponse.md) in the response body. The response body may also include a **Location** header with a URL to check the status of the [reset operation](longrunningoperation-get.md).

## Examples

#### Request

<!-- {
  "blockType": "request",
  "name": "passwordauthenticationmethod_resetpassword_systemgenerated"
}-->

\`\`\`http
POST https://graph.microsoft.com/v1.0/users/6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0/authentication/methods/28c10230-6103-485e-b985-444c60001490/resetPassword
\`\`\`

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.entity"
} -->

\`\`\`http
HTTP/1.1 202 ACCEPTED
Location: https://graph.microsoft.com/v1.0/users/6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0/authentication/operations/77bafe36-3ac0-4f89-96e4-a4a5a48da851?aadgdc=DUB02P&aadgsu=ssprprod-a
Content-type: application/json

{
    "@odata.context": "${context}",
    "newPassword": "Cuyo5459"
}
\`\`\`
`,
})

const resources: PageInput[] = [
  {
    file: 'resources/passwordresetresponse.md',
    text: `# passwordResetResponse resource type

Namespace: microsoft.graph

## Properties
|Property|Type|Description|
|:---|:---|:---|
|newPassword|String|The Microsoft Entra ID-generated password.|

## JSON representation
<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.passwordResetResponse"
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.passwordResetResponse",
  "newPassword": "String"
}
\`\`\`
`,
  },
  {
    file: 'resources/entity.md',
    text: `# entity resource type

Namespace: microsoft.graph

## Properties
| Property	   | Type	|Description|
|:---------------|:--------|:----------|
|id|String| The unique identifier for an entity. Read-only.|

## JSON representation
<!-- {
  "blockType": "resource",
  "abstract": "true",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.entity"
}-->
\`\`\`json
{
  "id": "string (identifier)"
}
\`\`\`
`,
  },
]

const run = async (context: string) => {
  const { model, diagnostics } = await checkDocs([resetPassword(context), ...resources])
  const response = model.operations[0]?.response
  const found = diagnostics
    .filter((d) => d.code.startsWith('response-') || d.code.startsWith('example-'))
    .map((d) => `${d.line} ${d.code}`)
  return { resolved: response?.type?.kind === 'named' ? response.type.resolved : undefined, found }
}

it('returns the sentence’s type over a root `entity` annotation, and holds neither sentence nor example to the root', async () => {
  const { resolved, found } = await run(
    'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordResetResponse',
  )
  expect(resolved).toBe('microsoft.graph.passwordResetResponse')
  expect(found).toEqual(['15 response-type-conflict'])
})

it('keeps the root where the example’s `@odata.context` names another type than the sentence', async () => {
  const { resolved } = await run(
    'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.longRunningOperation',
  )
  expect(resolved).toBe('microsoft.graph.entity')
})
