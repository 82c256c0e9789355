/**
 * `…/$count` on a served collection answers the collection's size, not the size of the handler's
 * first page: the handler is asked with `$count: 'true'` in its query, as Graph's `$count=true`,
 * and the page's `@odata.count` is the answer where it states one (7 items served 3 a page
 * answered `3`). A handler that states none is counted by the items it returns.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { listenServer } from './helpers.js'

const WIDGET =
  '# widget resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n'
const list = (collection: string) =>
  [
    `# List ${collection}`,
    '## HTTP request',
    `\`\`\`http\nGET /${collection}\n\`\`\``,
    '## Optional query parameters',
    'This method supports the `$count` and `$top` OData query parameters.',
    '## Response',
    'If successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.',
  ].join('\n\n')

const ALL = Array.from({ length: 7 }, (_, index) => ({ id: String(index) }))
const asked: unknown[] = []
let base = ''
let close: () => Promise<void> = async () => {}
beforeAll(async () => {
  const model = buildModel([
    { file: 'resources/widget.md', text: WIDGET },
    { file: 'api/widget-list.md', text: list('widgets') },
    { file: 'api/gadget-list.md', text: list('gadgets') },
  ])
  ;({ base, close } = await listenServer(model, {
    handlers: {
      widgetList: (request) => {
        const { query } = request as { query?: Record<string, unknown> }
        asked.push(query?.$count)
        const page = { value: ALL.slice(0, 3), '@odata.nextLink': '/widgets?$skip=3' }
        return query?.$count === 'true' ? { ...page, '@odata.count': ALL.length } : page
      },
      gadgetList: () => ({ value: ALL.slice(0, 2) }),
    },
  }))
})
afterAll(() => close())

it("answers the handler's @odata.count, asking it with $count=true", async () => {
  const answer = await fetch(`${base}/widgets/$count`)
  expect(answer.status).toBe(200)
  expect(await answer.text()).toBe('7')
  expect(asked).toEqual(['true'])
})

it('counts the items where the handler states no count', async () => {
  expect(await (await fetch(`${base}/gadgets/$count`)).text()).toBe('2')
})
