import { describe, expect, it } from 'vitest'
import { extractHttpRequest } from '../../src/extract/http-request.js'
import { expandSegmentChoices } from '../../src/extract/segment-choices.js'
import { readPage } from '../../src/parse/page.js'

describe('expandSegmentChoices', () => {
  it.each([
    // A key written either way, after its collection's name: one line.
    ['GET /users/{id | userPrincipalName}/calendars', ['GET /users/{id | userPrincipalName}/calendars']],
    [
      'GET /me/drive/items/{id}/workbook/worksheets/{id|name}/tables/{id|name}',
      ['GET /me/drive/items/{id}/workbook/worksheets/{id|name}/tables/{id|name}'],
    ],
    // Names to choose from after a key: one line each.
    ['PUT /a/{id}/{b | c}', ['PUT /a/{id}/b', 'PUT /a/{id}/c']],
    ['GET /a/{id}/{b|c}/d?x=1', ['GET /a/{id}/b/d?x=1', 'GET /a/{id}/c/d?x=1']],
    // Not names: left as written.
    ['GET /a/{id}/{b c | d}', ['GET /a/{id}/{b c | d}']],
  ])('%s', (line, expected) => {
    expect(expandSegmentChoices(line)).toEqual(expected)
  })

  it('reads a PUT of one of three properties as three routes, beside the PATCH of the resource', () => {
    // microsoftgraph/microsoft-graph-docs-contrib@04a1c9a9c7608504094e75eb56c257bc5783b301,
    // api-reference/v1.0/api/organizationalbrandinglocalization-update.md, cut short.
    const page = `# Update organizationalBrandingLocalization
Namespace: microsoft.graph

## HTTP request

Only Stream data types, including **backgroundLogo** and **backgroundImage**, are updated using the PUT method. To update String data types, including **signInPageText** and **usernameHintText**, use the PATCH method. You cannot update Stream types with other data types in the same request.

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
PATCH /organization/{organizationId}/branding/localizations/{organizationalBrandingLocalizationId}

PUT /organization/{organizationId}/branding/localizations/{organizationalBrandingLocalizationId}/{backgroundImage | bannerLogo | squareLogo}
\`\`\`

## Request headers
|Name|Description|
|:---|:---|
|Authorization|Bearer {token}. Required.|
`
    const { routes, diagnostics } = extractHttpRequest(readPage('api/x.md', page))
    const localization =
      '/organization/{organizationId}/branding/localizations/{organizationalBrandingLocalizationId}'
    expect(routes.map((route) => `${route.method} ${route.raw}@${route.position.line}`)).toEqual([
      `PATCH ${localization}@13`,
      `PUT ${localization}/backgroundImage@15`,
      `PUT ${localization}/bannerLogo@15`,
      `PUT ${localization}/squareLogo@15`,
    ])
    expect(routes.at(-1)?.segments.at(-1)).toEqual({ kind: 'literal', value: 'squareLogo' })
    expect(diagnostics).toEqual([])
  })
})
