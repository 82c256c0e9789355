/**
 * representation-mismatch on a derived type's page, whose JSON representation shows the members it
 * inherits while its tables list only its own. Excerpts of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/beta/resources/security-alertevidence.md and security-userevidence.md.
 */
import { describe, expect, it } from 'vitest'
import type { PageInput } from '../../src/read-docs.js'
import { checkDocs } from '../support/check-docs.js'

const ALERT_EVIDENCE = `---
doc_type: resourcePageType
---

# alertEvidence resource type

Namespace: microsoft.graph.security

Represents evidence related to an [alert](security-alert.md).

## Properties

|Property|Type|Description|
|:---|:---|:---|
|createdDateTime|DateTimeOffset|The date and time when the evidence was created and added to the alert.|
|remediationStatusDetails|String|Details about the remediation status.|
|tags|String collection|Array of custom tags associated with an evidence instance.|

## JSON representation
<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.security.alertEvidence"
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.security.alertEvidence",
  "createdDateTime": "String (timestamp)",
  "remediationStatusDetails": "String",
  "tags": [
    "String"
  ]
}
\`\`\`
`

const userEvidence = (extra: string) => `---
doc_type: resourcePageType
---

# userEvidence resource type

Namespace: microsoft.graph.security

A user that is reported in the alert as evidence.

Inherits from [alertEvidence](../resources/security-alertevidence.md).

## Properties
|Property|Type|Description|
|:---|:---|:---|
|userAccount|[microsoft.graph.security.userAccount](../resources/security-useraccount.md)|The user account details.|

## Relationships
None.

## JSON representation
<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.security.userEvidence",
  "baseType": "microsoft.graph.security.alertEvidence"
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.security.userEvidence",
  "createdDateTime": "String (timestamp)",
  "remediationStatusDetails": "String",${extra}
  "tags": [
    "String"
  ],
  "userAccount": {
    "@odata.type": "microsoft.graph.security.userAccount"
  }
}
\`\`\`
`

const mismatches = async (pages: PageInput[]) =>
  (await checkDocs(pages)).diagnostics
    .filter((d) => d.code === 'representation-mismatch')
    .map((d) => `${d.file}:${d.line} ${d.message.split(' in the JSON')[0]}`)

describe('representation-mismatch on a derived type', () => {
  const base = { file: 'resources/security-alertevidence.md', text: ALERT_EVIDENCE }

  it('accepts the members the type inherits from its documented base', async () => {
    expect(
      await mismatches([base, { file: 'resources/security-userevidence.md', text: userEvidence('') }]),
    ).toEqual([])
  })

  it('reports a member that neither its tables nor its base types list', async () => {
    const text = userEvidence('\n  "colour": "String",')
    expect(await mismatches([base, { file: 'resources/security-userevidence.md', text }])).toEqual([
      'resources/security-userevidence.md:33 Unexpected member colour',
    ])
  })
})

// Today's api-reference/v1.0/resources/security-retentionevent.md, cut short
// (microsoftgraph/microsoft-graph-docs-contrib@82e5d12b81a73d0d2a974d189d6b96c21c4832a2): its JSON
// spells two properties otherwise than its table, in a tree without entity.md.
const RETENTION_EVENT = `---
doc_type: resourcePageType
---

# retentionEvent resource type

Namespace: microsoft.graph.security

## Properties
|Property|Type|Description|
|:---|:---|:---|
|displayName|String|Name of the event.|
|eventPropagationResult|[microsoft.graph.security.eventPropagationResult](../resources/security-eventpropagationresult.md)|Represents the success status of a created event and additional information.|
|retentionEventStatus|[microsoft.graph.security.retentionEventStatus](../resources/security-retentioneventstatus.md) collection|Status of event propogation to the scoped locations after the event has been created.|
|id|String|Represents the unique ID of the user who created the retentionEvent. [entity](/graph/api/resources/entity).|

## JSON representation
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.security.retentionEvent",
  "baseType": "microsoft.graph.entity",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.security.retentionEvent",
  "id": "String (identifier)",
  "displayName": "String",
  "eventPropagationResults": [
    {
      "@odata.type": "microsoft.graph.security.eventPropagationResult"
    }
  ],
  "eventStatus": {
    "@odata.type": "microsoft.graph.security.retentionEventStatus"
  }
}
\`\`\`
`

describe('representation-mismatch on a type of the root entity the tree leaves out', () => {
  it('reports the members no table lists, as well as the rows the JSON leaves out', async () => {
    expect(
      await mismatches([{ file: 'resources/security-retentionevent.md', text: RETENTION_EVENT }]),
    ).toEqual([
      'resources/security-retentionevent.md:13 Unexpected property eventPropagationResult missing from the JSON representation (line 26), expected every property of the Properties table there',
      'resources/security-retentionevent.md:14 Unexpected property retentionEventStatus missing from the JSON representation (line 26), expected every property of the Properties table there',
      'resources/security-retentionevent.md:31 Unexpected member eventPropagationResults',
      'resources/security-retentionevent.md:36 Unexpected member eventStatus',
    ])
  })
})
