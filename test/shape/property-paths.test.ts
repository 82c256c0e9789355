import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import type { OpenApiDocument } from '../../src/emit/openapi/spec.js'
import { clientReads } from '../support/client-kinds.js'

const settings = `---
doc_type: resourcePageType
---
# settings resource type

Namespace: microsoft.graph

## Properties

| Property | Type | Description |
|:---|:---|:---|
| dateFormat | String | The date format. |
| reply | [replySetting](replysetting.md) | The automatic reply. |
`
const replySetting = `---
doc_type: resourcePageType
---
# replySetting resource type

Namespace: microsoft.graph

## Properties

| Property | Type | Description |
|:---|:---|:---|
| status | String | On or off. |
`
const example = (name: string, path: string, body: string) =>
  `<!-- { "blockType": "request", "name": "${name}" } -->\n\`\`\`http\nGET https://graph.microsoft.com/v1.0${path}\n\`\`\`\n\n<!-- { "blockType": "response", "truncated": true } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n${body}\n\`\`\`\n\n`
const getSettings = `---
doc_type: apiPageType
---
# Get settings

Namespace: microsoft.graph

## HTTP request

\`\`\`http
GET /me/settings
GET /me/settings/dateFormat
GET /me/settings/reply
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [settings](../resources/settings.md) object in the response body.

## Examples

${example('get_all', '/me/settings', '{ "dateFormat": "MM/dd/yyyy", "reply": { "status": "off" } }')}${example('get_reply', '/me/settings/reply', '{ "status": "on" }')}`

const files = emitAll(
  buildModel([
    { file: 'resources/settings.md', text: settings },
    { file: 'resources/replysetting.md', text: replySetting },
    { file: 'api/settings-get.md', text: getSettings },
  ]),
)
const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''
const document = JSON.parse(text('openapi.json') || '{}') as OpenApiDocument
const ok = (path: string) => {
  const response = document.paths[path]?.get?.responses['200']
  return response && 'content' in response ? response.content?.['application/json'] : undefined
}

describe('OpenAPI on a page that documents property paths', () => {
  it('answers the resource path with the resource and its examples, not those of a property path', () => {
    expect(ok('/me/settings')?.schema).toEqual({ $ref: '#/components/schemas/microsoft.graph.settings' })
    expect(ok('/me/settings')?.examples).toEqual({
      'example-1': { value: { dateFormat: 'MM/dd/yyyy', reply: { status: 'off' } } },
    })
  })

  it('answers a primitive property path with { "value": … }, shown from the resource example', () => {
    expect(ok('/me/settings/dateFormat')?.schema).toEqual({
      type: 'object',
      properties: { value: { type: 'string' } },
    })
    expect(ok('/me/settings/dateFormat')?.examples).toEqual({
      'example-1': { value: { value: 'MM/dd/yyyy' } },
    })
  })

  it("answers an object property path with the object: its own example as written, the resource's property", () => {
    expect(ok('/me/settings/reply')?.schema).toEqual({
      $ref: '#/components/schemas/microsoft.graph.replySetting',
    })
    expect(ok('/me/settings/reply')?.examples).toEqual({
      'example-1': { value: { status: 'off' } },
      'example-2': { value: { status: 'on' } },
    })
  })
})

describe('the client on a page that documents property paths', () => {
  const client = text('client/index.ts')
  const getOf = (node: string) =>
    new RegExp(`interface ${node} \\{[^}]*\\bget\\([^\\n]*\\): Promise<([^>\\n]+)>`).exec(client)?.[1]

  it('resolves a primitive property path to the value, which it unwraps from { "value": … }', () => {
    expect(getOf('MeSettingsDateFormat')).toBe('string')
    expect(clientReads(client, 'GET', '/me/settings/dateFormat')).toBe('value')
  })

  it('resolves an object property path to the object and the resource path to the resource', () => {
    expect(getOf('MeSettingsReply')).toMatch(/ReplySetting/)
    expect(getOf('MeSettings')).toMatch(/Settings/)
  })
})
