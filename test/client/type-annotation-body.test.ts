/**
 * A body of a complex type may name its type in `@odata.type`, as the docs' own request does: the
 * client's body type takes it, spelt with `#` or without. Excerpts (cut short) of today's
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0: resources/security-alertcomment.md
 * (a complex type of no base, whose JSON representation shows
 * `"@odata.type": "#microsoft.graph.security.alertComment"`) and api/security-alert-post-comments.md
 * ("use `@odata.type` to specify the parameter type of alertComment", its request sending
 * `"@odata.type": "microsoft.graph.security.alertComment"`); and of the sample's
 * resources/externalconnectors-properties.md ("None." properties). The client refused the docs'
 * own body (TS2353: '"@odata.type"' does not exist in type 'Bindable<AlertComment>').
 */
import { describe, expect, it } from 'vitest'
import { buildModel, emitAll } from '../../src/build/in-memory.js'
import { mockOfPages, verifyPages } from '../support/pages-mock.js'
import { typeCheck, VIRTUAL_OUT } from './compile.js'

const ALERT_COMMENT = `# alertComment resource type

Namespace: microsoft.graph.security

An analyst-generated comment that is associated with an alert or incident.

## Properties
|Property|Type|Description|
|:---|:---|:---|
|comment|String|The comment text.|
|createdByDisplayName|String|The person or app name that submitted the comment.|
|createdDateTime|DateTimeOffset|The time when the comment was submitted.|

## JSON representation
<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.security.alertComment"
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.security.alertComment",
  "comment": "String",
  "createdByDisplayName": "String",
  "createdDateTime": "String (timestamp)"
}
\`\`\`
`

const POST_COMMENTS = `# Create comment for alert
Namespace: microsoft.graph

Create a comment for an existing [alert](../resources/security-alert.md) based on the specified alert **id** property.

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
POST /security/alerts_v2/{alertId}/comments
\`\`\`

## Request body

In the request body, use \`@odata.type\` to specify the parameter type of [alertComment](../resources/security-alertcomment.md), and provide a JSON object for the parameter, \`comment\`. See an [example](#examples).

| Parameter	   | Type	|Description|
|:---------------|:--------|:----------|
|comment|String|The comment to be added.|

## Response

If successful, this method returns a \`200 OK\` response code and an updated list of all [alertComment](../resources/security-alertcomment.md) resources for the specified alert.

## Examples

### Request
<!-- {
  "blockType": "request",
  "sampleKeys": ["da637865765418431569_-773071023"],
  "name": "alert_v2_addcomment"
}
-->
\`\`\` http
POST https://graph.microsoft.com/v1.0/security/alerts_v2/da637865765418431569_-773071023/comments
Content-Type: application/json

{
    "@odata.type": "microsoft.graph.security.alertComment",
    "comment": "Demo for docs"
}
\`\`\`

### Response
<!-- {
  "blockType": "response",
  "@odata.type": "collection(microsoft.graph.security.alertComment)",
  "truncated": true
}
-->

\`\`\` http
HTTP/1.1 200 OK
Content-type: application/json

{
    "@odata.context": "https://graph.microsoft.com/beta/$metadata#security/alerts_v2('da637865765418431569_-773071023')/comments",
    "value": [
        {
            "comment": "Demo for docs",
            "createdByDisplayName": "secAdmin@contoso.com",
            "createdDateTime": "2022-10-13T07:08:40.3825324Z"
        }
    ]
}
\`\`\`
`

const PROPERTIES = `# properties resource type
Namespace: microsoft.graph.externalConnectors

A [schema](externalconnectors-schema.md) property definition for a Microsoft Search [connection](externalconnectors-externalconnection.md).

## Properties
None.

## JSON representation
<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.externalConnectors.properties"
}
-->
\`\`\` json
{
  "@odata.type": "microsoft.graph.externalConnectors.properties"
}
\`\`\`
`

const PAGES = [
  { file: 'resources/security-alertcomment.md', text: ALERT_COMMENT },
  { file: 'api/security-alert-post-comments.md', text: POST_COMMENTS },
  { file: 'resources/externalconnectors-properties.md', text: PROPERTIES },
]

const files = emitAll(buildModel(PAGES))
const text = (path: string) => files.find((file) => file.path === path)?.text ?? ''

describe('a body of a complex type that names its type', () => {
  it('compiles as the docs send it, with `#` or without, and not as another value', () => {
    const consumer = `import { createClient } from './client/index.js'
export async function comment() {
  const comments = createClient({ baseUrl: 'http://127.0.0.1:1' }).security.alerts_v2.byId('a1').comments
  await comments.post({ '@odata.type': 'microsoft.graph.security.alertComment', comment: 'Demo for docs' })
  await comments.post({ '@odata.type': '#microsoft.graph.security.alertComment', comment: 'Demo for docs' })
  // @ts-expect-error a type's name is a string
  await comments.post({ '@odata.type': 1, comment: 'Demo for docs' })
}
`
    const virtual = new Map(files.map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]))
    virtual.set(`${VIRTUAL_OUT}uses.ts`, consumer)
    expect(typeCheck(virtual, [`${VIRTUAL_OUT}uses.ts`])).toEqual([])
  })

  it('is a member of a type of no base, unless it lists none (an empty interface takes any)', () => {
    const types = text('types/index.ts')
    expect(types).toMatch(/export interface AlertComment \{\n\s*"@odata\.type"\?: string;\n/)
    expect(types).toMatch(/export interface Properties \{\n\s*\}/)
  })

  const mock = mockOfPages(PAGES)
  it('is taken by the mock, as OpenAPI declares it', async () => {
    const { findings, summary } = await verifyPages(PAGES, mock().url)
    expect(findings).toEqual([])
    expect(summary).toMatchObject({ examples: 1, agreed: 1 })
    const schema = JSON.parse(text('openapi.json')).components.schemas[
      'microsoft.graph.security.alertComment'
    ]
    expect(schema.properties['@odata.type']).toEqual({ type: 'string' })
  })
})

// A root others derive from (today's security-alertevidence.md and security-userevidence.md) is
// told apart in its union, `AnyAlertEvidence`, as `AlertEvidence & { "@odata.type"?: "#…" }`: a
// value of the root type must stay one of its union, so the root declares no string of its own.
describe('a type of no base that others derive from', () => {
  const page = (name: string, base?: string) => ({
    file: `resources/security-${name.toLowerCase()}.md`,
    text: `# ${name} resource type\n\nNamespace: microsoft.graph.security\n\n${base ? `Inherits from [${base}](security-${base.toLowerCase()}.md).\n\n` : ''}## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|${name}Note|String|A note.|\n`,
  })
  const emitted = emitAll(buildModel([page('alertEvidence'), page('userEvidence', 'alertEvidence')]))
  it('is a value of its union', () => {
    const consumer = `import type { Security } from './types/index.js'
export const evidence: Security.AlertEvidence = { alertEvidenceNote: 'a' }
export const any: Security.AnyAlertEvidence = evidence
`
    const virtual = new Map(emitted.map((file) => [`${VIRTUAL_OUT}${file.path}`, file.text]))
    virtual.set(`${VIRTUAL_OUT}uses.ts`, consumer)
    expect(typeCheck(virtual, [`${VIRTUAL_OUT}uses.ts`])).toEqual([])
  })
})
