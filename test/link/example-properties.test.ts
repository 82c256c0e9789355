import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ObjectTypeDef } from '../../src/model.js'

// microsoftgraph/microsoft-graph-docs-contrib: api-reference/v1.0/resources/teamworktagmember.md
// @0445f6952669bf85e50e52e9421197180e69579a and api-reference/v1.0/api/teamworktagmember-get.md
// @04094bda1a5d2bd0e67ebddca646d7de4e70b24f (shortened).
const resource = [
  '---\ndoc_type: resourcePageType\n---\n# teamworkTagMember resource type\n\nNamespace: microsoft.graph\n',
  '## Properties\n|Property|Type|Description|\n|:---|:---|:---|',
  "|displayName|String|The member's display name.|\n|ID|String|ID of the member.|",
  '|tenantID|String|The ID of the tenant that the tag member is a part of.|\n|userID|String|The user ID of the member.|\n',
  '## JSON representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "ID",\n  "@odata.type": "microsoft.graph.teamworkTagMember"\n}\n-->',
  '```json\n{\n  "@odata.type": "#microsoft.graph.teamworkTagMember",\n  "ID": "String (Identifier)",\n  "displayName": "String",\n  "tenantID": "String",\n  "userID": "String"\n}\n```\n',
].join('\n')
const get = (member: string) =>
  [
    '---\ndoc_type: apiPageType\n---\n# Get teamworkTagMember\nNamespace: microsoft.graph\n',
    '## HTTP request\n```http\nGET /teams/{team-id}/tags/{teamworkTag-id}/members/{teamworkTagMember-id}\n```\n',
    '## Response\nIf successful, this method returns a `200 OK` response code and a [teamworkTagMember](../resources/teamworktagmember.md) object in the response body.\n',
    '## Examples\n### Request\n<!-- { "blockType": "request", "name": "get_teamworktagmember" } -->',
    '```http\nGET https://graph.microsoft.com/v1.0/teams/1/tags/2/members/3\n```\n### Response',
    '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.teamworkTagMember"\n}\n-->',
    `\`\`\`http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.teamworkTagMember",\n  "id": "MjQz",\n  "displayName": "Alex Wilbur",\n  ${member}\n}\n\`\`\`\n`,
  ].join('\n')

const modelOf = (...members: string[]) =>
  buildModel([
    { file: 'resources/teamworktagmember.md', text: resource },
    ...members.map((member, index) => ({ file: `api/teamworktagmember-get-${index}.md`, text: get(member) })),
  ])
const namesOf = (model: ReturnType<typeof buildModel>) =>
  (model.types['microsoft.graph.teamworkTagMember'] as ObjectTypeDef).properties.map(({ name }) => name)

describe('properties the examples show', () => {
  it('gives a property the letter case an example spells it in, once, and reports it, adding no twin', () => {
    const model = modelOf('"tenantId": "18be64a9", "userId": "92f6952f"')
    expect(namesOf(model)).toEqual(['displayName', 'id', 'tenantId', 'userId'])
    const reported = model.diagnostics.filter((each) => each.code === 'example-property-case')
    expect(reported.map((each) => each.message.split(' ')[2])).toEqual(['id', 'tenantId', 'userId'])
    expect(reported[0]?.message).toContain("expected ID as the type's page spells it")
    expect(model.diagnostics.filter((each) => each.code === 'property-from-example')).toEqual([])
    // A second example in a third spelling changes nothing more, and is reported.
    const other = modelOf('"tenantId": "18be64a9"', '"TenantId": "18be64a9"')
    expect(namesOf(other)).toEqual(['displayName', 'id', 'tenantId', 'userID'])
    expect(other.diagnostics.map((each) => each.message).filter((m) => m.includes('TenantId'))).toEqual([
      'Unexpected property TenantId in an example of microsoft.graph.teamworkTagMember, expected tenantId as another example spells it',
    ])
  })
})

describe('the type of a property an example shows', () => {
  /** A resource page of `name` whose Relationships table lists `rows` (name, Type cell). */
  const page = (name: string, rows: [string, string][] = [], base?: string) =>
    [
      `---\ndoc_type: resourcePageType\n---\n# ${name} resource type\n\nNamespace: microsoft.graph\n`,
      '## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n',
      '## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|',
      ...rows.map(([property, type]) => `|${property}|${type}|The ${property}.|`),
      `\n## JSON representation\n<!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.${name}"${base ? `, "baseType": "${base}"` : ''} } -->`,
      '```json\n{ "id": "String" }\n```\n',
    ].join('\n')
  // channel-post.md posts a channel whose members are aadUserConversationMembers; team.md declares
  // `members` as a collection of conversationMember (pages cut to the minimum).
  const post = [
    '---\ndoc_type: apiPageType\n---\n# Create channel\nNamespace: microsoft.graph\n',
    '## HTTP request\n```http\nPOST /teams/{team-id}/channels\n```\n',
    '## Request body\nIn the request body, supply a JSON representation of a [channel](../resources/channel.md) object.\n',
    '## Response\nIf successful, this method returns a `201 Created` response code and a [channel](../resources/channel.md) object in the response body.\n',
    '## Examples\n### Request\n<!-- { "blockType": "request", "name": "create_channel" } -->',
    '```http\nPOST https://graph.microsoft.com/v1.0/teams/1/channels\nContent-type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.channel",\n  "members": [\n    { "@odata.type": "#microsoft.graph.aadUserConversationMember", "roles": ["owner"] }\n  ]\n}\n```\n',
  ].join('\n')
  const pages = [
    { file: 'resources/channel.md', text: page('channel') },
    { file: 'resources/conversationmember.md', text: page('conversationMember') },
    {
      file: 'resources/aaduserconversationmember.md',
      text: page('aadUserConversationMember', [], 'microsoft.graph.conversationMember'),
    },
    { file: 'api/channel-post.md', text: post },
  ]
  const members = (model: ReturnType<typeof buildModel>) =>
    (model.types['microsoft.graph.channel'] as ObjectTypeDef).properties.find(
      ({ name }) => name === 'members',
    )

  it('is the type the docs declare the name as elsewhere, where the shown type derives from it', () => {
    const team = {
      file: 'resources/team.md',
      text: page('team', [['members', '[conversationMember](conversationmember.md) collection']]),
    }
    expect(members(buildModel([...pages, team]))).toMatchObject({
      type: { resolved: 'microsoft.graph.conversationMember' },
      collection: true,
    })
  })

  it('is the shown type where no page declares the name as one of its bases', () => {
    expect(members(buildModel(pages))).toMatchObject({
      type: { resolved: 'microsoft.graph.aadUserConversationMember' },
    })
  })
})

// Today's api-reference/v1.0: resources/intune-devices-manageddevice.md, whose Properties table lacks
// managementCertificateExpirationDate, api/intune-devices-manageddevice-list.md, whose example shows
// it, and api/intune-devices-manageddevice-update.md, whose Request body types it (all shortened).
describe('a property only an example shows, which a Request body row types', () => {
  const resource = [
    '---\ntitle: "managedDevice resource type"\n---\n# managedDevice resource type\n',
    '## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Unique Identifier for the device|',
    '|enrolledDateTime|DateTimeOffset|Enrollment time of the device.|\n',
    '## JSON Representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.managedDevice"\n}\n-->',
    '``` json\n{\n  "@odata.type": "#microsoft.graph.managedDevice",\n  "id": "String (identifier)",\n  "enrolledDateTime": "String (timestamp)"\n}\n```\n',
  ].join('\n')
  const list = [
    '---\ntitle: "List managedDevices"\ndoc_type: apiPageType\n---\n# List managedDevices\n\nNamespace: microsoft.graph\n',
    'List properties and relationships of the [managedDevice](../resources/intune-devices-manageddevice.md) objects.\n',
    '## HTTP Request\n``` http\nGET /deviceManagement/managedDevices\n```\n',
    '## Response\nIf successful, this method returns a `200 OK` response code and a collection of [managedDevice](../resources/intune-devices-manageddevice.md) objects in the response body.\n',
    '## Example\n### Request\n<!-- { "blockType": "request" , "name" : "list_manageddevices" }-->',
    '``` http\nGET https://graph.microsoft.com/v1.0/deviceManagement/managedDevices\n```\n### Response',
    '<!-- { "blockType": "response" , "@odata.type" : "Edm.String" }-->',
    '``` http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "value": [\n    {\n      "@odata.type": "#microsoft.graph.managedDevice",\n      "id": "705c034c-034c-705c-4c03-5c704c035c70",\n      "managementCertificateExpirationDate": "2016-12-31T23:57:59.9789653-08:00"\n    }\n  ]\n}\n```\n',
  ].join('\n')
  const update = (type: string, enrolled: string) =>
    [
      '---\ntitle: "Update managedDevice"\ndoc_type: apiPageType\n---\n# Update managedDevice\n\nNamespace: microsoft.graph\n',
      'Update the properties of a [managedDevice](../resources/intune-devices-manageddevice.md) object.\n',
      '## HTTP Request\n``` http\nPATCH /deviceManagement/managedDevices/{managedDeviceId}\n```\n',
      '## Request body\nIn the request body, supply a JSON representation for the [managedDevice](../resources/intune-devices-manageddevice.md) object.\n',
      `|Property|Type|Description|\n|:---|:---|:---|\n|enrolledDateTime|${enrolled}|Enrollment time of the device. This property is read-only.|`,
      `|managementCertificateExpirationDate|${type}|Reports device management certificate expiration date. This property is read-only.|\n`,
      '## Response\nIf successful, this method returns a `200 OK` response code and an updated [managedDevice](../resources/intune-devices-manageddevice.md) object in the response body.\n',
    ].join('\n')
  const modelOf = (rows: string[], enrolled = 'DateTimeOffset') =>
    buildModel([
      { file: 'resources/intune-devices-manageddevice.md', text: resource },
      { file: 'api/intune-devices-manageddevice-list.md', text: list },
      ...rows.map((type, index) => ({
        file: `api/intune-devices-manageddevice-update-${index}.md`,
        text: update(type, enrolled),
      })),
    ])
  const expiration = (model: ReturnType<typeof buildModel>) =>
    (model.types['microsoft.graph.managedDevice'] as ObjectTypeDef).properties.find(
      ({ name }) => name === 'managementCertificateExpirationDate',
    )
  const retyped = (model: ReturnType<typeof buildModel>) =>
    model.diagnostics
      .filter((each) => each.code === 'body-member-retyped')
      .map((each) => `${each.file} ${each.message.split(' ')[4]}`)

  it("takes the row's type, not the one its example value suggests, unreported", () => {
    const model = modelOf(['DateTimeOffset'])
    expect(expiration(model)).toMatchObject({ type: { kind: 'primitive', name: 'DateTimeOffset' } })
    expect(retyped(model)).toEqual([])
  })

  it('is reported where a second row types it otherwise than the first', () => {
    const model = modelOf(['DateTimeOffset', 'Int32'])
    expect(expiration(model)).toMatchObject({ type: { kind: 'primitive', name: 'DateTimeOffset' } })
    expect(retyped(model)).toEqual([
      'api/intune-devices-manageddevice-update-1.md managementCertificateExpirationDate',
    ])
  })

  it('is settled by the first row that types it, where that row agrees with the guess', () => {
    const model = modelOf(['String', 'DateTimeOffset'])
    expect(expiration(model)).toMatchObject({ type: { kind: 'primitive', name: 'String' } })
    expect(retyped(model)).toEqual([
      'api/intune-devices-manageddevice-update-1.md managementCertificateExpirationDate',
    ])
  })

  it("stays as the resource page's table types a property it lists, and the row is reported", () => {
    const model = modelOf(['DateTimeOffset'], 'String')
    const enrolled = (model.types['microsoft.graph.managedDevice'] as ObjectTypeDef).properties.find(
      ({ name }) => name === 'enrolledDateTime',
    )
    expect(enrolled).toMatchObject({ type: { kind: 'primitive', name: 'DateTimeOffset' } })
    expect(retyped(model)).toEqual(['api/intune-devices-manageddevice-update-0.md enrolledDateTime'])
  })
})

// Today's api-reference/v1.0: resources/security-incident.md, whose Properties table lists
// customTags, and api/security-list-incidents.md, whose Example 2 shows them as `"tags"` in a body
// with a trailing comma (both shortened).
describe('a member only an example body that is not JSON shows', () => {
  const resource = [
    '---\ntitle: "incident resource type"\ndoc_type: resourcePageType\n---\n# incident resource type\n',
    'Namespace: microsoft.graph.security\n',
    '## Properties\n|Property|Type|Description|\n|:---|:---|:---|',
    '|customTags|String collection|Array of custom tags associated with an incident.|',
    '|id|String|Unique identifier to represent the incident.|\n',
    '## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|',
    '|alerts|[microsoft.graph.security.alert](security-alert.md) collection|The list of related alerts. Supports `$expand`.|\n',
    '## JSON representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.security.incident",\n  "baseType": "microsoft.graph.entity",\n  "openType": false\n}\n-->',
    '``` json\n{\n  "@odata.type": "#microsoft.graph.security.incident",\n  "id": "String (identifier)",\n  "customTags": [\n    "String"\n  ]\n}\n```\n',
  ].join('\n')
  const list = (detailedRoles: string) =>
    [
      '---\ntitle: "List incidents"\ndoc_type: apiPageType\n---\n# List incidents\nNamespace: microsoft.graph.security\n',
      '## HTTP request\n<!-- {\n  "blockType": "ignored"\n}\n-->\n``` http\nGET /security/incidents\n```\n',
      '## Response\n\nIf successful, this method returns a `200 OK` response code and a collection of [incident](../resources/security-incident.md) objects in the response body.\n',
      '## Examples\n### Example 2: List all incidents with their alerts\n#### Request\n',
      '<!-- {\n  "blockType": "request",\n  "name": "list_incident_with_their_alerts"\n}\n-->',
      '``` http\nGET https://graph.microsoft.com/v1.0/security/incidents?$expand=alerts\n```\n#### Response',
      '<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.security.incident",\n  "isCollection": true\n}\n-->',
      '``` http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "value": [\n    {\n        "@odata.type": "#microsoft.graph.security.incident",\n        "id": "2972395",\n        "tags": [\n          "Demo"\n        ],',
      '        "alerts": [\n            {\n                "@odata.type": "#microsoft.graph.security.alert",\n                "evidence": [\n                    {',
      `                        "@odata.type": "#microsoft.graph.security.fileEvidence",\n                        "detailedRoles": [\n                          ${detailedRoles}\n                        ],`,
      '                        "tags": []\n                    }\n                ]\n            }\n        ]\n    }\n  ]\n}\n```\n',
    ].join('\n')
  const modelOf = (detailedRoles: string) =>
    buildModel([
      { file: 'resources/security-incident.md', text: resource },
      { file: 'api/security-list-incidents.md', text: list(detailedRoles) },
    ])
  const namesOf = (model: ReturnType<typeof buildModel>) =>
    (model.types['microsoft.graph.security.incident'] as ObjectTypeDef).properties.map(({ name }) => name)
  const added = (model: ReturnType<typeof buildModel>) =>
    model.diagnostics
      .filter((each) => each.code === 'property-from-example')
      .map((each) => `${each.line} ${each.message.split(' ')[2]}`)

  it('is not added to the type: a body written as no service sends it proves no member', () => {
    const model = modelOf('"Referred in command line",')
    expect(namesOf(model)).toEqual(['customTags', 'id', 'alerts'])
    expect(added(model)).toEqual([])
  })

  it('is added where the same body is JSON', () => {
    const model = modelOf('"Referred in command line"')
    expect(namesOf(model)).toEqual(['customTags', 'id', 'alerts', 'tags'])
    expect(added(model)).toEqual(['50 tags'])
  })
})
