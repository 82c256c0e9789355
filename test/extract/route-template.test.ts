import { describe, expect, it } from 'vitest'
import {
  KEY_IN_PARENTHESES,
  KEY_IN_PARENTHESES_IN_URL,
  parseRouteTemplate,
} from '../../src/extract/route-template.js'
import type { PathSegment } from '../../src/model.js'
import { requestTargetOf } from '../../src/shape/examples.js'

const at = { file: 'api/x.md', line: 10, column: 1 }

/** Segments in a compact notation: `lit`, `{name}`, `:name:` (item path), `f(a=param,…)`. */
function show(segments: readonly PathSegment[]): string {
  return segments
    .map((s) => {
      if (s.kind === 'literal') return s.value
      if (s.kind === 'param') return `{${s.name}}`
      if (s.kind === 'itemPath') return `:${s.param}:`
      return `${s.name}(${s.args.map((a) => `${a.name}=${a.param}`).join(',')})`
    })
    .join('/')
}

describe('parseRouteTemplate', () => {
  const cases: [string, string, string, string?][] = [
    // line, raw, segments, query
    ['GET /users', '/users', 'users'],
    [
      'GET /users/{id | userPrincipalName}/messages',
      '/users/{id | userPrincipalName}/messages',
      'users/{id}/messages',
    ],
    ['GET /users/{Id|userPrincipalName}', '/users/{Id|userPrincipalName}', 'users/{id}'],
    // microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api/chat-get-members.md
    [
      'GET /users/{user-id} | user-principal-name/chats/{chat-id}/members/{membership-id}',
      '/users/{user-id} | user-principal-name/chats/{chat-id}/members/{membership-id}',
      'users/{userId}/chats/{chatId}/members/{membershipId}',
    ],
    [
      'GET /me/calendars/{id}/events/{id}/attachments/{id}',
      '/me/calendars/{id}/events/{id}/attachments/{id}',
      'me/calendars/{calendarId}/events/{eventId}/attachments/{attachmentId}',
    ],
    [
      'GET /me/mailFolders/{id}/childFolders/{id}/.../childFolders/{id}',
      '/me/mailFolders/{id}/childFolders/{id}/.../childFolders/{id}',
      // The ellipsis (any depth of nesting) left out: the pattern's shallowest path.
      'me/mailFolders/{mailFolderId}/childFolders/{childFolderId}/childFolders/{childFolderId2}',
    ],
    [
      'GET /me/calendarGroups/{id}/categories/{id}',
      '/me/calendarGroups/{id}/categories/{id}',
      'me/calendarGroups/{calendarGroupId}/categories/{categoryId}',
    ],
    [
      "GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/range(address='<address>')",
      "/me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/range(address='<address>')",
      'me/drive/root/:itemPath:/workbook/worksheets/{id}/range(address=address)',
    ],
    [
      'GET /sites/{hostname}:/{relative-path}',
      '/sites/{hostname}:/{relative-path}',
      'sites/{hostname}/:relativePath:',
    ],
    [
      'PUT /me/drive/items/{parent-id}:/{filename}:/content',
      '/me/drive/items/{parent-id}:/{filename}:/content',
      'me/drive/items/{parentId}/:filename:/content',
    ],
    [
      'GET /me/drive/items/{id}/workbook/worksheets/{id|name}/cell(row=<row>,column=<column>)',
      '/me/drive/items/{id}/workbook/worksheets/{id|name}/cell(row=<row>,column=<column>)',
      'me/drive/items/{itemId}/workbook/worksheets/{worksheetId}/cell(row=row,column=column)',
    ],
    [
      'POST /me/drive/items/{id}/workbook/worksheets/{id}/range/resizedRange(deltaRows={n}, deltaColumns={n})',
      '/me/drive/items/{id}/workbook/worksheets/{id}/range/resizedRange(deltaRows={n}, deltaColumns={n})',
      'me/drive/items/{itemId}/workbook/worksheets/{worksheetId}/range/resizedRange(deltaRows=deltaRows,deltaColumns=deltaColumns)',
    ],
    [
      "GET /me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/image(width=640,height=480,fittingMode='fit')",
      "/me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/image(width=640,height=480,fittingMode='fit')",
      "me/drive/items/{itemId}/workbook/worksheets/{worksheetId}/charts/{name}/image(width=640,height=480,fittingMode='fit')",
    ],
    [
      'GET /me/drive/items/{id}/workbook/worksheets/{id}/range/columnsAfter(count=n)',
      '/me/drive/items/{id}/workbook/worksheets/{id}/range/columnsAfter(count=n)',
      'me/drive/items/{itemId}/workbook/worksheets/{worksheetId}/range/columnsAfter(count=n)',
    ],
    [
      'GET /me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=includePersonalNotebooks-value)',
      '/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=includePersonalNotebooks-value)',
      'me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=includePersonalNotebooks)',
    ],
    [
      // api-reference/v1.0/api/unifiedroleeligibilityschedule-filterbycurrentuser.md,
      // microsoftgraph/microsoft-graph-docs-contrib@00ac519a4df94ee7b22887e1167fecee3b16e0a3
      "GET /roleManagement/directory/roleEligibilitySchedules/filterByCurrentUser(on='parameterValue')",
      "/roleManagement/directory/roleEligibilitySchedules/filterByCurrentUser(on='parameterValue')",
      'roleManagement/directory/roleEligibilitySchedules/filterByCurrentUser(on=on)',
    ],
    [
      "GET /me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')",
      "/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')",
      'me/outlook/supportedTimeZones(TimeZoneStandard=timezoneFormat)',
    ],
    [
      'GET /me/calendarView/delta?startDateTime={start_datetime}&endDateTime={end_datetime}',
      '/me/calendarView/delta',
      'me/calendarView/delta',
      'startDateTime={start_datetime}&endDateTime={end_datetime}',
    ],
    [
      "GET /users/{Id|userPrincipalName}/events/{Id}?$expand=extensions($filter=id eq '{extensionId}')",
      '/users/{Id|userPrincipalName}/events/{Id}',
      'users/{userId}/events/{eventId}',
      "$expand=extensions($filter=id eq '{extensionId}')",
    ],
    [
      'GET /users/{id | userPrincipalName}/?$expand=manager($levels=n)',
      '/users/{id | userPrincipalName}',
      'users/{id}',
      '$expand=manager($levels=n)',
    ],
    [
      'GET /me/onenote/pages/{id}/content[?includeIDs=true]',
      '/me/onenote/pages/{id}/content',
      'me/onenote/pages/{id}/content',
      'includeIDs=true',
    ],
    ['GET /me/messages/{id}/$value', '/me/messages/{id}/$value', 'me/messages/{id}/$value'],
    [
      'DELETE /groups/{id}/members/{id}/$ref',
      '/groups/{id}/members/{id}/$ref',
      'groups/{groupId}/members/{memberId}/$ref',
    ],
    [
      'GET /deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.mobileLobApp/contentVersions',
      '/deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.mobileLobApp/contentVersions',
      'deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.mobileLobApp/contentVersions',
    ],
    [
      'GET https://graph.microsoft.com/v1.0/me/insights/shared/{id}/resource',
      '/me/insights/shared/{id}/resource',
      'me/insights/shared/{id}/resource',
    ],
    ['GET https://graph.microsoft.com/beta/me', '/me', 'me'],
    // Another team's service root: its host and version segment.
    ['GET https://api.contoso.com/v2.1/widgets/{id}', '/widgets/{id}', 'widgets/{id}'],
    ['GET groups/{id}/settings', '/groups/{id}/settings', 'groups/{id}/settings'],
    ['GET /me/settings/', '/me/settings', 'me/settings'],
    [
      'GET /users/{series-id}/x/{calendar_group_id}',
      '/users/{series-id}/x/{calendar_group_id}',
      'users/{seriesId}/x/{calendarGroupId}',
    ],
    [
      'GET /places/{room-list-emailaddress}',
      '/places/{room-list-emailaddress}',
      'places/{roomListEmailaddress}',
    ],
    ['GET /x/{1st}', '/x/{1st}', 'x/{p1st}'],
  ]
  it.each(cases)('%s', (line, raw, segments, query) => {
    const { route, diagnostics } = parseRouteTemplate(line, at)
    expect(diagnostics).toEqual([])
    expect(route?.raw).toBe(raw)
    expect(show(route?.segments ?? [])).toBe(segments)
    expect(route?.query).toBe(query)
    expect(route?.position).toEqual(at)
  })

  it('strips a service root written with angle-bracket placeholders, and one with a stray `<`', () => {
    const raw = (line: string) => parseRouteTemplate(line, at).route?.raw
    // MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/resources/dynamics_salesinvoice.md
    expect(
      raw(
        'POST https://<server address>:<server API port>/<server instance name>/api/v2.0/companies({id})/salesInvoices({id})/Microsoft.NAV.post',
      ),
    ).toBe('/companies({id})/salesInvoices({id})/Microsoft.NAV.post')
    expect(raw('GET https://<tenant.sharepoint.com/v1.0/sites')).toBe('/sites')
    expect(raw('GET https://graph.microsoft.com/v1.0/users/<id>')).toBe('/users/<id>')
  })

  it('reads `...` before a path as the service root (MicrosoftDocs/defender-docs api-get-incident.md)', () => {
    for (const line of ['GET .../api/incidents/{id}', 'GET \u2026/api/incidents/{id}']) {
      const { route, diagnostics } = parseRouteTemplate(line, at)
      expect([route?.raw, diagnostics]).toEqual(['/api/incidents/{id}', []])
    }
  })

  it('reads no route from a URL the service hands out, written as its placeholder host alone, and reports it', () => {
    // MicrosoftDocs/CloudAppSecurityDocs api-discovery-perform.md: `PUT https://<initiate_file_upload_response_url>`.
    for (const line of ['PUT https://<initiate_file_upload_response_url>', 'PUT https://{uploadUrl}/']) {
      const { route, diagnostics } = parseRouteTemplate(line, at)
      expect(route).toBeUndefined()
      expect(diagnostics.map((each) => each.code)).toEqual(['unparsable-route'])
    }
    expect(parseRouteTemplate('GET https://{businesscentralPrefix}/api/v2.0/companies', at).route?.raw).toBe(
      '/companies',
    )
  })

  it('splits a placeholder glued to the segment before it, and reports it', () => {
    // microsoft-graph-docs-contrib api/subjectrightsrequest-getfinalreport.md.
    const { route, diagnostics } = parseRouteTemplate(
      'GET /privacy/subjectRightsRequests{subjectRightsRequestId}/getFinalReport',
      at,
    )
    expect(show(route?.segments ?? [])).toBe(
      'privacy/subjectRightsRequests/{subjectRightsRequestId}/getFinalReport',
    )
    expect(diagnostics.map((each) => [each.code, each.column])).toEqual([['unparsable-route', 14]])
    // A URI template's query form is no placeholder.
    expect(parseRouteTemplate('GET /shifts{?filter}', at).route?.raw).toBe('/shifts{?filter}')
  })

  it('keeps the method', () => {
    expect(parseRouteTemplate('PATCH /me', at).route?.method).toBe('PATCH')
    expect(parseRouteTemplate('  PUT /users/{id}/manager/$ref', at).route?.method).toBe('PUT')
  })

  it('repairs an unclosed function call and reports it', () => {
    const line = "GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>'/entireRow"
    const { route, diagnostics } = parseRouteTemplate(line, at)
    expect(show(route?.segments ?? [])).toBe(
      'me/drive/items/{itemId}/workbook/worksheets/{worksheetId}/range(address=address)/entireRow',
    )
    expect(diagnostics).toMatchObject([{ code: 'unparsable-route', line: 10, severity: 'warning' }])
    expect(diagnostics[0]?.column).toBe(line.indexOf('range(') + 6)
  })

  it('reads a name in parentheses as the placeholder it means, and reports it', () => {
    // api/chatmessage-update.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const line = 'PATCH /teams/(team-id)/channels/{channel-id}/chatMessages/{message-id}'
    const { route, diagnostics } = parseRouteTemplate(line, at)
    expect(route?.raw).toBe('/teams/{team-id}/channels/{channel-id}/chatMessages/{message-id}')
    expect(show(route?.segments ?? [])).toBe('teams/{teamId}/channels/{channelId}/chatMessages/{messageId}')
    expect(diagnostics).toMatchObject([{ code: 'unparsable-route', line: 10, column: line.indexOf('(') + 1 }])
    expect(diagnostics[0]?.message).toContain('`(team-id)`')
  })

  it("reads a template written with an example's GUID keys as the placeholders they fill, and reports them", () => {
    // api/educationsubmission-list-resources.md (today's Graph v1.0, workloads tree)
    const line =
      'GET /education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments/cf6005fc-9e13-44a2-a6ac-a53322006454/submissions/d1bee293-d8bb-48d4-af3e-c8cb0e3c7fe7/resources'
    const { route, diagnostics } = parseRouteTemplate(line, at)
    expect(route?.raw).toBe('/education/classes/{id}/assignments/{id}/submissions/{id}/resources')
    expect(show(route?.segments ?? [])).toBe(
      'education/classes/{classId}/assignments/{assignmentId}/submissions/{submissionId}/resources',
    )
    expect(diagnostics.map(({ code, column }) => [code, column])).toEqual([
      ['unparsable-route', line.indexOf('acdefc6b') + 1],
      ['unparsable-route', line.indexOf('cf6005fc') + 1],
      ['unparsable-route', line.indexOf('d1bee293') + 1],
    ])
  })

  it('reads an OData key in parentheses as the key segment it stands for', () => {
    // MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/api/dynamics_salesinvoiceline_get.md
    // (1aec6a439002fc15aa881fc6a66681cc80531956)
    const line = 'GET /companies({id})/salesInvoices({id})/salesInvoiceLines({salesInvoiceLineId})'
    const { route, diagnostics } = parseRouteTemplate(line, at)
    expect(show(route?.segments ?? [])).toBe(
      'companies/{companyId}/salesInvoices/{salesInvoiceId}/salesInvoiceLines/{salesInvoiceLineId}',
    )
    expect(diagnostics).toEqual([])
    // A call with a named argument stays a call.
    expect(show(parseRouteTemplate("GET /x/range(address='{a}')", at).route?.segments ?? [])).toBe(
      'x/range(address=a)',
    )
  })

  it('reads a placeholder with its quotes inside its braces as a quoted key, in routes and examples', () => {
    // MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/api/dynamics_subscriptions_delete.md
    // (05253f99c978a4a6c17e455ee9e3362e0484acdc): the route and its example both write `({'id'})`.
    const { route, diagnostics } = parseRouteTemplate(
      "DELETE businesscentralPrefix/subscriptions({'id'})",
      at,
    )
    expect(show(route?.segments ?? [])).toBe('businesscentralPrefix/subscriptions/{id}')
    expect(route?.segments.at(-1)).toMatchObject({ kind: 'param', name: 'id', inParentheses: 'quoted' })
    expect(diagnostics).toEqual([])
    // The example asks for the same route, a quoted key (what the server reads as `subscriptions/{id}`).
    expect(requestTargetOf("https://{businesscentralPrefix}/api/v1.0/subscriptions({'id'}) ")).toBe(
      "/subscriptions('{id}')",
    )
  })

  it('reads a key in parentheses written after a space as the key, and reports the space', () => {
    // MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/api/dynamics_project_update.md
    // (046f8132b76420a1449a0e04620bbfe50efdae18); its example writes `projects({id})`.
    const line = 'PATCH businesscentralPrefix/companies({id})/projects ({id})'
    const { route, diagnostics } = parseRouteTemplate(line, at)
    expect(route?.raw).toBe('/businesscentralPrefix/companies({id})/projects({id})')
    expect(show(route?.segments ?? [])).toBe(
      'businesscentralPrefix/companies/{companyId}/projects/{projectId}',
    )
    expect(diagnostics).toMatchObject([
      { code: 'unparsable-route', line: 10, column: line.indexOf('projects (') + 1 },
    ])
    expect(diagnostics[0]?.message).toContain('`projects ({id})`')
  })

  it('reads a key in parentheses in a request URL (the generated server) as in a route', () => {
    const segments = ['customers(f2a5-1)', "currencies('default')", "names('O''Brien')", 'items(42)']
    const notKeys = ['range(address=A1)', 'f()', 'z(a,b)', "q('a'b)", 'x(<id>)']
    for (const segment of [...segments, ...notKeys]) {
      const inRoute = KEY_IN_PARENTHESES.exec(segment)?.slice(1, 3) ?? []
      const inUrl = [...`/a/${segment}/b`.matchAll(new RegExp(KEY_IN_PARENTHESES_IN_URL, 'g'))].flatMap(
        (match) => match.slice(1, 3),
      )
      expect(inUrl, segment).toEqual(segment.startsWith('x(') ? [] : inRoute)
    }
    expect(segments.every((segment) => KEY_IN_PARENTHESES.test(segment))).toBe(true)
  })

  it('takes a service root with segments before its version off an absolute URL', () => {
    // dynamics_customer_create.md (069ea8efd40206a647f833acc1f9c0760638aaca), same repository
    const line = 'POST https://{businesscentralPrefix}/api/v2.0/companies({id})/customers'
    expect(parseRouteTemplate(line, at).route?.raw).toBe('/companies({id})/customers')
    expect(parseRouteTemplate('GET https://graph.microsoft.com/v1.0/me/events', at).route?.raw).toBe(
      '/me/events',
    )
    // A host without a version keeps its whole path: an upload URL's.
    expect(parseRouteTemplate('PUT https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF8', at).route?.raw).toBe(
      '/up/fe6987415ace7X4e1eF8',
    )
  })

  it('reports a line that is not a route', () => {
    const { route, diagnostics } = parseRouteTemplate('workbook-session-id: {session-id}', at)
    expect(route).toBeUndefined()
    expect(diagnostics).toMatchObject([{ code: 'unparsable-route', file: 'api/x.md', line: 10, column: 1 }])
  })

  it('gives valid, unique identifiers for every placeholder', () => {
    const { route } = parseRouteTemplate('GET /a/{id}/a/{id}/{id}/b({id})/c(x={id},y={id})', at)
    const names = (route?.segments ?? []).flatMap((s) =>
      s.kind === 'param'
        ? [s.name]
        : s.kind === 'call'
          ? s.args.map((a) => a.param)
          : s.kind === 'itemPath'
            ? [s.param]
            : [],
    )
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[A-Za-z_$][\w$]*$/)
  })
})
