/**
 * A request body with a slip JSON5 reads (a trailing comma) is judged as its writer meant it, and
 * what the check finds there is reported where the body writes it, not at its `{`. Cut from
 * microsoftgraph/microsoft-graph-docs-contrib@8518825ac33e7d48a9b188c100b4d385c6fb70f4,
 * api-reference/v1.0/api/security-labelsroot-post-retentionlabel.md and
 * resources/security-dispositionreviewstage.md.
 */
import { describe, expect, it } from 'vitest'
import { checkDocs } from '../support/check-docs.js'

const stage = {
  file: 'resources/security-dispositionreviewstage.md',
  text: `# dispositionReviewStage resource type

Namespace: microsoft.graph.security

## Properties
|Property|Type|Description|
|:---|:---|:---|
|id|String|Unique ID for each stage. |
|name|String|Name representing each stage within a collection. |
|reviewersEmailAddresses|String collection|A collection of reviewers at each stage. |
|stageNumber|String|The unique sequence number for each stage of the disposition review. |

## JSON representation
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.security.dispositionReviewStage",
  "baseType": "microsoft.graph.entity",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.security.dispositionReviewStage",
  "id": "String (identifier)",
  "stageNumber": "String",
  "name": "String",
  "reviewersEmailAddresses": [
    "String"
  ]
}
\`\`\`
`,
}

const create = {
  file: 'api/security-labelsroot-post-retentionlabel.md',
  text: `---
doc_type: apiPageType
---

# Create retentionLabel
Namespace: microsoft.graph.security

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
POST /security/labels/retentionLabels
\`\`\`

## Request body

|Property|Type|Description|
|:---|:---|:---|
|displayName|String|Unique string that defines a label name. |
|dispositionReviewStages|[microsoft.graph.security.dispositionReviewStage](../resources/security-dispositionreviewstage.md) collection|Review stages during which reviewers are notified to determine whether a document must be deleted or retained. |
|defaultRecordBehavior|String|Specifies the locked or unlocked state of a record label when it is created. |

## Examples

### Request
<!-- {
  "blockType": "request",
  "name": "create_retentionlabel"
}
-->
\`\`\` http
POST https://graph.microsoft.com/v1.0/security/labels/retentionLabels
Content-Type: application/json

{
  "displayName": "Retention Schedule 10005",
   "dispositionReviewStages": [
    {
      "stageNumber" : 1,
      "name": "Stage1",
      "reviewersEmailAddresses ": [
        "Admin@contoso.onmicrosoft.com"
      ]
    }
  ],
  "defaultRecordBehavior":"startLocked",
}
\`\`\`
`,
}

describe('a request body with a trailing comma', () => {
  it('is reported where its members are written', async () => {
    const { diagnostics } = await checkDocs([stage, create])
    const lineOf = (text: string) => create.text.split('\n').indexOf(text) + 1
    const found = (code: string) =>
      diagnostics
        .filter((finding) => finding.file === create.file && finding.code === code)
        .map(({ line, column }) => ({ line, column }))
    expect(found('invalid-json')).toEqual([
      { line: lineOf('  "defaultRecordBehavior":"startLocked",') + 1, column: 1 },
    ])
    expect(found('example-type-mismatch')).toEqual([{ line: lineOf('      "stageNumber" : 1,'), column: 7 }])
    expect(found('example-unknown-property')).toEqual([
      { line: lineOf('      "reviewersEmailAddresses ": ['), column: 7 },
    ])
  })
})
