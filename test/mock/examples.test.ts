/**
 * The mock answers what the response the docs state has, where an example leaves its body out:
 * shared sample, api/eventmessage-post-attachments.md says "returns `201 Created` response code
 * and [Attachment](../resources/attachment.md) object in the response body" over
 * `HTTP/1.1 201 Created` alone; openapi.json and the client promise an attachment, so the mock
 * sends one (made from the type), not an empty 201.
 */
import { expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { mockExamplesFor } from '../../src/mock/examples.js'
import { shapeApi } from '../../src/shape/api-shape.js'

const ATTACHMENT = {
  file: 'resources/attachment.md',
  text: `---\ndoc_type: resourcePageType\n---\n# attachment resource type\n\nNamespace: microsoft.graph\n\n## Properties\n| Property | Type | Description |\n|:---|:---|:---|\n| id | String | Read-only. |\n| name | String | The attachment's file name. |\n| size | Int32 | The length of the attachment in bytes. |\n`,
}

const page = (response: string) => ({
  file: 'api/eventmessage-post-attachments.md',
  text: [
    '---\ndoc_type: apiPageType\n---',
    '# Create Attachment',
    '',
    'Namespace: microsoft.graph',
    '',
    '## HTTP request',
    '',
    '```http\nPOST /me/messages/{id}/attachments\n```',
    '',
    '## Request body',
    '',
    'In the request body, supply a JSON representation of [Attachment](../resources/attachment.md) object.',
    '',
    '## Response',
    '',
    'If successful, this method returns `201 Created` response code and [Attachment](../resources/attachment.md) object in the response body.',
    '',
    '## Example (File attachment)',
    '',
    '##### Request',
    '',
    '<!-- {\n  "blockType": "request",\n  "name": "create_file_attachment_from_eventmessage"\n}-->',
    '```http\nPOST https://graph.microsoft.com/v1.0/me/messages/AAMkADA1M-zAAA=/attachments\nContent-type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.fileAttachment",\n  "name": "name-value"\n}\n```',
    '',
    '##### Response',
    '',
    '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.attachment"\n} -->',
    `\`\`\`http\n${response}\n\`\`\``,
  ].join('\n'),
})

const answers = (response: string) => {
  const model = buildModel([ATTACHMENT, page(response)])
  const [operation] = model.operations
  if (!operation) throw new Error('no operation')
  return mockExamplesFor(shapeApi(model).of(operation), model)
}

it('answers the stated object where the example shows the status alone', () => {
  const [answer] = answers('HTTP/1.1 201 Created')
  expect(answer).toMatchObject({ status: 201, synthesised: true })
  expect(answer?.body).toEqual(expect.objectContaining({ name: expect.any(String) }))
})

it('answers the example where it shows a body', () => {
  const [answer] = answers(
    'HTTP/1.1 201 Created\nContent-type: application/json\n\n{\n  "id": "a1",\n  "name": "menu.txt"\n}',
  )
  expect(answer).toMatchObject({ status: 201, synthesised: false, body: { id: 'a1', name: 'menu.txt' } })
})

it('answers a redirect without a body, as openapi.json declares it', () => {
  const page = {
    file: 'api/widget-get.md',
    text: [
      '---\ndoc_type: apiPageType\n---',
      '# Get widget',
      '',
      'Namespace: microsoft.graph',
      '',
      '## HTTP request',
      '',
      '```http\nGET /widgets/{id}\n```',
      '',
      '## Response',
      '',
      'If successful, this method returns a `302 Found` response code and a [widget](../resources/widget.md) object.',
      '',
      '## Example',
      '',
      '### Request',
      '',
      '<!-- { "blockType": "request", "name": "get_widget" } -->',
      '```http\nGET https://graph.microsoft.com/v1.0/widgets/w1\n```',
      '',
      '### Response',
      '',
      '<!-- { "blockType": "response" } -->',
      '```http\nHTTP/1.1 302 Found\nLocation: https://download.example/w1\n```',
    ].join('\n'),
  }
  const widget = {
    file: 'resources/widget.md',
    text: '---\ndoc_type: resourcePageType\n---\n# widget resource type\n\nNamespace: microsoft.graph\n\n## Properties\n| Property | Type | Description |\n|:---|:---|:---|\n| id | String | Read-only. |\n| name | String | Name. |\n',
  }
  const model = buildModel([widget, page])
  const [operation] = model.operations
  if (!operation) throw new Error('no operation')
  const [answer] = mockExamplesFor(shapeApi(model).of(operation), model)
  expect(answer).toMatchObject({ status: 302, synthesised: false })
  expect(answer?.body).toBeUndefined()
})

it('answers a collection the docs show as a bare array as Graph sends it, `{ "value": [ … ] }`', async () => {
  // Graph beta's api/search-searchentity-list-bookmarks.md (test/fixtures/real-trees/graph-beta-today)
  // shows the bookmarks as `[ { … } ]`: the client's page, `$select` and `$count` read `value`.
  const { readDocs } = await import('../../src/read-docs.js')
  const docs = await readDocs('test/fixtures/real-trees/graph-beta-today/docs')
  const model = buildModel(docs.pages)
  const operation = model.operations.find((each) =>
    each.file.endsWith('search-searchentity-list-bookmarks.md'),
  )
  if (!operation) throw new Error('no list bookmarks operation')
  const shape = shapeApi(model).of(operation)
  expect(shape.response.kind).toBe('page')
  const [example] = mockExamplesFor(shape, model)
  expect(example?.body).toMatchObject({
    value: [expect.objectContaining({ displayName: expect.any(String) })],
  })
})
