/**
 * Member names of a request body in another letter case take the documented name before the body
 * is validated, as Graph reads them, where the schema is open to unlisted members too (a type
 * whose base chain leaves the tree, an open type, a base type with derived types): the handler
 * then reads the documented name, and a read-only member sent in another letter case is refused
 * as it is under its own. Pages: test/fixtures/verify-name-case (real sample pages), without
 * entity.md, so that conversation's schema takes unlisted members.
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { assignHandlerNames } from '../../src/emit/server/index.js'
import type { ApiModel } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'
import { listenServer } from './helpers.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/verify-name-case', import.meta.url))

/** The generated server of `model` on 127.0.0.1, its one handler (of `operationId`) keeping each
 *  body it gets in `bodies`. */
function serveBodies(model: ApiModel, operationId: string, bodies: unknown[]) {
  const handler = assignHandlerNames(model).get(operationId)
  if (!handler) throw new Error(`no handler name for ${operationId}`)
  return listenServer(model, {
    handlers: {
      [handler]: async ({ body }) => {
        bodies.push(body)
        return { id: 'x-1' }
      },
    },
  })
}

let base = ''
const received: unknown[] = []
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  const pages = (await readDocs(FIXTURE)).pages.filter((page) => !page.file.endsWith('entity.md'))
  ;({ base, close } = await serveBodies(buildModel(pages), 'group-post-conversations', received))
})
afterAll(() => close())

const post = async (body: unknown) => {
  received.length = 0
  const answer = await fetch(`${base}/groups/g-1/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: answer.status, text: await answer.text() }
}

describe('a body whose schema takes unlisted members', () => {
  it('reaches the handler under the documented names', async () => {
    const { status } = await post({ Topic: 'New locations', UNIQUESENDERS: ['a'], colour: 'red' })
    expect(status).toBeLessThan(300)
    expect(received).toEqual([{ topic: 'New locations', uniqueSenders: ['a'], colour: 'red' }])
  })

  it('refuses a read-only member in another letter case as under its own name', async () => {
    for (const name of ['id', 'ID']) {
      const { status, text } = await post({ topic: 't', [name]: 'c-1' })
      expect(status).toBe(400)
      expect(text).toContain("Property 'id' is read-only")
    }
    expect(received).toEqual([])
  })

  it('takes the read-only relationship the create binds, in another letter case too, as the page sends it', async () => {
    const { status } = await post({ topic: 't', Threads: [{ posts: [] }] })
    expect(status).toBeLessThan(300)
    expect(received).toEqual([{ topic: 't', threads: [{ posts: [] }] }])
  })
})

describe('a nested value of a derived type', () => {
  const resource = (name: string, base: string, rows: string) =>
    `# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n${rows}\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}", "baseType": "microsoft.graph.${base}" } -->\n\`\`\`json\n{}\n\`\`\`\n`
  const create = `# Create message\n\n## HTTP request\n\`\`\`http\nPOST /me/messages\n\`\`\`\n\n## Request body\nIn the request body, supply a JSON representation of [message](../resources/message.md) object.\n\n## Response\nIf successful, this method returns a \`201 Created\` response code and a [message](../resources/message.md) object in the response body.\n`
  let url = ''
  const bodies: unknown[] = []
  let stop: () => Promise<void> = async () => {}
  beforeAll(async () => {
    const model = buildModel([
      { file: 'api/user-post-messages.md', text: create },
      {
        file: 'resources/message.md',
        text: resource(
          'message',
          'entity',
          '|subject|String|The subject.|\n|attachments|[attachment](attachment.md) collection|The attachments.|',
        ),
      },
      { file: 'resources/attachment.md', text: resource('attachment', 'entity', '|name|String|The name.|') },
      {
        file: 'resources/fileattachment.md',
        text: resource('fileAttachment', 'attachment', '|contentBytes|Binary|The contents.|'),
      },
    ])
    ;({ base: url, close: stop } = await serveBodies(model, 'user-post-messages', bodies))
  })
  afterAll(() => stop())

  it("takes the names of the type its @odata.type names (a base type's schema takes unlisted members)", async () => {
    bodies.length = 0
    const sent = {
      Subject: 's',
      Attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', ContentBytes: 'eA==' }],
    }
    const answer = await fetch(`${url}/me/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sent),
    })
    expect(answer.status).toBeLessThan(300)
    expect(bodies).toEqual([
      {
        subject: 's',
        attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', contentBytes: 'eA==' }],
      },
    ])
  })
})
