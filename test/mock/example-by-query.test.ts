/**
 * The mock answers a request with the example whose request writes the same query options: today's
 * api-reference/v1.0/api/bitlockerrecoverykey-get.md documents `GET …/recoveryKeys/{id}` and
 * `…/recoveryKeys/{id}?$select=key`, and shows the key only in the second example. The first was
 * answered to both (narrowed to `id` by `$select=key`, the key left out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMockServer } from '../../src/mock/serve.js'

const example = (name: string, query: string, body: string) =>
  [
    `<!-- { "blockType": "request", "name": "${name}" } -->`,
    `\`\`\`http\nGET https://graph.microsoft.com/v1.0/informationProtection/bitlocker/recoveryKeys/b465${query}\n\`\`\``,
    '',
    '<!-- { "blockType": "response", "truncated": true } -->',
    `\`\`\`http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n${body}\n\`\`\``,
    '',
  ].join('\n')

const PLAIN = example('get_key', '', '{ "id": "b465", "deviceId": "1ab4" }')
const WITH_SELECT = example('get_key_with_select', '?$select=key', '{ "id": "b465", "key": "123456-231453" }')

const page = (order: 'plain first' | 'query first') => ({
  file: 'api/bitlockerrecoverykey-get.md',
  text: [
    '# Get bitlockerRecoveryKey',
    '',
    '## HTTP request',
    '',
    '```http\nGET /informationProtection/bitlocker/recoveryKeys/{bitlockeryRecoveryKeyId}\nGET /informationProtection/bitlocker/recoveryKeys/{bitlockeryRecoveryKeyId}?$select=key\n```',
    '',
    '## Response',
    '',
    'If successful, this method returns a `200 OK` response code and a [bitlockerRecoveryKey](../resources/bitlockerrecoverykey.md) object in the response body.',
    '',
    '## Examples',
    '',
    ...(order === 'plain first' ? [PLAIN, WITH_SELECT] : [WITH_SELECT, PLAIN]),
  ].join('\n'),
})

describe.each(['plain first', 'query first'] as const)('examples listed %s', (order) => {
  let base = ''
  let close: () => Promise<void> = async () => {}
  beforeAll(async () => {
    const mock = await startMockServer([page(order)], { port: 0, host: '127.0.0.1', log: false })
    base = `${mock.url}/informationProtection/bitlocker/recoveryKeys`
    close = mock.close
  })
  afterAll(() => close())

  it('answers the example whose request writes the query options asked', async () => {
    const answer = await fetch(`${base}/b465?$select=key`)
    expect(answer.headers.get('preference-applied')).toBe('example=get_key_with_select')
    expect(await answer.json()).toEqual({ id: 'b465', key: '123456-231453' })
  })

  it('answers the plain request, and other query options, with the plain example', async () => {
    const plain = await fetch(`${base}/b465`)
    expect(plain.headers.get('preference-applied')).toBe('example=get_key')
    expect(await plain.json()).toEqual({ id: 'b465', deviceId: '1ab4' })
    const other = await fetch(`${base}/b465?$select=deviceId`)
    expect(other.headers.get('preference-applied')).toBe('example=get_key')
    expect(await other.json()).toEqual({ id: 'b465', deviceId: '1ab4' })
  })
})
