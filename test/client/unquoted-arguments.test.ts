/**
 * A function argument of a date, time or GUID type is written as OData writes it, without quotes:
 * `GET /reports/getOffice365ActiveUserDetail(date=2017-09-01)` (Graph's reports), where the client
 * quoted every string (`date='2017-09-01'`, a string literal, which such a function refuses).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { importClient } from '../support/import-client.js'

const page = [
  '# reportRoot: getOffice365ActiveUserDetail',
  'Get details about Microsoft 365 active users.',
  '## HTTP request',
  '```http\nGET /reports/getOffice365ActiveUserDetail(date={date_value})\nGET /reports/getOffice365ActiveUserDetail(period={period_value},since={since_value})\n```',
  '## Function parameters',
  '| Parameter | Type | Description |\n|:--|:--|:--|\n| date | Date | The date. |\n| period | String | D7, D30. |\n| since | DateTimeOffset | From when. |',
  '## Response',
  'If successful, this method returns a `200 OK` response code and a String in the response body.',
].join('\n\n')
const files = emitAll(buildModel([{ file: 'api/reportroot-getoffice365activeuserdetail.md', text: page }]))
const temp = mkdtempSync(join(tmpdir(), 'doc2ts-unquoted-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

interface Client {
  reports: {
    getOffice365ActiveUserDetail(args: Record<string, unknown>): { get(): Promise<unknown> }
  }
}

describe('a function argument in the URL', () => {
  it('is unquoted for a Date or a DateTimeOffset, quoted for a String', async () => {
    const urls: string[] = []
    const fetch = async (url: string) => {
      urls.push(url)
      return new Response('"x"', { headers: { 'content-type': 'application/json' } })
    }
    const { createClient } = await importClient<Client>(files, join(temp, 'client'))
    const client = createClient({ baseUrl: 'https://graph.example/v1.0', fetch })
    await client.reports.getOffice365ActiveUserDetail({ date: '2017-09-01' }).get()
    await client.reports.getOffice365ActiveUserDetail({ period: "D'7", since: '2019-11-01T00:00:00Z' }).get()
    expect(urls).toEqual([
      'https://graph.example/v1.0/reports/getOffice365ActiveUserDetail(date=2017-09-01)',
      "https://graph.example/v1.0/reports/getOffice365ActiveUserDetail(period='D''7',since=2019-11-01T00%3A00%3A00Z)",
    ])
  })
})
