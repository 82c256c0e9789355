/**
 * A route that starts with the name the request examples write as their host.
 * MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/api/dynamics_currency_create.md
 * (239000f95eac9d93d93149e65fe2f7a6c2d8fef4), cut short.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { HOST } from '../../src/extract/route-template.js'

const page = (example: string) => `# Create currencies

## HTTP request
Replace the URL prefix for Business Central depending on environment following the [guideline](../../v2.0/endpoints-apis-for-dynamics.md).
\`\`\`
POST businesscentralPrefix/companies({id})/currencies
\`\`\`

## Response
If successful, this method returns \`\`\`201 Created\`\`\` response code and a **currencies** object in the response body.

## Example

**Request**

\`\`\`json
${example}
Content-type: application/json

{
    "code": "CAD"
}
\`\`\`
`

const routesOf = (text: string, ...others: { file: string; text: string }[]) =>
  buildModel([{ file: 'api/dynamics_currency_create.md', text }, ...others]).operations.flatMap((operation) =>
    operation.routes.map((route) =>
      route.segments
        .map((s) => (s.kind === 'param' ? `{${s.name}}` : s.kind === 'literal' ? s.value : s.kind))
        .join('/'),
    ),
  )

describe('a stand-in for the service root', () => {
  it('is dropped where the request examples write it as their host', () => {
    expect(
      routesOf(page('POST https://{businesscentralPrefix}/api/v2.0/companies({id})/currencies')),
    ).toEqual(['companies/{id}/currencies'])
  })

  it("is dropped where only the docs' other pages write it as their host", () => {
    // MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/api/dynamics_item_get.md
    // (02d60409105dafc100684b444943578069233f88), cut short: its example calls a real host.
    const itemGet = `# Get items

## HTTP request
\`\`\`
GET businesscentralPrefix/companies({id})/items({id})
\`\`\`

## Example
**Request**

Here is an example of the request.
\`\`\`json
GET https://graph.microsoft.com/v2.0businesscentralPrefix/companies({id})/items({id})
\`\`\`
`
    expect(
      routesOf(page('POST https://{businesscentralPrefix}/api/v2.0/companies({id})/currencies'), {
        file: 'api/dynamics_item_get.md',
        text: itemGet,
      }),
    ).toEqual(['companies/{id}/currencies', 'companies/{companyId}/items/{itemId}'])
  })

  it('stays a segment where no example writes it as the host', () => {
    expect(
      routesOf(page('POST https://api.contoso.com/v2.0/businesscentralPrefix/companies({id})/currencies')),
    ).toEqual(['businesscentralPrefix/companies/{id}/currencies'])
  })
})

describe('the service root of an example URL', () => {
  it.each([
    ['https://graph.microsoft.com/v1.0/me', 'https://graph.microsoft.com/v1.0'],
    ['https://{businesscentralPrefix}/api/v2.0/companies', 'https://{businesscentralPrefix}/api/v2.0'],
    ['https://contoso.sharepoint.com/_api/v2.0/drives', 'https://contoso.sharepoint.com/_api/v2.0'],
    // Without a version, no more than two of the path's own segments are taken for the root's.
    ['https://api.onedrive.com/drive/items/a/versions/v2/content', 'https://api.onedrive.com'],
    ['https://graph.microsoft.com/me/drive', 'https://graph.microsoft.com'],
  ])('%s: %s', (url, root) => {
    expect(HOST.exec(url)?.[0]).toBe(root)
  })

  it('is a stand-in only where a placeholder is the whole host', () => {
    // `{tenant}.sharepoint.com` is a host with a placeholder in it, not a stand-in named `tenant`.
    const text = page('POST https://{tenant}.sharepoint.com/_api/v2.0/tenant/companies({id})/currencies')
    expect(routesOf(text.replace('POST businesscentralPrefix/', 'POST tenant/'))).toEqual([
      'tenant/companies/{id}/currencies',
    ])
  })
})
