/**
 * A response annotation naming a type the tree does not document, or one of another family than the
 * operation's response (neither it, nor derived from it, nor a base of it), does not decide the type
 * an answer to the operation's own call is judged as: the operation's response does, and an
 * annotation of another family is reported once, at its example.
 * Today's v1.0 docs (microsoftgraph/microsoft-graph-docs-contrib), cut short:
 * - api-reference/v1.0/api/identitygovernance-lifecycleworkflowscontainer-list-workflows.md
 *   (a73bd97f), whose Example 2 lists workflows under `Collection(…workflowTemplate)`, with
 *   resources/identitygovernance-workflow.md (81c038c7, its base workflowBase left out, as the
 *   tester's tree left it) and resources/identitygovernance-workflowtemplate.md (773186f7);
 * - api-reference/v1.0/api/educationassignment-post-resource.md (4e56e25e), whose answers show
 *   `assignmentResourceUrl` under annotations no page of the tree documents
 *   (`microsoft.graph.educationLinkResource`), with resources/educationassignmentresource.md (e4a5a87d).
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/model.js'
import { checkDocs } from '../support/check-docs.js'

const WORKFLOW = `---
doc_type: resourcePageType
---

# workflow resource type

Namespace: microsoft.graph.identityGovernance

Represents workflows created using Lifecycle Workflows.

Inherits from [workflowBase](../resources/identitygovernance-workflowbase.md).

## Properties

|Property|Type|Description|
|:---|:---|:---|
|category|String|The category of the HR function supported by the workflows created using this template. Inherited from [workflowBase](../resources/identitygovernance-workflowbase.md). Required.|
|displayName|String|The display name of the \`workflow\`. Inherited from [workflowBase](../resources/identitygovernance-workflowbase.md). Required.|
|id|String|Identifier used for individually addressing a specific workflow.|
|isEnabled|Boolean|Whether the workflow is enabled or disabled. Inherited from [workflowBase](../resources/identitygovernance-workflowbase.md). Optional.|
|isSchedulingEnabled|Boolean|If \`true\`, the Lifecycle Workflow engine executes the workflow based on the schedule. Inherited from [workflowBase](../resources/identitygovernance-workflowbase.md). Optional.|
`

const WORKFLOW_TEMPLATE = `---
doc_type: resourcePageType
---

# workflowTemplate resource type

Namespace: microsoft.graph.identityGovernance

Represents the pre-configured templates of Lifecycle Workflows that are available in Microsoft Entra ID.

Inherits from [entity](../resources/entity.md).

## Properties

|Property|Type|Description|
|:---|:---|:---|
|category|String|The category of the workflow template.|
|description|String|The description of the \`workflowTemplate\`.|
|displayName|String|The display name of the \`workflowTemplate\`.|
|id|String|The unique identifier for the \`workflowTemplate\`.Inherited from [entity](../resources/entity.md).|
`

const LIST_WORKFLOWS = `---
doc_type: apiPageType
---

# List workflows

Namespace: microsoft.graph.identityGovernance

Get a list of workflow resources that are associated with lifecycle workflows.

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /identityGovernance/lifecycleWorkflows/workflows
\`\`\`

## Response

If successful, this method returns a \`200 OK\` response code and a collection of [microsoft.graph.identityGovernance.workflow](../resources/identitygovernance-workflow.md) objects in the response body.

## Examples

### Example 1: Retrieve all workflows created in the tenant

<!-- {
  "blockType": "request",
  "name": "lifecycleworkflows_list_workflow"
}
-->
\`\`\` http
GET https://graph.microsoft.com/v1.0/identityGovernance/lifecycleWorkflows/workflows
\`\`\`

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "Collection(microsoft.graph.identityGovernance.workflow)"
}
-->
\`\`\` http
HTTP/1.1 200 OK
Content-Type: application/json

{
    "value": [
        {
            "category": "joiner",
            "displayName": "Global pre hire",
            "id": "c007a148-5bf1-4f38-82b4-377fb23b1711",
            "isEnabled": true,
            "isSchedulingEnabled": true
        }
    ]
}
\`\`\`

### Example 2: Retrieve only specific properties of "leaver" workflows

<!-- {
  "blockType": "request",
  "name": "lifecycleworkflows_list_workflow_select"
}
-->
\`\`\` http
GET https://graph.microsoft.com/v1.0/identityGovernance/lifecycleWorkflows/workflows?$filter=category eq 'leaver'&$select=id,category,displayName,isEnabled,isSchedulingEnabled
\`\`\`

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "Collection(microsoft.graph.identityGovernance.workflowTemplate)"
}
-->
\`\`\` http
HTTP/1.1 200 OK
Content-Type: application/json

{
    "value": [
        {
            "category": "leaver",
            "displayName": "Pre-Offboarding employees in the R&D department",
            "id": "c0548e6c-8849-46e8-be14-8b6d2b04957e",
            "isEnabled": true,
            "isSchedulingEnabled": true
        }
    ]
}
\`\`\`
`

const ASSIGNMENT_RESOURCE = `---
doc_type: resourcePageType
---

# educationAssignmentResource resource type

Namespace: microsoft.graph

A wrapper object that stores the resources associated with an assignment.

## Properties
| Property	   | Type	|Description|
|:---------------|:--------|:----------|
|distributeForStudentWork|Boolean|Indicates whether this resource should be copied to each student submission for modification and submission.|
|id|String| ID of this resource. Read-only.|
`

/** The page's request and answer of one kind of resource. */
const createExample = (kind: string) => `<!-- {
  "blockType": "request",
  "name": "create_education${kind.toLowerCase()}resource_from_educationassignment"
}-->
\`\`\`http
POST https://graph.microsoft.com/v1.0/education/classes/72a7baec-c3e9-4213-a850-f62de0adad5f/assignments/1618dfb0-3ff2-4edf-8d5c-b8f81df00e80/resources
Content-type: application/json

{
	"distributeForStudentWork": false
}
\`\`\`

<!-- {
  "blockType": "response",
  "truncated": true,
  "@odata.type": "microsoft.graph.education${kind}Resource"
} -->
\`\`\`http
HTTP/1.1 201 Created
Content-type: application/json

{
  "assignmentResourceUrl": null,
	"id": "a2f95693-aea2-4d5e-a936-11ef390f8f20"
}
\`\`\`
`

const POST_RESOURCE = `---
doc_type: apiPageType
---

# Create educationAssignmentResource

Namespace: microsoft.graph

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
POST /education/classes/{class-id}/assignments/{assignment-id}/resources
\`\`\`

## Response
If successful, this method returns a \`201 Created\` response code and an [educationAssignmentResource](../resources/educationassignmentresource.md) object in the response body.

## Examples
### Example 1: Create an educationLinkResource
${createExample('Link')}
### Example 2: Create an educationWordResource
${createExample('Word')}`

const reported = (diagnostics: readonly Diagnostic[]) =>
  diagnostics
    .filter((d) => d.file.startsWith('api/') && /^(example-|response-type-conflict)/.test(d.code))
    .map((d) => `${d.line} ${d.code} ${d.message}`)

describe('a response annotation the operation does not answer', () => {
  it('is reported at its example where it names a type of another family, which is judged as the response', async () => {
    const { diagnostics } = await checkDocs([
      { file: 'resources/identitygovernance-workflow.md', text: WORKFLOW },
      { file: 'resources/identitygovernance-workflowtemplate.md', text: WORKFLOW_TEMPLATE },
      { file: 'api/identitygovernance-lifecycleworkflowscontainer-list-workflows.md', text: LIST_WORKFLOWS },
    ])
    expect(reported(diagnostics)).toEqual([
      '79 response-type-conflict Unexpected microsoft.graph.identityGovernance.workflowTemplate in the response annotation, expected microsoft.graph.identityGovernance.workflow, a type derived from it or a base of it, as the page says; the example is judged as one',
    ])
  })

  it('leaves the answer to the operation where it names a type the tree does not document', async () => {
    const { model, diagnostics } = await checkDocs([
      { file: 'resources/educationassignmentresource.md', text: ASSIGNMENT_RESOURCE },
      { file: 'api/educationassignment-post-resource.md', text: POST_RESOURCE },
    ])
    expect(model.operations[0]?.response.type).toMatchObject({
      resolved: 'microsoft.graph.educationAssignmentResource',
    })
    // Link reports the annotations against the Response sentence, at the sentence.
    expect(reported(diagnostics)).toEqual([
      expect.stringMatching(
        /^16 response-type-conflict The Response sentence names `educationAssignmentResource`/,
      ),
      ...[43, 72].map(
        (line) =>
          `${line} example-unknown-property Unexpected property assignmentResourceUrl in a educationAssignmentResource object, expected a property of microsoft.graph.educationAssignmentResource or its base types`,
      ),
    ])
  })
})
