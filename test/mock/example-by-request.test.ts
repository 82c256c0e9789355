/**
 * The mock answers a request with the example whose request matches it best: its path read as the
 * router reads the route (a literal segment in any letter case), then its query options.
 * - today's api-reference/v1.0/api/protectionpolicybase-activate.md calls
 *   `…/ProtectionPolicies/6163…/activate` (202) and then `…/protectionPolicies/6163…/activate` (400):
 *   each request gets its own answer, and a path that only another letter case of an example's
 *   fits is that example's (the page with its second example calling another policy);
 * - today's api-reference/v1.0/api/chat-list-tabs.md asks `?$expand=teamsApp` (three tabs), then
 *   `?$expand=teamsApp&$filter=teamsApp/id eq '…'` (one): the second was answered with the three.
 * Both pages cut short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMockServer } from '../../src/mock/serve.js'

const example = (name: string, request: string, response: string, body: string) =>
  [
    `<!-- { "blockType": "request", "name": "${name}" } -->`,
    `\`\`\`http\n${request}\n\`\`\``,
    '',
    '<!-- { "blockType": "response", "truncated": true } -->',
    `\`\`\`http\n${response}\n\n${body}\n\`\`\``,
    '',
  ].join('\n')

const page = (file: string, title: string, route: string, response: string, examples: string[]) => ({
  file,
  text: [
    `# ${title}`,
    '',
    '## HTTP request',
    '',
    `\`\`\`http\n${route}\n\`\`\``,
    '',
    '## Response',
    '',
    response,
    '',
    '## Examples',
    '',
    ...examples,
  ].join('\n'),
})

const POLICY = 'https://graph.microsoft.com/v1.0/solutions/backupRestore'
const ACTIVATE = page(
  'api/protectionpolicybase-activate.md',
  'protectionPolicyBase: activate',
  'POST /solutions/backupRestore/protectionPolicies/{protectionPolicyBaseId}/activate',
  'If successful, this action returns a `202 Accepted` response code and a [protectionPolicyBase](../resources/protectionpolicybase.md) object in the response body.',
  [
    example(
      'protectionpolicybase_activate_example_1',
      `POST ${POLICY}/ProtectionPolicies/61633878-8321-4950-bfaf-ed285bdd1461/activate`,
      'HTTP/1.1 202 Accepted',
      '{ "id": "61633878-8321-4950-bfaf-ed285bdd1461", "status": "updating" }',
    ),
    example(
      'protectionpolicybase_activate_example_2',
      `POST ${POLICY}/protectionPolicies/61633878-8321-4950-bfaf-ed285bdd1461/activate`,
      'HTTP/1.1 400 Bad Request',
      '{ "error": { "code": "invalidStateForActivation", "message": "Policy in already active state, which is invalid for activation." } }',
    ),
  ],
)

const CHAT = 'https://graph.microsoft.com/v1.0/chats/19:d65713bc498c4a428c71ef9353e6ce20@thread.v2'
const FILTER = "$expand=teamsApp&$filter=teamsApp/id eq 'com.microsoft.teamspace.tab.web'"
const LIST_TABS = page(
  'api/chat-list-tabs.md',
  'List tabs in chat',
  'GET /chats/{chat-id}/tabs',
  'If successful, this method returns a `200 OK` response code and a collection of [tabs](../resources/teamstab.md) objects in the response body.',
  [
    example(
      'list_tabs_in_chat',
      `GET ${CHAT}/tabs?$expand=teamsApp`,
      'HTTP/1.1 200 Success\nContent-type: application/json',
      '{ "value": [ { "id": "794f0e4e-4d10-4bb5-9079-3a465a629eff", "displayName": "My Contoso Tab - updated" }, { "id": "1f7b40e5-ecdf-40cb-b02e-e785cf71c0e9", "displayName": "Website2" }, { "id": "b92dd123-1624-425c-a808-2f11e03534a5", "displayName": "Some random board" } ] }',
    ),
    example(
      'list_tabs_in_chat_for_app',
      `GET ${CHAT}/tabs?${FILTER}`,
      'HTTP/1.1 200 Success\nContent-type: application/json',
      '{ "@odata.count": 1, "value": [ { "id": "1f7b40e5-ecdf-40cb-b02e-e785cf71c0e9", "displayName": "Website2" } ] }',
    ),
  ],
)

describe('the example whose request matches best', () => {
  let base = ''
  let close: () => Promise<void> = async () => {}
  beforeAll(async () => {
    const mock = await startMockServer([ACTIVATE, LIST_TABS], { port: 0, host: '127.0.0.1', log: false })
    base = mock.url
    close = mock.close
  })
  afterAll(() => close())

  it.each([
    ['ProtectionPolicies', 202, 'protectionpolicybase_activate_example_1'],
    ['protectionPolicies', 400, 'protectionpolicybase_activate_example_2'],
  ])("answers each example's own request with its answer: %s", async (written, status, name) => {
    const answer = await fetch(
      `${base}/solutions/backupRestore/${written}/61633878-8321-4950-bfaf-ed285bdd1461/activate`,
      { method: 'POST' },
    )
    expect(answer.status).toBe(status)
    expect(answer.headers.get('preference-applied')).toBe(`example=${name}`)
  })

  it.each([
    ['$expand=teamsApp', 'list_tabs_in_chat', 3],
    [FILTER, 'list_tabs_in_chat_for_app', 1],
  ])('answers ?%s with the example that writes the most of the options asked', async (query, name, items) => {
    const answer = await fetch(
      `${base}/chats/19:d65713bc498c4a428c71ef9353e6ce20@thread.v2/tabs?${encodeURI(query)}`,
    )
    expect(answer.headers.get('preference-applied')).toBe(`example=${name}`)
    expect(((await answer.json()) as { value: unknown[] }).value).toHaveLength(items)
  })
})

describe('an example path in another letter case', () => {
  // The page's second example calling another policy, by the route's own spelling.
  const other = ACTIVATE.text.replace(
    'protectionPolicies/61633878-8321-4950-bfaf-ed285bdd1461',
    'protectionPolicies/9fec8e78-bce4-4aaf-ab1b-5451cc387264',
  )
  let base = ''
  let close: () => Promise<void> = async () => {}
  beforeAll(async () => {
    const mock = await startMockServer([{ ...ACTIVATE, text: other }], {
      port: 0,
      host: '127.0.0.1',
      log: false,
    })
    base = mock.url
    close = mock.close
  })
  afterAll(() => close())

  it('is the example that path calls, its literal segments read in any letter case', async () => {
    const answer = await fetch(
      `${base}/solutions/backupRestore/protectionPolicies/61633878-8321-4950-bfaf-ed285bdd1461/activate`,
      { method: 'POST' },
    )
    expect(answer.status).toBe(202)
    const again = await fetch(
      `${base}/solutions/backupRestore/PROTECTIONPOLICIES/9fec8e78-bce4-4aaf-ab1b-5451cc387264/activate`,
      { method: 'POST' },
    )
    expect(again.status).toBe(400)
  })
})
