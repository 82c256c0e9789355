import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/extract/index.js'
import type { EnumTypeDef, ObjectTypeDef } from '../../src/model.js'

const seed = (path: string) => readFileSync(new URL(`../../input-docs/${path}`, import.meta.url), 'utf8')

/** The first type of a resource page, and the page's findings as [code, line]. */
function readResource(file: string, lines: readonly string[]) {
  const page = extractPage(file, lines.join('\n'))
  return { type: page.types[0] as ObjectTypeDef, findings: page.diagnostics.map((d) => [d.code, d.line]) }
}

describe('resource pages', () => {
  it('reads the seed resource: name from the annotation, tables, methods, flags', () => {
    const file = 'resources/intune-enrollment-importedwindowsautopilotdeviceidentityupload.md'
    const page = extractPage(file, seed(file))
    expect(page.pageKind).toBe('resource')
    const type = page.types[0] as ObjectTypeDef
    expect(type.qualifiedName).toBe('microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload')
    expect(type.kind).toBe('entity')
    expect(type.properties.map((p) => [p.name, p.relationship, p.collection])).toEqual([
      ['id', false, false],
      ['createdDateTimeUtc', false, false],
      ['status', false, false],
      ['deviceIdentities', true, true],
    ])
    expect(type.properties[2]?.possibleValues).toEqual(['noUpload', 'pending', 'complete', 'error'])
    expect(type.properties[0]?.position).toEqual({ file, line: 31, column: 1 })
    expect(type.methods.map((m) => m.title)).toContain('autopilotDeviceStream function')
    expect(page.diagnostics).toEqual([])
  })

  // Defender for Endpoint's alerts.md, cut: the cell says nullable, or an enum it does not name.
  it('reads a nullable cell as a nullable property and an Enum cell as a String, reported', () => {
    const { type, findings } = readResource('api/alerts.md', [
      '# Alert resource type',
      '## Properties',
      '|Property|Type|Description|',
      '|---|---|---|',
      '|incidentId|Nullable Long|The Incident ID of the Alert.|',
      "|status|Enum|Possible values are: 'Unknown', 'New', 'InProgress' and 'Resolved'.|",
    ])
    expect(type.properties.map((p) => [p.name, p.type, p.nullable, p.possibleValues])).toEqual([
      ['incidentId', { kind: 'primitive', name: 'Int64' }, true, undefined],
      [
        'status',
        { kind: 'primitive', name: 'String' },
        undefined,
        ['Unknown', 'New', 'InProgress', 'Resolved'],
      ],
    ])
    expect(findings).toEqual([['unnamed-enum', 6]])
  })

  // Defender for Endpoint's vulnerability.md, cut: the values in bold, no code.
  it('reads the values a description lists in bold', () => {
    const { type } = readResource('api/vulnerability.md', [
      '# Vulnerability resource type',
      '## Properties',
      'Property|Type|Description',
      ':---|:---|:---',
      'Severity|String|Vulnerability Severity. Possible values are: **Low**, **Medium**, **High**, or **Critical**',
    ])
    expect(type.properties[0]?.possibleValues).toEqual(['Low', 'Medium', 'High', 'Critical'])
    // Bold says nothing of the flags: `**Not** nullable` is not nullable, a condition after a bold
    // `**Read-only**` still makes it conditional.
    const flags = readResource('resources/x.md', [
      '# x resource type',
      '## Properties',
      '|Property|Type|Description|\n|:---|:---|:---|',
      '|code|String|**Not** nullable.|',
      '|syncedName|String|**Read-only** for users synced from on-premises.|',
    ])
    expect(flags.type.properties.map((p) => [p.name, p.nullable, p.readOnly])).toEqual([
      ['code', false, false],
      ['syncedName', undefined, false],
    ])
  })

  // Defender for Endpoint's user.md, cut: no front matter doc_type, an H1 `X resource type`, the
  // Methods table under the H1 with no heading of its own, a bold label and includes before it.
  it('reads a Methods table under the H1 of a page without a doc_type, and no label as the description', () => {
    const page = extractPage(
      'api/user.md',
      [
        '---',
        'title: User resource type',
        'ms.topic: reference',
        '---',
        '',
        '# User resource type',
        '',
        '**Applies to:**',
        '- [Microsoft Defender for Endpoint Plan 1](https://go.microsoft.com/fwlink/?linkid=2154037)',
        '',
        '[!include[Improve request performance](../../../includes/improve-request-performance.md)]',
        '',
        'Method|Return Type|Description',
        '---|---|---',
        '[List User related alerts](get-user-related-alerts.md)|[alert](alerts.md) collection|List all the alerts.',
        '',
      ].join('\n'),
    )
    expect(page.pageKind).toBe('resource')
    const type = page.types[0] as ObjectTypeDef
    expect([type.qualifiedName, type.kind, type.description]).toEqual(['microsoft.graph.User', 'entity', ''])
    expect(type.methods.map((m) => [m.target, m.returnsCollection])).toEqual([
      ['api/get-user-related-alerts.md', true],
    ])
  })

  it('reads an enum page with values', () => {
    const file = 'resources/intune-enrollment-importedwindowsautopilotdeviceidentityuploadstatus.md'
    const page = extractPage(file, seed(file))
    const type = page.types[0] as EnumTypeDef
    expect(page.pageKind).toBe('enum')
    expect(type.members.map((m) => [m.name, m.value])).toEqual([
      ['noUpload', 0],
      ['pending', 1],
      ['complete', 2],
      ['error', 3],
    ])
  })

  it.each([
    [
      'inherits by sentence',
      'Represents a user. Inherits from [directoryObject](directoryobject.md).',
      'directoryObject',
    ],
    ['derived from, own line', 'Derived from [attachment](attachment.md)', 'attachment'],
    [
      // resources/passwordauthenticationmethod.md, microsoftgraph/microsoft-graph-docs-contrib@03aa0f9b64de223334288071f58465c7a819f073
      '"inherits from the [x] resource type"',
      'This is a derived type that inherits from the [authenticationMethod](authenticationmethod.md) resource type.',
      'authenticationMethod',
    ],
    [
      // resources/domaindnscnamerecord.md, microsoftgraph/microsoft-graph-docs-contrib@08c5985f0ea30845a53f9d0716d4fdab3fe3ab15
      '"Inherited from [x] entity"',
      'Represents a CNAME record added to the DNS zone file of a particular domain in the tenant. Inherited from [DomainDnsRecord](domaindnsrecord.md) entity.',
      'DomainDnsRecord',
    ],
    [
      // api-reference/v1.0/resources/b2xidentityuserflow.md, microsoftgraph/microsoft-graph-docs-contrib@05baf62eec84fd9f5eb9de5fee2b3df71744275f
      '"Inherits from base class [x]"',
      'Inherits from base class [identityUserFlow](../resources/identityuserflow.md).',
      'identityUserFlow',
    ],
    [
      // api-reference/v1.0/resources/educationlinkresource.md, microsoftgraph/microsoft-graph-docs-contrib@097954e684cf4f662fe0a12403dea1b3df0e0aa6
      '"A subclass of [x]"',
      'A subclass of [educationResource](educationresource.md). ',
      'educationResource',
    ],
  ])('reads the base type: %s', (_name, sentence, base) => {
    const text = `---\ndoc_type: resourcePageType\n---\n# x resource type\n\nNamespace: microsoft.graph\n\n${sentence}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String|Nullable.|\n`
    const type = extractPage('resources/x.md', text).types[0] as ObjectTypeDef
    expect(type.baseType).toMatchObject({ kind: 'named', name: base })
    expect(type.properties[0]?.nullable).toBe(true)
  })

  it('takes "a subclass of [x]" under another heading as a remark, not the base type', () => {
    const text = `---\ndoc_type: resourcePageType\n---\n# educationResource resource type\n\nNamespace: microsoft.graph\n\nRepresents a resource.\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String|Nullable.|\n\n## Remarks\n\n[educationLinkResource](educationlinkresource.md) is a subclass of [educationResource](educationresource.md).\n`
    const type = extractPage('resources/educationresource.md', text).types[0] as ObjectTypeDef
    expect(type.baseType).toBeUndefined()
  })

  it.each([
    [
      // api-reference/v1.0/resources/printoperation.md, microsoftgraph/microsoft-graph-docs-contrib@219d950689c6b09441027b7629a755492d54b4ad
      'Represents a long-running Universal Print operation. Base class for operation types such as [printerCreateOperation](printercreateoperation.md).',
      ['printerCreateOperation'],
    ],
    [
      // api-reference/v1.0/resources/callrecords-useragent.md, microsoftgraph/microsoft-graph-docs-contrib@31217c08af03de9983117353f859fd0a8048c301
      'Represents the user agent of an endpoint in a call.\nThe [clientUserAgent](callrecords-clientuseragent.md) and\n[serviceUserAgent](callrecords-serviceuseragent.md)) types inherit from this type.',
      ['clientUserAgent', 'serviceUserAgent'],
    ],
    [
      // api-reference/v1.0/resources/accessreviewapplyaction.md, microsoftgraph/microsoft-graph-docs-contrib@0f04ee0298ebd9d55b3f844e29d4b413128967ed
      'In an [accessReviewScheduleDefinition](../resources/accessreviewscheduledefinition.md), the **applyActions** property of [accessReviewScheduleSettings](../resources/accessreviewschedulesettings.md) configures the actions to take on reviewed users after an access review instance is completed. The following derived types are supported:\n\n- [removeAccessApplyAction](../resources/removeaccessapplyaction.md) indicates removing access of an entity being reviewed upon completion of the review.\n\n- [disableAndDeleteUserApplyAction](../resources/disableanddeleteuserapplyaction.md) indicates disabling and deleting the user being reviewed upon completion of the review.',
      ['removeAccessApplyAction', 'disableAndDeleteUserApplyAction'],
    ],
    [
      // api-reference/v1.0/resources/educationassignmentrecipient.md, microsoftgraph/microsoft-graph-docs-contrib@028b8e354879f1054adbd96bfa8d16fff4330811
      'The [educationAssignmentClassRecipient](educationassignmentclassrecipient.md) and [educationAssignmentIndividualRecipient](educationassignmentindividualrecipient.md) resources are subclasses of this superclass.',
      ['educationAssignmentClassRecipient', 'educationAssignmentIndividualRecipient'],
    ],
    [
      // api-reference/v1.0/resources/accessreviewapplyaction.md (test/fixtures/real-trees/graph-v1.0-2020):
      // what follows "base class for" says where the links stand, not that they derive from it.
      'Represents a base class for apply actions in the [accessReviewScheduleSettings](accessreviewschedulesettings.md) of an [accessReviewScheduleDefinition](accessreviewscheduledefinition.md). Supported derived types:',
      [],
    ],
    [
      // The list follows only a clause that ends in the colon: not one a period closed before it.
      'The following derived types are supported. See them below:\n\n- [removeAccessApplyAction](../resources/removeaccessapplyaction.md) removes access.',
      [],
    ],
    [
      // A long repeat of the phrase with no colon (read in linear time).
      `${'The following derived types '.repeat(2_000)}and more:\n\n- [removeAccessApplyAction](../resources/removeaccessapplyaction.md) removes access.`,
      ['removeAccessApplyAction'],
    ],
    [
      // api-reference/v1.0/resources/namedlocation.md: a link in a description names no derived type
      'This is the base class that represents an Azure Active Directory named location, used in a [Conditional Access policy](conditionalaccesspolicy.md).',
      [],
    ],
  ])('reads the derived types a base page names: %s', (paragraph, names) => {
    const text = `---\ndoc_type: resourcePageType\n---\n# x resource type\n\nNamespace: microsoft.graph\n\n${paragraph}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String||\n`
    const type = extractPage('resources/x.md', text).types[0] as ObjectTypeDef
    expect((type.derivedTypes ?? []).map((ref) => (ref.kind === 'named' ? ref.name : ''))).toEqual(names)
  })

  it('reads the derived types a base page lists in a `## Derived types` table', () => {
    // api-reference/v1.0/resources/meetinginfo.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const text = [
      '---\ndoc_type: resourcePageType\n---\n# meetingInfo resource type\n\nNamespace: microsoft.graph\n',
      'This is an abstract class that contains meeting specific information.\n',
      '## Derived types\n',
      '| Type                                              | Description                                                        |',
      '| :------------------------------------------------ | :----------------------------------------------------------------- |',
      '| [organizerMeetingInfo](./organizermeetinginfo.md) | Details about the organizer of the meeting                         |',
      '| [tokenMeetingInfo](tokenmeetinginfo.md)           | An encrypted token that contains the information about the meeting |\n',
      '## JSON representation\n',
      '<!-- {\n  "blockType": "resource",\n  "optionalProperties": [\n\n  ],\n  "@odata.type": "microsoft.graph.meetingInfo"\n}-->\n',
      '```json\n{\n}\n```',
    ].join('\n')
    const type = extractPage('resources/meetinginfo.md', text).types[0] as ObjectTypeDef
    expect(type.derivedTypes).toMatchObject([
      { kind: 'named', name: 'organizerMeetingInfo', target: 'resources/organizermeetinginfo.md' },
      { kind: 'named', name: 'tokenMeetingInfo', target: 'resources/tokenmeetinginfo.md' },
    ])
  })

  it('types a property whose Type cell offers alternatives as the JSON representation declares it', () => {
    // api-reference/v1.0/resources/call.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const text = [
      '---\ndoc_type: resourcePageType\n---\n# call resource type\n\nNamespace: microsoft.graph\n',
      '## Properties\n',
      '| Property    | Type                                                                                                       | Description                                                    |',
      '| :---------- | :--------------------------------------------------------------------------------------------------------- | :------------------------------------------------------------- |',
      '| chatInfo    | [chatInfo](chatinfo.md)                                                                                    | The chat information.                                          |',
      '| mediaConfig | [appHostedMediaConfig](apphostedmediaconfig.md) or [serviceHostedMediaConfig](servicehostedmediaconfig.md) | The media configuration. Required.                             |',
      "| meetingInfo | [organizerMeetingInfo](organizermeetinginfo.md) or [tokenMeetingInfo](tokenmeetinginfo.md)                 | The meeting information that's required for joining a meeting. |\n",
      '## JSON representation\n',
      '<!-- {\n  "blockType": "resource",\n  "keyProperty":"id",\n  "@odata.type": "microsoft.graph.call"\n}-->\n',
      '```json\n{\n  "chatInfo": {"@odata.type": "#microsoft.graph.chatInfo"},',
      '  "mediaConfig": {"@odata.type": "#microsoft.graph.mediaConfig"},',
      '  "meetingInfo": {"@odata.type": "#microsoft.graph.meetingInfo"},  ',
      '  "transcription": {"@odata.type": "#microsoft.graph.callTranscriptionInfo"}\n}\n```',
    ].join('\n')
    const type = extractPage('resources/call.md', text).types[0] as ObjectTypeDef
    const named = (name: string) => {
      const ref = type.properties.find((property) => property.name === name)?.type
      return ref?.kind === 'named' ? ref.name : ref?.kind
    }
    expect([named('chatInfo'), named('mediaConfig'), named('meetingInfo')]).toEqual([
      'chatInfo',
      'microsoft.graph.mediaConfig',
      'microsoft.graph.meetingInfo',
    ])
  })

  it('names a property as the JSON representation spells it where the table differs only in case', () => {
    // api-reference/v1.0/resources/commsoperation.md, microsoftgraph/microsoft-graph-docs-contrib@028b8e354879f1054adbd96bfa8d16fff4330811
    const text = [
      '---\ndoc_type: resourcePageType\n---\n# commsOperation resource type\n\nNamespace: microsoft.graph\n',
      '## Properties\n',
      '| Property           | Type                        | Description                                                                     |',
      '| :----------------- | :-------------------------- | :-------------------------------------------------------------------------------|',
      '| clientContext      | String                      | Unique Client Context string. Max limit is 256 chars.                           |',
      '| ID                 | String                      | The operation ID. Read-only.                                                    |',
      '\n## JSON representation\n',
      '<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.commsOperation",\n  "baseType": "microsoft.graph.entity"\n}-->',
      '```json\n{\n  "clientContext": "String",\n  "id": "String (identifier)"\n}\n```\n',
    ].join('\n')
    const type = extractPage('resources/commsoperation.md', text).types[0] as ObjectTypeDef
    expect(type.properties.map((property) => [property.name, property.readOnly])).toEqual([
      ['clientContext', false],
      ['id', true],
    ])
  })

  // resources/commsoperation.md and approle.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
  it.each([
    [
      'an id the service assigns (Read-only) makes an entity',
      '| id            | String                      | The operation ID. Read-only.                                                    |',
      'entity',
    ],
    [
      'an id the caller sets keeps a complex type',
      '| id                 | Guid              | Unique role identifier inside the **appRoles** collection. When creating a new app role, a new Guid identifier must be provided. |',
      'complex',
    ],
  ])('%s', (_name, row, kind) => {
    const text = `---\ndoc_type: resourcePageType\n---\n\n# x resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property      | Type | Description |\n| :------------ | :--- | :---------- |\n${row}\n\n## Relationships\n\nNone\n`
    expect((extractPage('resources/x.md', text).types[0] as ObjectTypeDef).kind).toBe(kind)
  })

  it('reads a type with a Relationships row as an entity, without Methods or an id', () => {
    // api-reference/v1.0/resources/externalconnectors-externalactivity.md, microsoftgraph/microsoft-graph-docs-contrib@3671d18043a2a19cf98c456aea50d6b8e5861ab5
    const text = [
      '# externalActivity resource type\n\nNamespace: microsoft.graph.externalConnectors\n',
      '## Methods\n\nNone.\n',
      '## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|startDateTime|DateTimeOffset|The date and time when the particular activity occurred.|\n',
      '## Relationships\n\n|Relationship|Type|Description|\n|:---|:---|:---|\n|performedBy|[microsoft.graph.externalConnectors.identity](../resources/externalconnectors-identity.md)|Represents an identity used to identify who is responsible for the activity.|\n',
    ].join('\n')
    const kind = (page: string) => (extractPage('resources/x.md', page).types[0] as ObjectTypeDef).kind
    expect(kind(text)).toBe('entity')
    // The same page with `Relationships` = None is a complex type.
    expect(kind(text.replace(/## Relationships[\s\S]*$/, '## Relationships\n\nNone.\n'))).toBe('complex')
  })

  it('reads a type with a Relationships row but no Methods section, beside its properties, as a complex type', () => {
    // api-reference/v1.0/resources/unifiedrolemanagementpolicyruletarget.md (complex in the CSDL), cut short
    const text = [
      '# unifiedRoleManagementPolicyRuleTarget resource type\n\nNamespace: microsoft.graph\n',
      "Defines details of the scope that's targeted by role management policy rule.\n",
      "## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|caller|String|The type of caller that's the target of the policy rule. Allowed values are: `None`, `Admin`, `EndUser`.|\n|level|String|The role assignment type that's the target of policy rule. Allowed values are: `Eligibility`, `Assignment`.\t|\n",
      '## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|\n|targetObjects|[directoryObject](../resources/directoryobject.md) collection| **Not implemented.** The collection of users, groups, and service principals that are in scope of the policy.|\n',
      '## JSON representation\nThe following JSON representation shows the resource type.\n<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.unifiedRoleManagementPolicyRuleTarget"\n}\n-->\n``` json\n{\n  "@odata.type": "#microsoft.graph.unifiedRoleManagementPolicyRuleTarget",\n  "caller": "String",\n  "level": "String"\n}\n```\n',
    ].join('\n')
    const kind = (page: string) => (extractPage('resources/x.md', page).types[0] as ObjectTypeDef).kind
    expect(kind(text)).toBe('complex')
    // A container of relationships only (today's admin.md: Properties None.) is an entity.
    const container = text
      .replace(/## Properties[\s\S]*?(?=## Relationships)/, '## Properties\nNone.\n\n')
      .replace(/,\n {2}"caller"[\s\S]*?\n\}/, '\n}')
    expect(kind(container)).toBe('entity')
  })

  // OneDrive/onedrive-api-docs docs/rest-api/resources/itemReference.md (complex in the CSDL) and
  // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/commsoperation.md (entity)
  it.each([
    ['a read-only id the JSON writes as a plain string keeps a complex type', '"string"', 'complex'],
    ['a read-only id the JSON marks `(identifier)` makes an entity', '"String (identifier)"', 'entity'],
  ])('%s', (_name, placeholder, kind) => {
    const text = [
      '# ItemReference resource type',
      '',
      '<!-- {',
      '  "blockType": "resource",',
      '  "optionalProperties": [ "path", "shareId", "sharepointIds" ],',
      '  "@odata.type": "microsoft.graph.itemReference"',
      '}-->',
      '',
      '```json',
      `{ "driveId": "string", "id": ${placeholder}, "path": "string" }`,
      '```',
      '',
      '## Properties',
      '',
      '| Property      | Type              | Description',
      '|:--------------|:------------------|:-----------------------------------------',
      '| driveId       | String            | Identifier of the drive instance that contains the item. Read-only.',
      '| id            | String            | Identifier of the item in the drive. Read-only.',
      '| path          | String            | Path that can be used to navigate to the item. Read-only.',
      '',
    ].join('\n')
    expect((extractPage('resources/itemReference.md', text).types[0] as ObjectTypeDef).kind).toBe(kind)
  })

  // microsoftgraph/microsoft-graph-docs@5ff7de3768d1ee07202235b28c71901f071bfab7, resources/approleassignment.md
  // (an entity in the CSDL): no Methods table and a plain `"id": "string"`, but its row calls the id the key.
  it('takes a read-only id whose row says `Key` as the key, whatever the JSON writes', () => {
    const text = [
      '# appRoleAssignment resource type',
      '',
      'Namespace: microsoft.graph',
      '',
      '## Properties',
      '',
      '| Property             | Type           | Description |',
      '| :------------------- | :------------- | :---------- |',
      '| id                   | String         | A unique identifier for the **appRoleAssignment** Key. Not nullable. Read-only. |',
      '| principalType        | String         | The type of the assigned principal. This can either be "User", "Group" or "ServicePrincipal". Read-only. Does not support `$filter`. |',
      '',
      '## JSON representation',
      '',
      '<!-- {\n  "blockType": "resource",\n  "optionalProperties": [\n\n  ],\n  "@odata.type": "microsoft.graph.appRoleAssignment"\n}-->',
      '',
      '```json\n{\n  "id": "string",\n  "principalType": "string"\n}\n```',
    ].join('\n')
    expect((extractPage('resources/approleassignment.md', text).types[0] as ObjectTypeDef).kind).toBe(
      'entity',
    )
  })

  // OneDrive/onedrive-api-docs docs/rest-api/resources/quota.md
  it('reads a methods table headed Common task, under Methods or a Tasks heading', () => {
    // OneDrive/onedrive-api-docs: api-reference/resources/drive.md and driveitemversion.md.
    const page = (heading: string) =>
      [
        '# DriveItemVersion resource type',
        '',
        `## ${heading}`,
        '',
        '|            Common task             |         HTTP method         |',
        '| :--------------------------------- | :-------------------------- |',
        '| [List versions][version-list]      | `GET /drive/items/{item-id}/versions`  |',
        '| [Restore version][version-restore] | `POST /drive/items/{item-id}/versions/{version-id}/restore` |',
        '',
        '## JSON representation',
        '',
        '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.driveItemVersion" } -->',
        '```json',
        '{ "id": "string", "size": 12356 }',
        '```',
        '',
        '## Properties',
        '',
        '| Property | Type  | Description |',
        '|:---------|:------|:------------|',
        '| id       | string | The ID of the version. Read-only. |',
        '| size     | Int64  | Indicates the size of the content stream for this version of the item. |',
        '',
        '[version-list]: ../api/driveitem_list_versions.md',
        '[version-restore]: ../api/driveitemversion_restore.md',
        '',
      ].join('\n')
    for (const heading of ['Methods', 'Tasks on DriveItemVersion resources']) {
      const [type] = extractPage('resources/driveitemversion.md', page(heading)).types as ObjectTypeDef[]
      expect(type?.methods.map((method) => [method.title, method.target])).toEqual([
        ['List versions', 'api/driveitem_list_versions.md'],
        ['Restore version', 'api/driveitemversion_restore.md'],
      ])
      expect(type?.kind).toBe('entity')
    }
  })

  it('reads a values table named after a String property as its values, not as an enum type', () => {
    const page = (type: string) =>
      [
        '# Quota resource type',
        '',
        '<!-- { "blockType": "resource", "optionalProperties": [ ], "@odata.type": "microsoft.graph.quota" }-->',
        '',
        '```json',
        '{ "state": "normal | nearing | critical | exceeded", "total": 1024 }',
        '```',
        '',
        '## Properties',
        '',
        '| Property name | Type   | Description                                                                 |',
        '|:--------------|:-------|:----------------------------------------------------------------------------|',
        '| total         | Int64  | Total allowed storage space, in bytes. Read-only.                           |',
        `| state         | ${type} | Enumeration value that indicates the state of the storage space. Read-only. |`,
        '',
        '## State Enumeration',
        '',
        '| Value      | Description                                            |',
        '|:-----------|:-------------------------------------------------------|',
        '| `normal`   | The drive has plenty of remaining quota left.          |',
        '| `nearing`  | Remaining quota is less than 10% of total quota space. |',
        '',
      ].join('\n')
    const kinds = (type: string) => extractPage('resources/quota.md', page(type)).types.map((t) => t.kind)
    expect(kinds('string')).toEqual(['complex'])
    expect(kinds('state')).toEqual(['complex', 'enum'])
  })

  it('reads enums from `### x values` sections and several enums on one page', () => {
    const text = [
      '---',
      'doc_type: enumPageType',
      '---',
      '# External connectors enum values',
      '',
      'Namespace: microsoft.graph.externalConnectors',
      '',
      '### accessType values',
      '',
      '| Member',
      '|:----',
      '| grant',
      '| deny',
      '',
      '### aclType values',
      '',
      '| Member',
      '|:----',
      '| user',
    ].join('\n')
    const page = extractPage('resources/enums-externalconnectors.md', text)
    expect(
      page.types.map((t) => [t.qualifiedName, t.kind === 'enum' ? t.members.map((m) => m.name) : []]),
    ).toEqual([
      ['microsoft.graph.externalConnectors.accessType', ['grant', 'deny']],
      ['microsoft.graph.externalConnectors.aclType', ['user']],
    ])
  })

  it('reads enums headed `### x enumeration` and values from `Int value` or a second Member column', () => {
    const text = [
      '---',
      'doc_type: enumPageType',
      '---',
      '# Enum values',
      '',
      'Namespace: microsoft.graph',
      '',
      '### retrievalEntityType enumeration',
      '',
      '| Value                |',
      '|:---------------------|',
      '| `site`               |',
      '| `unknownFutureValue` |',
      '',
      '### chatMessagePolicyViolationUserActionType values',
      '',
      '| Member              | Int value | Description |',
      '| ------------------- | --------- | ----------- |',
      '| None                | 0         | Default value. |',
      '| Override            | 1         | Sender has overridden the message verdict. |',
      '',
      '### userAccountSecurityType values',
      '',
      '| Member        | Member | Description                     |',
      '| ------------- | ------ | ------------------------------- |',
      '| unknown       | -1     | Unknown.                        |',
      '| standard      | 0      | Member of Standard Users group. |',
    ].join('\n')
    const page = extractPage('resources/enums.md', text)
    expect(
      page.types.map((t) => [t.name, t.kind === 'enum' ? t.members.map((m) => [m.name, m.value]) : []]),
    ).toEqual([
      [
        'retrievalEntityType',
        [
          ['site', undefined],
          ['unknownFutureValue', undefined],
        ],
      ],
      [
        'chatMessagePolicyViolationUserActionType',
        [
          ['None', 0],
          ['Override', 1],
        ],
      ],
      [
        'userAccountSecurityType',
        [
          ['unknown', -1],
          ['standard', 0],
        ],
      ],
    ])
  })

  it('reports a table row with extra cells and keeps the description whole', () => {
    const text =
      '---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|fileName|String|Payload file name (*.mobileconfig | *.xml).|\n'
    const page = extractPage('resources/x.md', text)
    const type = page.types[0] as ObjectTypeDef
    expect(type.properties[0]?.description).toBe('Payload file name (*.mobileconfig | *.xml).')
    expect(page.diagnostics.map((d) => [d.code, d.line])).toEqual([['malformed-table', 9]])
  })

  // microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/resources/subscription.md.
  it('keeps a column after the Description out of it, and still joins the cells a pipe split', () => {
    const text =
      '# subscription resource type\n\n## Properties\n| Property | Type | Description | Supported Resources |\n|:--|:--|:--|:--|\n| applicationId | String | Optional. Identifier of the application. Read-only. | All |\n| clientState | String | Optional. A value (a | b). | Universal Print Service |\n'
    const type = extractPage('resources/subscription.md', text).types[0] as ObjectTypeDef
    expect(type.properties.map((p) => p.description)).toEqual([
      'Optional. Identifier of the application. Read-only.',
      'Optional. A value (a | b).',
    ])
  })

  // microsoftgraph/microsoft-graph-docs-contrib, api-reference/beta/resources/
  // intune-shared-devicemanagementscript.md (test/fixtures/real-trees/graph-beta-today).
  it('reads a bold group title between rows as a heading, not as a row of too few cells', () => {
    const { type, findings } = readResource('resources/intune-shared-devicemanagementscript.md', [
      '---\ndoc_type: resourcePageType\n---\n# deviceManagementScript resource type\n\n## Properties',
      '|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Unique Identifier for the device management script.|',
      '\n## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|\n|**Device management**|',
      '|groupAssignments|[deviceManagementScriptGroupAssignment](../resources/intune-devices-devicemanagementscriptgroupassignment.md) collection|The list of group assignments for the device management script.|',
      '|runSummary|[deviceManagementScriptRunSummary](../resources/intune-devices-devicemanagementscriptrunsummary.md)|Run summary for device management script.|',
    ])
    expect(type.properties.map((p) => p.name)).toEqual(['id', 'groupAssignments', 'runSummary'])
    expect(findings.filter(([code]) => code === 'malformed-table')).toEqual([])
    // A row that writes every column is a row, not a title: its missing type is reported.
    const full = readResource('resources/widget.md', [
      '---\ndoc_type: resourcePageType\n---\n# widget resource type\n\n## Properties',
      '|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|**name**|||',
    ])
    expect(full.type.properties.map((p) => p.name)).toEqual(['id', 'name'])
    expect(full.findings).toEqual([['unknown-type-notation', 10]])
  })

  // microsoftgraph/microsoft-graph-docs-contrib, api-reference/beta/resources/
  // appcredentialsigninactivity.md (test/fixtures/real-trees/graph-beta-today): a line break
  // inside a Methods row leaves the rest of its description on a line without the leading pipe.
  it('reads a line that continues the row above as the end of that row, and reports it', () => {
    const { type, findings } = readResource('resources/appcredentialsigninactivity.md', [
      '---\ndoc_type: resourcePageType\n---\n# appCredentialSignInActivity resource type\n\n## Methods\n',
      '| Method | Return Type | Description |',
      '| :----- | :---------- | :---------- |',
      '| [List appCredentialSignInActivity](../api/appcredentialsigninactivity-list.md) | [appCredentialSignInActivity](../resources/appcredentialsigninactivity.md) collection | R',
      'Get a list of [appCredentialSignInActivity](../resources/appcredentialsigninactivity.md) objects that contains recent activity of application credentials.                    |',
      '| [Get appCredentialSignInActivity](../api/appcredentialsigninactivity-get.md)   | [appCredentialSignInActivity](../resources/appcredentialsigninactivity.md)            | Get an [appCredentialSignInActivity](../resources/appcredentialsigninactivity.md) object. |',
      '\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|',
    ])
    expect(type.methods.map((row) => [row.title, row.description])).toEqual([
      [
        'List appCredentialSignInActivity',
        'R Get a list of appCredentialSignInActivity objects that contains recent activity of application credentials.',
      ],
      ['Get appCredentialSignInActivity', 'Get an appCredentialSignInActivity object.'],
    ])
    expect(findings).toEqual([['broken-table-row', 11]])
    // A table written without leading pipes keeps its rows: none continues another.
    const bare = readResource('resources/widget.md', [
      '---\ndoc_type: resourcePageType\n---\n# widget resource type\n\n## Properties',
      'Property|Type|Description\n:---|:---|:---\nid|String|The id.\nname|String|The name.',
    ])
    expect(bare.type.properties.map((p) => p.name)).toEqual(['id', 'name'])
    expect(bare.findings).toEqual([])
    // Prose right under a table whose rows end with their pipe breaks no row: it is not joined.
    const prose = readResource('resources/widget.md', [
      '---\ndoc_type: resourcePageType\n---\n# widget resource type\n\n## Properties',
      '|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\nSee also the widget guide.',
    ])
    expect(prose.type.properties.map((p) => [p.name, p.description])).toEqual([['id', 'The id.']])
    expect(prose.findings).toEqual([['malformed-table', 10]])
  })

  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78,
  // api-reference/v1.0/resources/device.md: a Methods row sits in the Relationships table.
  it('leaves out a row whose name cell is no property name, and reports it', () => {
    const lines = [
      '---\ndoc_type: resourcePageType\n---\n# device resource type\n\n## Properties\n',
      '| Property | Type | Description |',
      '| :------- | :--- | :---------- |',
      '| accountEnabled | Boolean | **true** if the account is enabled; otherwise, **false**. Required. |',
      '\n## Relationships\n',
      '| Relationship | Type | Description |',
      '| :----------- | :--- | :---------- |',
      '| memberOf | [directoryObject](directoryobject.md) collection | Groups that this group is a member of. Read-only. Nullable. |',
      '| [List transitive memberOf](../api/device-list-transitivememberof.md) | [directoryObject](directoryobject.md) collection | List the groups that the device is a member of. This operation is transitive. |',
      '| registeredOwners | [directoryObject](directoryobject.md) collection | The user that cloud joined the device. Read-only. Nullable. |',
    ]
    const { type, findings } = readResource('resources/device.md', lines)
    expect(type.properties.map((p) => p.name)).toEqual(['accountEnabled', 'memberOf', 'registeredOwners'])
    expect(findings).toEqual([['invalid-property-name', 17]])
  })

  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78,
  // api-reference/v1.0/resources/teamfunsettings.md: the Type cell calls the property an enum and names none.
  it('reports a Type cell that says enum and names no enum type, and reads a String', () => {
    const lines = [
      '---\ndoc_type: resourcePageType\n---\n# teamFunSettings resource type\n\n## Properties\n',
      '| Property              | Type          | Description                                                      |',
      '| :-------------------- | :------------ | :--------------------------------------------------------------- |',
      '| allowGiphy            | Boolean       | If set to true, enables Giphy use.                               |',
      '| giphyContentRating    | String (enum) | Giphy content rating. Possible values are: `moderate`, `strict`. |',
    ]
    const { type, findings } = readResource('resources/teamfunsettings.md', lines)
    expect(type.properties[1]).toMatchObject({
      name: 'giphyContentRating',
      type: { kind: 'primitive', name: 'String' },
      possibleValues: ['moderate', 'strict'],
    })
    expect(findings).toEqual([['unnamed-enum', 11]])
  })

  // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78, resources/invitation.md:
  // the header writes a fourth, unnamed column, and every row fills it.
  it('reads a table whose rows fill the empty column the header writes, without a finding', () => {
    const text = [
      '---\ndoc_type: resourcePageType\n---\n# invitation resource type\n\n## Properties\n',
      '| Property                | Type   | Description                                                    |     |',
      '| :---------------------- | :----- | :------------------------------------------------------------- | :-- |',
      '| invitedUserDisplayName  | String | The display name of the user being invited.                    |     |',
      '| inviteRedeemUrl         | String | The URL the user can use to redeem their invitation. Read-only | .   |',
    ].join('\n')
    const page = extractPage('resources/invitation.md', text)
    const type = page.types[0] as ObjectTypeDef
    expect(type.properties.map((p) => [p.name, p.description, p.readOnly])).toEqual([
      ['invitedUserDisplayName', 'The display name of the user being invited.', false],
      ['inviteRedeemUrl', 'The URL the user can use to redeem their invitation. Read-only', true],
    ])
    expect(page.diagnostics).toEqual([])
  })

  // microsoftgraph/microsoft-graph-docs-contrib@10f12ad4f6f53d782efe1fc0cef3573d2a228b99,
  // api-reference/v1.0/resources/externalconnectors-externalgroup.md: a misspelt `collection`.
  it('reports a word after a linked type that the notation does not know', () => {
    const text = [
      '---\ndoc_type: resourcePageType\n---\n# externalGroup resource type\n\nNamespace: microsoft.graph.externalConnectors\n',
      '## Properties\n',
      '| Property | Type   | Description |',
      '|:---------|:-------|:------------|',
      '| id       | String | The unique ID of the external group within a connection. |\n',
      '## Relationships\n',
      '| Relationship | Type | Description |',
      '|:-------------|:-----|:------------|',
      '| members      | [microsoft.graph.externalConnectors.identity](../resources/externalconnectors-identity.md) collectionn | A member added to an **externalGroup**. |',
      '| owner        | [identity](../resources/externalconnectors-identity.md) resource | The owner. |',
    ].join('\n')
    const page = extractPage('resources/externalconnectors-externalgroup.md', text)
    const type = page.types[0] as ObjectTypeDef
    expect(type.properties.map((p) => [p.name, p.collection])).toEqual([
      ['id', false],
      ['members', false],
      ['owner', false],
    ])
    expect(page.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'unknown-type-notation',
        18,
        'Unexpected "collectionn" after the type of property members, expected `collection` or nothing; read as a single microsoft.graph.externalConnectors.identity',
      ],
    ])
  })

  it('keeps text written in the stray column, and reports the row', () => {
    const text = [
      '---\ndoc_type: resourcePageType\n---\n# invitation resource type\n\n## Properties\n',
      '| Property | Type   | Description    |     |',
      '| :------- | :----- | :------------- | :-- |',
      '| name     | String | The name.      | Read-only. |',
      '| other    | String | Other a        | b   |',
    ].join('\n')
    const page = extractPage('resources/invitation.md', text)
    const type = page.types[0] as ObjectTypeDef
    expect(type.properties.map((p) => [p.name, p.description, p.readOnly])).toEqual([
      ['name', 'The name. | Read-only.', true],
      ['other', 'Other a | b', false],
    ])
    expect(page.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['malformed-table', 10],
      ['malformed-table', 11],
    ])
  })

  it('marks the properties whose JSON representation says `"url"` as absolute URLs', () => {
    const text = [
      '# x resource type',
      '## Properties',
      '|Property|Type|Description|',
      '|:--|:--|:--|',
      '|webUrl|String|The page in a browser.|',
      '|name|String|The name.|',
      '## JSON representation',
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->',
      '```json',
      '{ "webUrl": "url", "name": "String", "notificationUrl": "String (url)", "mirrors": ["url"] }',
      '```',
    ].join('\n')
    const type = extractPage('resources/x.md', text).types[0] as ObjectTypeDef
    expect(type.properties.map((p) => [p.name, p.collection, p.format])).toEqual([
      ['webUrl', false, 'url'],
      ['name', false, undefined],
      ['notificationUrl', false, 'url'],
      ['mirrors', true, 'url'],
    ])
  })

  it('reads `"nullableProperties"`: the listed may be null, the others not, unless the table says', () => {
    const text = [
      '# x resource type',
      '## Properties',
      '|Property|Type|Description|',
      '|:--|:--|:--|',
      '|phone|String|The phone.|',
      '|rating|Int32|The rating.|',
      '|name|String|The name. Nullable.|',
      '## Relationships',
      '|Relationship|Type|Description|',
      '|:--|:--|:--|',
      '|depot|[depot](depot.md)|Where it works.|',
      '## JSON representation',
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x", "nullableProperties": ["phone"] } -->',
      '```json',
      '{ "phone": "String", "rating": 1, "name": "String" }',
      '```',
    ].join('\n')
    const type = extractPage('resources/x.md', text).types[0] as ObjectTypeDef
    expect(type.properties.map((p) => [p.name, p.nullable])).toEqual([
      ['phone', true],
      ['rating', false],
      ['name', true],
      ['depot', undefined],
    ])
  })

  it('takes an "Inherits from" link whose prose text links the annotated base page as agreeing with it', () => {
    // api-reference/v1.0/resources/applicationenforcedrestrictionssessioncontrol.md,
    // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    const text = [
      '---\ndoc_type: "resourcePageType"\n---\n',
      '# applicationEnforcedRestrictionsSessionControl resource type\n\nNamespace: microsoft.graph\n',
      'Session control to enforce application restrictions. Inherits from [Conditional Access Session Control](conditionalaccesssessioncontrol.md).\n',
      '## Properties\n\n| Property  | Type    | Description                                              |\n| :-------- | :------ | :------------------------------------------------------- |\n| isEnabled | Boolean | Specifies whether the session control is enabled or not. |\n',
      '## JSON representation\n\n<!-- {\n  "blockType": "resource",\n  "optionalProperties": [\n\n  ],\n  "@odata.type": "microsoft.graph.applicationEnforcedRestrictionsSessionControl",\n  "baseType": "microsoft.graph.conditionalAccessSessionControl"\n}-->\n\n```json\n{\n  "isEnabled": true\n}\n```\n',
    ].join('\n')
    const type = extractPage('resources/applicationenforcedrestrictionssessioncontrol.md', text)
      .types[0] as ObjectTypeDef
    expect(type.baseType).toMatchObject({ name: 'microsoft.graph.conditionalAccessSessionControl' })
    expect(type).not.toHaveProperty('statedBaseType')
  })

  it('takes a keyProperty naming no property as no key, unless the type is abstract', () => {
    // api-reference/v1.0/resources/shiftitem.md, microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78
    // (a complex type in the CSDL; no `id`, no Methods)
    const shiftItem = [
      '---\ndoc_type: resourcePageType\n---\n',
      '# shiftItem resource type\n\nNamespace: microsoft.graph\n\nRepresents a version of a [shift](shift.md).\n',
      '## Properties\n\n| Property      | Type                                         | Description |\n| ------------- | -------------------------------------------- | ----------- |\n| notes         | string                                       | The shift notes for the `shiftItem`. |\n| activities    | [shiftActivity](shiftactivity.md) collection | An incremental part of a shift. Required. |\n',
      '## JSON representation\n\nHere is a JSON representation of the resource.\n\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.shiftItem"\n}-->\n\n```json\n{\n  "notes": "String",\n  "activities": [{"@odata.type": "microsoft.graph.shiftActivity"}]\n}\n```\n',
    ].join('\n')
    expect(extractPage('resources/shiftitem.md', shiftItem).types[0]?.kind).toBe('complex')
    // api-reference/beta/resources/identitygovernance-workflowbase.md,
    // microsoftgraph/microsoft-graph-docs-contrib@01015ffbc5211798e4ed10e1cff93ae019a4fb13: its derived types hold the key.
    const workflowBase = shiftItem
      .replace('# shiftItem', '# workflowBase')
      .replace(
        'Represents a version of a [shift](shift.md).',
        'An abstract type that exposes the properties for configuring a custom lifecycle workflow.',
      )
      .replace('microsoft.graph.shiftItem', 'microsoft.graph.workflowBase')
    expect(extractPage('resources/workflowbase.md', workflowBase).types[0]?.kind).toBe('entity')
  })

  it('reads a type as open when its header says so, and takes no properties from its example JSON', () => {
    // api-reference/v1.0/resources/callrecords-feedbacktokenset.md, microsoftgraph/microsoft-graph-docs@5ff7de3768d1ee07202235b28c71901f071bfab7
    const text = [
      '---\ndoc_type: "resourcePageType"\n---\n',
      '# feedbackTokenSet resource type\n\nNamespace: microsoft.graph.callRecords\n',
      'This is an _open type_ that represents the set of feedback tokens provided by the user of this endpoint for the Session. This is a set of Boolean properties.\n',
      '## Properties\n\nExplicit property names will not be documented since the feedback token names can change, hence this is an [open type](/aspnet/web-api/overview/odata-support-in-aspnet-web-api/odata-v4/use-open-types-in-odata-v4).\n',
      '## JSON representation\n\n<!-- {\n  "blockType": "resource",\n  "optionalProperties": [\n\n  ],\n  "@odata.type": "microsoft.graph.callRecords.feedbackTokenSet",\n  "baseType": null\n}-->\n\n```json\n{\n  "DistortedSpeech": true,\n  "Echo": false\n}\n```\n',
    ].join('\n')
    const type = extractPage('resources/callrecords-feedbacktokenset.md', text).types[0] as ObjectTypeDef
    expect(type.openType).toBe(true)
    // With no Properties table, its JSON representation shows example tokens, not properties.
    expect(type.properties).toEqual([])
  })

  it('reads a resource annotation written in JSON5, with a bare key and single quotes', () => {
    const text =
      "# x resource type\n\n<!-- { blockType: 'resource', '@odata.type': 'microsoft.graph.gizmo', keyProperty: 'id' } -->\n```json\n{ \"id\": \"String\" }\n```\n"
    const type = extractPage('resources/x.md', text).types[0] as ObjectTypeDef
    expect([type.qualifiedName, type.kind]).toEqual(['microsoft.graph.gizmo', 'entity'])
  })

  it('reads a type as abstract when its header says so, in a sentence or an alert', () => {
    const page = (head: string) =>
      `# x resource type\n\nNamespace: microsoft.graph\n\n${head}\n\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`
    const abstract = (head: string) =>
      (extractPage('resources/x.md', page(head)).types[0] as ObjectTypeDef).abstract
    // microsoft-graph-docs-contrib api-reference/v1.0/resources/protectionunitbase.md
    expect(abstract('Represents a site, drive, or mailbox.\n\nThis resource is an abstract type.')).toBe(true)
    // microsoft-graph-docs-contrib api-reference/v1.0/resources/virtualevent.md
    expect(abstract('Represents an abstract base type for a virtual event.')).toBe(true)
    expect(
      abstract(
        "> [!TIP]\n> This is an abstract type and can't be used directly. Use the derived types instead.",
      ),
    ).toBe(true)
    // microsoft-graph-docs-contrib api-reference/v1.0/resources/iprange.md
    expect(
      abstract(
        'An IP range abstract type from which the [iPv4CidrRange](ipv4cidrrange.md) resource types are derived.',
      ),
    ).toBe(true)
    // microsoft-graph-docs-contrib@028b8e354879f1054adbd96bfa8d16fff4330811,
    // api-reference/v1.0/resources/security-datasourcecontainer.md
    expect(
      abstract(
        'Base class for the [eDiscoveryCustodian](../resources/security-ediscoverycustodian.md) and [eDiscoveryNonCutodialDataSource](../resources/security-ediscoverynoncustodialdatasource.md) resources.\n\nThe type is an abstract type.',
      ),
    ).toBe(true)
    // microsoft-graph-docs-contrib@09455a65abde17103c17fc70605c4c8553f01978,
    // api-reference/v1.0/resources/identitygovernance-workflowexecutionconditions.md
    expect(
      abstract(
        'Execution conditions define when a workflow will run and rules that identify the users that are the target of the workflow. The following types are derived from this abstract type:\n+ [onDemandExecutionOnly](../resources/identitygovernance-ondemandexecutiononly.md)\n+ [triggerAndScopeBasedConditions](../resources/identitygovernance-triggerandscopebasedconditions.md)',
      ),
    ).toBe(true)
    // microsoft-graph-docs api-reference/v1.0/resources/opentypeextension.md: another type is abstract
    expect(
      abstract(
        'Any open extension shows up in the **extensions** navigation property, which is derived from the [extension](extension.md) abstract type.',
      ),
    ).toBe(false)
    // A derived page naming its base abstract is not abstract itself.
    expect(abstract('Inherits from [baseItem](baseitem.md). The baseItem is an abstract type.')).toBe(false)
    // Not a sentence about abstract types, nor one naming another type abstract after its first words
    // (today's customextensionauthenticationconfiguration.md, its lead "Abstract base type that" left out).
    expect(abstract('Abstract types have no instances of their own.')).toBe(false)
    expect(
      abstract(
        'Exposes the configuration for the **authenticationConfiguration** property of the derived types that inherit from the [customCalloutExtension](customcalloutextension.md) abstract type.',
      ),
    ).toBe(false)
  })

  it('reads a header sentence led by "Abstract base type" as calling the type abstract', () => {
    // today's microsoft-graph-docs-contrib api-reference/v1.0/resources/bookingcustomerbase.md
    const file = 'resources/bookingcustomerbase.md'
    const title = '# bookingCustomerBase resource type'
    const namespace = 'Namespace: microsoft.graph'
    const sentence = 'Abstract base type for Bookings customers.'
    const rest = [
      '',
      'Base type of [bookingCustomer](bookingcustomer.md)',
      '',
      '## Properties',
      '|Property|Type|Description|',
      '|:---|:---|:---|',
      '|id|String|ID of the customer. Inherited from [entity](../resources/entity.md).|',
    ]
    expect(readResource(file, [title, '', namespace, '', sentence, ...rest]).type.abstract).toBe(true)
    // The same with the `Namespace:` line in the sentence's paragraph.
    expect(readResource(file, [title, namespace, sentence, ...rest]).type.abstract).toBe(true)
  })

  it('takes the lowerCamel name its title writes where the annotation capitalises it, and reports it', () => {
    // microsoftgraph/microsoft-graph-docs@791677a135b4b55d2913a40bde85ee47dcb80a78,
    // api-reference/v1.0/resources/identityprovider.md
    const identityProvider = readResource('resources/identityprovider.md', [
      '# identityProvider resource type',
      '',
      'Namespace: microsoft.graph',
      '',
      '## JSON representation',
      '',
      '<!-- {',
      '  "blockType": "resource",',
      '  "@odata.type": "microsoft.graph.IdentityProvider"',
      '} -->',
      '',
      '```json',
      '{',
      '    "id": "String",',
      '    "clientId": "String"',
      '}',
      '```',
    ])
    expect(identityProvider.type.qualifiedName).toBe('microsoft.graph.identityProvider')
    expect(identityProvider.findings).toEqual([['type-name-case', 12]])
    // api-reference/v1.0/resources/contract.md, same commit: a title capitalised as a heading
    // leaves the annotation's lowerCamel name.
    const contract = readResource('resources/contract.md', [
      '# Contract resource type',
      '',
      '<!--{',
      '  "blockType": "resource",',
      '  "@odata.type": "microsoft.graph.contract"',
      '}-->',
      '',
      '```json',
      '{ "id": "String (identifier)" }',
      '```',
    ])
    expect([contract.type.qualifiedName, contract.findings]).toEqual(['microsoft.graph.contract', []])
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/recurrencerange.md
    // (no front matter, no Namespace line), shortened: an annotation all in lower case.
    const recurrenceRange = readResource('resources/recurrencerange.md', [
      '# recurrenceRange resource type',
      '',
      'The duration of an event.',
      '',
      '<!-- {',
      '  "blockType": "resource",',
      '  "@odata.type": "microsoft.graph.recurrencerange"',
      '}-->',
      '',
      '```json',
      '{ "endDate": "String (timestamp)" }',
      '```',
    ])
    expect(recurrenceRange.type.qualifiedName).toBe('microsoft.graph.recurrenceRange')
    expect(recurrenceRange.findings).toEqual([['type-name-case', 10]])
  })

  it('reads the Properties table under a heading that names the type first', () => {
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/operationerror.md
    // at 028b8e354879f1054adbd96bfa8d16fff4330811 (shortened)
    const { type, findings } = readResource('resources/operationerror.md', [
      '# operationError resource type',
      '',
      'Namespace: microsoft.graph',
      '',
      '## operationError Properties',
      '| Property\t   | Type\t|Description|',
      '|:---------------|:--------|:----------|',
      '|code|string (readonly)|Operation error code.|',
      '|message|string (readonly)|Operation error message.|',
      '',
      '## JSON representation',
      '',
      '<!-- {',
      '  "blockType": "resource",',
      '  "@odata.type": "microsoft.graph.operationError"',
      '}-->',
      '',
      '```json',
      '{',
      '    "code": "TeamUnavailable",',
      '    "message": "The team was not found."',
      '}',
      '```',
    ])
    expect(type.properties.map((p) => [p.name, p.description, p.readOnly, p.position?.line])).toEqual([
      ['code', 'Operation error code.', true, 8],
      ['message', 'Operation error message.', true, 9],
    ])
    expect(findings).toEqual([])
  })

  it('reads a table headed Navigation as navigation properties, whatever its heading', () => {
    // MicrosoftDocs/dynamics365smb-devitpro-pb dev-itpro/api-reference/v2.0/resources/dynamics_customerFinancialDetail.md
    // at 069ea8efd40206a647f833acc1f9c0760638aaca (shortened)
    const { type, findings } = readResource('resources/dynamics_customerFinancialDetail.md', [
      '# customerFinancialDetail resource type',
      '',
      '## Navigation',
      '',
      '| Navigation |Return Type| Description |',
      '|:----------|:----------|:-----------------|',
      '|[customer](dynamics_customer.md)|customer |Gets the customer of the customerFinancialDetail.|',
      '',
      '## Properties',
      '',
      '| Property           | Type   |Description     |',
      '|:-------------------|:-------|:---------------|',
      '|id|GUID|The unique ID of the customer financial detail. Non-editable.|',
    ])
    expect(type.kind).toBe('entity')
    expect(type.properties.map((p) => [p.name, p.relationship, p.type])).toEqual([
      // The type's page is the one the name cell links.
      ['customer', true, { kind: 'named', name: 'customer', target: 'resources/dynamics_customer.md' }],
      ['id', false, { kind: 'primitive', name: 'Guid' }],
    ])
    expect(findings).toEqual([])
  })
})
