/**
 * A collection whose page documents `$count` answers `…/$count` with the number of its items: the
 * client's `$count.get()` is typed `number` and reads the mock's text answer over real HTTP; a
 * collection whose page does not document it has no `$count` member.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { typeErrors } from './compile.js'
import { outFolder, rm, writeFiles } from './helpers.js'

const resource = (name: string) =>
  `# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n| name | String | The name. |\n`
const listPage = (collection: string, type: string, options: string) =>
  [
    `# List ${collection}`,
    '## HTTP request',
    `\`\`\`http\nGET /${collection}\n\`\`\``,
    '## Optional query parameters',
    options,
    '## Response',
    `If successful, this method returns a \`200 OK\` response code and a collection of [${type}](../resources/${type}.md) objects in the response body.`,
    '## Example',
    '### Request',
    `<!-- { "blockType": "request", "name": "list_${collection}" } -->\n\`\`\`http\nGET https://graph.microsoft.com/v1.0/${collection}\n\`\`\``,
    '### Response',
    `<!-- { "blockType": "response", "@odata.type": "microsoft.graph.${type}", "isCollection": true } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "value": [ { "id": "1", "name": "a" }, { "id": "2", "name": "b" } ] }\n\`\`\``,
  ].join('\n\n')

/** A page documenting the count of one widget's parts, answered as text (as Graph sends counts):
 *  the client reads every `$count` by the same rule, so the widgets' is a number too. */
const PARTS_COUNT = [
  '# Count parts',
  '## HTTP request',
  '```http\nGET /widgets/{id}/parts/$count\n```',
  '## Response',
  'If successful, this method returns a `200 OK` response code and an Int32 in the response body.',
  '## Example',
  '### Request',
  '<!-- { "blockType": "request", "name": "count_parts" } -->\n```http\nGET https://graph.microsoft.com/v1.0/widgets/1/parts/$count\n```',
  '### Response',
  '<!-- { "blockType": "response" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: text/plain\n\n5\n```',
].join('\n\n')

const PAGES = [
  { file: 'resources/widget.md', text: resource('widget') },
  { file: 'resources/gadget.md', text: resource('gadget') },
  {
    file: 'api/widget-list.md',
    text: listPage(
      'widgets',
      'widget',
      'This method supports the `$count`, `$filter` and `$select` OData query parameters.',
    ),
  },
  { file: 'api/widget-count-parts.md', text: PARTS_COUNT },
  {
    file: 'api/gadget-list.md',
    text: listPage(
      'gadgets',
      'gadget',
      'This method supports the `$filter` and `$select` OData query parameters.',
    ),
  },
]

const APP = `
import { createClient } from './client/index.js'
import { buildServer } from './server/index.js'

export async function run() {
  const app = buildServer({ mock: true, log: false })
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const client = createClient({ baseUrl })
    // The mock answers with the page's example, unfiltered.
    const count: number = await client.widgets.$count.get({ $filter: "name eq 'a'" }, { headers: { ConsistencyLevel: 'eventual' } })
    // @ts-expect-error: the gadgets' page documents no $count
    void client.gadgets.$count
    const parts = await client.widgets.byId('1').parts.$count.get()
    return { count, type: typeof count, parts, partsType: typeof parts }
  } finally {
    await app.close()
  }
}
`

let dir = ''
beforeAll(async () => {
  dir = await outFolder('count-route')
  await writeFiles(dir, [...emitAll(buildModel(PAGES)), { path: 'app.ts', text: APP }])
})
afterAll(() => rm(dir, { recursive: true, force: true }))

it('counts a collection that documents $count, typed as a number, over real HTTP', async () => {
  expect(typeErrors(dir, ['app.ts'])).toEqual([])
  const app = (await import(/* @vite-ignore */ `${dir}/app.ts`)) as { run: () => Promise<unknown> }
  expect(await app.run()).toEqual({ count: 2, type: 'number', parts: 5, partsType: 'number' })
}, 120_000)
