/**
 * An update page's Request body lead-in that says its rows are required when updating makes a PATCH
 * require them: excerpts of microsoftgraph/microsoft-graph-docs-contrib
 * api-reference/v1.0/api/teamworktag-update.md (43b498394ec440e548985309e1d8689c9e16adcf: "The
 * following table shows the properties that are required when you update the [teamworkTag](…).",
 * its one row `displayName`) and resources/teamworktag.md (bb0ce313715244063ceed6fbf9e78ff0070733a6),
 * cut to a few rows. The generated server took a PATCH of `{}`, and the row was not required.
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { mockOfPages, sendJson } from '../support/pages-mock.js'

const PATH = '/teams/53c53217-fe77-4383-bc5a-ed4937a1aecd/tags/MjQzMmI1N2ItMGFiZC00M2Ri'

const RESOURCE = `# teamworkTag resource type

Namespace: microsoft.graph

Represents a tag associated with a team.

## Properties
|Property|Type|Description|
|:---|:---|:---|
|description|String|Tag description as it will appear to the user in Microsoft Teams.|
|displayName|String|Tag name as it will appear to the user in Microsoft Teams.|
|id|String|ID of the tag.|
|memberCount|Int32|The number of users assigned to the tag.|
|teamId|String|ID of the team in which the tag is defined.|

## JSON representation
<!-- {
  "blockType": "resource",
  "keyProperty": "id",
  "@odata.type": "microsoft.graph.teamworkTag",
  "baseType": "microsoft.graph.entity",
  "openType": false
}
-->
\`\`\` json
{
  "@odata.type": "#microsoft.graph.teamworkTag",
  "id": "String (identifier)",
  "teamId": "String",
  "displayName": "String",
  "memberCount": "Integer"
}
\`\`\`
`

const UPDATE = `# Update teamworkTag
Namespace: microsoft.graph

Update the properties of a standard tag object.

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\` http
PATCH /teams/{team-Id}/tags/{teamworkTag-Id}
\`\`\`

## Request body
In the request body, supply a JSON representation of the [teamworkTag](../resources/teamworktag.md) object.

The following table shows the properties that are required when you update the [teamworkTag](../resources/teamworktag.md).

|Property|Type|Description|
|:---|:---|:---|
|displayName|String|Name of the tag. The value can't be more than 40 characters.|

## Response

If successful, this method returns a \`200 OK\` response code and an updated [teamworkTag](../resources/teamworktag.md) object in the response body.

## Examples

### Request

<!-- {
  "blockType": "request",
  "name": "update_teamworktag"
}
-->
\`\`\` http
PATCH https://graph.microsoft.com/v1.0${PATH}
Content-Type: application/json

{
  "displayName": "Finance"
}
\`\`\`
`

const PAGES = [
  { file: 'resources/teamworktag.md', text: RESOURCE },
  { file: 'api/teamworktag-update.md', text: UPDATE },
]

describe("an update's body table under a lead-in of properties required when updating", () => {
  it('makes its rows required', () => {
    const update = buildModel(PAGES).operations.find(
      (operation) => operation.position?.file === PAGES[1]?.file,
    )
    const rows = update?.parameters.filter((parameter) => parameter.in === 'body')
    expect(rows?.map((row) => [row.name, row.required])).toEqual([['displayName', true]])
  })

  const mock = mockOfPages(PAGES)
  const patch = async (body: unknown) => (await sendJson(`${mock().url}${PATH}`, 'PATCH', body)).status

  it("makes the mock take the page's own PATCH and refuse one without them", async () => {
    expect(await patch({ displayName: 'Finance' })).toBe(200)
    expect(await patch({ description: 'The finance team.' })).toBe(400)
    expect(await patch({})).toBe(400)
  })
})
