/**
 * A body parameter its row requires only of some callers, and says what happens when it is left out,
 * is optional; the page's request without a body then shows the action called without one. Excerpt
 * of today's microsoft-graph-docs-contrib api-reference/v1.0/api/authenticationmethod-resetpassword.md
 * (its Request body table, line 61, and its Example 2, the SDK tabs left out): Example 2 sends no
 * body, and is answered.
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { checkDocs } from '../support/check-docs.js'
import { mockOfPages, verifyPages } from '../support/pages-mock.js'

const RESET_PASSWORD = `# authenticationMethod: resetPassword

Namespace: microsoft.graph

Reset a user's password, represented by a [password authentication method](../resources/passwordauthenticationmethod.md) object.

## HTTP request

<!-- { "blockType": "ignored" } -->

\`\`\`http
POST /users/{id | userPrincipalName}/authentication/methods/{id}/resetPassword
\`\`\`

## Request body

In the request body, provide a JSON object with the following parameters.

| Parameter    | Type        | Description |
|:-------------|:------------|:------------|
|newPassword|String|The new password. Required for tenants with hybrid password scenarios. If omitted for a cloud-only password, the system returns a system-generated password. This is a unicode string with no other encoding. It is validated against the tenant's banned password system before acceptance, and must adhere to the tenant's cloud and/or on-premises password requirements.|

## Response

If successful, this method returns a \`202 Accepted\` response code.

## Examples

### Example 2: System-generated password

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
  "truncated": true
} -->

\`\`\`http
HTTP/1.1 202 ACCEPTED
\`\`\`
`

const PAGES = [{ file: 'api/authenticationmethod-resetpassword.md', text: RESET_PASSWORD }]

describe('a body parameter required only for some callers, which the page leaves out', () => {
  it('is optional, and so is the body, in the client', () => {
    const client = emitAll(buildModel(PAGES)).find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(client).toContain('post(body?: { newPassword?: string | null }, options?: RequestOptions)')
  })

  it('makes no finding of the request without a body', async () => {
    const { diagnostics } = await checkDocs(PAGES)
    expect(diagnostics.filter((finding) => finding.code === 'request-without-body')).toEqual([])
  })

  describe('the mock', () => {
    const mock = mockOfPages(PAGES)

    it("agrees with the page's example without a body (verify --unsafe)", async () => {
      const { summary, findings } = await verifyPages(PAGES, mock().url)
      expect(findings).toEqual([])
      expect(summary).toMatchObject({ examples: 1, agreed: 1 })
    })
  })
})
