/**
 * A documented member named like one of Object's own (`constructor`, `toString`, `__proto__`) is
 * validated only where a request sends it: a body or query without it was refused ("Invalid value
 * for property 'constructor'"), and a type with a `__proto__` property made every request that
 * reads its schema a 500 (Ajv saw the schema's `properties` through its prototype).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { listenServer } from './helpers.js'

const RESOURCE = [
  '# widget resource type',
  '',
  '## Properties',
  '',
  '| Property | Type | Description |',
  '|:--|:--|:--|',
  '| id | String | The id. Read-only. |',
  '| status | String | The status. |',
  '| constructor | String | Named like an Object member. |',
  '| toString | Int32 | Named like an Object member. |',
  '| \\_\\_proto\\_\\_ | String | Named like the prototype. |',
].join('\n')

const CREATE = [
  '# Create widget',
  '## HTTP request',
  '```http\nPOST /widgets\n```',
  '## Request body',
  'In the request body, supply a JSON representation of a [widget](../resources/widget.md) object.',
  '## Response',
  'If successful, this method returns a `201 Created` response code and a [widget](../resources/widget.md) object in the response body.',
].join('\n\n')

const LIST = [
  '# List widgets',
  '## HTTP request',
  '```http\nGET /widgets\n```',
  '## Query parameters',
  '| Name | Type | Description |\n|:--|:--|:--|\n| constructor | Int32 | Named like an Object member. Optional. |',
  '## Response',
  'If successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.',
].join('\n\n')

let base = ''
let close: () => Promise<void> = async () => {}
beforeAll(async () => {
  const model = buildModel([
    { file: 'resources/widget.md', text: RESOURCE },
    { file: 'api/widget-post.md', text: CREATE },
    { file: 'api/widget-list.md', text: LIST },
  ])
  const widget = model.types['microsoft.graph.widget']
  expect(widget?.kind !== 'enum' && widget?.properties.map((property) => property.name)).toContain(
    '__proto__',
  )
  ;({ base, close } = await listenServer(model, {
    handlers: { widgetPost: () => ({ id: '1' }), widgetList: () => ({ value: [] }) },
  }))
})
afterAll(() => close())

const post = (body: unknown) =>
  fetch(`${base}/widgets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

it('takes a body that leaves them out, and judges them where it sends them', async () => {
  expect((await post({ status: 'new' })).status).toBe(201)
  expect((await post({ status: 'new', constructor: 'x', toString: 3 })).status).toBe(201)
  expect((await post({ toString: 'three' })).status).toBe(400)
})

it('takes a query that leaves them out', async () => {
  expect((await fetch(`${base}/widgets`)).status).toBe(200)
  expect((await fetch(`${base}/widgets?constructor=x`)).status).toBe(400)
})
