/**
 * An enum named in an API page's parameter table with its members listed, which no page defines:
 * today's api-reference/v1.0/api/unifiedroleassignmentschedulerequest-filterbycurrentuser.md writes
 *   |on|roleAssignmentScheduleRequestFilterByCurrentUserOptions|The possible values are: `principal`, …|
 * It is inferred as a Properties row's would be, so the client types `on` as its members (it was
 * `unknown`, and `{ on: { anything: 42 } }` compiled).
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { EnumTypeDef } from '../../src/model.js'

const functionPage = (row: string) => ({
  file: 'api/unifiedroleassignmentschedulerequest-filterbycurrentuser.md',
  text: [
    '---\ndoc_type: apiPageType\n---\n# unifiedRoleAssignmentScheduleRequest: filterByCurrentUser\n\nNamespace: microsoft.graph\n',
    "## HTTP request\n```http\nGET /roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='parameterValue')\n```\n",
    `## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n${row}\n`,
    '## Response\nIf successful, this function returns a `200 OK` response code and a String in the response body.\n',
  ].join('\n'),
})
const ENUM = 'microsoft.graph.roleAssignmentScheduleRequestFilterByCurrentUserOptions'

describe('an enum a parameter row lists the values of', () => {
  it('is inferred from the row, and the parameter typed with it', () => {
    const model = buildModel([
      functionPage(
        '|on|roleAssignmentScheduleRequestFilterByCurrentUserOptions|Filter to query objects for which the current user is the principal. The possible values are: `principal`, `unknownFutureValue`.|',
      ),
    ])
    const inferred = model.types[ENUM] as EnumTypeDef
    expect(inferred.members.map((member) => member.name)).toEqual(['principal', 'unknownFutureValue'])
    expect(inferred.inferred).toBe(true)
    const [on] = model.operations[0]?.parameters ?? []
    expect(on?.type).toMatchObject({ resolved: ENUM })
    expect(Object.keys(model.undocumented)).not.toContain(ENUM)
  })

  it('stays undocumented where the row lists no values', () => {
    const model = buildModel([
      functionPage('|on|roleAssignmentScheduleRequestFilterByCurrentUserOptions|The filter.|'),
    ])
    expect(model.types[ENUM]).toBeUndefined()
    expect(Object.keys(model.undocumented)).toContain(ENUM)
  })
})

// Today's api-reference/v1.0: resources/intune-devices-manageddevice.md and
// api/intune-devices-manageddevice-update.md, whose Request body restates the property with the
// values the service has added since (shortened; no page documents the enum).
describe("a Request body row's values of an enum a Properties row lists", () => {
  const VALUES = '`unknown`, `userEnrollment`, `deviceEnrollmentManager`'
  const resource = {
    file: 'resources/intune-devices-manageddevice.md',
    text: [
      '---\ntitle: "managedDevice resource type"\n---\n# managedDevice resource type\n',
      '## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Unique Identifier for the device|',
      `|deviceEnrollmentType|[deviceEnrollmentType](../resources/intune-devices-deviceenrollmenttype.md)|Enrollment type of the device. Possible values are: ${VALUES}.|\n`,
      '## JSON Representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.managedDevice"\n}\n-->',
      '``` json\n{\n  "@odata.type": "#microsoft.graph.managedDevice",\n  "id": "String (identifier)",\n  "deviceEnrollmentType": "String"\n}\n```\n',
    ].join('\n'),
  }
  const update = {
    file: 'api/intune-devices-manageddevice-update.md',
    text: [
      '---\ntitle: "Update managedDevice"\ndoc_type: apiPageType\n---\n# Update managedDevice\n\nNamespace: microsoft.graph\n',
      'Update the properties of a [managedDevice](../resources/intune-devices-manageddevice.md) object.\n',
      '## HTTP Request\n``` http\nPATCH /deviceManagement/managedDevices/{managedDeviceId}\n```\n',
      '## Request body\n|Property|Type|Description|\n|:---|:---|:---|',
      `|deviceEnrollmentType|[deviceEnrollmentType](../resources/intune-devices-deviceenrollmenttype.md)|Enrollment type of the device. This property is read-only. Possible values are: ${VALUES}, \`appleUserEnrollment\`, \`appleUserEnrollmentWithServiceAccount\`.|\n`,
      '## Response\nIf successful, this method returns a `200 OK` response code and an updated [managedDevice](../resources/intune-devices-manageddevice.md) object in the response body.\n',
    ].join('\n'),
  }

  it("add to the enum the Properties row's values imply", () => {
    const inferred = buildModel([resource, update]).types[
      'microsoft.graph.deviceEnrollmentType'
    ] as EnumTypeDef
    expect(inferred.members.map((member) => member.name)).toEqual([
      'unknown',
      'userEnrollment',
      'deviceEnrollmentManager',
      'appleUserEnrollment',
      'appleUserEnrollmentWithServiceAccount',
    ])
  })
})

// Today's api-reference/v1.0: resources/externalconnectors-identity.md and
// api/externalconnectors-externalgroup-post-members.md, which spell one member in two letter cases
// (cut to the rows).
describe('an enum two rows list the values of, one member in two letter cases', () => {
  const resource = {
    file: 'resources/externalconnectors-identity.md',
    text: [
      '# identity resource type\n\nNamespace: microsoft.graph.externalConnectors\n',
      '## Properties\n| Property       | Type                    | Description     |\n|:---------------|:------------------------|:----------------|',
      '| id             | String                  | The unique ID of the identity. |',
      '| type           | microsoft.graph.externalConnectors.identityType | The type of identity. Possible values are: `user` or `group` for Azure AD identities and `externalgroup` for groups in an external system. |\n',
      '## JSON representation\n<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.externalConnectors.identity"\n}\n-->',
      '```json\n{\n  "id": "String",\n  "type": "String"\n}\n```\n',
    ].join('\n'),
  }
  const create = {
    file: 'api/externalconnectors-externalgroup-post-members.md',
    text: [
      '# Create identity\n\nNamespace: microsoft.graph.externalConnectors\n',
      '## HTTP request\n```http\nPOST /external/connections/{connectionsId}/groups/{externalGroupId}/members\n```\n',
      '## Request body\n| Property       | Type                    | Description     |\n|:---------------|:------------------------|:----------------|',
      '| id             | String                  | The unique `id` of the member. Required. |',
      '| type           | microsoft.graph.externalConnectors.identityType | The type of member added to the external group. Possible values are: `user`,`group`, `externalGroup`. Required. |\n',
      '## Response\nIf successful, this method returns a `201 Created` response code and an [identity](../resources/externalconnectors-identity.md) object in the response body.\n',
    ].join('\n'),
  }

  it('holds the member once, spelt in camelCase, whichever page comes first', () => {
    for (const pages of [
      [resource, create],
      [create, resource],
    ]) {
      const inferred = buildModel(pages).types[
        'microsoft.graph.externalConnectors.identityType'
      ] as EnumTypeDef
      expect(inferred.members.map((member) => member.name)).toEqual(['user', 'group', 'externalGroup'])
    }
  })
})

// Today's api-reference/v1.0 (test/fixtures/real-trees/graph-v1.0-today):
// resources/accesspackageassignmentrequestcalloutdata.md lists `denied`, and
// accesspackageassignmentrequestcallbackdata.md "The supported values are `Denied` and `Canceled`"
// (cut to the rows; no page documents the enum).
describe('an enum two resource pages list, one capitalising members the other does not', () => {
  const resource = (name: string, row: string) => ({
    file: `resources/${name.toLowerCase()}.md`,
    text: [
      `# ${name} resource type\n\nNamespace: microsoft.graph\n`,
      `## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n${row}\n`,
      `## JSON representation\n<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.${name}"\n}\n-->`,
      '```json\n{\n  "state": "String"\n}\n```\n',
    ].join('\n'),
  })
  const callout = resource(
    'accessPackageAssignmentRequestCalloutData',
    '|state|accessPackageRequestState|The state in which the callout extension data is in. The possible values are: `submitted`, `denied`, `canceled`, `unknownFutureValue`.|',
  )
  const callback = resource(
    'accessPackageAssignmentRequestCallbackData',
    '|state|accessPackageRequestState|Allow the extension to be able to deny or cancel the request submitted by the requestor. The supported values are `Denied` and `Canceled`.|',
  )

  it('holds each member once, spelt with a lower-case first letter', () => {
    for (const pages of [
      [callout, callback],
      [callback, callout],
    ]) {
      const inferred = buildModel(pages).types['microsoft.graph.accessPackageRequestState'] as EnumTypeDef
      expect(inferred.members.map((member) => member.name).sort()).toEqual([
        'canceled',
        'denied',
        'submitted',
        'unknownFutureValue',
      ])
    }
  })
})

// Today's resources/conditionalaccessconditionset.md: two rows list the values of `riskLevel`, which
// no page documents; the second adds `hidden` before the sentinel (shortened).
describe("the values of an inferred enum that two rows list, one of them a member the other's lacks", () => {
  const page = (rows: string[]) => ({
    file: 'resources/conditionalaccessconditionset.md',
    text: [
      '# conditionalAccessConditionSet resource type\n\nNamespace: microsoft.graph\n',
      `## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n${rows.join('\n')}\n`,
      '## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.conditionalAccessConditionSet" } -->',
      '```json\n{ "signInRiskLevels": ["String"], "userRiskLevels": ["String"] }\n```\n',
    ].join('\n'),
  })
  const SIGN_IN =
    '|signInRiskLevels|riskLevel collection|Sign-in risk levels. Possible values are: `low`, `medium`, `high`, `none`, `unknownFutureValue`.|'
  const USER =
    '|userRiskLevels|riskLevel collection|User risk levels. Possible values are: `low`, `medium`, `high`, `hidden`, `none`, `unknownFutureValue`.|'
  const membersOf = (rows: string[]) =>
    (buildModel([page(rows)]).types['microsoft.graph.riskLevel'] as EnumTypeDef).members.map((m) => m.name)

  const USER_ORDER = 'low medium high hidden none unknownFutureValue'

  it('keeps the member its row lists before the sentinel before it, whichever row comes first', () => {
    expect(membersOf([SIGN_IN, USER]).join(' ')).toBe('low medium high none hidden unknownFutureValue')
    expect(membersOf([USER, SIGN_IN]).join(' ')).toBe(USER_ORDER)
  })

  it('adds a member its row lists after the sentinel after it', () => {
    const later = SIGN_IN.replace('`unknownFutureValue`.', '`unknownFutureValue`, `blocked`.')
    expect(membersOf([USER, later]).join(' ')).toBe(`${USER_ORDER} blocked`)
  })
})
