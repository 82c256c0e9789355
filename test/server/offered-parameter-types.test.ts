/**
 * A Request body parameter whose Type cell offers two types the docs give no shared base for takes
 * either: the client and the handlers type it `A | B`, openapi.json `anyOf` both, the mock answers
 * the page's own example that sends the second, and the judge of the docs' requests judges it as the
 * second. api-reference/v1.0/api/call-answer.md of today's Graph docs (2026-12; its Request body
 * table and its service-hosted example, the rest left out), with resources/{mediaconfig,
 * apphostedmediaconfig}.md of test/fixtures/verify-undocumented-type: appHostedMediaConfig is
 * documented, serviceHostedMediaConfig is not, so they share no documented base.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { typeFinder } from '../../src/check/check-context.js'
import { checkRequestJson } from '../../src/check/json-against-model.js'
import { ModelAnswers } from '../../src/check/model-reads.js'
import type { ApiModel } from '../../src/model.js'
import { listenServer, ROOT } from './helpers.js'

const SERVICE_HOSTED = `{
  "callbackUri": "https://bot.contoso.com/api/calls",
  "acceptedModalities": [ "audio" ],
  "mediaConfig": {
    "@odata.type": "#microsoft.graph.serviceHostedMediaConfig",
    "preFetchMedia": [
      {
        "uri": "https://cdn.contoso.com/beep.wav",
        "resourceId": "1D6DE2D4-CD51-4309-8DAA-70768651088E"
      },
      {
        "uri": "https://cdn.contoso.com/cool.wav",
        "resourceId": "1D6DE2D4-CD51-4309-8DAA-70768651088F"
      }
    ]
  }
}`

const ANSWER = `---
title: "call: answer"
doc_type: apiPageType
---

# call: answer

Namespace: microsoft.graph

Enable a bot to answer an incoming [call](../resources/call.md).

## HTTP request
<!-- {"blockType": "ignored" } -->
\`\`\`http
POST /communications/calls/{id}/answer
\`\`\`

## Request body
In the request body, provide a JSON object with the following parameters.

| Parameter        | Type                                     |Description                                                                                                                                    |
|:-----------------|:-----------------------------------------|:----------------------------------------------------------------------------------------------------------------------------------------------|
| callbackUri       |String                                    |Allows bots to provide a specific callback URI for the concurrent call to receive later notifications. If this property has not been set, the bot's global callback URI will be used instead. This must be \`https\`.    |
|acceptedModalities|String collection                         |The list of accept modalities. Possible values are: \`audio\`, \`video\`, \`videoBasedScreenSharing\`. Required for answering a call. |
| callOptions            | [incomingCallOptions](../resources/incomingcalloptions.md)                                                         | The call options.   |
| mediaConfig       | [appHostedMediaConfig](../resources/apphostedmediaconfig.md) or [serviceHostedMediaConfig](../resources/servicehostedmediaconfig.md) |The media configuration. (Required)                                                                                                            |
| participantCapacity | Int32 | The number of participant that the application can handle for the call, for [Teams policy-based recording](/microsoftteams/teams-recording-policy) scenario.                                                     |

## Response
This method returns a \`202 Accepted\` response code.

## Examples

#### Request

<!-- {
  "blockType": "request",
  "name": "call-answer-service-hosted-media"
}-->
\`\`\`http
POST https://graph.microsoft.com/v1.0/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/answer
Content-Type: application/json

${SERVICE_HOSTED}
\`\`\`

#### Response
<!-- {
  "blockType": "response",
  "truncated": true
} -->
\`\`\`http
HTTP/1.1 202 Accepted
\`\`\`
`

const resource = async (name: string) => ({
  file: `api-reference/v1.0/resources/${name}`,
  text: await readFile(`${ROOT}test/fixtures/verify-undocumented-type/resources/${name}`, 'utf8'),
})

let model: ApiModel
let base = ''
let close: () => Promise<void> = async () => {}
beforeAll(async () => {
  model = buildModel([
    { file: 'api-reference/v1.0/api/call-answer.md', text: ANSWER },
    await resource('mediaconfig.md'),
    await resource('apphostedmediaconfig.md'),
  ])
  ;({ base, close } = await listenServer(model))
})
afterAll(() => close())

const fileText = (path: string) => emitAll(model).find((file) => file.path === path)?.text ?? ''

describe('a body parameter offered as either of two types with no documented shared base', () => {
  it('is either type in the client and the handlers', () => {
    for (const path of ['client/index.ts', 'server/handlers.ts'])
      expect(fileText(path)).toContain('mediaConfig: T.AppHostedMediaConfig | U.ServiceHostedMediaConfig;')
  })

  it('is anyOf both types in openapi.json', () => {
    const openapi = JSON.parse(fileText('openapi.json'))
    const body = openapi.paths['/communications/calls/{id}/answer'].post.requestBody
    expect(body.content['application/json'].schema.properties.mediaConfig).toEqual({
      anyOf: [
        { $ref: '#/components/schemas/microsoft.graph.appHostedMediaConfig' },
        { $ref: '#/components/schemas/microsoft.graph.serviceHostedMediaConfig' },
      ],
      description: 'The media configuration. (Required)',
    })
  })

  it("is taken by the mock as the page's service-hosted example sends it", async () => {
    const answer = await fetch(`${base}/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: SERVICE_HOSTED,
    })
    expect(answer.status).toBe(202)
  })

  /** What verify's judge of the docs' requests finds in `body` of the answer call. */
  const faultsOf = (body: string) => {
    const operation = model.operations.find((each) => each.id === 'call-answer')
    if (!operation) return ['no call-answer operation']
    const faults: string[] = []
    checkRequestJson(operation, JSON.parse(body), {
      reads: new ModelAnswers({ model, type: typeFinder(model), facts: () => undefined }),
      undocumentedTypes: 'declared',
      report: (_fault, _path, message) => faults.push(message),
    })
    return faults
  }

  it("is judged as verify judges the docs' requests: as the offered type the value's @odata.type names", () => {
    expect(faultsOf(SERVICE_HOSTED)).toEqual([])
  })

  it('is judged, without an @odata.type, as the offered type it fits, as the mock takes it', async () => {
    const untagged = SERVICE_HOSTED.replace('"@odata.type": "#microsoft.graph.serviceHostedMediaConfig",', '')
    expect(faultsOf(untagged)).toEqual([])
    const answer = await fetch(`${base}/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: untagged,
    })
    expect(answer.status).toBe(202)
  })
})
