import { describe, expect, it } from 'vitest'
import { extractExamples } from '../../src/extract/examples.js'
import { extractResponse } from '../../src/extract/response-section.js'
import { parseRouteTemplate } from '../../src/extract/route-template.js'
import type { Diagnostic, HttpMethod, TypeRef } from '../../src/model.js'
import { readPage } from '../../src/parse/page.js'

const responseOf = (markdown: string, method: HttpMethod = 'GET', path = '/x') => {
  const page = readPage('api/x.md', markdown)
  const diagnostics: Diagnostic[] = []
  const { route } = parseRouteTemplate(`${method} ${path}`, { file: 'api/x.md', line: 1, column: 1 })
  const routes = route ? [route] : []
  const response = extractResponse(page, routes, extractExamples(page, diagnostics), diagnostics)
  return { response, diagnostics }
}

const show = (type: TypeRef | undefined) =>
  type === undefined
    ? '-'
    : type.kind === 'unknown'
      ? '?'
      : type.kind === 'named' && type.target
        ? `${type.name}(${type.target})`
        : type.name

describe('extractResponse: the Response sentence', () => {
  const cases: [string, number, string, boolean][] = [
    [
      'If successful, this method returns a `200 OK` response code and [event](../resources/event.md) object in the response body.',
      200,
      'event(resources/event.md)',
      false,
    ],
    [
      'If successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.',
      200,
      'event(resources/event.md)',
      true,
    ],
    [
      'If successful, this method returns a `200 OK` response code and the requested [session](../resources/callrecords-session.md) objects in the response body.',
      200,
      'session(resources/callrecords-session.md)',
      true,
    ],
    [
      'If successful, this method returns `200 OK` response code and collection of [user](../resources/user.md) objects in the response body.',
      200,
      'user(resources/user.md)',
      true,
    ],
    [
      'If successful, this action returns a `200 OK` response code and a [importedWindowsAutopilotDeviceIdentity](../resources/x.md) collection in the response body.',
      200,
      'importedWindowsAutopilotDeviceIdentity(resources/x.md)',
      true,
    ],
    [
      'If successful, this method returns a `200 OK` response code and [contact](../resources/contact.md) collection object in the response body.',
      200,
      'contact(resources/contact.md)',
      true,
    ],
    [
      'If successful, this method returns a `200 OK` response code and a list of [sharedInsight](../resources/insights-shared.md) items in the response body.',
      200,
      'sharedInsight(resources/insights-shared.md)',
      true,
    ],
    [
      // Today's beta api/conversationmembers-add.md.
      'If successful, this action returns a `200 OK` response code and a collection of derivatives of [actionResultPart](../resources/actionresultpart.md) in the response body.',
      200,
      'actionResultPart(resources/actionresultpart.md)',
      true,
    ],
    [
      'If successful, this method returns a `201 Created` response code and an updated [x](../resources/x.md) object in the response body.',
      201,
      'x(resources/x.md)',
      false,
    ],
    [
      'If successful, this function returns a `200 OK` response code and a String collection in the response body.',
      200,
      'String',
      true,
    ],
    [
      'If successful, this method returns `200 OK` response code and String collection object in the response body.',
      200,
      'String',
      true,
    ],
    [
      'If successful, this action returns a `200 OK` response code and a Stream in the response body.',
      200,
      'Stream',
      false,
    ],
    [
      'If successful, this function returns a `200 OK` response code and a String in the response body.',
      200,
      'String',
      false,
    ],
    [
      'If successful, this method returns a `200 OK` response code and a Boolean value in the response body.',
      200,
      'Boolean',
      false,
    ],
    ['If successful, this method returns a `204 No Content` response code.', 204, '-', false],
    [
      'If successful, this method returns `202 Accepted` response code. It does not return anything in the response body.',
      202,
      '-',
      false,
    ],
    ['If successful, this method returns 200 OK response code.', 200, '-', false],
    [
      'If successful, this method returns `204 No Content` response and empty content. If the request specifies `Prefer` header with `return=representation` preference, then this method returns a `200 OK` response code and updated [plannerTask](../resources/plannertask.md) object in the response body.',
      204,
      'plannerTask(resources/plannertask.md)',
      false,
    ],
    [
      'If successful, this method returns a `200 OK` response code and the [Operation-Location](https://example.com/doc) header.',
      200,
      '-',
      false,
    ],
    // Other teams' reference-style links, defined at the foot of the page under another heading.
    [
      'If successful, this method returns an [driveItem][item-resource] resource in the response body.\n\n## Remarks\n\nNone.\n\n[item-resource]: ../resources/driveitem.md',
      200,
      'driveItem(resources/driveitem.md)',
      false,
    ],
    [
      'Each of these methods returns a [Drive resource][drive-resource] for the matching drive in the response body.\n\n[drive-resource]: ../resources/drive.md',
      200,
      'Drive(resources/drive.md)',
      false,
    ],
    [
      'This method returns the [DriveItem resources](../resources/driveitem.md) shared with the owner of the drive.',
      200,
      'DriveItem(resources/driveitem.md)',
      true,
    ],
    // Defender for Endpoint writes the reason after a comma or a dash; the 404 after is no answer.
    [
      "If successful, this method returns 200, Ok response code with a [Machine Action](../resources/machineaction.md) entity. If machine action entity with the specified ID wasn't found - 404 Not Found.",
      200,
      '-',
      false,
    ],
    [
      'If successful, this method returns 201 - Created response code and [Machine Action](../resources/machineaction.md) in the response body.',
      201,
      '-',
      false,
    ],
    // Resource and API pages in one folder: a link is a type where the sentence calls it one.
    [
      'If successful, this method returns 200, Ok response code with a collection of [machineAction](machineaction.md) entities.',
      200,
      'machineAction(api/machineaction.md)',
      true,
    ],
    [
      'If successful, this method returns `204 No Content`. To read the alert again, [get](alert-get.md) it.',
      204,
      '-',
      false,
    ],
  ]
  it.each(cases)('%s', (sentence, status, type, collection) => {
    const { response, diagnostics } = responseOf(`# Get x\n## Response\n${sentence}\n`)
    expect(response.status).toBe(status)
    expect(show(response.type)).toBe(type)
    expect(response.collection).toBe(collection)
    expect(response.source).toBe(type === '-' ? 'none' : 'sentence')
    expect(diagnostics).toEqual([])
  })

  it('defaults the status by method', () => {
    expect(responseOf('## Response\nNothing.\n', 'DELETE').response.status).toBe(204)
    expect(responseOf('## Response\nNothing.\n', 'POST').response.status).toBe(200)
  })

  it('reads the sentence of `## HTTP response` (other teams title it so)', () => {
    const { response } = responseOf(
      '## HTTP Response\nThis method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.\n',
    )
    expect(response).toMatchObject({ status: 200, collection: false, source: 'sentence' })
    expect(show(response.type)).toBe('thing(resources/thing.md)')
  })

  it("keeps the other success codes the sentence names beside the first, and no later sentence's", () => {
    // onlinemeeting-createorget.md (today's Graph v1.0, workloads tree)
    const { response } = responseOf(
      '## Response\nIf successful, this method returns a `201 Created` response code if a new meeting is created, or a `200 OK` response code if an existing meeting is retrieved. In both cases, an [onlineMeeting](../resources/onlinemeeting.md) object is returned in the response body.\n',
      'POST',
    )
    expect(response).toMatchObject({ status: 201, otherSuccesses: [200], source: 'sentence' })
    const accepted = responseOf(
      '## Response\nIf successful, this method returns a `202 Accepted` response code. A GET request to its location returns a `200 OK` response code.\n',
      'POST',
    ).response
    expect(accepted.status).toBe(202)
    expect(accepted.otherSuccesses).toBeUndefined()
    // A count in the prose is no status where the sentence writes its statuses in code.
    const counted = responseOf(
      '## Response\nIf successful, this method returns a `200 OK` response code and the first 250 Items of the list in the response body.\n',
    ).response
    expect(counted.otherSuccesses).toBeUndefined()
  })

  it('keeps, beside a 204, the success a later sentence says a request header asks for', () => {
    // securescorecontrolprofile-update.md (today's Graph v1.0), beside its `Prefer: return=representation` row
    const { response } = responseOf(
      '## Response\n\nIf successful, this method returns a `204 No Content` response code.\n\nIf the optional request header is used, the method returns a `200 OK` response code and the updated [secureScoreControlProfiles](../resources/securescorecontrolprofile.md) object in the response body.\n',
      'PATCH',
    )
    expect(response).toMatchObject({ status: 204, otherSuccesses: [200] })
    // plannertask-update.md (graph-v1.0-sample) words it in the same paragraph.
    const planner = responseOf(
      '## Response\n\nIf successful, this method returns `204 No Content` response and empty content. If the request specifies `Prefer` header with `return=representation` preference, then this method returns a `200 OK` response code and updated [plannerTask](../resources/plannertask.md) object in the response body.\n',
      'PATCH',
    ).response
    expect(planner).toMatchObject({ status: 204, otherSuccesses: [200] })
  })

  it('reads `### Response` under `## Request body`', () => {
    const { response } = responseOf(
      '## Request body\nNone.\n### Response\nIf successful, this method returns a `200 OK` response code and [workbookPivotTable](../resources/workbookpivottable.md) object in the response body.\n## Example\n### Response\n```http\nHTTP/1.1 201 Created\n```\n',
    )
    expect(response).toMatchObject({ status: 200, collection: false, source: 'sentence' })
  })
})

const withExample = (sentence: string, annotation: string, body: string) =>
  `# T\n## Response\n${sentence}\n## Example\n### Response\n${annotation}\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n${body}\n\`\`\`\n`

describe('extractResponse: annotation and example evidence', () => {
  it('uses the annotation name and the sentence target when they agree', () => {
    const { response, diagnostics } = responseOf(
      withExample(
        'Returns a `200 OK` response code and an [externalConnection](../resources/externalconnectors-externalconnection.md) object in the response body.',
        '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.externalConnectors.externalConnection" } -->',
        '{}',
      ),
    )
    expect(show(response.type)).toBe(
      'microsoft.graph.externalConnectors.externalConnection(resources/externalconnectors-externalconnection.md)',
    )
    expect(response.source).toBe('annotation')
    expect(diagnostics).toEqual([])
  })

  it('lets the annotation win over a PascalCase Excel link and reports it', () => {
    const { response, diagnostics } = responseOf(
      withExample(
        'Returns a `200 OK` response code and [Range](../resources/range.md) object in the response body.',
        '<!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.workbookRange" } -->',
        '{}',
      ),
    )
    expect(show(response.type)).toBe('microsoft.graph.workbookRange')
    expect(response).toMatchObject({ collection: false, source: 'annotation' })
    // Link reports it unless the two names denote one type (`test/link/response-type-conflicts.test.ts`).
    expect(diagnostics).toEqual([])
    expect(response.typeConflict).toMatchObject({
      sentence: { name: 'Range' },
      annotation: { name: 'microsoft.graph.workbookRange' },
      diagnostic: { code: 'response-type-conflict', severity: 'info', line: 3 },
    })
  })

  it("lets the route's trailing type cast choose between a sentence and an annotation", () => {
    // The annotation names the base type; the route creates the derived type the sentence names.
    const markdown = withExample(
      'If successful, this method returns a `201 Created` response code and a [agentIdentity](../resources/agentidentity.md) object in the response body.',
      '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.servicePrincipal" } -->',
      '{ "@odata.type": "#microsoft.graph.agentIdentity", "id": "1" }',
    )
    const cast = responseOf(markdown, 'POST', '/servicePrincipals/microsoft.graph.agentIdentity')
    expect(cast.response).toMatchObject({
      type: { kind: 'named', name: 'agentIdentity', target: 'resources/agentidentity.md' },
      collection: false,
      source: 'sentence',
    })
    expect(cast.response.typeConflict?.diagnostic).toMatchObject({ code: 'response-type-conflict', line: 3 })
    expect(cast.response.typeConflict?.diagnostic.message).toMatch(/using `agentIdentity`.*cast/)
    // Without a cast the annotation still wins; a cast naming neither changes nothing.
    for (const path of ['/servicePrincipals', '/servicePrincipals/{id}/microsoft.graph.application'])
      expect(show(responseOf(markdown, 'POST', path).response.type)).toBe('microsoft.graph.servicePrincipal')
  })

  it('reads collections from isCollection and Collection(…)', () => {
    const isCollection = responseOf(
      withExample(
        '',
        '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.user", "isCollection": true } -->',
        '{}',
      ),
    ).response
    expect(isCollection).toMatchObject({ collection: true, source: 'annotation' })
    const wrapped = responseOf(
      withExample(
        '',
        '<!-- { "blockType": "response", "@odata.type": "collection(microsoft.graph.todoTaskList)" } -->',
        '{}',
      ),
    ).response
    expect(show(wrapped.type)).toBe('microsoft.graph.todoTaskList')
    expect(wrapped.collection).toBe(true)
    expect(
      responseOf(withExample('', '<!-- { "blockType": "response", "@odata.type": "Edm.String" } -->', '{}'))
        .response.type,
    ).toEqual({ kind: 'primitive', name: 'String' })
  })

  it('reads the example body when nothing else names a type', () => {
    const cases: [string, string, boolean][] = [
      ['{ "value": [ { "@odata.type": "#microsoft.graph.user" } ] }', 'microsoft.graph.user', true],
      [
        '{ "value": { "@odata.type": "#microsoft.graph.upload", "id": "1" } }',
        'microsoft.graph.upload',
        false,
      ],
      ['{ "value": "Autopilot Device Stream value" }', 'String', false],
      ['{ "value": true }', 'Boolean', false],
      ['{ "@odata.type": "#microsoft.graph.x", "id": "1" }', 'microsoft.graph.x', false],
    ]
    for (const [body, type, collection] of cases) {
      const { response } = responseOf(withExample('Returns 200 OK.', '', body))
      expect([show(response.type), response.collection, response.source]).toEqual([
        type,
        collection,
        'example',
      ])
    }
    expect(responseOf(withExample('Returns 200 OK.', '', '{ "id": "1" }')).response.source).toBe('none')
    expect(responseOf(withExample('Returns 200 OK.', '', '{ bad json')).response.source).toBe('none')
  })

  it('votes on collection-ness: a sentence and an example outvote an annotation silent on it', () => {
    const { response, diagnostics } = responseOf(
      withExample(
        'If successful, this method returns a `200 OK` response code and a list of [usedInsight](../resources/insights-used.md) items in the response body.',
        '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.usedInsight" } -->',
        '{ "value": [ { "id": "1" } ] }',
      ),
    )
    expect(response).toMatchObject({ collection: true, source: 'annotation' })
    expect(diagnostics).toEqual([])
    const outvoted = responseOf(
      withExample(
        'If successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object in the response body.',
        '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.user", "isCollection": true } -->',
        '{ "id": "1" }',
      ),
    )
    expect(outvoted.response.collection).toBe(false)
    expect(outvoted.diagnostics).toMatchObject([{ code: 'response-collection-conflict', line: 8 }])
    // The annotation voted: its conflict stands, and the object body's vote with it.
    expect(outvoted.response).not.toHaveProperty('objectBodyVote')
  })

  it('keeps the vote without an object body that decided it, for link to weigh by its members', () => {
    // Today's api-reference/v1.0/api/bookingbusiness-getstaffavailability.md (cut short)
    const { response } = responseOf(
      withExample(
        'If successful, this method returns a `200 OK` response code and a [staffAvailabilityItem](../resources/staffavailabilityitem.md) collection in the response.',
        '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.staffAvailabilityItem",\n} -->',
        '{ \n    "staffAvailabilityItem": [ \n        { "staffId": "311a5454-08b2-4560-ba1c-f715e938cb79" } \n    ] \n}',
      ),
      'POST',
    )
    expect(response).toMatchObject({
      collection: false,
      objectBodyVote: { members: ['staffAvailabilityItem'], collectionWithout: true },
    })
  })

  it('breaks a tie of sentence and example by an annotation silent on collection-ness: one value', () => {
    // api-reference/v1.0/api/itemanalytics-get.md (test/fixtures/real-trees/graph-v1.0-2020)
    const markdown = (annotation: string) =>
      withExample(
        'If successful, this method returns a `200 OK` response code and a collection of [itemAnalytics][] object in the response body.\n\n[itemAnalytics]: ../resources/itemanalytics.md',
        annotation,
        '{\n  "allTime": { "access": { "actionCount": 123, "actorCount": 89 } }\n}',
      )
    const silent = responseOf(
      markdown(
        '<!-- { "blockType": "response", "@type": "microsoft.graph.itemAnalytics", "truncated": true } -->',
      ),
      'GET',
      '/sites/{site-id}/analytics',
    )
    expect(silent.response).toMatchObject({ collection: false, source: 'annotation' })
    // Without an annotation the first voter, the sentence, still breaks the tie.
    expect(responseOf(markdown(''), 'GET', '/sites/{site-id}/analytics').response.collection).toBe(true)
  })

  it('lets a `List …` title break a tie of sentence and example on a GET of a collection', () => {
    // Today's api-reference/v1.0/api/swapshiftschangerequest-list.md and offershiftrequest-list.md (cut short)
    const listPage = (type: string, sentence: string, body: string) =>
      `# List ${type}\n## Response\n${sentence}\n## Examples\n### Response\n<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.${type}"\n} -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n${body}\n\`\`\`\n`
    const swaps = listPage(
      'swapShiftsChangeRequest',
      'If successful, this method returns a `200 OK` response code and the requested [swapShiftsChangeRequest](../resources/swapshiftschangerequest.md) object in the response body.',
      '{\n  "value": [\n    {\n      "id": "0b87dd20-d5ed-4764-9c3e-cfc8516def09",\n      "senderShiftId": "5ad10161-6524-4c7c-9beb-4e8677ba2f6d"\n    }\n  ]\n}',
    )
    const route = '/teams/{teamId}/schedule/swapShiftsChangeRequests'
    expect(responseOf(swaps, 'GET', route).response.collection).toBe(true)
    const offers = listPage(
      'offerShiftRequest',
      'If successful, this method returns a `200 OK` response code and the requested [offerShiftRequest](../resources/offershiftrequest.md) objects in the response body.',
      '{\n  "recipientActionMessage": "recipientActionMessage-value",\n  "senderShiftId": "senderShiftId-value"\n}',
    )
    expect(responseOf(offers, 'GET', '/teams/{teamId}/schedule/offerShiftRequests').response.collection).toBe(
      true,
    )
    // A `Get …` title leaves the tie to the annotation silent on it: one value.
    expect(responseOf(swaps.replace('# List', '# Get'), 'GET', route).response.collection).toBe(false)
  })

  it('reads one entity from a GET by key, whatever an annotation and example copied from a list say', () => {
    // api-reference/v1.0/api/user-get-teamsappinstallation.md, microsoftgraph/microsoft-graph-docs-contrib@1c291df365701dccb832b9c92ef8590757ff0861
    const markdown = withExample(
      'If successful, this method returns a `200 OK` response code and an [app](../resources/teamsappinstallation.md) in the response body.',
      '<!-- {\n  "blockType": "response",\n  "name": "user_list_teamsApps",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.teamsAppInstallation",\n  "isCollection": true\n} -->',
      '{\n  "value": [\n    {\n      "id": "id-value"\n    }\n  ]\n}',
    )
    const byKey = responseOf(markdown, 'GET', '/users/{id}/teamwork/installedApps/{id}')
    expect(byKey.response.collection).toBe(false)
    expect(byKey.diagnostics.filter((each) => each.code === 'response-collection-conflict')).toHaveLength(1)
    expect(responseOf(markdown, 'GET', '/users/{id}/teamwork/installedApps').response.collection).toBe(true)
  })

  describe('a trailing placeholder the operation takes as an argument, not a key', () => {
    // Today's microsoft-graph-docs-contrib api-reference/v1.0/api/place-descendants.md (cut): the
    // function's name, then the type of place to read; the sentence, annotation and example all say collection.
    const descendants = [
      '# place: descendants',
      '',
      '## HTTP request',
      '',
      '<!-- {\n  "blockType": "ignored"\n}\n-->',
      '``` http',
      'GET /places/{id}/descendants/{placeType}',
      '```',
      '',
      '> **Note:**',
      '> `{placeType}` can be any supported place type such as `microsoft.graph.building`, `microsoft.graph.floor`, `microsoft.graph.section`, `microsoft.graph.room`, `microsoft.graph.workspace`, and `microsoft.graph.desk`.',
      '',
      '## Response',
      '',
      'If successful, this function returns a `200 OK` response code and a [place](../resources/place.md) collection in the response body.',
      '',
      '## Examples',
      '',
      '### Response',
      '',
      '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "Collection(microsoft.graph.place)"\n}\n-->',
      '``` http',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{\n  "value": [\n    {\n      "id": "530f7900-8063-4daf-9cc1-168cb3ac26e9",\n      "displayName": "desk 5"\n    }\n  ]\n}',
      '```',
      '',
    ].join('\n')
    const route = '/places/{id}/descendants/{placeType}'
    const withoutNote = descendants.replace(/> \*\*Note:\*\*\n> `\{placeType\}`[^\n]*\n/, '')
    const byMethod = (page: string) => page.replace('this function returns', 'this method returns')
    const getTitle = (page: string) => page.replace('# place: descendants', '# Get descendants')

    it('reads the collection the page states, with no conflict reported', () => {
      const { response, diagnostics } = responseOf(descendants, 'GET', route)
      expect(response).toMatchObject({ type: { name: 'microsoft.graph.place' }, collection: true })
      expect(diagnostics.filter((each) => each.code === 'response-collection-conflict')).toEqual([])
    })

    // [what is left of the page's word on the placeholder, the page]
    const each: [string, string][] = [
      ['the `type: name` H1 naming the segment before it', byMethod(withoutNote)],
      ['"this function returns"', getTitle(withoutNote)],
      ['the note saying it holds a type name', getTitle(byMethod(descendants))],
    ]
    it.each(each)('takes %s alone as saying so', (_, page) => {
      expect(responseOf(page, 'GET', route).response.collection).toBe(true)
    })

    it('keeps reading one item by its key without that word', () => {
      const keyed = getTitle(byMethod(withoutNote))
      // A note naming the placeholder as an identifier (today's place-update.md), an H1 naming
      // another segment: still a key.
      const identified = keyed.replace(
        '## Response',
        '> **Note:** `{placeType}` is the unique identifier of the [place](../resources/place.md) to read.\n\n## Response',
      )
      for (const page of [keyed, identified, keyed.replace('# Get descendants', '# place: get')]) {
        const { response, diagnostics } = responseOf(page, 'GET', route)
        expect(response.collection).toBe(false)
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('response-collection-conflict')
      }
    })
  })

  it('lets a sentence naming a resource beat an `Edm.String` annotation, and reports it', () => {
    const { response, diagnostics } = responseOf(
      withExample(
        'If successful, this method returns a `200 OK` response code and a [permission](../resources/permission.md) object in the response body.',
        '<!-- { "blockType": "response", "@odata.type": "Edm.String" } -->',
        '{ "id": "1" }',
      ),
    )
    expect(response).toMatchObject({
      type: { kind: 'named', name: 'permission' },
      collection: false,
      source: 'sentence',
    })
    expect(diagnostics).toEqual([])
    expect(response.typeConflict?.diagnostic).toMatchObject({ code: 'response-type-conflict', line: 3 })
  })

  describe('an annotation naming the root `microsoft.graph.entity`, a placeholder too', () => {
    // today's microsoft-graph-docs-contrib api-reference/v1.0/api/authenticationmethod-resetpassword.md
    // (lines 63-65 and 170-191: Example 2)
    const resetPassword = (context: string) =>
      [
        '# authenticationMethod: resetPassword',
        '## Response',
        'If successful, this method returns a `202 Accepted` response code and a [passwordResetResponse](../resources/passwordresetresponse.md) in the response body. The response body may also include a **Location** header with a URL to check the status of the [reset operation](longrunningoperation-get.md).',
        '## Examples',
        '#### Response',
        '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.entity"\n} -->',
        '```http',
        'HTTP/1.1 202 ACCEPTED',
        'Location: https://graph.microsoft.com/v1.0/users/6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0/authentication/operations/77bafe36-3ac0-4f89-96e4-a4a5a48da851?aadgdc=DUB02P&aadgsu=ssprprod-a',
        'Content-type: application/json',
        '',
        `{\n    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#${context}",\n    "newPassword": "Cuyo5459"\n}`,
        '```',
        '',
      ].join('\n')
    const resetResponse = (page: string) =>
      responseOf(page, 'POST', '/users/{id}/authentication/methods/{id}/resetPassword').response

    it('loses to the sentence linking a resource the example’s `@odata.context` names, and is reported', () => {
      const response = resetResponse(resetPassword('microsoft.graph.passwordResetResponse'))
      expect(response).toMatchObject({
        status: 202,
        type: { kind: 'named', name: 'passwordResetResponse', target: 'resources/passwordresetresponse.md' },
        collection: false,
        source: 'sentence',
      })
      // No base type for link to fall back to: the root names none.
      expect(response.alternative).toBeUndefined()
      expect(response.typeConflict?.diagnostic).toMatchObject({ code: 'response-type-conflict', line: 3 })
      expect(response.typeConflict?.diagnostic.message).toMatch(
        /using `passwordResetResponse`, as the annotation names no particular type$/,
      )
    })

    it.each([
      [
        'microsoft.graph.longRunningOperation',
        'microsoft.graph.entity',
        'annotation',
        'another type: it stands',
      ],
      ['users/$entity', 'passwordResetResponse', 'sentence', 'an entity set, no type: it loses'],
    ])('`@odata.context` naming %s: %s from the %s (%s)', (context, name, source) => {
      expect(resetResponse(resetPassword(context))).toMatchObject({ type: { name }, source })
    })

    it('is the root only: an annotation naming another entity type still wins', () => {
      const page = resetPassword('microsoft.graph.passwordResetResponse').replace(
        'microsoft.graph.entity"',
        'microsoft.graph.passwordAuthenticationMethod"',
      )
      expect(resetResponse(page)).toMatchObject({
        type: { name: 'microsoft.graph.passwordAuthenticationMethod' },
        source: 'annotation',
        alternative: { name: 'passwordResetResponse' },
      })
    })
  })

  it('lets the sentence naming a primitive win where the example shows it, over a `string` annotation', () => {
    // microsoftgraph/microsoft-graph-docs-contrib@028b8e354879f1054adbd96bfa8d16fff4330811,
    // api-reference/v1.0/api/channel-doesuserhaveaccess.md
    const { response } = responseOf(
      withExample(
        'If successful, this function returns a `200 OK` response code and a Boolean in the response body.',
        '<!-- {\n  "blockType": "response",\n  "@odata.type": "string"\n}\n-->',
        '{\n  "value": true\n}',
      ),
    )
    expect(response).toMatchObject({ type: { kind: 'primitive', name: 'Boolean' }, source: 'sentence' })
    expect(response.typeConflict?.diagnostic.message).toContain('the type the response example shows')
  })

  it('reads a sentence that names the primitive with its value (`a Boolean value `true``)', () => {
    // microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api/serviceupdatemessage-markread.md
    const { response } = responseOf(
      withExample(
        'If successful, this action returns a `200 OK` response code and a Boolean value `true` in the response body. Otherwise, will return `false` in the response body.',
        '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "string"\n}\n-->',
        '{\n  "value": true\n}',
      ),
    )
    expect(response).toMatchObject({ type: { kind: 'primitive', name: 'Boolean' }, source: 'sentence' })
  })

  it('reads a sentence that names a primitive value, not said to be in the body', () => {
    // microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api/contenttype-ispublished.md
    const { response } = responseOf(
      withExample(
        'If successful, this method returns a `200 OK` response code and a Boolean value that specifies the publishing status of the content type.',
        '<!-- {\n  "blockType": "response",\n  "@odata.type": "string"\n}\n-->',
        '{\n  "value": true\n}',
      ),
    )
    expect(response).toMatchObject({ type: { kind: 'primitive', name: 'Boolean' }, source: 'sentence' })
  })

  it('keeps the Intune `"value": {…}` GET result single, as the sentence says', () => {
    const { response } = responseOf(
      withExample(
        'If successful, this method returns a `200 OK` response code and [x](../resources/x.md) object in the response body.',
        '',
        '{ "value": { "@odata.type": "#microsoft.graph.x" } }',
      ),
    )
    expect(response).toMatchObject({ status: 200, collection: false, source: 'sentence' })
  })

  // Both from microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78.
  it.each([
    [
      'names `microsoft.graph.None` (api/call-reject.md)',
      'If successful, this method returns a `202 Accepted` response code. It does not return anything in the response body.',
      '##### Response',
      'microsoft.graph.None',
      'HTTP/1.1 202 Accepted',
      202,
    ],
    [
      'is on a `204 No Content` example (api/application-removepassword.md)',
      'If successful, this method returns a `204 No content` response code.',
      '### Response\n\nThe following is an example of the response.',
      'microsoft.graph.passwordCredential',
      'HTTP/1.1 204 No Content',
      204,
    ],
  ])('reads no type where the annotation %s', (_, sentence, heading, type, statusLine, status) => {
    const { response, diagnostics } = responseOf(
      [
        '## Response',
        '',
        sentence,
        '',
        '## Examples',
        '',
        heading,
        '',
        `<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "${type}"\n} -->`,
        '',
        `\`\`\`http\n${statusLine}\n\`\`\``,
      ].join('\n'),
      'POST',
    )
    expect(response).toEqual({ status, collection: false, source: 'none' })
    expect(diagnostics).toEqual([])
  })
})

describe('extractResponse: examples of several types under a sentence naming another', () => {
  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78,
  // api-reference/v1.0/api/threatassessmentrequest-get.md: one example per derived type.
  const example = (type: string) =>
    `### Response\n<!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.${type}" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "@odata.type": "#microsoft.graph.${type}", "id": "49c5ef5b" }\n\`\`\`\n`
  const page = (sentenceType: string, types: readonly string[]) =>
    `# T\n## Response\nIf successful, this method returns a \`200 OK\` response code and the requested [${sentenceType}](../resources/${sentenceType.toLowerCase()}.md) object in the response body.\n## Examples\n${types.map(example).join('')}`

  it('takes the type the sentence names, and says why', () => {
    const { response } = responseOf(
      page('threatAssessmentRequest', [
        'mailAssessmentRequest',
        'fileAssessmentRequest',
        'urlAssessmentRequest',
      ]),
    )
    expect(show(response.type)).toBe('threatAssessmentRequest(resources/threatassessmentrequest.md)')
    expect(response).toMatchObject({ source: 'sentence', collection: false })
    expect(response.outcomes).toHaveLength(3)
    expect(response.typeConflict?.diagnostic.message).toMatch(
      /the response examples show several types \(`microsoft\.graph\.mailAssessmentRequest`, .*\): using the documented base type they share, else `threatAssessmentRequest`$/,
    )
  })

  it("keeps the annotation where one example shows the sentence's type, or all show one type", () => {
    const named = responseOf(
      page('mailAssessmentRequest', ['mailAssessmentRequest', 'fileAssessmentRequest']),
    )
    expect(show(named.response.type)).toBe(
      'microsoft.graph.mailAssessmentRequest(resources/mailassessmentrequest.md)',
    )
    const one = responseOf(
      page('threatAssessmentRequest', ['mailAssessmentRequest', 'mailAssessmentRequest']),
    )
    expect([show(one.response.type), one.response.source]).toEqual([
      'microsoft.graph.mailAssessmentRequest',
      'annotation',
    ])
  })
})

describe('extractResponse: a 202 Accepted without a body', () => {
  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78, api/team-clone.md and
  // api/team-archive.md: the type the page names is where `Location` points, or a copied annotation.
  const accepted = (sentence: string, annotation: string) =>
    [
      '## Response',
      '',
      sentence,
      '',
      '## Example',
      '',
      '#### Response',
      '',
      `<!-- {\n  "blockType": "response",\n  ${annotation}\n} -->`,
      '',
      '```http\nHTTP/1.1 202 Accepted\nLocation: /teams({id})/operations({opId})\nContent-Type: text/plain\nContent-Length: 0\n```',
    ].join('\n')

  it.each([
    [
      'a sentence linking the operation resource',
      'If archiving is started successfully, this method returns a `202 Accepted` response code. The response will also contain a `Location` header, which contains the location of the [teamsAsyncOperation](../resources/teamsasyncoperation.md) that was created to handle archiving of the team.',
      '"name": "archive_team"',
    ],
    [
      'an annotation copied from another page',
      'If successful, this method will return a `202 Accepted` response code with a Location: header pointing to the [operation](../resources/teamsasyncoperation.md) resource.',
      '"truncated": true,\n  "@odata.type": "microsoft.graph.team"',
    ],
    [
      // microsoftgraph/microsoft-graph-docs-contrib@2184753b40d23d4a122d40527ccc18bd68afa467,
      // api-reference/v1.0/api/partners-billing-billedusage-export.md
      'a later sentence of the GET to the Location URL, "in the response body"',
      'If successful, this method returns a `202 Accepted` response code and a `Location` header that contains the URL to the long-running operation. You can check the status of the long-running operation by making a GET request to this URL that returns one of the following objects in the response body: [microsoft.graph.partners.billing.runningOperation](../resources/partners-billing-runningoperation.md), [microsoft.graph.partners.billing.exportSuccessOperation](../resources/partners-billing-exportsuccessoperation.md), or [microsoft.graph.partners.billing.failedOperation](../resources/partners-billing-failedoperation.md).',
      '"truncated": true',
    ],
  ])('returns no type beside %s, and the Location header the sentence names', (_, sentence, annotation) => {
    const { response } = responseOf(accepted(sentence, annotation), 'POST', '/teams/{id}/archive')
    expect(response).toEqual({ status: 202, collection: false, source: 'none', headers: ['Location'] })
  })

  it.each([
    ['a `202 Accepted` response code and a tracking header named `location`', ['Location']],
    ['a `202 Accepted` response code and the `Operation-Location` header', ['Operation-Location']],
    [
      'a `201 Created` response code. The Content-Location header and the location of the item',
      ['Content-Location'],
    ],
    ['a `200 OK` response code and the item location', []],
  ])('reads the answer headers the sentence names: %s', (sentence, headers) => {
    const { response } = responseOf(
      `## Response\n\nIf successful, this method returns ${sentence}.\n`,
      'POST',
      '/security/attackSimulation/simulations',
    )
    expect(response.headers ?? []).toEqual(headers)
  })

  it('returns no type where the only example is a bodiless 204 under a 202 sentence', () => {
    // microsoftgraph/microsoft-graph-docs-contrib@041c59b45da3f1b5d14e8a849db8ec117a414b6e,
    // api-reference/v1.0/api/security-ediscoverysearch-estimatestatistics.md
    const { response } = responseOf(
      [
        '## Response',
        '',
        'If the estimate is started successfully, this action returns a `202 Accepted` response code.',
        'The response will also contain a `Location` header, which contains the location of the [microsoft.graph.security.estimateStatisticsOperation](../resources/security-ediscoveryestimateoperation.md) that was created to handle the estimate. Check the status of the estimate operation by making a GET request to the location.',
        '',
        '## Examples',
        '',
        '### Response',
        '',
        '<!-- {\n  "blockType": "response",\n  "truncated": true\n}\n-->',
        '```http\nHTTP/1.1 204 No Content\n```',
      ].join('\n'),
      'POST',
      '/security/cases/ediscoveryCases/{ediscoveryCaseId}/searches/{ediscoverySearchId}/estimateStatistics',
    )
    expect(response).toEqual({ status: 202, collection: false, source: 'none', headers: ['Location'] })
  })

  it('keeps the type the sentence puts in the response body, over an example cut short', () => {
    const { response } = responseOf(
      accepted(
        'If successful, this method returns a `202 Accepted` response code and a [longRunningOperation](../resources/longrunningoperation.md) object in the response body.',
        '"name": "start_operation"',
      ),
      'POST',
      '/x/{id}/start',
    )
    expect(response).toMatchObject({
      status: 202,
      source: 'sentence',
      type: { name: 'longRunningOperation' },
    })
  })

  it('keeps the type of a 202 example that has a body', () => {
    const { response } = responseOf(
      withExample(
        'If successful, this method returns a `202 Accepted` response code and a [x](../resources/x.md) object in the response body.',
        '',
        '{ "id": "1" }',
      ).replace('200 OK', '202 Accepted'),
      'POST',
    )
    expect(response).toMatchObject({ status: 202, source: 'sentence', type: { name: 'x' } })
  })
})

describe('extractResponse: a sentence linking the annotated type under another text', () => {
  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78,
  // api/itemactivitystat-getactivitybyinterval.md: the link text is the plural, its target the type's page.
  it('reads one type, not a conflict', () => {
    const { response, diagnostics } = responseOf(
      [
        '## Response ',
        '',
        'If successful, this method returns a `200 OK` response code and a collection of [itemActivityStats][] object in the response body. ',
        '',
        '## Example',
        '',
        '### Response',
        '',
        '<!-- { "blockType": "response", "@type": "Collection(microsoft.graph.itemActivityStat)", "truncated": true } -->',
        '',
        '```json\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "value": [] }\n```',
        '',
        '[itemActivityStats]: ../resources/itemactivitystat.md',
      ].join('\n'),
    )
    expect(response).toEqual({
      status: 200,
      type: {
        kind: 'named',
        name: 'microsoft.graph.itemActivityStat',
        target: 'resources/itemactivitystat.md',
      },
      collection: true,
      source: 'annotation',
    })
    expect(diagnostics).toEqual([])
  })
})

describe('extractResponse: a Stream', () => {
  it('is one value, whatever a JSON example of its bytes shows (`"value": [ … ]`)', () => {
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/beta/api/reportroot-getemailactivityuserdetail.md
    const page = `# reportRoot: getEmailActivityUserDetail

## Response

### JSON

If successful, this method returns a \`200 OK\` response code and a JSON object in the response body.

## Example

#### Response

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "stream"
} -->

\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 424

{
  "value": [
    {
      "reportRefreshDate": "2017-09-01",
      "userPrincipalName": "userPrincipalName-value",
      "sendCount": 86
    }
  ]
}
\`\`\`
`
    const { response } = responseOf(
      page,
      'GET',
      "/reports/getEmailActivityUserDetail(period='{period_value}')",
    )
    expect(response).toMatchObject({ type: { kind: 'primitive', name: 'Stream' }, collection: false })
  })
})
