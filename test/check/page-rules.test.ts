import { describe, expect, it } from 'vitest'
import { pageCheckInput } from '../../src/check/page-checks.js'
import type { PageRule } from '../../src/check/rule.js'
import { duplicateExampleName } from '../../src/check/rules/duplicate-example-name.js'
import { missingAnnotation } from '../../src/check/rules/missing-annotation.js'
import { missingSection } from '../../src/check/rules/missing-section.js'
import { openTabGroup } from '../../src/check/rules/open-tab-group.js'
import { representationMismatch } from '../../src/check/rules/representation-mismatch.js'
import { requestWithoutResponse } from '../../src/check/rules/request-without-response.js'
import { unclosedBlock } from '../../src/check/rules/unclosed-block.js'
import { undefinedReferenceLink } from '../../src/check/rules/undefined-reference-link.js'
import { unknownPathParameter } from '../../src/check/rules/unknown-path-parameter.js'
import { extractFromPage } from '../../src/extract/index.js'
import { readPage } from '../../src/parse/page.js'

const run = (rule: PageRule, text: string, file = 'api/x-get.md') => {
  const page = readPage(file, text)
  return rule.page(pageCheckInput(extractFromPage(page), text, page)).map((d) => [d.code, d.line])
}
const api = (examples: string) =>
  `---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n\`\`\`http\nGET /x\n\`\`\`\n\n## Example\n${examples}`
const request = (name: string) =>
  `<!-- { "blockType": "request", "name": "${name}" } -->\n\`\`\`http\nGET https://graph.microsoft.com/v1.0/x\n\`\`\`\n`
const response = '<!-- { "blockType": "response" } -->\n```http\nHTTP/1.1 200 OK\n```\n'

describe('open-tab-group', () => {
  const tabs =
    '# [HTTP](#tab/http)\n```http\nGET /x\n```\n# [C#](#tab/csharp)\n[!INCLUDE [sample-code](../includes/x.md)]\n'
  it('reports a group the page never closes, at its first tab', () => {
    expect(run(openTabGroup, `# T\n\n${tabs}\n## Response\n`)).toEqual([['open-tab-group', 3]])
    expect(run(openTabGroup, `# T\n\n${tabs}`)).toEqual([['open-tab-group', 3]])
  })
  it('accepts a group closed by `---`', () => {
    expect(run(openTabGroup, `# T\n\n${tabs}\n---\n\n## Response\n`)).toEqual([])
  })
})

describe('unclosed-block', () => {
  it('reports a fence that runs to the end of the page, at its opening line', () => {
    const page = api(
      `${request('a')}<!-- { "blockType": "response" } -->\n\`\`\`http\nHTTP/1.1 200 OK\n\n{ "id": "1" }\n`,
    )
    expect(run(unclosedBlock, page)).toEqual([['unclosed-block', 17]])
    // A shorter or other-character line does not close it either.
    expect(run(unclosedBlock, '# T\n\n````json\n{}\n```\n~~~~\n')).toEqual([['unclosed-block', 3]])
  })
  it('reports an annotation comment never closed', () => {
    expect(run(unclosedBlock, '# T\n\n<!-- { "blockType": "request"\n```http\nGET /x\n```\n')).toEqual([
      ['unclosed-block', 3],
    ])
  })
  it('reads a CRLF page as extract does: its fences close', () => {
    const crlf = api(`${request('a')}${response}`).replace(/\n/g, '\r\n')
    expect(run(unclosedBlock, crlf)).toEqual([])
    expect(run(unclosedBlock, crlf.replace(/\r\n$/, ''))).toEqual([])
  })
  it('accepts closed fences and comments, and a fence indented as code', () => {
    expect(run(unclosedBlock, api(`${request('a')}${response}`))).toEqual([])
    expect(run(unclosedBlock, '# T\n\n    ```json\n')).toEqual([])
  })
})

describe('duplicate-example-name', () => {
  it('reports the second request of the same name', () => {
    expect(run(duplicateExampleName, api(`${request('a')}${response}${request('a')}${response}`))).toEqual([
      ['duplicate-example-name', 22],
    ])
    expect(run(duplicateExampleName, api(`${request('a')}${response}${request('b')}${response}`))).toEqual([])
  })
})

describe('request-without-response', () => {
  it('reports an annotated request that no response follows', () => {
    expect(run(requestWithoutResponse, api(`${request('a')}${request('b')}${response}`))).toEqual([
      ['request-without-response', 14],
    ])
    expect(run(requestWithoutResponse, api(`${request('a')}${response}`))).toEqual([])
  })
  it('pairs a request with the response after an ignored block between them', () => {
    // microsoft-graph-docs-contrib api/opentypeextension-delete.md: a second call, shown only.
    const ignored =
      '<!-- { "blockType": "ignored" } -->\n```http\nDELETE https://graph.microsoft.com/v1.0/groups/1/events/2\n```\n'
    expect(run(requestWithoutResponse, api(`${request('a')}${ignored}${response}`))).toEqual([])
    expect(run(requestWithoutResponse, api(`${request('a')}${ignored}${request('b')}${response}`))).toEqual([
      ['request-without-response', 14],
    ])
  })
  it('accepts requests that a later response names as the ones it answers', () => {
    const answers = (names: string) =>
      `<!-- { "blockType": "response", "name": ${names} } -->\n\`\`\`http\nHTTP/1.1 200 OK\n\`\`\`\n`
    expect(
      run(
        requestWithoutResponse,
        api(`${request('a')}${request('b')}${request('c')}${answers('["a", "c"]')}`),
      ),
    ).toEqual([['request-without-response', 18]])
  })
  it('reports an unnamed request followed by a request, though an unnamed response comes later', () => {
    const unnamed =
      '<!-- { "blockType": "request" } -->\n```http\nGET https://graph.microsoft.com/v1.0/x\n```\n'
    expect(run(requestWithoutResponse, api(`${unnamed}${request('b')}${response}`))).toEqual([
      ['request-without-response', 14],
    ])
  })
})

describe('unknown-path-parameter', () => {
  // OneDrive/onedrive-api-docs: api-reference/api/shares_get.md and drive_get.md.
  const page = (routes: string, rows: string) =>
    `---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n\n\`\`\`http\n${routes}\n\`\`\`\n\n## Path parameters\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n${rows}\n`
  it('reports a row naming no placeholder of the request lines, at the row', () => {
    expect(
      run(
        unknownPathParameter,
        page(
          'GET /shares/{shareIdOrEncodedSharingUrl}',
          '| sharingTokenOrUrl | string | The sharing token. |',
        ),
      ),
    ).toEqual([['unknown-path-parameter', 16]])
  })
  it('accepts a placeholder written otherwise, an alternative, and a function argument by name', () => {
    const routes = [
      'GET /drives/{drive-id}',
      'GET /users/{id | userPrincipalName}/drive',
      'GET /workbook/range/columnsAfter(count=n)',
      'GET /charts/{name}/image(width=640)',
    ].join('\n')
    const rows = ['driveId', 'userPrincipalName', 'count', 'width'].map((name) => `| ${name} | string | x |`)
    expect(run(unknownPathParameter, page(routes, rows.join('\n')))).toEqual([])
  })
  it('accepts a placeholder the request line writes in its query string', () => {
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/multivaluelegacyextendedproperty-get.md
    const routes = "GET /me/events/{id}?$expand=multiValueExtendedProperties($filter=id eq '{id_value}')"
    const rows = '|id_value|String|The ID of the extended property to match. Required.|'
    expect(run(unknownPathParameter, page(routes, rows))).toEqual([])
  })
})

describe('missing-section', () => {
  const page = (body: string) => `# Get x\n\n## Permissions\nNone.\n\n${body}`
  const annotated = '<!-- { "blockType": "request", "name": "get-x" } -->\n```http\nGET /x\n```\n'
  it("takes `## HTTP response` as the Response and an annotated request under any heading as the examples (other teams' pages)", () => {
    expect(
      run(missingSection, page(`## HTTP request\n${annotated}\n## HTTP response\nIt returns x.\n`)),
    ).toEqual([])
  })
  it('still reports an API page with neither examples nor a Response section', () => {
    expect(run(missingSection, page('## HTTP request\n```http\nGET /x\n```\n'))).toEqual([
      ['missing-section', 1],
      ['missing-section', 1],
    ])
  })
  it('takes a Properties heading that names the type first as the Properties section', () => {
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/operationerror.md
    // at 028b8e354879f1054adbd96bfa8d16fff4330811 (shortened)
    const resource = (heading: string) =>
      `# operationError resource type\n\n${heading}\n| Property | Type |Description|\n|:---|:---|:---|\n|code|string (readonly)|Operation error code.|\n\n<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.operationError"\n}-->\n\n\`\`\`json\n{ "code": "TeamUnavailable" }\n\`\`\`\n`
    expect(
      run(missingSection, resource('## operationError Properties'), 'resources/operationerror.md'),
    ).toEqual([])
    expect(run(missingSection, resource('## Error Properties'), 'resources/operationerror.md')).toEqual([
      ['missing-section', 1],
    ])
  })
})

describe('undefined-reference-link', () => {
  it('reports `[text][id]` and `[text][]` without a definition, not defined ones or code spans', () => {
    const text =
      '# T\n\n|a|[identitySet][] collection|x|\n\nSee [Error responses][error-response] and [ok][Defined Label].\n\n`[not][a link]`\n\n[defined   label]: x.md\n'
    expect(run(undefinedReferenceLink, text, 'resources/x.md')).toEqual([
      ['undefined-reference-link', 3],
      ['undefined-reference-link', 5],
    ])
  })
})

describe('missing-annotation', () => {
  const bare = '```http\nHTTP/1.1 200 OK\n```\n'
  it('reports an example without the comment its page gives the others', () => {
    expect(run(missingAnnotation, api(`${request('a')}${bare}`))).toEqual([['missing-annotation', 17]])
  })
  it('leaves alone a page that annotates no example (another convention)', () => {
    expect(
      run(missingAnnotation, api(`\`\`\`http\nGET https://graph.microsoft.com/v1.0/x\n\`\`\`\n${bare}`)),
    ).toEqual([])
  })
})

describe('representation-mismatch', () => {
  const page = (annotation: string) =>
    `# widget resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n\n## JSON representation\n${annotation}\nThe JSON below shows the resource.\n\n\`\`\`json\n{ "id": "String", "extra": "String" }\n\`\`\`\n`
  const annotated = (members: string) =>
    `<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget"${members} } -->`
  it('reports a member no table lists', () => {
    expect(run(representationMismatch, page(annotated('')), 'resources/widget.md')).toEqual([
      ['representation-mismatch', 13],
    ])
  })
  it('reads an open type from an annotation that prose parts from its block, as extract does', () => {
    expect(run(representationMismatch, page(annotated(', "openType": true')), 'resources/widget.md')).toEqual(
      [],
    )
  })

  // microsoftgraph/microsoft-graph-docs@5ff7de3768d1ee07202235b28c71901f071bfab7,
  // api-reference/v1.0/resources/certificatebasedauthconfiguration.md
  it('takes a member whose `@odata.type` names a collection as the collection the table says', () => {
    const text = [
      '# certificateBasedAuthConfiguration resource type',
      '',
      '## Properties',
      '',
      '| Property               | Type                                                       | Description                                                                      |',
      '| :--------------------- | :--------------------------------------------------------- | :------------------------------------------------------------------------------- |',
      '| certificateAuthorities | [certificateAuthority](certificateauthority.md) collection | Collection of certificate authorities which creates a trusted certificate chain. |',
      '| id                     | String                                                     | The unique identifier of the certificate based auth configuration. Read-only.    |',
      '',
      '## JSON representation',
      '',
      '<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.certificateBasedAuthConfiguration",\n  "baseType": "",\n  "keyProperty": "id"\n}-->',
      '',
      '```json\n{\n  "certificateAuthorities": {"@odata.type": "collection(microsoft.graph.certificateAuthority)"},\n  "id": "String (identifier)"\n}\n```',
    ].join('\n')
    const file = 'resources/certificatebasedauthconfiguration.md'
    expect(run(representationMismatch, text, file)).toEqual([])
    const single = text.replace(
      'collection(microsoft.graph.certificateAuthority)',
      'microsoft.graph.certificateAuthority',
    )
    expect(run(representationMismatch, single, file)).toEqual([['representation-mismatch', 21]])
  })
  // today's api-reference/v1.0/resources/permissiongrantpolicy.md writes the collection as a string
  it('takes a member whose string placeholder names a collection as that collection', () => {
    const text = [
      '# permissionGrantPolicy resource type',
      '',
      '## Properties',
      '',
      '| Property | Type | Description |',
      '| :-- | :-- | :-- |',
      '| includes | [permissionGrantConditionSet](permissiongrantconditionset.md) collection | Condition sets. |',
      '',
      '## JSON representation',
      '',
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.permissionGrantPolicy" } -->',
      '',
      '```json\n{\n  "includes": "collection(microsoft.graph.permissionGrantConditionSet)"\n}\n```',
    ].join('\n')
    expect(run(representationMismatch, text, 'resources/permissiongrantpolicy.md')).toEqual([])
  })
  // microsoftgraph/microsoft-graph-docs-contrib@3f00f3aa9e500592cc84cee705841f4a1e71d42a,
  // api-reference/v1.0/resources/termstore-group.md: the table says string, the JSON a type.
  it('reports a member whose placeholder names another type than the table', () => {
    const text = [
      '# Group resource type',
      '',
      'Namespace: microsoft.graph.termStore',
      '',
      '## Properties',
      '',
      '| Property             | Type               | Description                        |',
      '|:---------------------|:-------------------|:------------------------------------',
      '| displayName          | string             | Name of the group. |',
      '| id                   | string             | Unique identifier of the group. Read-Only. |',
      '| scope                | string             | Returns the type of the group. Possible values are: `global`, `system`, and `siteCollection`. |',
      '',
      '## JSON representation',
      '',
      '<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.termStore.group",\n  "baseType": "microsoft.graph.entity"\n}\n-->',
      '```json\n{\n  "@odata.type": "#microsoft.graph.termStore.group",\n  "displayName": "string",\n  "id": "string",\n  "scope" : "microsoft.graph.termStore.groupScope"\n}\n```',
    ].join('\n')
    const file = 'resources/termstore-group.md'
    expect(run(representationMismatch, text, file)).toEqual([['representation-mismatch', 27]])
    const agreeing = text.replace('| scope                | string ', '| scope                | groupScope ')
    expect(run(representationMismatch, agreeing, file)).toEqual([])
  })
})
