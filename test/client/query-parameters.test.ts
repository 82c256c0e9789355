/**
 * The query parameters a page documents (a Query parameters table, a name its prose gives) are
 * members of the client's query argument, as OpenAPI and the server declare them: the client
 * typed only the OData options and the route's own query string, so a documented parameter could
 * not be sent without a cast. A GET whose page documents no OData option keeps its free-form keys.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { importClient } from '../support/import-client.js'

/** A list page whose Query parameters table documents `top` and a required `region`. */
const PAGE = [
  '# List widgets',
  '## HTTP request',
  '```http\nGET /widgets\n```',
  '## Query parameters',
  '| Name | Type | Description |\n|:--|:--|:--|\n| region | String | The region to list. Required. |\n| limit | Int32 | How many to list. Optional. |',
  '## Response',
  'If successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.',
].join('\n\n')
const WIDGET =
  '# widget resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n'

const files = emitAll(
  buildModel([
    { file: 'api/widget-list.md', text: PAGE },
    { file: 'resources/widget.md', text: WIDGET },
  ]),
)
const temp = mkdtempSync(join(tmpdir(), 'doc2ts-query-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe("a page's documented query parameters", () => {
  it('are members of the query argument, required as their rows say, the other options free-form', () => {
    const index = files.find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(index).toContain(
      'get(query: Query & { limit?: number; region: string }, options?: RequestOptions)',
    )
  })

  // As today's api-reference/v1.0/api/sitepage-getwebpartsbyposition.md: a function whose
  // Function parameters travel in the query string. Each is typed as its row says where a query
  // string carries it as one value; any value otherwise.
  it('are typed as their rows say: numbers, booleans, enum members', () => {
    const page = [
      '# sitePage: getWebPartsByPosition',
      '## HTTP request',
      '```http\nGET /widgets/getByPosition\n```',
      '## Function parameters',
      [
        '| Parameter | Type | Description |\n|:--|:--|:--|',
        '| columnId | Double | The column. |',
        '| isInVerticalSection | Boolean | Whether in the vertical section. |',
        '| size | [widgetSize](../resources/widgetsize.md) | The size. |',
        '| near | [widget](../resources/widget.md) | A widget. |',
        '| ids | String collection | Some ids. |',
      ].join('\n'),
      '## Response',
      'If successful, this function returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.',
    ].join('\n\n')
    const sizes =
      '# widgetSize enum type\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| small | Small. |\n| large | Large. |\n'
    const index =
      emitAll(
        buildModel([
          { file: 'api/widget-getbyposition.md', text: page },
          { file: 'resources/widget.md', text: WIDGET },
          { file: 'resources/widgetsize.md', text: sizes },
        ]),
      ).find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(index).toContain(
      'get(query?: Query & { columnId?: number; ids?: string | number | boolean; isInVerticalSection?: boolean; near?: string | number | boolean; size?: T.WidgetSize }, options?: RequestOptions)',
    )
  })

  // As the sample's user-list-calendarview.md: the request line's own query string, on a page
  // that says nothing of the OData options, then with its sentence saying it supports "some of" them.
  it('beside the route query string, leave the OData options free-form where the page states none', () => {
    const view = (sentences: readonly string[]) =>
      [
        '# List calendarView',
        '## HTTP request',
        '```http\nGET /users/{id}/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}\n```',
        '## Query parameters',
        'In the request URL, provide the following required query parameters with values.',
        '| Parameter | Type | Description |\n|:--|:--|:--|\n| startDateTime | String | The start. |\n| endDateTime | String | The end. |',
        ...sentences,
        '## Response',
        'If successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.',
      ].join('\n\n')
    const clientOf = (text: string) =>
      emitAll(
        buildModel([
          { file: 'api/user-list-calendarview.md', text },
          { file: 'resources/widget.md', text: WIDGET },
        ]),
      ).find((file) => file.path === 'client/index.ts')?.text ?? ''
    expect(clientOf(view([]))).toContain(
      'get(query: Query & { endDateTime: string; startDateTime: string }, options?: RequestOptions)',
    )
    const some = clientOf(
      view([
        'This method also supports some of the [OData Query Parameters](/graph/query-parameters) to help customize the response.',
      ]),
    )
    expect(some).toContain(
      '$top?: number; $skip?: number; $count?: boolean; $search?: string; endDateTime: string; startDateTime: string }',
    )
  })

  it('are sent in the query string', async () => {
    const { createClient } = await importClient<{ widgets: { get(query: object): Promise<unknown> } }>(
      files,
      temp,
    )
    const urls: string[] = []
    const fetch = async (url: string) => {
      urls.push(url)
      return new Response('{"value":[]}', { headers: { 'content-type': 'application/json' } })
    }
    await createClient({ baseUrl: 'https://api.example.com/v1.0', fetch }).widgets.get({
      region: 'eu',
      limit: 5,
    })
    expect(urls).toEqual(['https://api.example.com/v1.0/widgets?region=eu&limit=5'])
  })
})
