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

// Cut from today's callrecording-get.md (microsoft-graph-docs-contrib): the page documents a
// recording's path and its Stream property's path, and shows the bytes on one root's path only.
const recording = `---
doc_type: resourcePageType
---
# callRecording resource type

Namespace: microsoft.graph

## Properties

| Property | Type | Description |
|:---|:---|:---|
| content | Stream | The content of the recording. Read-only.|
| id | String | The unique identifier for the recording. Read-only.|
`
const getRecording = `---
doc_type: apiPageType
---
# Get callRecording

Namespace: microsoft.graph

## HTTP request

\`\`\`http
GET /me/onlineMeetings/{meetingId}/recordings/{recordingId}
GET /users/{userId}/onlineMeetings/{meetingId}/recordings/{recordingId}
\`\`\`

\`\`\`http
GET /me/onlineMeetings/{meetingId}/recordings/{recordingId}/content
GET /users/{userId}/onlineMeetings/{meetingId}/recordings/{recordingId}/content
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a [callRecording](../resources/callrecording.md) object in the response body.

## Examples

<!-- { "blockType": "request", "name": "get_callrecording" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/users/b935e675/onlineMeetings/MSpiOTM1/recordings/7e31db25
\`\`\`

<!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.callRecording" } -->
\`\`\`http
HTTP/1.1 200 OK
Content-type: application/json

{ "id": "7e31db25" }
\`\`\`

<!-- { "blockType": "request", "name": "get_callrecording_content" } -->
\`\`\`http
GET https://graph.microsoft.com/v1.0/users/b935e675/onlineMeetings/MSpiOTM1/recordings/7e31db25/content
\`\`\`

<!-- { "blockType": "response", "truncated": true, "@odata.type": "stream" } -->
\`\`\`http
HTTP/1.1 200 OK
Content-Type: video/mp4

<bytes of a recording>
\`\`\`
`

describe('a property path to a Stream property', () => {
  const files = emitAll(
    buildModel([
      { file: 'resources/callrecording.md', text: recording },
      { file: 'api/callrecording-get.md', text: getRecording },
    ]),
  )
  const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''
  const document = JSON.parse(text('openapi.json') || '{}') as OpenApiDocument
  const client = text('client/index.ts')

  it('answers the bytes, in the media type the example of either root shows', () => {
    for (const root of ['/me', '/users/{userId}']) {
      const response =
        document.paths[`${root}/onlineMeetings/{meetingId}/recordings/{recordingId}/content`]?.get?.responses[
          '200'
        ]
      expect(response && 'content' in response ? response.content : undefined).toEqual({
        'video/mp4': { schema: { type: 'string', format: 'binary' } },
      })
    }
  })

  it('gives the client the bytes there, and the recording on the resource path', () => {
    expect(clientReads(client, 'GET', '/me/onlineMeetings/*/recordings/*/content')).toBe('binary')
    const node = (name: string) => client.split(`export interface ${name} {`)[1]?.split('\n}\n')[0] ?? ''
    expect(node('MeOnlineMeetingsItemRecordingsItemContent')).toMatch(/\bget\(.*\): Promise<Uint8Array>/)
    expect(node('MeOnlineMeetingsItemRecordingsItem')).toMatch(/\bget\W.*\): Promise<.*CallRecording/)
  })
})
