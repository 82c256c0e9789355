/**
 * An example's `@odata.type` spelt otherwise than the type it means: in another namespace than the
 * expected type's, which holds a type of that name, or in another letter case. Either is reported
 * at the `@odata.type`, and the body is judged as the type meant, not skipped as one the tree
 * does not document. Today's v1.0 docs (microsoftgraph/microsoft-graph-docs-contrib), cut short:
 * - api-reference/v1.0/api/security-incident-get.md (c22e52cc), whose answer, annotated
 *   `microsoft.graph.security.incident`, writes `#microsoft.graph.incident` and a status "Active",
 *   with resources/security-incident.md (11a70b84);
 * - api-reference/v1.0/api/restoresessionbase-activate.md (7039dae6), whose answer writes
 *   `#microsoft.graph.sharepointRestoreSession`, with resources/restoresessionbase.md (9a59cbb2) and
 *   resources/sharepointrestoresession.md (ed3b02da).
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/model.js'
import { checkDocs } from '../support/check-docs.js'

const INCIDENT = `---
doc_type: resourcePageType
---

# incident resource type

Namespace: microsoft.graph.security

## Properties
|Property|Type|Description|
|:---|:---|:---|
|displayName|String|The incident name.|
|id|String|Unique identifier to represent the incident.|
|status|[microsoft.graph.security.incidentStatus](#incidentstatus-values)|The status of the incident. Possible values are: \`active\`, \`resolved\`, \`inProgress\`, \`redirected\`, \`unknownFutureValue\`, and \`awaitingAction\`.|

### incidentStatus values 

| Member              | Description                                                                                                                                  |
| :-------------------| :------------------------------------------------------------------------------------------------------------------------------------------- |
| active			        | The incident is in active state.                                                                                                             |
| resolved            | The incident is in resolved state.                                                                                                           |
| inProgress          | The incident is in mitigation progress.                                                                                                      |
| redirected          | The incident was merged with another incident. The target incident ID appears in the **redirectIncidentId** property.                        |
| unknownFutureValue  | Evolvable enumeration sentinel value. Don't use.                                                                                            |
| awaitingAction      | This incident requires actions from Defender Experts awaiting your action. Only Microsoft 365 Defender experts can set this status.|
`

const GET_INCIDENT = `---
doc_type: apiPageType
---

# Get incident
Namespace: microsoft.graph.security

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /security/incidents/{incidentId}
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and an [incident](../resources/security-incident.md) object in the response body.

## Examples

<!-- {
  "blockType": "request",
  "sampleKeys": ["2972395"],
  "name": "get_incident"
}
-->
\`\`\` http
GET https://graph.microsoft.com/v1.0/security/incidents/2972395
\`\`\`

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.security.incident"
}
-->

\`\`\` http
HTTP/1.1 200 OK
Content-type: application/json

{
    "@odata.type": "#microsoft.graph.incident",
    "id": "2972395",
    "displayName": "Multi-stage incident involving Initial access & Command and control on multiple endpoints reported by multiple sources",
    "status": "Active"
}
\`\`\`
`

const RESTORE_SESSION_BASE = `---
doc_type: resourcePageType
---

# restoreSessionBase resource type

Namespace: microsoft.graph

## Properties

|Property|Type|Description|
|:---|:---|:---|
|id|String|The unique identifier of the restore session.|
|createdDateTime|DateTimeOffset|The time of creation of the restore session.|
`

const SHAREPOINT_RESTORE_SESSION = `---
doc_type: resourcePageType
---

# sharePointRestoreSession resource type

Namespace: microsoft.graph

Inherits from [restoreSessionBase](../resources/restoresessionbase.md).

## Properties

|Property|Type|Description|
|:---|:---|:---|
|id|String|The unique identifier of the restore session.|
|createdDateTime|DateTimeOffset|The time of completion of the restore session.|
`

const ACTIVATE = `---
doc_type: apiPageType
---

# restoreSessionBase: activate

Namespace: microsoft.graph

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
POST /solutions/backupRestore/restoreSessions/{restoreSessionBaseId}/activate
\`\`\`

## Response

If successful, this action returns a \`200 OK\` response code and a [restoreSessionBase](../resources/restoresessionbase.md) object in the response body.

## Examples

<!-- {
  "blockType": "request",
  "name": "restoresessionbasethis.activate"
}
-->
\`\`\` http
POST https://graph.microsoft.com/v1.0/solutions/backupRestore/restoreSessions/61633878-8321-4950-bfaf-ed285bdd1461/activate
\`\`\`

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.restoreSessionBase"
}
-->

\`\`\` http
HTTP/1.1 200 OK
Content-Type: application/json

{
  "@odata.type": "#microsoft.graph.sharepointRestoreSession",
  "id": "61633878-8321-4950-bfaf-ed285bdd1461",
  "createdDateTime": "2015-06-19T12:01:03.45Z"
}
\`\`\`
`

const reported = (diagnostics: readonly Diagnostic[]) =>
  diagnostics
    .filter((d) => d.file.startsWith('api/') && d.code.startsWith('example-'))
    .map((d) => `${d.line} ${d.code} ${d.message}`)

describe("an example's @odata.type spelt otherwise than the type it means", () => {
  it('is reported in another namespace than the expected type, whose type of that name judges the body', async () => {
    const { diagnostics } = await checkDocs([
      { file: 'resources/security-incident.md', text: INCIDENT },
      { file: 'api/security-incident-get.md', text: GET_INCIDENT },
    ])
    expect(reported(diagnostics)).toEqual([
      '46 example-odata-type Unexpected @odata.type microsoft.graph.incident, expected microsoft.graph.security.incident: no page defines microsoft.graph.incident, and namespace microsoft.graph.security holds a type of that name',
      '49 example-invalid-enum Unexpected incidentStatus value "Active" for status, expected one of active, resolved, inProgress, redirected, unknownFutureValue, awaitingAction',
    ])
  })

  it('is a type no page defines where the namespace holds an unrelated type of that name', async () => {
    const alert = INCIDENT.replace('# incident resource type', '# alert resource type')
      .replace(/\|status\|[^\n]*\n/, '')
      .replace(/### incidentStatus values[\s\S]*$/, '')
    const { diagnostics } = await checkDocs([
      { file: 'resources/security-incident.md', text: INCIDENT },
      { file: 'resources/security-alert.md', text: alert },
      {
        file: 'api/security-incident-get.md',
        text: GET_INCIDENT.replace('#microsoft.graph.incident', '#microsoft.graph.alert'),
      },
    ])
    // Of a type the tree does not document, the body is not judged.
    expect(reported(diagnostics)).toEqual([])
  })

  it('is reported in another letter case', async () => {
    const { diagnostics } = await checkDocs([
      { file: 'resources/restoresessionbase.md', text: RESTORE_SESSION_BASE },
      { file: 'resources/sharepointrestoresession.md', text: SHAREPOINT_RESTORE_SESSION },
      { file: 'api/restoresessionbase-activate.md', text: ACTIVATE },
    ])
    expect(reported(diagnostics)).toEqual([
      '46 example-odata-type Unexpected @odata.type microsoft.graph.sharepointRestoreSession, expected microsoft.graph.sharePointRestoreSession (type names are case-sensitive)',
    ])
  })
})
