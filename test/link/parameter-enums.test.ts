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
