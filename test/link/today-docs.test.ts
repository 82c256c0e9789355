/**
 * A slice of today's Graph docs (`test/fixtures/today-docs`, real pages of 2023–2026 copied byte for
 * byte, laid out as `api-reference/v1.0/{api,resources,includes}`, and the Copilot APIs' pages as
 * their repository lays them out under `docs/api/`): permissions in include files, code-tab groups,
 * zone pivots, enum pages and enum sections of evolvable enums, `ms.subservice`, request blocks with
 * and without `blockType: ignored`, cast segments. What a user relies on, read off the pages: the
 * types, the operations, the permissions, and a `check` that reports what is wrong with the slice
 * and nothing else.
 */
import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { check } from '../../src/index.js'
import type { ApiModel, ObjectTypeDef, OperationDef, TypeDef } from '../../src/model.js'
import { readDocs } from '../../src/read-docs.js'

const DOCS = fileURLToPath(new URL('../fixtures/today-docs', import.meta.url))
const ROOT = 'api-reference/v1.0/'
const ENUMS = `${ROOT}resources/enums.md`
const { pages } = await readDocs(DOCS)
const model: ApiModel = buildModel(pages)

const type = (name: string): TypeDef => {
  const found = model.types[name.includes('.') ? name : `microsoft.graph.${name}`]
  if (!found) throw new Error(`no type ${name}`)
  return found
}
const operation = (id: string): OperationDef => {
  const found = model.operations.find((each) => each.id === id)
  if (!found) throw new Error(`no operation ${id}`)
  return found
}
/** `name: Type[]` for each property, `Type` by its name as the page writes it. */
const properties = (name: string) => {
  const found = type(name)
  if (found.kind === 'enum') throw new Error(`${name} is an enum`)
  return found.properties.map(({ name, type, collection }) => {
    const written = type.kind === 'unknown' ? `?${type.text}` : type.name
    return `${name}: ${written}${collection ? '[]' : ''}`
  })
}
const resolved = (ref: { kind: string; resolved?: string } | undefined) => ref?.resolved

describe("today's Graph docs", () => {
  it('reads every type with its kind, base type and properties', () => {
    // The Enum values page's own enums are read below.
    expect(
      Object.values(model.types)
        .filter((each) => !each.files.every((file) => file === ENUMS))
        .map((each) => [
          each.name,
          each.kind,
          each.kind === 'enum' ? each.members.map((member) => member.name) : resolved(each.baseType),
        ]),
    ).toEqual([
      // An enum page of an evolvable enum: the members after the sentinel are members too; the Enum
      // values page lists `approver` before the sentinel, where it stays.
      [
        'accessPackageAssignmentRequestFilterByCurrentUserOptions',
        'enum',
        [
          'target',
          'createdBy',
          'approver',
          'unknownFutureValue',
          'targetManager',
          'targetAgentIdentitySponsorOrOwner',
        ],
      ],
      ['agentIdentity', 'entity', 'microsoft.graph.servicePrincipal'],
      ['agentIdentityBlueprint', 'entity', 'microsoft.graph.application'],
      ['attachmentBase', 'entity', 'microsoft.graph.entity'],
      ['checklistItem', 'entity', 'microsoft.graph.entity'],
      // An entity (Methods) without an `id` of its own inherits its key from the root entity.
      ['copilotAdminLimitedMode', 'entity', 'microsoft.graph.entity'],
      ['linkedResource', 'entity', 'microsoft.graph.entity'],
      ['m365CapabilityResourceScope', 'complex', undefined],
      // `### m365ResourceType values`, a `Member | Description` table in the resource page.
      ['m365ResourceType', 'enum', ['none', 'group', 'user', 'unknownFutureValue']],
      // `### retrievalEntityType enumeration`, a `| Value |` table of backticked members.
      [
        'retrievalEntityType',
        'enum',
        ['site', 'list', 'listItem', 'externalItem', 'drive', 'driveItem', 'unknownFutureValue'],
      ],
      ['retrievalExtract', 'complex', undefined],
      ['retrievalHit', 'complex', undefined],
      ['retrievalResponse', 'complex', undefined],
      // The incident page's namespace: its bare type names and its `### incidentStatus values` enum.
      [
        'alertClassification',
        'enum',
        ['unknown', 'falsePositive', 'truePositive', 'informationalExpectedActivity', 'unknownFutureValue'],
      ],
      [
        'alertDetermination',
        'enum',
        [
          'unknown',
          'apt',
          'malware',
          'securityPersonnel',
          'securityTesting',
          'unwantedSoftware',
          'other',
          'multiStagedAttack',
          'compromisedUser',
          'phishing',
          'maliciousUserActivity',
          'clean',
          'insufficientData',
          'confirmedUserActivity',
          'lineOfBusinessApplication',
          'unknownFutureValue',
        ],
      ],
      ['alertSeverity', 'enum', ['unknown', 'informational', 'low', 'medium', 'high', 'unknownFutureValue']],
      ['incident', 'entity', 'microsoft.graph.entity'],
      [
        'incidentStatus',
        'enum',
        ['active', 'resolved', 'inProgress', 'redirected', 'unknownFutureValue', 'awaitingAction'],
      ],
      ['taskFileAttachment', 'entity', 'microsoft.graph.attachmentBase'],
      ['todo', 'entity', 'microsoft.graph.entity'],
      ['todoTask', 'entity', 'microsoft.graph.entity'],
      ['todoTaskList', 'entity', 'microsoft.graph.entity'],
      ['wellknownListName', 'enum', ['none', 'defaultList', 'flaggedEmails', 'unknownFutureValue']],
    ])
    expect(properties('todoTask')).toEqual([
      'body: itemBody',
      'bodyLastModifiedDateTime: DateTimeOffset',
      'categories: String[]',
      'completedDateTime: dateTimeTimeZone',
      'createdDateTime: DateTimeOffset',
      'dueDateTime: dateTimeTimeZone',
      'hasAttachments: Boolean',
      'id: String',
      'importance: importance',
      'isReminderOn: Boolean',
      'lastModifiedDateTime: DateTimeOffset',
      'recurrence: patternedRecurrence',
      'reminderDateTime: dateTimeTimeZone',
      'startDateTime: dateTimeTimeZone',
      'status: taskStatus',
      'title: String',
      // Relationships; the "Task Export Mapping" table beside them documents no property.
      'attachments: taskFileAttachment[]',
      'checklistItems: checklistItem[]',
      'extensions: extension[]',
      'linkedResources: linkedResource[]',
    ])
    expect(properties('todoTaskList')).toEqual([
      'displayName: String',
      'id: String',
      'isOwner: Boolean',
      'isShared: Boolean',
      'wellknownListName: wellknownListName',
      'extensions: extension[]',
      'tasks: todoTask[]',
    ])
    expect(properties('todo')).toEqual(['lists: todoTaskList[]', 'id: String'])
    expect(properties('checklistItem')).toEqual([
      'checkedDateTime: DateTimeOffset',
      'createdDateTime: DateTimeOffset',
      'displayName: String',
      'id: String',
      'isChecked: Boolean',
    ])
    expect(properties('agentIdentity')).toEqual([
      // The table's `odata.type` row is the `@odata.type` control information, as sent.
      '@odata.type: String',
      'accountEnabled: Boolean',
      'agentIdentityBlueprintId: String',
      'customSecurityAttributes: customSecurityAttributeValue',
      'createdByAppId: String',
      'createdDateTime: DateTimeOffset',
      'disabledByMicrosoftStatus: String',
      'displayName: String',
      'id: String',
      'servicePrincipalType: String',
      'tags: String[]',
      'appRoleAssignedTo: appRoleAssignment[]',
      'appRoleAssignments: appRoleAssignment[]',
      'createdObjects: directoryObject[]',
      'memberOf: directoryObject[]',
      'oauth2PermissionGrants: oAuth2PermissionGrant[]',
      'ownedObjects: directoryObject[]',
      'owners: directoryObject[]',
      'sponsors: directoryObject[]',
    ])
    // The derived type keeps what it adds; the rows "Inherited from [attachmentBase]" are its base's.
    expect(properties('attachmentBase')).toEqual([
      'contentType: String',
      'id: String',
      'lastModifiedDateTime: DateTimeOffset',
      'name: String',
      'size: Int32',
    ])
    expect(properties('taskFileAttachment')).toEqual(['contentBytes: Binary'])
    // A `[!INCLUDE]` under a `###` of Properties ends no table; the "Relationship" table is read.
    const blueprint = properties('agentIdentityBlueprint')
    expect(blueprint).toHaveLength(30)
    expect(blueprint.slice(-5)).toEqual([
      'appManagementPolicies: appManagementPolicy[]',
      'federatedIdentityCredentials: federatedIdentityCredential[]',
      'inheritablePermissions: inheritablePermission[]',
      'owners: directoryObject[]',
      'sponsors: directoryObject[]',
    ])
    // The security namespace's enums, by a qualified link (`status`) and by a bare name (`severity`).
    const incident = type('microsoft.graph.security.incident') as ObjectTypeDef
    expect(
      ['status', 'severity'].map((name) =>
        resolved(incident.properties.find((each) => each.name === name)?.type),
      ),
    ).toEqual(['microsoft.graph.security.incidentStatus', 'microsoft.graph.security.alertSeverity'])
  })

  it('reads the Enum values page: an enum per `### x values` section, in the forms its tables take', () => {
    const enums = Object.values(model.types).filter((each) => each.files.includes(ENUMS))
    expect(enums).toHaveLength(331)
    const members = (name: string) => {
      const found = type(name)
      if (found.kind !== 'enum') throw new Error(`${name} is no enum`)
      return found.members.map((member) =>
        member.value === undefined ? member.name : [member.name, member.value],
      )
    }
    // `| Member |` tables in their spellings: `|Member|` + `|:---|`, cells padded with two spaces, a
    // heading that ends in a space; `| Value |` for the member column.
    expect(members('importance')).toEqual(['low', 'normal', 'high'])
    expect(members('eligibilityFilteringEnabledEntities')).toEqual([
      'none',
      'swapRequest',
      'offerShiftRequest',
      'unknownFutureValue',
      'timeOffReason',
    ])
    expect(members('teamsDeliveryLocation')).toEqual([
      'unknown',
      'teams',
      'quarantine',
      'failed',
      'unknownFutureValue',
    ])
    expect(members('chatMessageType')).toEqual([
      'message',
      'chatEvent',
      'typing',
      'unknownFutureValue',
      'systemEventMessage',
    ])
    // Values: `| Value |`, `| Int value |`, and a second `| Member |` column that holds them.
    expect(members('calendarColor').slice(0, 2)).toEqual([
      ['auto', -1],
      ['lightBlue', 0],
    ])
    expect(members('chatMessagePolicyViolationUserActionType')).toEqual([
      ['None', 0],
      ['Override', 1],
      ['ReportFalsePositive', 2],
    ])
    expect(members('userAccountSecurityType')).toEqual([
      ['unknown', -1],
      ['standard', 0],
      ['power', 1],
      ['administrator', 2],
    ])
    // The sentinel as the page spells it.
    expect(members('fileStorageContainerStatus')).toEqual(['inactive', 'active', 'unknownfuturevalue'])
    // Listed bare here and with descriptions on the todoTaskList page: one enum, with them.
    const wellknown = type('wellknownListName')
    expect(wellknown.kind === 'enum' && wellknown.members.map((member) => member.description)).toEqual([
      'User created list.',
      'Built-in Tasks list.',
      'Built-in Flagged email list. Tasks from flagged emails are present in this list.',
      'Evolvable enumeration sentinel value. Do not use.',
    ])
    expect(type('importance').targets).toEqual([`${ENUMS}#importance-values`])
  })

  it('reads pages of zone pivots: no marker in a description, each property once', () => {
    // `:::zone pivot="graph-v1"` … `:::zone-end` and the preview's table after it: one property each,
    // the preview's own (`pageNumbers`) added.
    expect(properties('retrievalExtract')).toEqual([
      'relevanceScore: Single',
      'text: String',
      'pageNumbers: Int32[]',
    ])
    expect(properties('retrievalHit')).toEqual([
      'extracts: retrievalExtract[]',
      'resourceMetadata: searchResourceMetadataDictionary',
      'resourceType: retrievalEntityType',
      'sensitivityLabel: searchSensitivityLabelInfo',
      'webUrl: String',
    ])
    expect(
      ['retrievalExtract', 'retrievalHit', 'retrievalResponse', 'copilotAdminLimitedMode'].map(
        (name) => type(name).description,
      ),
    ).toEqual([
      'Represents a single extract within the list of retrieval extracts.',
      'Represents a single result within the list of retrieval results.',
      'Represents results from a retrieval query.',
      expect.stringMatching(/^Represents a setting that controls whether users of Microsoft 365 Copilot/),
    ])
    expect(
      [
        'copilotadminlimitedmode-get',
        'copilotadminlimitedmode-update',
        'externalconnectors-externalgroup-get',
      ].map((id) => [operation(id).description, operation(id).examples.map((each) => each.kind)]),
    ).toEqual([
      // The two pivots' request examples are the same request to each version's URL.
      [
        'Read the properties and relationships of a copilotAdminLimitedMode object.',
        ['request', 'request', 'response'],
      ],
      ['Update the properties of a copilotAdminLimitedMode object.', ['request', 'request', 'response']],
      // `::: zone pivot="programming-language-curl"`: the HTTP request is one pivot, the SDKs' includes others.
      ['Get an externalGroup object.', ['request', 'response']],
    ])
  })

  it('reads the flags the descriptions state', () => {
    const list = type('todoTaskList')
    const agent = type('agentIdentity')
    if (list.kind === 'enum' || agent.kind === 'enum') throw new Error('not enums')
    const flags = (each: TypeDef, name: string) => {
      if (each.kind === 'enum') throw new Error('an enum')
      const property = each.properties.find((candidate) => candidate.name === name)
      return [property?.readOnly, property?.nullable, property?.relationship]
    }
    expect(flags(list, 'id')).toEqual([true, undefined, false])
    expect(flags(list, 'tasks')).toEqual([true, true, true])
    expect(flags(agent, 'createdDateTime')).toEqual([true, undefined, false])
    expect(flags(agent, 'tags')).toEqual([false, false, false])
    expect(agent.openType).toBe(true)
    // "The possible values are: `null` (default value), `NotDisabled`, and …": null is no value.
    expect(
      agent.properties.find((each) => each.name === 'disabledByMicrosoftStatus')?.possibleValues,
    ).toEqual(['NotDisabled', 'DisabledDueToViolationOfServicesAgreement'])
  })

  it('reads every operation: kind, routes, body, response, workload', () => {
    expect(
      model.operations.map((each) => [
        each.id,
        each.kind,
        each.routes.map((route) => `${route.method} ${route.raw}`),
        resolved(each.requestBody?.type),
        each.parameters.filter((parameter) => parameter.in === 'body').map((parameter) => parameter.name),
        each.response.status,
        resolved(each.response.type),
        each.response.collection,
        each.workload,
      ]),
    ).toEqual([
      [
        'agentidentity-delete-owners',
        'delete',
        ['DELETE /servicePrincipals/{id}/microsoft.graph.agentIdentity/owners/{id}/$ref'],
        undefined,
        [],
        204,
        undefined,
        false,
        'entra-agent-id',
      ],
      [
        'agentidentity-get',
        'get',
        ['GET /servicePrincipals/{id}/microsoft.graph.agentIdentity'],
        undefined,
        [],
        200,
        'microsoft.graph.agentIdentity',
        false,
        'entra-agent-id',
      ],
      [
        'agentidentity-list',
        'list',
        ['GET /servicePrincipals/microsoft.graph.agentIdentity'],
        undefined,
        [],
        200,
        'microsoft.graph.agentIdentity',
        true,
        'entra-agent-id',
      ],
      [
        'agentidentity-list-ownedobjects',
        'list',
        ['GET /servicePrincipals/{id}/microsoft.graph.agentIdentity/ownedObjects'],
        undefined,
        [],
        200,
        'microsoft.graph.directoryObject',
        true,
        'entra-agent-id',
      ],
      [
        'agentidentity-post',
        'create',
        ['POST /servicePrincipals/microsoft.graph.agentIdentity'],
        'microsoft.graph.agentIdentity',
        [],
        201,
        // The route casts to agentIdentity, as the sentence says; the annotation names the base type.
        'microsoft.graph.agentIdentity',
        false,
        'entra-agent-id',
      ],
      [
        'agentidentity-post-sponsors',
        'create',
        ['POST /servicePrincipals/{id}/microsoft.graph.agentIdentity/sponsors/$ref'],
        // A reference, `{ "@odata.id": "…/directoryObjects/{sponsorObjectId}" }`, not a directoryObject.
        undefined,
        ['@odata.id'],
        204,
        undefined,
        false,
        'entra-agent-id',
      ],
      [
        'agentidentity-update',
        'update',
        ['PATCH /servicePrincipals/{id}/microsoft.graph.agentIdentity'],
        // "Update the properties of an [agentIdentity](../resources/agentidentity.md) object."
        'microsoft.graph.agentIdentity',
        [],
        204,
        undefined,
        false,
        'entra-agent-id',
      ],
      [
        'agentidentityblueprint-addkey',
        'action',
        ['POST /applications/{id}/microsoft.graph.agentIdentityBlueprint/addKey'],
        undefined,
        ['keyCredential', 'passwordCredential', 'proof'],
        200,
        'microsoft.graph.keyCredential',
        false,
        'entra-agent-id',
      ],
      [
        'agentidentityblueprint-unsetverifiedpublisher',
        'action',
        ['POST /applications/{id}/microsoft.graph.agentIdentityBlueprint/unsetVerifiedPublisher'],
        undefined,
        [],
        204,
        undefined,
        false,
        'entra-agent-id',
      ],
      [
        'checklistitem-delete',
        'delete',
        [
          'DELETE /me/todo/lists/{todoTaskListId}/tasks/{todoTaskId}/checklistItems/{checklistItemId}',
          'DELETE /users/{id | userPrincipalName}/todo/lists/{todoTaskListId}/tasks/{todoTaskId}/checklistItems/{checklistItemId}',
        ],
        undefined,
        [],
        204,
        undefined,
        false,
        'outlook',
      ],
      // Each pivot's request line (`https://graph.microsoft.com/v1.0/…`, `…/beta/…`) is the one route.
      [
        'copilotadminlimitedmode-get',
        'get',
        ['GET /copilot/admin/settings/limitedMode'],
        undefined,
        [],
        200,
        'microsoft.graph.copilotAdminLimitedMode',
        false,
        undefined,
      ],
      [
        'copilotadminlimitedmode-update',
        'update',
        ['PATCH /copilot/admin/settings/limitedMode'],
        'microsoft.graph.copilotAdminLimitedMode',
        ['groupId', 'isEnabledForGroup'],
        200,
        'microsoft.graph.copilotAdminLimitedMode',
        false,
        undefined,
      ],
      [
        'externalconnectors-externalgroup-get',
        'get',
        ['GET /external/connections/{connectionsId}/groups/{externalGroupId}'],
        undefined,
        [],
        200,
        'microsoft.graph.externalConnectors.externalGroup',
        false,
        'search',
      ],
      [
        'taskfileattachment-createuploadsession',
        'action',
        [
          'POST /me/todo/lists/{id}/tasks/{id}/attachments/createUploadSession',
          'POST /users/{id}/todo/lists/{id}/tasks/{id}/attachments/createUploadSession',
        ],
        undefined,
        ['attachmentInfo'],
        200,
        'microsoft.graph.uploadSession',
        false,
        'outlook',
      ],
      [
        'taskfileattachment-get',
        'get',
        // The `$value` lines sit between two backticks (``` ``http … `` ```), no code block: read.
        [
          'GET /me/todo/lists/{id}/tasks/{id}/attachments/{id}',
          'GET /users/{id}/todo/lists/{id}/tasks/{id}/attachments/{id}',
          'GET /me/todo/lists/{id}/tasks/{id}/attachments/{id}/$value',
          'GET /users/{id}/todo/lists/{id}/tasks/{id}/attachments/{id}/$value',
        ],
        undefined,
        [],
        200,
        'microsoft.graph.taskFileAttachment',
        false,
        'outlook',
      ],
      [
        'todo-list-lists',
        'list',
        ['GET /me/todo/lists', 'GET /users/{id|userPrincipalName}/todo/lists'],
        undefined,
        [],
        200,
        'microsoft.graph.todoTaskList',
        true,
        'outlook',
      ],
      [
        'todo-post-lists',
        'create',
        ['POST /me/todo/lists', 'POST /users/{id|userPrincipalName}/todo/lists'],
        'microsoft.graph.todoTaskList',
        ['displayName'],
        201,
        'microsoft.graph.todoTaskList',
        false,
        'outlook',
      ],
      [
        'todotask-get',
        'get',
        [
          'GET /me/todo/lists/{todoTaskListId}/tasks/{taskId}',
          'GET /users/{id|userPrincipalName}/todo/lists/{todoTaskListId}/tasks/{taskId}',
        ],
        undefined,
        [],
        200,
        'microsoft.graph.todoTask',
        false,
        'outlook',
      ],
      [
        'todotask-post-attachments',
        'create',
        [
          'POST /me/todo/lists/{id}/tasks/{id}/attachments',
          'POST /users/{id}/todo/lists/{id}/tasks/{id}/attachments',
        ],
        'microsoft.graph.taskFileAttachment',
        ['contentBytes', 'contentType', 'name', 'size'],
        201,
        'microsoft.graph.taskFileAttachment',
        false,
        'outlook',
      ],
      [
        'todotask-post-checklistitems',
        'create',
        [
          'POST /me/todo/lists/{todoTaskListId}/tasks/{todoTaskId}/checklistItems',
          'POST /users/{id | userPrincipalName}/todo/lists/{todoTaskListId}/tasks/{todoTaskId}/checklistItems',
        ],
        'microsoft.graph.checklistItem',
        ['checkedDateTime', 'createdDateTime', 'displayName', 'isChecked'],
        201,
        'microsoft.graph.checklistItem',
        false,
        'outlook',
      ],
      [
        'todotask-update',
        'update',
        [
          'PATCH /me/todo/lists/{todoTaskListId}/tasks/{taskId}',
          'PATCH /users/{id|userPrincipalName}/todo/lists/{todoTaskListId}/tasks/{taskId}',
        ],
        'microsoft.graph.todoTask',
        [
          'id',
          'body',
          'categories',
          'completedDateTime',
          'dueDateTime',
          'importance',
          'isReminderOn',
          'recurrence',
          'reminderDateTime',
          'startDateTime',
          'status',
          'title',
          'createdDateTime',
          'lastModifiedDateTime',
          'bodyLastModifiedDateTime',
        ],
        200,
        'microsoft.graph.todoTask',
        false,
        'outlook',
      ],
      [
        'todotasklist-delta',
        'function',
        ['GET /me/todo/lists/delta', 'GET /users/{id|userPrincipalName}/todo/lists/delta'],
        undefined,
        [],
        200,
        'microsoft.graph.todoTaskList',
        true,
        'outlook',
      ],
      [
        'todotasklist-list-tasks',
        'list',
        [
          'GET /me/todo/lists/{todoTaskListId}/tasks',
          'GET /users/{id|userPrincipalName}/todo/lists/{todoTaskListId}/tasks',
        ],
        undefined,
        [],
        200,
        'microsoft.graph.todoTask',
        true,
        'outlook',
      ],
      [
        'user-list-manager',
        'get',
        // The management-chain lines (`GET /me?$expand=manager`, …) document other routes.
        ['GET /me/manager', 'GET /users/{id | userPrincipalName}/manager'],
        undefined,
        [],
        200,
        // The annotation (the example's user) against the sentence's directoryObject, reported below;
        // with no page of user in the slice, nothing says directoryObject is its base, so it stays.
        'microsoft.graph.user',
        false,
        'users',
      ],
      [
        'user-reminderview',
        'function',
        [
          'GET /users/{id | userPrincipalName}/reminderView(startDateTime=startDateTime-value,endDateTime=endDateTime-value)',
        ],
        undefined,
        [],
        200,
        'microsoft.graph.reminder',
        true,
        'outlook',
      ],
    ])
    // Required as the Request body says: "the parameters that are required when you call this action"
    // above addKey's table, but the row that is "required only for keys of type
    // `X509CertAndPassword`. Set it to `null` otherwise."; "Optional." in a row; neither for
    // createUploadSession's ("can be used").
    const body = (id: string) =>
      operation(id).parameters.flatMap((each) => (each.in === 'body' ? [[each.name, each.required]] : []))
    expect(body('agentidentityblueprint-addkey')).toEqual([
      ['keyCredential', true],
      ['passwordCredential', false],
      ['proof', true],
    ])
    expect(body('copilotadminlimitedmode-update')).toEqual([
      ['groupId', false],
      ['isEnabledForGroup', false],
    ])
    expect(body('taskfileattachment-createuploadsession')).toEqual([['attachmentInfo', false]])
    // The function's parameters are the route's, not the query's.
    expect(
      operation('user-reminderview').parameters.flatMap((each) => (each.in === 'path' ? [each.name] : [])),
    ).toEqual(['startDateTime', 'endDateTime'])
    // The Response sentence agrees with the annotation, and its link names the resource page.
    expect(operation('todo-list-lists').response.type).toMatchObject({
      target: `${ROOT}resources/todotasklist.md`,
    })
  })

  it('reads permissions from the include files and from tables on the page', () => {
    expect(operation('agentidentity-update').permissions).toEqual([
      {
        type: 'Delegated (work or school account)',
        scopes: ['AgentIdentity.EnableDisable.All', 'AgentIdentity.ReadWrite.All'],
      },
      { type: 'Delegated (personal Microsoft account)', scopes: [] },
      {
        type: 'Application',
        scopes: [
          'AgentIdentity.EnableDisable.All',
          'AgentIdentity.CreateAsManager',
          'AgentIdentity.ReadWrite.All',
        ],
      },
    ])
    expect(operation('agentidentity-list').permissions.map((each) => each.scopes)).toEqual([
      ['AgentIdentity.Read.All', 'AgentIdentity.ReadWrite.All'],
      [],
      ['AgentIdentity.Read.All', 'AgentIdentity.ReadWrite.All'],
    ])
    // A row written with a leading space (` |Delegated (personal Microsoft account) | …`) is a row.
    expect(operation('agentidentity-post-sponsors').permissions).toEqual([
      { type: 'Delegated (work or school account)', scopes: [] },
      { type: 'Delegated (personal Microsoft account)', scopes: [] },
      { type: 'Application', scopes: ['AgentIdentity.ReadWrite.All'] },
    ])
    expect(operation('agentidentity-delete-owners').permissions.map((each) => each.scopes)).toEqual([
      ['AgentIdentity.ReadWrite.All'],
      [],
      ['AgentIdentity.ReadWrite.All', 'AgentIdentity.CreateAsManager'],
    ])
    expect(operation('todo-post-lists').permissions.map((each) => each.scopes)).toEqual([
      ['Tasks.ReadWrite'],
      ['Tasks.ReadWrite'],
      ['Tasks.ReadWrite.All'],
    ])
    // An include with no line break at its end; a row with a space after its `|`.
    expect(operation('todotask-update').permissions.map((each) => each.scopes)).toEqual([
      ['Tasks.ReadWrite'],
      ['Tasks.ReadWrite'],
      ['Tasks.ReadWrite.All'],
    ])
    // A three-column table ("Least privileged permissions", "Higher privileged permissions") on the page.
    expect(operation('copilotadminlimitedmode-get').permissions.map((each) => each.scopes)).toEqual([
      ['CopilotSettings-LimitedMode.Read', 'CopilotSettings-LimitedMode.ReadWrite'],
      [],
      [],
    ])
    // Their includes are not in the slice: reported, and no permissions made up.
    for (const id of ['taskfileattachment-createuploadsession', 'todo-list-lists', 'todotasklist-list-tasks'])
      expect(operation(id).permissions).toEqual([])
  })

  it('checks the slice: what is wrong with it, each once, and nothing else', async () => {
    const { diagnostics, summary } = await check({ docs: DOCS })
    const short = (file: string) => file.replace(ROOT, '')
    // Include files are not pages; this README is one (an unknown page, as any other Markdown file).
    const markdown = await readdir(DOCS, { recursive: true })
    const includes = markdown.filter((file) => /includes\/.*\.md$/.test(file.replaceAll('\\', '/')))
    expect(includes).toHaveLength(13)
    expect(summary).toMatchObject({ pages: pages.length - includes.length, errors: 0 })
    expect(
      diagnostics
        .filter((each) => each.code !== 'broken-link' && each.code !== 'unresolved-type')
        .map((each) => [each.code, short(each.file), each.line]),
    ).toEqual([
      // `{id}` twice in a path: OpenAPI names each occurrence apart.
      ['openapi-inexact-path', 'api/agentidentity-delete-owners.md', 34],
      // The sentence and the route's cast (agentIdentity) against the annotation (servicePrincipal).
      ['response-type-conflict', 'api/agentidentity-post.md', 43],
      // A request example with no annotation; the page's response has one.
      ['missing-annotation', 'api/agentidentity-post.md', 52],
      ['missing-annotation', 'api/agentidentity-update.md', 65],
      // The three permissions includes the slice does not hold, each reported once.
      ['missing-include', 'api/taskfileattachment-createuploadsession.md', 33],
      ['openapi-inexact-path', 'api/taskfileattachment-createuploadsession.md', 43],
      ['openapi-inexact-path', 'api/taskfileattachment-createuploadsession.md', 44],
      ['openapi-inexact-path', 'api/taskfileattachment-get.md', 32],
      ['openapi-inexact-path', 'api/taskfileattachment-get.md', 33],
      // … and reported where the two backticks open the block.
      ['short-fence', 'api/taskfileattachment-get.md', 41],
      ['openapi-inexact-path', 'api/taskfileattachment-get.md', 42],
      ['openapi-inexact-path', 'api/taskfileattachment-get.md', 43],
      // The single attachment of the response example is wrapped in `"value": { … }`.
      ['wrapped-single-entity', 'api/taskfileattachment-get.md', 117],
      ['missing-include', 'api/todo-list-lists.md', 21],
      ['openapi-inexact-path', 'api/todotask-post-attachments.md', 34],
      ['openapi-inexact-path', 'api/todotask-post-attachments.md', 35],
      // The response example of the delta page has no annotation; its request is `ignored`.
      ['missing-annotation', 'api/todotasklist-delta.md', 92],
      ['missing-include', 'api/todotasklist-list-tasks.md', 22],
      ['response-type-conflict', 'api/user-list-manager.md', 66],
      // `reminderView(startDateTime=startDateTime-value,…)`: values, not `{placeholders}`.
      ['openapi-inexact-path', 'api/user-reminderview.md', 27],
      // `| signInAudience | String |` lists the members of enums.md's `### signInAudience values`.
      ['string-names-enum', 'resources/agentidentityblueprint.md', 84],
      // The page's JSON representation leaves out two properties of its table.
      ['representation-mismatch', 'resources/todotask.md', 45],
      ['representation-mismatch', 'resources/todotask.md', 52],
    ])
    // Every broken link and unresolved type names a page the slice does not hold (none of the
    // slice's own pages, none of its includes). Of the includes it does not hold, permissions
    // tables are `missing-include` above; others are judged as links where the slice holds their
    // folder (`includes/rbac-for-apis/`, whose two includes it holds), and left alone where it does
    // not (snippets, `../../includes/`, the Copilot pages' `docs/api/includes/`).
    const held = new Set(pages.map((page) => page.file.toLowerCase()))
    const named = diagnostics
      .filter((each) => each.code === 'broken-link' || each.code === 'unresolved-type')
      .map(
        (each) => /(api-reference\/\S+?\.md)|microsoft\.graph\.(\w+)/.exec(each.message)?.[0] ?? each.message,
      )
    expect(named.length).toBeGreaterThan(0)
    for (const target of named) expect(held.has(target)).toBe(false)
    expect(named.filter((target) => target.includes('/includes/'))).toEqual([])
  })
})
