import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ObjectTypeDef } from '../../src/model.js'

const resource = (name: string, rows: string, extra = '') =>
  `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n\n${extra}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n${rows}\n`

describe('link', () => {
  it('resolves by link target first, then by name, and merges a type spread over pages', () => {
    const model = buildModel([
      {
        file: 'resources/chart.md',
        text: resource('workbookChart', '|fill|[WorkbookChartFill](chartfill.md)||'),
      },
      { file: 'resources/chartfill.md', text: resource('workbookChartFill', '|color|String||') },
      { file: 'resources/a.md', text: resource('deviceManagement', '|a|String||') },
      { file: 'resources/b.md', text: resource('deviceManagement', '|b|Int32||') },
    ])
    const chart = model.types['microsoft.graph.workbookChart'] as ObjectTypeDef
    expect(chart.properties[0]?.type).toMatchObject({ resolved: 'microsoft.graph.workbookChartFill' })
    const merged = model.types['microsoft.graph.deviceManagement'] as ObjectTypeDef
    expect(merged.properties.map((p) => p.name)).toEqual(['a', 'b'])
    expect(merged.files).toEqual(['resources/a.md', 'resources/b.md'])
  })

  it('merges an enum listed on two pages: members once, each with the description a page gives', () => {
    // Today's docs list `wellknownListName` bare in `resources/enums.md` and with descriptions in
    // `### wellknownListName values` of the todoTaskList page.
    const model = buildModel([
      {
        file: 'resources/enums.md',
        text: '---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### wellknownListName values\n\n| Member |\n| ----------------------- |\n| none |\n| defaultList |\n| flaggedEmails |\n| unknownFutureValue |\n',
      },
      {
        file: 'resources/todotasklist.md',
        text: resource(
          'todoTaskList',
          '|wellknownListName|[wellknownListName](#wellknownlistname-values)|Property indicating the list name.|',
          '',
        ).concat(
          '\n### wellknownListName values\n\n| Member | Description |\n|:---|:---|\n| none | User created list. |\n| defaultList | Built-in Tasks list. |\n',
        ),
      },
    ])
    const type = model.types['microsoft.graph.wellknownListName']
    expect(type?.kind === 'enum' && type.members.map((member) => [member.name, member.description])).toEqual([
      ['none', 'User created list.'],
      ['defaultList', 'Built-in Tasks list.'],
      ['flaggedEmails', ''],
      ['unknownFutureValue', ''],
    ])
  })

  it('keeps the members another page lists before the unknownFutureValue sentinel before it', () => {
    const enumPage = (name: string, rows: string[]) =>
      `---\ndoc_type: enumPageType\n---\n# ${name} enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n|Member|Description|\n|:---|:---|\n${rows.map((row) => `|${row}||`).join('\n')}\n`
    const model = buildModel([
      {
        file: 'resources/accesspackageassignmentrequestfilterbycurrentuseroptions.md',
        text: enumPage('accessPackageAssignmentRequestFilterByCurrentUserOptions', [
          'target',
          'createdBy',
          'unknownFutureValue',
          'targetManager',
        ]),
      },
      {
        file: 'resources/enums.md',
        text: '---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### accessPackageAssignmentRequestFilterByCurrentUserOptions values\n\n| Member |\n| ------------------ |\n| target |\n| createdBy |\n| approver |\n| unknownFutureValue |\n',
      },
    ])
    const type = model.types['microsoft.graph.accessPackageAssignmentRequestFilterByCurrentUserOptions']
    expect(type?.kind === 'enum' && type.members.map((member) => member.name)).toEqual([
      'target',
      'createdBy',
      'approver',
      'unknownFutureValue',
      'targetManager',
    ])
  })

  it('merges an enum the same whichever page comes first, with or without the sentinel', () => {
    const enumPage = (name: string, rows: string[]) =>
      `---\ndoc_type: enumPageType\n---\n# ${name} enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n|Member|Description|\n|:---|:---|\n${rows.map((row) => `|${row}||`).join('\n')}\n`
    // Pages merge in file order: each of the two pages first in turn.
    const pages = (sentinelFirst: boolean) => [
      {
        file: sentinelFirst ? 'resources/a.md' : 'resources/b.md',
        text: enumPage('shelfState', ['open', 'closed', 'unknownFutureValue']),
      },
      {
        file: sentinelFirst ? 'resources/b.md' : 'resources/a.md',
        text: enumPage('shelfState', ['open', 'closed', 'archived']),
      },
    ]
    const membersOf = (model: ReturnType<typeof buildModel>) => {
      const type = model.types['microsoft.graph.shelfState']
      return type?.kind === 'enum' ? type.members.map((member) => member.name) : []
    }
    const expected = ['open', 'closed', 'archived', 'unknownFutureValue']
    expect(membersOf(buildModel(pages(true)))).toEqual(expected)
    expect(membersOf(buildModel(pages(false)))).toEqual(expected)
  })

  it("reads a bare enum name of another namespace's page in that namespace where its values differ", () => {
    // A `microsoft.graph.security` page's `alertSeverity`, and the Enum values page's own.
    const model = buildModel([
      {
        file: 'resources/security-incident.md',
        text: resource(
          'incident',
          '|severity|alertSeverity|Possible values are: `unknown`, `low`, `high`, `unknownFutureValue`.|\n|status|alertStatus|Possible values are: `unknown`, `resolved`.|',
        ).replace('Namespace: microsoft.graph', 'Namespace: microsoft.graph.security'),
      },
      {
        file: 'resources/enums.md',
        text: '---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### alertSeverity values\n\n| Member | Value |\n| --- | --- |\n| unknown | 0 |\n| low | 2 |\n| high | 4 |\n\n### alertStatus values\n\n| Member | Value |\n| --- | --- |\n| unknown | 0 |\n| resolved | 30 |\n',
      },
    ])
    const incident = model.types['microsoft.graph.security.incident'] as ObjectTypeDef
    expect(incident.properties.map((property) => property.type)).toMatchObject([
      { resolved: 'microsoft.graph.security.alertSeverity' },
      // Its values are those of the enclosing namespace's enum: that enum.
      { resolved: 'microsoft.graph.alertStatus' },
    ])
  })

  it('resolves by the link text where it spells another documented type than the target page', () => {
    const model = buildModel([
      {
        file: 'resources/invitation.md',
        text: resource('invitation', '|target|[invitationParticipantInfo](participantinfo.md)||'),
      },
      { file: 'resources/participantinfo.md', text: resource('participantInfo', '|id|String||') },
      {
        file: 'resources/invitationparticipantinfo.md',
        text: resource('invitationParticipantInfo', '|hidden|Boolean||'),
      },
    ])
    const invitation = model.types['microsoft.graph.invitation'] as ObjectTypeDef
    expect(invitation.properties[0]?.type).toMatchObject({
      resolved: 'microsoft.graph.invitationParticipantInfo',
    })
  })

  it('resolves by the link text where it names a type of its own, documented or not', () => {
    // resources/teamsappinstallation.md (Relationships rows) and teamsapp.md,
    // microsoftgraph/microsoft-graph-docs@304e6ea1e1c13606238a8b33b9fa24248066e8f4 and
    // @0f70bff7e30e7a9c47a094b972ca143009dcb3c5
    const model = buildModel([
      {
        file: 'resources/teamsappinstallation.md',
        text: resource(
          'teamsAppInstallation',
          '|teamsApp|[teamsApp](teamsapp.md)| The app that is installed. |\n|teamsAppDefinition|[teamsAppDefinition](teamsapp.md)| The details of this version of the app. |',
        ),
      },
      {
        file: 'resources/teamsapp.md',
        text: resource('teamsApp', '| externalId          | string   | The ID |'),
      },
      {
        file: 'resources/chart.md',
        text: resource('workbookChart', '|points|[ChartPoints](chartpoint.md)||'),
      },
      { file: 'resources/chartpoint.md', text: resource('workbookChartPoint', '|value|Json||') },
    ])
    const installation = model.types['microsoft.graph.teamsAppInstallation'] as ObjectTypeDef
    expect(installation.properties.map((property) => property.type)).toMatchObject([
      { resolved: 'microsoft.graph.teamsApp' },
      { resolved: 'microsoft.graph.teamsAppDefinition' },
    ])
    // A plural or shortened name is still the target page's type.
    const chart = model.types['microsoft.graph.workbookChart'] as ObjectTypeDef
    expect(chart.properties[0]?.type).toMatchObject({ resolved: 'microsoft.graph.workbookChartPoint' })
  })

  it('takes an undocumented bare name in the enclosing namespace where a page qualifies its own types', () => {
    // resources/callrecords-participantendpoint.md,
    // microsoftgraph/microsoft-graph-docs@73cab038caa9383671686eac0546a555f6b6815b
    const page = (table: string) =>
      `---\ndoc_type: "resourcePageType"\n---\n\n# participantEndpoint resource type\n\nNamespace: microsoft.graph.callRecords\n\n## Properties\n\n| Property  | Type | Description |\n| :-------- | :--- | :---------- |\n${table}\n`
    const rows = [
      '| feedback  | [microsoft.graph.callRecords.userFeedback](callrecords-userfeedback.md) | The feedback provided by the user of this endpoint about the quality of the session. |',
      '| identity  | [identitySet](identityset.md)                                           | Identity associated with the endpoint.                                               |',
    ]
    const qualified = buildModel([
      { file: 'resources/callrecords-participantendpoint.md', text: page(rows.join('\n')) },
    ])
    expect(Object.keys(qualified.undocumented)).toEqual([
      'microsoft.graph.callRecords.userFeedback',
      'microsoft.graph.identitySet',
    ])
    // A page that writes no name of its namespace qualified means its own namespace by a bare name.
    const bare = buildModel([
      { file: 'resources/callrecords-participantendpoint.md', text: page(rows[1] ?? '') },
    ])
    expect(Object.keys(bare.undocumented)).toEqual(['microsoft.graph.callRecords.identitySet'])
  })

  it("reads a sub-namespace page's bare `entity` base as the format's root entity, documented or not", () => {
    // microsoftgraph/microsoft-graph-docs-contrib@0c141dee98d7a03dd4682830aa498b61d7c205d5,
    // api-reference/v1.0/resources/identitygovernance-run.md (no baseType in its annotation)
    const run = [
      '---\ndoc_type: resourcePageType\n---\n# run resource type\n\nNamespace: microsoft.graph.identityGovernance\n',
      'Inherits from [entity](../resources/entity.md).\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|',
      '|id|String|A unique identifier for the workflow run.|',
      '|processingStatus|microsoft.graph.identityGovernance.lifecycleWorkflowProcessingStatus|The run execution status.|\n',
    ].join('\n')
    const model = buildModel([{ file: 'resources/identitygovernance-run.md', text: run }])
    const base = (model.types['microsoft.graph.identityGovernance.run'] as ObjectTypeDef).baseType
    expect(base).toMatchObject({ name: 'microsoft.graph.entity' })
    expect(Object.keys(model.undocumented)).toContain('microsoft.graph.entity')
    expect(Object.keys(model.undocumented)).not.toContain('microsoft.graph.identityGovernance.entity')
    const documented = buildModel([
      { file: 'resources/identitygovernance-run.md', text: run },
      { file: 'resources/entity.md', text: resource('entity', '|id|String|The identifier.|') },
    ])
    const linked = (documented.types['microsoft.graph.identityGovernance.run'] as ObjectTypeDef).baseType
    expect(linked).toMatchObject({ resolved: 'microsoft.graph.entity' })
  })

  it('gives an entity keyed by a property other than `id` no root entity base it does not state', () => {
    // microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/resources/
    // crosstenantaccesspolicyconfigurationpartner.md (shortened): `"keyProperty": "tenantId"`, no base.
    const keyedBy = (key: string, base = '') =>
      resource('partner', '|tenantId|String|The tenant identifier. Read-only. Key.|').replace(
        '## Properties',
        `## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.partner", "keyProperty": "${key}"${base} } -->\n\`\`\`json\n{ "tenantId": "String" }\n\`\`\`\n\n## Properties`,
      )
    const partner = (text: string) =>
      buildModel([{ file: 'resources/partner.md', text }]).types['microsoft.graph.partner'] as ObjectTypeDef
    expect(partner(keyedBy('tenantId'))).toMatchObject({ kind: 'entity', key: 'tenantId' })
    expect(partner(keyedBy('tenantId')).baseType).toBeUndefined()
    expect(partner(keyedBy('tenantId', ', "baseType": "microsoft.graph.entity"')).baseType).toMatchObject({
      name: 'microsoft.graph.entity',
    })
    expect(partner(keyedBy('id')).key).toBeUndefined()
  })

  it('resolves another name the docs give a type (`@type.aka`), never over a type of that name', () => {
    const annotated = (name: string, aka: string) =>
      `## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}", "@type.aka": "${aka}" } -->\n\`\`\`json\n{ "id": "string" }\n\`\`\``
    const model = buildModel([
      { file: 'resources/item.md', text: resource('item', '|id|String||', annotated('item', 'other.item')) },
      {
        file: 'resources/thing.md',
        text: resource('thing', '|id|String||', annotated('thing', 'microsoft.graph.item')),
      },
      { file: 'resources/holder.md', text: resource('holder', '|a|other.item||\n|b|microsoft.graph.item||') },
    ])
    const holder = model.types['microsoft.graph.holder'] as ObjectTypeDef
    expect(holder.properties.map((p) => p.type)).toMatchObject([
      { resolved: 'microsoft.graph.item' },
      { resolved: 'microsoft.graph.item' },
    ])
  })

  it('reports and survives inheritance cycles', () => {
    const model = buildModel([
      { file: 'resources/a.md', text: resource('a', '|x|String||', 'Inherits from [b](b.md).') },
      { file: 'resources/b.md', text: resource('b', '|y|String||', 'Inherits from [a](a.md).') },
    ])
    expect(model.diagnostics.filter((d) => d.code === 'inheritance-cycle')).toHaveLength(1)
  })

  it('reports a type that names itself as its base, and drops the base', () => {
    const model = buildModel([
      { file: 'resources/a.md', text: resource('a', '|x|String||', 'Inherits from [a](a.md).') },
    ])
    expect(model.diagnostics.map((d) => [d.code, d.line])).toEqual([['inheritance-cycle', 4]])
    expect(model.types['microsoft.graph.a']).not.toHaveProperty('baseType')
  })

  it('turns references to missing pages into reported placeholders, and infers enums from value lists', () => {
    const model = buildModel([
      {
        file: 'resources/event.md',
        text: resource(
          'event',
          '|organizer|[recipient](recipient.md)||\n|importance|importance|Possible values are: `low`, `normal`, `high`.|',
        ),
      },
    ])
    expect(Object.keys(model.undocumented)).toEqual(['microsoft.graph.recipient'])
    expect(model.types['microsoft.graph.importance']).toMatchObject({ kind: 'enum', inferred: true })
    expect(model.diagnostics.map((d) => [d.code, d.line])).toEqual([['unresolved-type', 13]])
  })

  it('infers enums of the values a sentence lists after its verb, for the property it names', () => {
    // today's api-reference/v1.0/resources/identityuserflowattribute.md (cut short)
    const model = buildModel([
      {
        file: 'resources/identityuserflowattribute.md',
        text: resource(
          'identityUserFlowAttribute',
          [
            '|dataType|identityUserFlowAttributeDataType|The data type of the user flow attribute. The supported values for **dataType** are: `string` , `boolean` , `int64` , `stringCollection` , `dateTime`, `unknownFutureValue`. <br/><br/> Supports `$filter` (`eq`, `ne`).|',
            '|userFlowAttributeType|identityUserFlowAttributeType|The type of the user flow attribute. Read-only. Depending on the type of attribute, the values for this property are `builtIn`, `custom`, `required`, `unknownFutureValue`. <br/><br/> Supports `$filter` (`eq`, `ne`). |',
          ].join('\n'),
        ),
      },
    ])
    const members = (name: string) => {
      const found = model.types[`microsoft.graph.${name}`]
      return found?.kind === 'enum' ? found.members.map((member) => member.name) : found
    }
    expect(members('identityUserFlowAttributeDataType')).toEqual([
      'string',
      'boolean',
      'int64',
      'stringCollection',
      'dateTime',
      'unknownFutureValue',
    ])
    expect(members('identityUserFlowAttributeType')).toEqual([
      'builtIn',
      'custom',
      'required',
      'unknownFutureValue',
    ])
    expect(model.undocumented).toEqual({})
  })

  it('infers no enum for a Relationships row whose description lists values (a navigation to an entity)', () => {
    // today's resources/filestoragecontainer.md: the values are the permission's roles, permission.md
    // is a resource page (not in the tree here).
    const page = resource('fileStorageContainer', '|displayName|String||').concat(
      "\n## Relationships\n\n|Relationship|Type|Description|\n|:---|:---|:---|\n|permissions|[permission](../resources/permission.md) collection|The set of permissions for users in the fileStorageContainer. Permission for each user is set by the **roles** property. The possible values are 'reader', 'writer', 'manager', and 'owner'. Read-write.|\n",
    )
    const model = buildModel([{ file: 'resources/filestoragecontainer.md', text: page }])
    expect(model.types['microsoft.graph.permission']).toBeUndefined()
    expect(Object.keys(model.undocumented)).toContain('microsoft.graph.permission')
  })

  it('infers an enum named by its qualified name in its own namespace', () => {
    const model = buildModel([
      {
        file: 'resources/security-incident.md',
        text: resource(
          'incident',
          '|classification|microsoft.graph.security.alertClassification|Possible values are: `unknown`, `truePositive`.|',
        ).replace('Namespace: microsoft.graph', 'Namespace: microsoft.graph.security'),
      },
    ])
    expect(model.types['microsoft.graph.security.alertClassification']).toMatchObject({
      kind: 'enum',
      name: 'alertClassification',
      namespace: 'microsoft.graph.security',
      inferred: true,
    })
    expect(Object.keys(model.undocumented)).toEqual([])
  })

  it("reads an API page's bare type names in its own namespace first", () => {
    // today's api-reference/v1.0/api/security-alert-get.md writes `Namespace: microsoft.graph.security`
    // and links [alert](../resources/security-alert.md), beside the older microsoft.graph.alert.
    const api =
      '---\ndoc_type: apiPageType\n---\n# Get alert\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n```http\nGET /security/alerts_v2/{alertId}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [alert](../resources/security-alert.md) object in the response body.\n'
    const model = buildModel([
      { file: 'api/security-alert-get.md', text: api },
      {
        file: 'resources/security-alert.md',
        text: resource('alert', '|title|String||').replace(
          'Namespace: microsoft.graph',
          'Namespace: microsoft.graph.security',
        ),
      },
      { file: 'resources/alert.md', text: resource('alert', '|azureTenantId|String||') },
    ])
    expect(model.operations[0]?.response.type).toMatchObject({ resolved: 'microsoft.graph.security.alert' })
    expect(model.diagnostics.filter((each) => each.code === 'type-link-mismatch')).toEqual([])
  })

  it('ties Methods-table rows to the operations of the pages they link', () => {
    const api =
      '---\ndoc_type: apiPageType\n---\n# Get user\n\n## HTTP request\n```http\nGET /users/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object in the response body.\n'
    const resourcePage = resource('user', '|id|String||').replace(
      '## Properties',
      '## Methods\n|Method|Return Type|Description|\n|:--|:--|:--|\n|[Get user](../api/user-get.md)|[user](user.md)|Read.|\n\n## Properties',
    )
    const model = buildModel([
      { file: 'api/user-get.md', text: api },
      { file: 'resources/user.md', text: resourcePage },
    ])
    expect(model.operations[0]?.resources).toEqual(['microsoft.graph.user'])
    expect((model.types['microsoft.graph.user'] as ObjectTypeDef).methods[0]?.operationId).toBe('user-get')
  })

  it('passes entity-ness down the base chain, also from an undocumented root entity', () => {
    const annotated = (name: string, base: string) =>
      resource(name, '|x|String||').replace(
        '## Properties',
        `## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}", "baseType": "${base}" } -->\n\`\`\`json\n{ "x": "String" }\n\`\`\`\n\n## Properties`,
      )
    const model = buildModel([
      { file: 'resources/item.md', text: annotated('item', 'microsoft.graph.entity') },
      { file: 'resources/special.md', text: annotated('special', 'microsoft.graph.item') },
      {
        file: 'resources/keyed.md',
        text: annotated('keyed', 'microsoft.graph.detail').replace(
          '"baseType"',
          '"keyProperty": "id", "baseType"',
        ),
      },
      { file: 'resources/detail.md', text: resource('detail', '|y|String||') },
      { file: 'resources/derived.md', text: annotated('derivedDetail', 'microsoft.graph.detail') },
    ])
    const kind = (name: string) => model.types[`microsoft.graph.${name}`]?.kind
    expect([kind('item'), kind('special'), kind('keyed'), kind('detail'), kind('derivedDetail')]).toEqual([
      'entity',
      'entity',
      'entity',
      'complex',
      'complex',
    ])
  })

  it('weighs the "Inherits from" sentence against the annotation baseType, and reports the disagreement', () => {
    const page = (name: string, base: string, sentence: string) =>
      resource(name, '|x|String||', sentence).replace(
        '## Properties',
        `## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}", "baseType": "${base}" } -->\n\`\`\`json\n{ "x": "String" }\n\`\`\`\n\n## Properties`,
      )
    const model = buildModel([
      { file: 'resources/entity.md', text: resource('entity', '|id|String||') },
      { file: 'resources/outlookitem.md', text: page('outlookItem', 'microsoft.graph.entity', '') },
      // The sentence names a type derived from the annotation's: the sentence is the more precise.
      {
        file: 'resources/contact.md',
        text: page('contact', 'microsoft.graph.entity', 'Inherits from [outlookItem](outlookitem.md).'),
      },
      // Unrelated documented types: the annotation stays.
      {
        file: 'resources/note.md',
        text: page('note', 'microsoft.graph.outlookItem', 'Inherits from [entity](entity.md).'),
      },
      {
        file: 'resources/place.md',
        text: page('place', 'microsoft.graph.entity', 'Inherits from [contact](contact.md).'),
      },
    ])
    const base = (name: string) => {
      const type = model.types[`microsoft.graph.${name}`] as ObjectTypeDef
      expect(type).not.toHaveProperty('statedBaseType')
      return type.baseType?.kind === 'named' ? type.baseType.resolved : undefined
    }
    expect([base('contact'), base('note'), base('place')]).toEqual([
      'microsoft.graph.outlookItem',
      'microsoft.graph.outlookItem',
      'microsoft.graph.contact',
    ])
    expect(
      model.diagnostics.filter((d) => d.code === 'base-type-conflict').map((d) => [d.file, d.line]),
    ).toEqual([
      ['resources/contact.md', 8],
      ['resources/note.md', 8],
      ['resources/place.md', 8],
    ])
  })

  it("takes the sentence's base over an annotation naming the root entity, documented or not", () => {
    // resources/aaduserconversationmember.md, microsoftgraph/microsoft-graph-docs@5ff7de3768d1ee07202235b28c71901f071bfab7
    const text = [
      '---\ndoc_type: resourcePageType\n---\n',
      '# aadUserConversationMember resource type\n\nNamespace: microsoft.graph\n',
      'Represents an Azure Active Directory user in a [team](team.md).\nThis type inherits from [conversationMember](conversationmember.md).\n',
      '## Properties\n\n| Property    | Type              | Description                       |\n| :---------- | :---------------- | :-------------------------------- |\n| id          | String            | Read-only. Unique ID of the user. |\n',
      '## JSON representation\n\n<!-- {\n  "blockType": "resource",\n  "baseType": "microsoft.graph.entity",\n  "@odata.type": "microsoft.graph.aadUserConversationMember"\n}-->\n\n```json\n{\n  "id": "string (identifier)"\n}\n```\n',
    ].join('\n')
    const model = buildModel([{ file: 'resources/aaduserconversationmember.md', text }])
    const member = model.types['microsoft.graph.aadUserConversationMember'] as ObjectTypeDef
    expect(member.baseType).toMatchObject({ resolved: 'microsoft.graph.conversationMember' })
    expect(member.kind).toBe('entity')
    expect(model.diagnostics.filter((d) => d.code === 'base-type-conflict')).toHaveLength(1)
    // The sentence's base, undocumented, is reported at the sentence.
    expect(model.diagnostics.filter((d) => d.code === 'unresolved-type').map((d) => d.line)).toEqual([10])
  })

  it('reports an undocumented base type where the page names it, not at its title', () => {
    // api-reference/v1.0/resources/plannerbucket.md, microsoftgraph/microsoft-graph-docs-contrib@5abf60457a9534510667a03d7b04cc588163e471 (cut short)
    const bucket = [
      '---\ndoc_type: resourcePageType\n---\n',
      '# plannerBucket resource type\n\nNamespace: microsoft.graph\n',
      'Represents a bucket for tasks in a plan in Microsoft 365.\n',
      '## Properties\n| Property\t   | Type\t|Description|\n|:---------------|:--------|:----------|\n|name|String|Name of the bucket.|\n',
      '## JSON representation\nThe following JSON representation shows the resource type.\n',
      '<!-- {\n  "blockType": "resource",\n  "baseType": "microsoft.graph.entity",\n  "optionalProperties": [\n\n  ],\n  "@odata.type": "microsoft.graph.plannerBucket"\n}-->\n```json\n{\n  "name": "String"\n}\n```\n',
    ].join('\n')
    // api-reference/v1.0/resources/educationoutcome.md, microsoftgraph/microsoft-graph-docs-contrib@be71320f984815b4492ab0a9389a0cea3fb12d9d (cut short)
    const outcome = [
      '---\ndoc_type: resourcePageType\n---\n',
      '# educationOutcome resource type\n\nNamespace: microsoft.graph\n',
      'Represents a base class for the result of grading an assignment.\n',
      'Inherits from [entity](../resources/entity.md).\n',
      '## Properties\n| Property\t   | Type\t|Description|\n|:---------------|:--------|:----------|\n|lastModifiedDateTime|DateTimeOffset|The moment in time when the resource was last modified.|\n',
    ].join('\n')
    const model = buildModel([
      { file: 'resources/plannerbucket.md', text: bucket },
      { file: 'resources/educationoutcome.md', text: outcome },
    ])
    const unresolved = model.diagnostics.filter((d) => d.code === 'unresolved-type')
    // The annotation's `"baseType"` key, and the "Inherits from" link.
    expect(unresolved.map((d) => [d.file, d.line, d.column])).toEqual([
      ['resources/educationoutcome.md', 11, 15],
      ['resources/plannerbucket.md', 21, 3],
    ])
  })

  it('gives a type whose page states no base the base whose page lists it as derived', () => {
    const keyed = (name: string) =>
      resource(name, '|id|String|Read-only.|').replace(
        '\n## Properties',
        `\n## JSON representation\n<!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.${name}" } -->\n\`\`\`json\n{ "id": "String (identifier)" }\n\`\`\`\n\n## Properties`,
      )
    const model = buildModel([
      {
        // api-reference/v1.0/resources/schedulechangerequest.md, microsoftgraph/microsoft-graph-docs-contrib@64e55821fb3090a1fcf12164fef9859e0adffd28
        file: 'resources/schedulechangerequest.md',
        text: keyed('scheduleChangeRequest').replace(
          'Namespace: microsoft.graph\n',
          'Namespace: microsoft.graph\n\nBase type of [offerShiftRequest](../resources/offershiftrequest.md), [openShiftChangeRequest](../resources/openshiftchangerequest.md), and [timeOffRequest](../resources/timeoffrequest.md).\n',
        ),
      },
      // api-reference/v1.0/resources/timeoffrequest.md, microsoftgraph/microsoft-graph-docs-contrib@156695f4d8d262174e4c6bd5cc769afef86c0ba7
      { file: 'resources/timeoffrequest.md', text: keyed('timeOffRequest') },
      {
        // api-reference/v1.0/resources/callrecords-endpoint.md, microsoftgraph/microsoft-graph-docs-contrib@09455a65abde17103c17fc70605c4c8553f01978
        file: 'resources/endpoint.md',
        text: resource(
          'endpoint',
          '|userAgent|String||',
          'Represents an endpoint in a call. The [participantEndpoint](participantendpoint.md) and\n[serviceEndpoint](serviceendpoint.md) types inherit from this type.',
        ),
      },
      {
        file: 'resources/participantendpoint.md',
        text: resource('participantEndpoint', '|feedback|String||'),
      },
      {
        file: 'resources/serviceendpoint.md',
        text: resource(
          'serviceEndpoint',
          '|x|String||',
          'Inherits from [offerShiftRequest](offershiftrequest.md).',
        ),
      },
      { file: 'resources/offershiftrequest.md', text: keyed('offerShiftRequest') },
    ])
    const base = (name: string) => (model.types[`microsoft.graph.${name}`] as ObjectTypeDef).baseType
    expect(base('timeOffRequest')).toMatchObject({ resolved: 'microsoft.graph.scheduleChangeRequest' })
    expect(base('offerShiftRequest')).toMatchObject({ resolved: 'microsoft.graph.scheduleChangeRequest' })
    expect(base('participantEndpoint')).toMatchObject({ resolved: 'microsoft.graph.endpoint' })
    // Its own page's base wins over the list on the base page.
    expect(base('serviceEndpoint')).toMatchObject({ resolved: 'microsoft.graph.offerShiftRequest' })
    expect(base('scheduleChangeRequest')).toMatchObject({ resolved: 'microsoft.graph.entity' })
    expect(model.types['microsoft.graph.scheduleChangeRequest']).not.toHaveProperty('derivedTypes')
  })

  it('gives a type listed by its parent and its grandparent the parent, and closes no cycle', () => {
    const lists = (name: string, derived: string[]) =>
      resource(
        name,
        '|id|String|Read-only.|',
        `The derived types are ${derived.map((each) => `[${each}](${each.toLowerCase()}.md)`).join(', ')}.`,
      )
    const model = buildModel([
      {
        file: 'resources/operation.md',
        text: lists('operation', ['specialOperation', 'grandchildOperation']),
      },
      { file: 'resources/specialoperation.md', text: lists('specialOperation', ['grandchildOperation']) },
      { file: 'resources/grandchildoperation.md', text: resource('grandchildOperation', '|x|String||') },
      { file: 'resources/left.md', text: lists('left', ['right']) },
      { file: 'resources/right.md', text: lists('right', ['left']) },
    ])
    const base = (name: string) => (model.types[`microsoft.graph.${name}`] as ObjectTypeDef).baseType
    expect(base('grandchildOperation')).toMatchObject({ resolved: 'microsoft.graph.specialOperation' })
    expect(base('specialOperation')).toMatchObject({ resolved: 'microsoft.graph.operation' })
    // The first claim holds; the one back would close a cycle, so right keeps the root entity.
    expect(base('left')).toMatchObject({ resolved: 'microsoft.graph.right' })
    expect(base('right')).toMatchObject({ resolved: 'microsoft.graph.entity' })
    expect(model.diagnostics.filter((d) => d.code === 'inheritance-cycle')).toEqual([])
  })

  it("gives an entity without a stated base the format's root only in the format's namespaces", () => {
    // An entity keyed by `id` (its annotation's keyProperty) whose page states no base type.
    const keyed = (name: string, namespace: string) =>
      resource(name, '|id|String|Read-only.|\n|label|String||')
        .replace('Namespace: microsoft.graph', `Namespace: ${namespace}`)
        .replace(
          '\n## Properties',
          `\n## JSON representation\n<!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "${namespace}.${name}" } -->\n\`\`\`json\n{ "id": "String (identifier)", "label": "String" }\n\`\`\`\n\n## Properties`,
        )
    const team = buildModel([{ file: 'resources/widget.md', text: keyed('widget', 'contoso.inventory') }])
    const widget = team.types['contoso.inventory.widget'] as ObjectTypeDef
    expect(widget.kind).toBe('entity')
    expect(widget).not.toHaveProperty('baseType')
    expect(team.undocumented).toEqual({})
    const graph = buildModel([
      { file: 'resources/termstore-term.md', text: keyed('term', 'microsoft.graph.termStore') },
    ])
    expect(graph.types['microsoft.graph.termStore.term']).toMatchObject({
      kind: 'entity',
      baseType: { name: 'microsoft.graph.entity' },
    })
  })

  it('keeps a property listed twice on one page once, so the interface compiles', () => {
    const model = buildModel([{ file: 'resources/a.md', text: resource('a', '|x|String||\n|x|Int32||') }])
    expect((model.types['microsoft.graph.a'] as ObjectTypeDef).properties.map((p) => p.name)).toEqual(['x'])
  })

  it('drops properties a derived type restates from its base', () => {
    const model = buildModel([
      { file: 'resources/base.md', text: resource('base', '|id|String||') },
      {
        file: 'resources/derived.md',
        text: resource(
          'derived',
          '|id|String|Inherited from base|\n|own|String||',
          'Inherits from [base](base.md)',
        ),
      },
    ])
    expect((model.types['microsoft.graph.derived'] as ObjectTypeDef).properties.map((p) => p.name)).toEqual([
      'own',
    ])
  })
})

describe('a link text naming another documented type than its page', () => {
  it('uses the type the text names and reports the link, unless that page defines it too', () => {
    // microsoftgraph/microsoft-graph-docs-contrib@028b8e354879f1054adbd96bfa8d16fff4330811,
    // api-reference/v1.0/resources/identitygovernance-taskreport.md (relationships, shortened)
    const page = (name: string, extra = '') =>
      `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph.identityGovernance\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The identifier.|\n${extra}`
    const model = buildModel([
      {
        file: 'resources/identitygovernance-taskreport.md',
        text: page(
          'taskReport',
          '\n## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|\n|task|[microsoft.graph.identityGovernance.taskDefinition](../resources/identitygovernance-task.md)|The related lifecycle workflow task.|\n',
        ),
      },
      { file: 'resources/identitygovernance-task.md', text: page('task') },
      { file: 'resources/identitygovernance-taskdefinition.md', text: page('taskDefinition') },
    ])
    const task = (
      model.types['microsoft.graph.identityGovernance.taskReport'] as ObjectTypeDef
    ).properties.find((property) => property.name === 'task')
    expect(task?.type).toMatchObject({ resolved: 'microsoft.graph.identityGovernance.taskDefinition' })
    expect(model.diagnostics.filter((each) => each.code === 'type-link-mismatch')).toMatchObject([
      {
        file: 'resources/identitygovernance-taskreport.md',
        message:
          'Unexpected link to resources/identitygovernance-task.md, the page of microsoft.graph.identityGovernance.task, for microsoft.graph.identityGovernance.taskReport.task, expected the page of microsoft.graph.identityGovernance.taskDefinition, the type the link text names; using microsoft.graph.identityGovernance.taskDefinition',
      },
    ])
    // graph-v1.0-sample api/place-update.md links `[bookingType](../resources/room.md)`, whose
    // `### bookingType values` section defines it: no mismatch.
    const room = resource(
      'room',
      '|bookingType|[bookingType](#bookingtype-values)|Type of room.|',
      '',
    ).concat(
      '\n### bookingType values\n\n| Value | Description |\n|:--|:--|\n| standard | A standard room. |\n| reserved | A reserved room. |\n',
    )
    const place = resource('place', '|bookingType|[bookingType](room.md)|Type of room.|')
    const rooms = buildModel([
      { file: 'resources/room.md', text: room },
      { file: 'resources/place.md', text: place },
    ])
    expect(rooms.types['microsoft.graph.bookingType']?.kind).toBe('enum')
    expect(rooms.diagnostics.filter((each) => each.code === 'type-link-mismatch')).toEqual([])
  })

  it('names the type the linked page defines when the link text names an undocumented one', () => {
    // microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/resources/provisioningobjectsummary.md
    // (03c7b71e4db41c4ac68bfa53212454c3e1412d3c) links provisioningstatusinfo.md
    // (13249815375d6b569175b42f36ce1e0a758388f8), whose title and annotation say provisioningStatus.
    const model = buildModel([
      {
        file: 'resources/provisioningobjectsummary.md',
        text: '# provisioningObjectSummary resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n|provisioningStatusInfo|[provisioningStatusInfo](provisioningstatusinfo.md)|Details of provisioning status.|\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.provisioningObjectSummary" } -->\n```json\n{ "provisioningStatusInfo": {"@odata.type": "microsoft.graph.provisioningStatusInfo"} }\n```\n',
      },
      {
        file: 'resources/provisioningstatusinfo.md',
        text: '# provisioningStatus resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n|status|String| Possible values are: `success`, `warning`.|\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.provisioningStatus" } -->\n```json\n{ "status": "String" }\n```\n',
      },
    ])
    expect(model.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'unresolved-type',
        'Unexpected type reference provisioningStatusInfo (resources/provisioningstatusinfo.md) for microsoft.graph.provisioningObjectSummary.provisioningStatusInfo, expected a documented type (the linked page defines microsoft.graph.provisioningStatus); emitted as the undocumented placeholder microsoft.graph.provisioningStatusInfo',
      ],
    ])
  })
})

describe('a name written with its namespace', () => {
  // microsoftgraph/microsoft-graph-docs: resources/onenoteoperation.md (the sample) names its base
  // `microsoft.graph.operation`, which no page of a tree may define while today's
  // partners-billing-operation.md defines `microsoft.graph.partners.billing.operation`.
  const withNamespace = (namespace: string, name: string, annotation: string, rows: string) =>
    `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: ${namespace}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n${rows}\n\n## JSON representation\n<!-- {\n  "blockType": "resource",\n  ${annotation}"@odata.type": "${namespace}.${name}"\n}\n-->\n\`\`\`json\n{}\n\`\`\`\n`
  const billing = {
    file: 'resources/partners-billing-operation.md',
    text: withNamespace('microsoft.graph.partners.billing', 'operation', '', '|id|String||'),
  }
  /** The base a type of `namespace` resolves `"baseType": "microsoft.graph.operation"` to, beside `billing`. */
  const baseOf = (namespace: string) => {
    const page = withNamespace(
      namespace,
      'anOperation',
      '"baseType": "microsoft.graph.operation",\n  ',
      '|a|String||',
    )
    const model = buildModel([billing, { file: 'resources/anoperation.md', text: page }])
    const type = model.types[`${namespace}.anOperation`] as ObjectTypeDef
    return { base: type.baseType, undocumented: Object.keys(model.undocumented) }
  }

  it('is not taken for a type of another namespace that shares its simple name', () => {
    const { base, undocumented } = baseOf('microsoft.graph')
    expect(base).toMatchObject({ resolved: 'microsoft.graph.operation' })
    expect(undocumented).toContain('microsoft.graph.operation')
  })

  it('is not read in an enclosing namespace its own does not enclose (callRecords.session is not session)', () => {
    const session = withNamespace('microsoft.graph', 'session', '', '|id|String||')
    const model = buildModel([
      { file: 'resources/session.md', text: session },
      {
        file: 'resources/callrecord.md',
        text: withNamespace(
          'microsoft.graph',
          'callRecord',
          '',
          '|sessions|microsoft.graph.callRecords.session collection||',
        ),
      },
    ])
    const record = model.types['microsoft.graph.callRecord'] as ObjectTypeDef
    expect(record.properties[0]?.type).toMatchObject({ resolved: 'microsoft.graph.callRecords.session' })
    expect(Object.keys(model.undocumented)).toContain('microsoft.graph.callRecords.session')
  })

  it("is read in its page's namespace, where the page left out the inner namespace", () => {
    // A billing page's `microsoft.graph.operation` is that namespace's operation, as a bare name would be.
    expect(baseOf('microsoft.graph.partners.billing').base).toMatchObject({
      resolved: 'microsoft.graph.partners.billing.operation',
    })
  })
})
