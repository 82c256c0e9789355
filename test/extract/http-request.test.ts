import { describe, expect, it } from 'vitest'
import { extractHttpRequest } from '../../src/extract/http-request.js'
import { extractPage } from '../../src/extract/index.js'
import { readPage } from '../../src/parse/page.js'

const routesOf = (markdown: string) => {
  const result = extractHttpRequest(readPage('api/x.md', markdown))
  return {
    ...result,
    lines: result.routes.map(
      (route) => `${route.method} ${route.raw}@${route.position.line}:${route.position.column}`,
    ),
  }
}

describe('extractHttpRequest', () => {
  it('reads every request line of a block, skipping blank lines', () => {
    const { lines, diagnostics } = routesOf(
      '# T\n## HTTP request\n<!-- { "blockType": "ignored" } -->\n```http\nGET /me/events\n\nGET /users/{id | userPrincipalName}/events\n```\n## Next\n```http\nGET /not/this\n```\n',
    )
    expect(lines).toEqual(['GET /me/events@5:1', 'GET /users/{id | userPrincipalName}/events@7:1'])
    expect(diagnostics).toEqual([])
  })

  it('skips the body of a template written as an HTTP message, and still reports a stray line', () => {
    // microsoftgraph/microsoft-graph-docs-contrib@041c59b45da3f1b5d14e8a849db8ec117a414b6e,
    // api-reference/v1.0/api/security-ediscoverysearch-estimatestatistics.md
    const route =
      'POST /security/cases/ediscoveryCases/{ediscoveryCaseId}/searches/{ediscoverySearchId}/estimateStatistics'
    const { lines, diagnostics } = routesOf(
      `# T\n## HTTP request\n<!-- {\n  "blockType": "ignored"\n}\n-->\n\`\`\` http\n${route}\nContent-Type: application/json\n\n{\n  "statisticsOptions": "includeRefiners, includeQueryStats, includeUnindexedStats, advancedIndexing, locationsWithoutHits”\n}\n\`\`\`\n`,
    )
    expect(lines).toEqual([`${route}@8:1`])
    expect(diagnostics).toEqual([])
    const stray = routesOf('# T\n## HTTP request\n```http\nGET /a\n\n/b/c\n```\n')
    expect(stray.diagnostics.map((each) => each.code)).toEqual(['unparsable-route'])
    const bodyOnly = routesOf('# T\n## HTTP request\n```http\nPOST /a\n\n{ "b": 1 }\n\nPOST /c\n```\n')
    expect(bodyOnly.lines).toEqual(['POST /a@4:1', 'POST /c@8:1'])
    expect(bodyOnly.diagnostics).toEqual([])
  })

  it('reads several blocks with prose, notes and sub-headings between them (any heading case)', () => {
    const { lines } = routesOf(
      "## HTTP Request\nA user's default [calendar](../resources/calendar.md):\n```http\nGET /me/calendar\n```\n> **Note:** also\n### Groups\n```HTTP\nGET /groups/{id}/calendar\n```\n",
    )
    expect(lines).toEqual(['GET /me/calendar@4:1', 'GET /groups/{id}/calendar@9:1'])
  })

  it('reads and reports a request block opened with two backticks (Markdown reads inline code)', () => {
    const { lines, diagnostics } = routesOf(
      [
        '## HTTP request',
        '```http',
        'GET /me/todo/lists/{id}/tasks/{id}/attachments/{id}',
        '```',
        '',
        'To get the raw contents of a file attachment:',
        '<!-- { "blockType": "ignored" } -->',
        '``http',
        'GET /me/todo/lists/{id}/tasks/{id}/attachments/{id}/$value',
        'GET /users/{id}/todo/lists/{id}/tasks/{id}/attachments/{id}/$value',
        '``',
        '',
        'Prose naming `GET /me` in inline code, and ``http`` alone, are neither.',
      ].join('\n'),
    )
    expect(lines).toEqual([
      'GET /me/todo/lists/{id}/tasks/{id}/attachments/{id}@3:1',
      'GET /me/todo/lists/{id}/tasks/{id}/attachments/{id}/$value@9:1',
      'GET /users/{id}/todo/lists/{id}/tasks/{id}/attachments/{id}/$value@10:1',
    ])
    expect(diagnostics).toMatchObject([{ code: 'short-fence', severity: 'warning', line: 8, column: 1 }])
    expect(diagnostics[0]?.message).toBe(
      'Unexpected request block opened with 2 backticks (``` ``http ```), expected 3 (```` ```http ````): Markdown reads it as inline code',
    )
  })

  it('places a two-backtick block and its lines where they are written, indented in a list', () => {
    const { lines, diagnostics } = routesOf(
      '## HTTP request\n\n- The raw contents:\n  ``http\n  GET /me/x/attachments/{id}/$value\n  ``\n',
    )
    expect(lines).toEqual(['GET /me/x/attachments/{id}/$value@5:3'])
    expect(diagnostics).toMatchObject([{ code: 'short-fence', line: 4, column: 3 }])
  })

  it('skips header lines inside the block', () => {
    const { lines, diagnostics } = routesOf(
      '## HTTP request\n```http\nPOST /me/drive/items/{id}/workbook/closeSession\nworkbook-session-id: {session-id}\n```\n',
    )
    expect(lines).toEqual(['POST /me/drive/items/{id}/workbook/closeSession@3:1'])
    expect(diagnostics).toEqual([])
  })

  it('reports other lines that are not routes', () => {
    const { lines, diagnostics } = routesOf('## HTTP request\n```http\n/me/events\n```\n')
    expect(lines).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'unparsable-route', line: 3 }])
  })

  it('reads inline-code request lines in list items when there is no code block (a `$filter` form of the same route once)', () => {
    const { lines } = routesOf(
      '## HTTP request\n- Get the list:\n<!-- { "blockType": "ignored" } -->\n  `GET /me/insights/used`\n- Or by type: `GET /me/insights/used?$filter=ResourceVisualization/Type eq \'{Type}\'`\n',
    )
    expect(lines.map((line) => line.replace(/@.*/, ''))).toEqual(['GET /me/insights/used'])
  })

  it('reads indented fences inside list items, with their columns', () => {
    const { lines } = routesOf('## HTTP request\n1. First:\n\n   ```http\n   GET /connections/{id}\n   ```\n')
    expect(lines).toEqual(['GET /connections/{id}@5:4'])
  })

  it('leaves out request lines whose OData query options call another route', () => {
    const block = (lines: string) => `# T\n## HTTP request\n\`\`\`http\n${lines}\n\`\`\`\n`
    expect(
      routesOf(
        block(
          'GET /me/manager\nGET /users/{id}/manager\nGET /me?$expand=manager\nGET /users?$expand=manager($levels=n)',
        ),
      ).lines,
    ).toEqual(['GET /me/manager@4:1', 'GET /users/{id}/manager@5:1'])
    // Parameters of the route itself, `$ref?$id=`, and a page with nothing else stay.
    expect(
      routesOf(
        block(
          'GET /me/calendarView?startDateTime={start}&endDateTime={end}\nDELETE /groups/{id}/acceptedSenders/$ref?$id={url}',
        ),
      ).lines,
    ).toEqual(['GET /me/calendarView@4:1', 'DELETE /groups/{id}/acceptedSenders/$ref@5:1'])
    expect(routesOf(block('GET /me/events?$select=subject')).lines).toEqual(['GET /me/events@4:1'])
  })

  it("reads no routes from an annotated request example under `### Request body` (other teams' pages)", () => {
    const { lines, diagnostics } = routesOf(
      '# Create link\n## HTTP request\n<!-- { "blockType": "ignored" } -->\n```http\nPOST /drives/{driveId}/items/{itemId}/createLink\n```\n### Request body\n<!-- { "blockType": "request", "name": "create-link" } -->\n```http\nPOST /me/drive/items/{item-id}/createLink\nContent-Type: application/json\n\n{\n  "type": "view",\n  "scope": "anonymous"\n}\n```\n### Response\n```http\nHTTP/1.1 201 Created\n```\n',
    )
    expect(lines).toEqual(['POST /drives/{driveId}/items/{itemId}/createLink@5:1'])
    expect(diagnostics).toEqual([])
  })

  it('keeps a request line written twice once', () => {
    const { lines } = routesOf(
      '# T\n## HTTP request\n```http\nDELETE /me/events/{id}\nDELETE /me/events/{id}\n```\n',
    )
    expect(lines).toEqual(['DELETE /me/events/{id}@4:1'])
  })

  it('keeps request lines that differ only in their query once, and a line without a query beside them', () => {
    // today's filestorage-list-containers.md (cut short); user-list-mailfolders.md
    const { lines } = routesOf(
      '# List containers\n## HTTP request\n<!-- {\n  "blockType": "ignored"\n}\n-->\n``` http\nGET /storage/fileStorage/containers?$filter=containerTypeId eq {containerTypeId}\nGET /storage/fileStorage/containers?$filter=containerTypeId eq {containerTypeId} and viewpoint/effectiveRole eq \'principalOwner\'\n```\n',
    )
    expect(lines).toEqual(['GET /storage/fileStorage/containers@8:1'])
    expect(
      routesOf(
        '# List mailFolders\n## HTTP request\n```http\nGET /me/mailFolders\nGET /me/mailFolders?includeHiddenFolders=true\n```\n',
      ).lines,
    ).toEqual(['GET /me/mailFolders@4:1', 'GET /me/mailFolders@5:1'])
  })

  it('reads the request lines of a ```rest or ```console block, as other teams fence them', () => {
    // MicrosoftDocs/CloudAppSecurityDocs api-alerts-fetch.md; defender-docs api-get-incident.md.
    const { lines, diagnostics } = routesOf(
      '# Fetch alert\n## HTTP request\n```rest\nGET /api/v1/alerts/{pk}/\n```\n',
    )
    expect(lines).toEqual(['GET /api/v1/alerts/{pk}@4:1'])
    expect(diagnostics).toEqual([])
    expect(
      routesOf('# Get incident\n## HTTP request\n```console\nGET /api/incidents/{id}\n```\n').lines,
    ).toEqual(['GET /api/incidents/{id}@4:1'])
  })

  it('reads no routes from a block in another language (a C# snippet under a subsection)', () => {
    const { lines, diagnostics } = routesOf(
      '# Get share\n## HTTP request\n```http\nGET /shares/{id}\n```\n### Encoding URLs\n```csharp\nstring s = "u!" + v;\n```\n',
    )
    expect(lines).toEqual(['GET /shares/{id}@4:1'])
    expect(diagnostics).toEqual([])
  })

  it("reads an annotated request example's request line when the section holds nothing else", () => {
    const { lines, diagnostics } = routesOf(
      '# Recent\n## HTTP request\n<!-- { "blockType": "request", "name": "recent" } -->\n```http\nGET /me/things/recent\nContent-Type: application/json\n\n{ "a": 1 }\n```\n',
    )
    expect(lines).toEqual(['GET /me/things/recent@5:1'])
    expect(diagnostics).toEqual([])
  })

  it('reads every `HTTP request` section at the depth of the first, outside examples', () => {
    const { lines } = routesOf(
      [
        '# Get thing',
        '## Get mine',
        '### HTTP request',
        '<!-- { "blockType": "request", "name": "mine" } -->',
        '```http\nGET /me/thing\n```',
        '## Get by ID',
        '### HTTP request',
        '```http\nGET /things/{id}\n```',
        '## HTTP request (to replace it)',
        '```http\nPUT /things/{id}\n```',
        '## Example',
        '### HTTP request',
        '```http\nGET /things/42\n```',
      ].join('\n'),
    )
    expect(lines.map((line) => line.replace(/@.*/, ''))).toEqual(['GET /me/thing', 'GET /things/{id}'])
  })

  it('reads a qualified `## HTTP request (…)` heading', () => {
    const { lines } = routesOf(
      '# Upload\n## HTTP request (to replace an item)\n```http\nPUT /things/{id}/content\n```\n## HTTP request (to add one)\n```http\nPUT /things/{id}:/{name}:/content\n```\n',
    )
    expect(lines.map((line) => line.replace(/@.*/, ''))).toEqual([
      'PUT /things/{id}/content',
      'PUT /things/{id}:/{name}:/content',
    ])
  })

  it('gives nothing without the section', () => {
    expect(routesOf('# T\n## Response\n```http\nGET /x\n```\n').lines).toEqual([])
  })

  it("reads headings that each document a way to call, beside the one with `### HTTP request` (other teams' pages)", () => {
    const { lines, section } = routesOf(
      [
        '# List available drives',
        '## Permissions',
        'None.',
        "## List a group's drives",
        '### HTTP request',
        '<!-- {"blockType": "request", "name": "group-list-drives" } -->',
        '```http\nGET /groups/{groupId}/drives\n```',
        "## List a site's drives",
        '<!-- {"blockType": "request", "name": "site-list-drives" } -->',
        '```http\nGET /sites/{siteId}/drives\n```',
        "## List the current user's drives",
        '```http\nGET /me/drives\n```',
        '## Optional query parameters',
        '```http\nGET /me/drives?$select=id\n```',
        '## Response',
        'A collection.',
        '## Listing another way',
        '```http\nGET /not/this\n```',
      ].join('\n'),
    )
    expect(lines.map((line) => line.replace(/@.*/, ''))).toEqual([
      'GET /groups/{groupId}/drives',
      'GET /sites/{siteId}/drives',
      'GET /me/drives',
    ])
    expect(section?.title).toBe('HTTP request')
  })

  it('reads the first run of call headings on a page without an `HTTP request` heading', () => {
    const { lines, section } = routesOf(
      [
        '# Get a site resource',
        '## Permissions',
        'None.',
        "## Get the tenant's root site",
        '<!-- { "blockType": "ignored" } -->',
        '```http\nGET /sites/root\n```',
        '## Access a group team site',
        '```http\nGET /groups/{group-id}/sites/root\n```',
        '## Example',
        '### Request',
        '<!-- { "blockType": "request", "name": "get-site" } -->',
        '```http\nGET /sites/{site-id}\n```',
      ].join('\n'),
    )
    expect(lines.map((line) => line.replace(/@.*/, ''))).toEqual([
      'GET /sites/root',
      'GET /groups/{group-id}/sites/root',
    ])
    expect(section).toBeUndefined()
  })

  it('reads no call headings beside a top-level `## HTTP request`, nor past a section of the format', () => {
    const remarks = routesOf(
      '# List recent files\n## HTTP request\n```http\nGET /me/drive/recent\n```\n## Response\nItems.\n## Using remote items\n```http\nGET /drives/{driveId}/items/{itemId}\n```\n',
    )
    expect(remarks.lines.map((line) => line.replace(/@.*/, ''))).toEqual(['GET /me/drive/recent'])
    const upload = routesOf(
      [
        '# Upload large files',
        '## Create an upload session',
        '### HTTP request',
        '```http\nPOST /me/drive/items/{itemId}/createUploadSession\n```',
        '## Parameters',
        '| Parameter | Type | Description |\n|:--|:--|:--|\n| item | driveItemUploadableProperties | Data |',
        '## Upload bytes to the upload session',
        '<!-- { "blockType": "request", "opaqueUrl": true } -->',
        '```http\nPUT https://sn3302.up.1drv.com/up/fe6987415ace\n```',
        '## Handle upload errors',
        '```http\nPUT /me/drive/root:/{path_to_file}\n```',
      ].join('\n'),
    )
    expect(upload.lines.map((line) => line.replace(/@.*/, ''))).toEqual([
      'POST /me/drive/items/{itemId}/createUploadSession',
    ])
  })

  it('reads a request block left under `## Permissions` (its heading left out) as the section, and reports it', () => {
    // microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api/chat-post-members.md
    // (test/fixtures/real-trees/graph-v1.0-today): without the block, the examples' calls
    // (`/chats/19:cf66807577b149cca1b7af0c32eec122@thread.v2/members`) were taken as the route.
    const { lines, diagnostics, section } = routesOf(
      [
        '# Add member to a chat',
        '## Permissions',
        '|Permission Type|Permissions (from least to most privileged)|\n|---------|-------------|\n|Application| ChatMember.ReadWrite.All, Chat.ReadWrite.All |',
        '<!-- { "blockType": "ignored"} -->',
        '```http\nPOST /chats/{chat-id}/members\n```',
        '## Request headers',
        '| Header | Value |\n|:---|:---|\n| Authorization | Bearer {token}. Required. |',
      ].join('\n\n'),
    )
    expect(lines).toEqual(['POST /chats/{chat-id}/members@12:1'])
    expect(section?.title).toBe('Permissions')
    expect(diagnostics.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
      {
        code: 'missing-section',
        line: 3,
        message:
          'Unexpected request lines under `## Permissions`, expected them under an `## HTTP request` heading',
      },
    ])
  })

  it('leaves a request `## Permissions` shows for another call when the examples call another route', () => {
    const page = (permissionsBlock: string) =>
      [
        '# Get widget',
        '## Permissions',
        'Grant consent first:',
        permissionsBlock,
        '## Example',
        '<!-- { "blockType": "request", "name": "get_widget" } -->',
        '```http\nGET https://graph.microsoft.com/v1.0/widgets/1\n```',
      ].join('\n\n')
    const consent = extractPage(
      'api/widget-get.md',
      page('```http\nPOST https://graph.microsoft.com/v1.0/oauth2PermissionGrants\n```'),
    )
    expect(consent.operations[0]?.routes.map((route) => `${route.method} ${route.raw}`)).toEqual([
      'GET /widgets/1',
    ])
    expect(consent.diagnostics.map((d) => d.code)).not.toContain('missing-section')
    const own = extractPage('api/widget-get.md', page('```http\nGET /widgets/{widget-id}\n```'))
    expect(own.operations[0]?.routes.map((route) => `${route.method} ${route.raw}`)).toEqual([
      'GET /widgets/{widget-id}',
    ])
    expect(own.diagnostics.map((d) => d.code)).toContain('missing-section')
  })

  it('reads no request lines under `## Permissions` where the page has an HTTP request heading', () => {
    const { lines, diagnostics } = routesOf(
      '# T\n## Permissions\n```http\nPOST /oauth2PermissionGrants\n```\n### HTTP request\n```http\nGET /widgets/{id}\n```\n',
    )
    expect(lines.map((line) => line.replace(/@.*/, ''))).toEqual(['GET /widgets/{id}'])
    expect(diagnostics).toEqual([])
  })

  it("reads an example's GUID keys as keys: no template base, and a route from examples unreported", () => {
    const example =
      '<!-- { "blockType": "request", "name": "get_subscription" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/48d31887-5fad-4d73-a9f5-3c356e68a038/subscriptions/7f105c7d-2dc5-4530-97cd-4e7ae6534c07\n```'
    const headed = extractPage(
      'api/subscription-get.md',
      [
        '# Get subscription',
        '## HTTP request',
        '```http\nGET /subscriptions/{id}\n```',
        '## Example',
        example,
      ].join('\n\n'),
    )
    expect(headed.operations[0]?.routes.map((route) => route.raw)).toEqual(['/subscriptions/{id}'])
    expect(headed.diagnostics.map((d) => d.code)).not.toContain('relative-route')
    const unheaded = extractPage(
      'api/subscription-get.md',
      ['# Get subscription', '## Example', example].join('\n\n'),
    )
    expect(unheaded.operations[0]?.routes.map((route) => route.raw)).toEqual([
      '/users/{id}/subscriptions/{id}',
    ])
    expect(unheaded.diagnostics.map((d) => d.code)).not.toContain('unparsable-route')
  })
})
