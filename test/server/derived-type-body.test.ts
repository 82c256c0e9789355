/**
 * A body whose @odata.type names a type derived from the one its route takes, without a page of
 * its own on the route, is judged as that type too: the sample's api/message-post-attachments.md
 * takes an [attachment](…) and sends a fileAttachment, so `"contentBytes": 5` was accepted, judged
 * by attachment's schema alone (open: a type others derive from takes their members).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { listenServer } from './helpers.js'

const resource = (name: string, base: string | undefined, rows: string) => ({
  file: `resources/${name.toLowerCase()}.md`,
  text: [
    `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n`,
    '## Properties\n| Property | Type | Description |\n|:--|:--|:--|',
    `${rows}\n`,
    '## JSON representation',
    `<!-- { "blockType": "resource", ${base ? `"baseType": "microsoft.graph.${base}", ` : ''}"keyProperty": "id", "@odata.type": "microsoft.graph.${name}" } -->`,
    '```json\n{ }\n```\n',
  ].join('\n'),
})
const pages = [
  resource('attachment', undefined, '| id | String | The id. |\n| name | String | The name. |'),
  resource(
    'fileAttachment',
    'attachment',
    '| contentBytes | Binary | The base64-encoded contents of the file. |',
  ),
  {
    file: 'api/message-post-attachments.md',
    text: [
      '---\ndoc_type: apiPageType\n---\n# Add attachment\n\nNamespace: microsoft.graph\n',
      '## HTTP request\n```http\nPOST /me/messages/{id}/attachments\n```\n',
      '## Request body\nIn the request body, supply a JSON representation of [attachment](../resources/attachment.md) object.\n',
      '## Response\nIf successful, this method returns `201 Created` response code and [attachment](../resources/attachment.md) object in the response body.\n',
    ].join('\n'),
  },
]

let base = ''
let close: () => Promise<void> = async () => {}
beforeAll(async () => {
  ;({ base, close } = await listenServer(buildModel(pages)))
})
afterAll(() => close())

const post = async (body: unknown) =>
  (
    await fetch(`${base}/me/messages/AAMk/attachments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  ).status

describe('a body of a type derived from the one its route takes', () => {
  const file = { '@odata.type': '#microsoft.graph.fileAttachment', name: 'a.txt' }
  it('is judged by that type: a value of its own member of the wrong type is refused', async () => {
    expect(await post({ ...file, contentBytes: 5 })).toBe(400)
    expect(await post({ ...file, name: 5, contentBytes: 'SGVsbG8=' })).toBe(400)
  })

  it("is accepted as the docs describe it, as is the base type itself with another type's member", async () => {
    expect(await post({ ...file, contentBytes: 'SGVsbG8=' })).not.toBe(400)
    expect(await post({ name: 'a.txt', contentBytes: 'SGVsbG8=' })).not.toBe(400)
  })
})
