/**
 * A type no page of the tree defines is named as the docs spell it in lowerCamel, where they also
 * write it capitalised as a heading: in a Type cell whose JSON representation declares the name
 * (page.md's `[PageLinks](pagelinks.md)` over `"microsoft.graph.pageLinks"`), or across pages
 * (event.md's `[Extension](extension.md)`, todoTaskList's `[extension](extension.md)`). Excerpts of
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/page.md (13a4446c),
 * event.md (02eb1a31), todotasklist.md (028b8e35) and api/message-update.md (00e146a9), cut short
 * (test/fixtures/real-trees/graph-v1.0-today-core). Its namespace where a bare link names a page
 * another link names qualified: resources/security-incident.md (0113240a) and
 * api/security-incident-post-comments.md (15afa84e), cut short (graph-v1.0-today-workloads). A name
 * qualified from an enclosing namespace: beta resources/security-threatsubmission.md, cut short.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ObjectTypeDef } from '../../src/model.js'

const PAGE = `---
title: "page resource type"
description: "A page in a OneNote notebook."
doc_type: resourcePageType
---

# page resource type

Namespace: microsoft.graph

A page in a OneNote notebook.

## JSON representation

<!--{
  "blockType": "resource",
  "baseType": "microsoft.graph.onenoteEntitySchemaObjectModel",
  "@odata.type": "microsoft.graph.onenotePage"
}-->

\`\`\`json
{
  "id": "string (identifier)",
  "links": {"@odata.type": "microsoft.graph.pageLinks"},
  "title": "string"
}

\`\`\`
## Properties
| Property\t   | Type\t|Description|
|:---------------|:--------|:----------|
|id|String|The unique identifier of the page.  Read-only.|
|links|[PageLinks](pagelinks.md)|Links for opening the page. Read-only.|
|title|String|The title of the page. |
`

const EVENT = `# event resource type

Namespace: microsoft.graph

An event in a [user](user.md) calendar.

## Properties
| Property\t   | Type\t|Description|
|:---------------|:--------|:----------|
|id|String| Read-only.|

## Relationships
| Relationship | Type\t|Description|
|:---------------|:--------|:----------|
|extensions|[Extension](extension.md) collection|The collection of open extensions defined for the event. Read-only. Nullable.|

## JSON representation

<!--{
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.event"
}-->

\`\`\`json
{
  "id": "string (identifier)"
}
\`\`\`
`

const TODO_TASK_LIST = `# todoTaskList resource type

Namespace: microsoft.graph

A list in Microsoft To Do.

## Properties
|Property|Type|Description|
|:---|:---|:---|
|displayName|String|The name of the task list.|
|id|String| The identifier of the task list, unique in the user's mailbox. Read-only. Inherited from [entity](entity.md)|

## Relationships
|Relationship|Type|Description|
|:---|:---|:---|
|extensions|[extension](extension.md) collection| The collection of open extensions defined for the task list. Nullable.|

## JSON representation
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.todoTaskList",
  "baseType": "microsoft.graph.entity"
}
-->
\`\`\` json
{
  "id": "String (identifier)",
  "displayName": "String"
}
\`\`\`
`

const MESSAGE_UPDATE = `# Update message

Namespace: microsoft.graph

Update the properties of a message object.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
PATCH /me/messages/{id}
\`\`\`

## Request body

| Property\t   | Type\t|Description|
|:---------------|:--------|:----------|
|bccRecipients|Recipient|The Bcc recipients for the message. |
|from|[recipient](../resources/recipient.md)|The mailbox owner and sender of the message.|

## Response

If successful, this method returns a \`204 No Content\` response code.
`

const INCIDENT = `# incident resource type

Namespace: microsoft.graph.security

An incident in Microsoft 365 Defender is a collection of correlated [alert](../resources/security-alert.md) instances and associated metadata that reflects the story of an attack in a tenant.

## Properties
|Property|Type|Description|
|:---|:---|:---|
|assignedTo|String|Owner of the incident, or null if no owner is assigned. Free editable text.|
|comments|[microsoft.graph.security.alertComment](security-alertcomment.md) collection|Array of comments created by the Security Operations (SecOps) team when the incident is managed.|

## JSON representation
The following JSON representation shows the resource type.
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.security.incident",
  "baseType": "microsoft.graph.entity",
  "openType": false
}
-->
\`\`\` json
{
  "assignedTo": "String",
  "comments": [{"@odata.type": "microsoft.graph.security.alertComment"}]
}
\`\`\`
`

const INCIDENT_POST_COMMENTS = `# Create comment
Namespace: microsoft.graph

Create a comment for an existing [incident](../resources/security-incident.md) based on the specified incident **id** property.

## HTTP request

<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
POST /security/incidents/{incidentId}/comments
\`\`\`

## Request body

In the request body, use \`@odata.type\` to specify the parameter type of [alertComment](../resources/security-alertcomment.md), and provide a JSON object for the parameter, \`comment\`. See an [example](#examples).

| Parameter	   | Type	|Description|
|:---------------|:--------|:----------|
|comment|String|The comment to be added.|

## Response

If successful, this method returns a \`200 OK\` response code and an updated list of all [alertComment](../resources/security-alertcomment.md) resources of the incident.
`

const resolvedOf = (type: ObjectTypeDef, name: string) => {
  const found = type.properties.find((property) => property.name === name)?.type
  return found?.kind === 'named' ? found.resolved : undefined
}

describe('the placeholder of a type no page defines', () => {
  it('takes the lowerCamel name the JSON representation declares over a capitalised link text', () => {
    const model = buildModel([{ file: 'api-reference/v1.0/resources/page.md', text: PAGE }])
    const page = model.types['microsoft.graph.onenotePage'] as ObjectTypeDef
    expect(resolvedOf(page, 'links')).toBe('microsoft.graph.pageLinks')
    expect(Object.keys(model.undocumented)).toContain('microsoft.graph.pageLinks')
    expect(Object.keys(model.undocumented)).not.toContain('microsoft.graph.PageLinks')
  })

  it('takes one spelling, the lowerCamel one, whichever page writes it first', () => {
    const model = buildModel([
      { file: 'api-reference/v1.0/resources/event.md', text: EVENT },
      { file: 'api-reference/v1.0/resources/todotasklist.md', text: TODO_TASK_LIST },
    ])
    const event = model.types['microsoft.graph.event'] as ObjectTypeDef
    const list = model.types['microsoft.graph.todoTaskList'] as ObjectTypeDef
    expect(resolvedOf(event, 'extensions')).toBe('microsoft.graph.extension')
    expect(resolvedOf(list, 'extensions')).toBe('microsoft.graph.extension')
    expect(Object.keys(model.undocumented).filter((name) => /extension$/i.test(name))).toEqual([
      'microsoft.graph.extension',
    ])
  })

  it("takes the namespace another link to the same page writes, not the bare link page's", () => {
    const model = buildModel([
      { file: 'api-reference/v1.0/resources/security-incident.md', text: INCIDENT },
      { file: 'api-reference/v1.0/api/security-incident-post-comments.md', text: INCIDENT_POST_COMMENTS },
    ])
    const incident = model.types['microsoft.graph.security.incident'] as ObjectTypeDef
    const [operation] = model.operations
    expect(resolvedOf(incident, 'comments')).toBe('microsoft.graph.security.alertComment')
    expect(operation?.requestBody?.type).toMatchObject({ resolved: 'microsoft.graph.security.alertComment' })
    expect(operation?.response.type).toMatchObject({ resolved: 'microsoft.graph.security.alertComment' })
    expect(Object.keys(model.undocumented).filter((name) => /alertComment$/.test(name))).toEqual([
      'microsoft.graph.security.alertComment',
    ])
  })

  it('spells the qualified placeholder as every placeholder is spelled, whichever page comes first', () => {
    const page = (title: string, link: string) =>
      `# ${title}\n\nNamespace: microsoft.graph\n\n## HTTP request\n\n\`\`\`http\nGET /security/incidents/{id}/comments\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and a ${link} object in the response body.\n`
    for (const [bare, qualified] of [
      ['a', 'b'],
      ['b', 'a'],
    ]) {
      const model = buildModel([
        {
          file: `api-reference/v1.0/api/${bare}-get.md`,
          text: page('Get a', '[alertComment](../resources/security-alertcomment.md)'),
        },
        {
          file: `api-reference/v1.0/api/${qualified}-get.md`,
          text: page(
            'Get b',
            '[microsoft.graph.security.AlertComment](../resources/security-alertcomment.md)',
          ),
        },
      ])
      expect(Object.keys(model.undocumented).filter((name) => /alertComment$/i.test(name))).toEqual([
        'microsoft.graph.security.alertComment',
      ])
    }
  })

  it('names a bare capitalised Type cell as a link of the tree spells it, in the report too', () => {
    const model = buildModel([{ file: 'api-reference/v1.0/api/message-update.md', text: MESSAGE_UPDATE }])
    const [operation] = model.operations
    expect(operation?.parameters.map((parameter) => parameter.type)).toMatchObject([
      { name: 'Recipient', resolved: 'microsoft.graph.recipient' },
      { name: 'recipient', resolved: 'microsoft.graph.recipient' },
    ])
    const reports = model.diagnostics.filter((finding) => finding.code === 'unresolved-type')
    expect(reports.map((finding) => finding.message.replace(/.*placeholder /, ''))).toEqual([
      'microsoft.graph.recipient',
      'microsoft.graph.recipient',
    ])
  })
})

const THREAT_SUBMISSION = `# threatSubmission resource type

Namespace: microsoft.graph.security

Represents a report of an item to Microsoft Defender for Office 365 for analysis.

## Properties
| Property        | Type                       | Description                                                                      |
|:----------------|:---------------------------|:---------------------------------------------------------------------------------|
| adminReview     | [security.submissionAdminReview](../resources/security-submissionadminreview.md)| Specifies the admin review property. |
| id              | String                     | Specifies the ID of threat submission. |
| result          | [security.submissionResult](../resources/security-submissionresult.md)          | Specifies the result of the analysis performed by Microsoft.  |

## JSON representation
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.security.threatSubmission",
  "baseType": "microsoft.graph.entity",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.security.threatSubmission",
  "id": "String (identifier)",
  "result": {
    "@odata.type": "microsoft.graph.security.submissionResult"
  },
  "adminReview": {
    "@odata.type": "microsoft.graph.security.submissionAdminReview"
  }
}
\`\`\`
`

describe('a name qualified from an enclosing namespace that no page of the tree defines', () => {
  it('is one placeholder in the namespace it is written from, as the JSON representation names it', () => {
    const model = buildModel([
      { file: 'api-reference/beta/resources/security-threatsubmission.md', text: THREAT_SUBMISSION },
    ])
    expect(Object.keys(model.undocumented).filter((name) => /submission/i.test(name))).toEqual([
      'microsoft.graph.security.submissionAdminReview',
      'microsoft.graph.security.submissionResult',
    ])
    const type = model.types['microsoft.graph.security.threatSubmission'] as ObjectTypeDef
    expect(type.properties.map((property) => [property.name, property.type])).toMatchObject([
      ['adminReview', { resolved: 'microsoft.graph.security.submissionAdminReview' }],
      ['id', { kind: 'primitive' }],
      ['result', { resolved: 'microsoft.graph.security.submissionResult' }],
    ])
  })
})
