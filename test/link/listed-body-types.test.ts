import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'

/** A resource page of `name` in microsoft.graph with `members` (String each) and a base type. */
const resource = (name: string, members: readonly string[], base = 'microsoft.graph.entity') =>
  [
    '---\ndoc_type: resourcePageType\n---',
    `# ${name} resource type\n\nNamespace: microsoft.graph`,
    '## Properties\n|Property|Type|Description|\n|:--|:--|:--|',
    ...members.map((member) => `|${member}|String|The ${member}.|`),
    '\n## JSON representation',
    `<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}", "baseType": "${base}" } -->`,
    '```json',
    `{ ${members.map((member) => `"${member}": "String"`).join(', ')} }`,
    '```\n',
  ].join('\n')

/** An update page whose description links `linked`, whose body table lists `listed` and whose
 *  Response sentence names `answered` (as today's "Update userInsightsSettings" page does). */
const update = (linked: string, listed: readonly string[], answered: string) =>
  [
    '---\ndoc_type: apiPageType\n---',
    '# Update settings\n\nNamespace: microsoft.graph',
    `Update the privacy settings for [${linked}](../resources/${linked.toLowerCase()}.md) of a user.`,
    '## HTTP request\n```http\nPATCH /me/settings/insights\n```',
    '## Request body\n| Property | Type | Description |\n|:--|:--|:--|',
    ...listed.map((member) => `| ${member} | String | The ${member}. Optional. |`),
    '\n## Response',
    `If successful, this method returns a \`200 OK\` response code and a [${answered}](../resources/${answered.toLowerCase()}.md) object in the response body.\n`,
  ].join('\n')

const bodyOf = (pages: { file: string; text: string }[]) => {
  const body = buildModel(pages).operations[0]?.requestBody?.type
  return body?.kind === 'named' ? body.resolved : undefined
}

const settings = { file: 'resources/insightssettings.md', text: resource('insightsSettings', ['isEnabled']) }

describe('the body type an update sends, from the members its Request body table lists', () => {
  it('is the response type where the linked type is undocumented and the response type has every member', () => {
    const page = {
      file: 'api/insightssettings-update.md',
      text: update('itemInsights', ['isEnabled'], 'insightsSettings'),
    }
    expect(bodyOf([page, settings])).toBe('microsoft.graph.insightsSettings')
  })

  it('is the response type where the linked type has no member of a listed name', () => {
    const page = {
      file: 'api/insightssettings-update.md',
      text: update('itemInsights', ['isEnabled'], 'insightsSettings'),
    }
    const linked = { file: 'resources/iteminsights.md', text: resource('itemInsights', ['trending']) }
    expect(bodyOf([page, settings, linked])).toBe('microsoft.graph.insightsSettings')
  })

  it("stays the linked type where it has every member, its base's included (a derived type's update)", () => {
    const page = {
      file: 'api/searchfolder-update.md',
      text: update('searchFolder', ['displayName', 'query'], 'folder'),
    }
    const folder = { file: 'resources/folder.md', text: resource('folder', ['displayName']) }
    const derived = {
      file: 'resources/searchfolder.md',
      text: resource('searchFolder', ['query'], 'microsoft.graph.folder'),
    }
    expect(bodyOf([page, folder, derived])).toBe('microsoft.graph.searchFolder')
  })

  it('stays the linked type where the response type lacks a listed member too', () => {
    const page = {
      file: 'api/insightssettings-update.md',
      text: update('itemInsights', ['isEnabled', 'other'], 'insightsSettings'),
    }
    const linked = { file: 'resources/iteminsights.md', text: resource('itemInsights', ['trending']) }
    expect(bodyOf([page, settings, linked])).toBe('microsoft.graph.itemInsights')
  })
})

// today's api/chat-post-installedapps.md, microsoftgraph/microsoft-graph-docs-contrib (shortened)
describe('the body type a create sends where the Response section names none', () => {
  const install = (table: string) => ({
    file: 'api/chat-post-installedapps.md',
    text: [
      '---\ndoc_type: apiPageType\n---',
      '# Add app to chat\n\nNamespace: microsoft.graph',
      'Install a [teamsApp](../resources/teamsapp.md) to the specified [chat](../resources/chat.md).',
      '## HTTP request\n```http\nPOST /chats/{chat-id}/installedApps\n```',
      '## Request body\nThe request body should include the generated app ID of the catalog app. For more information, see [teamsApp properties](../resources/teamsapp.md#properties).',
      `The following table lists additional parameters that can be used with the request body.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|${table}|String|Set of resource-specific permissions.|`,
      '\n## Response\nIf successful, this method returns a `201 Created` response code.\n',
    ].join('\n'),
  })
  const list = {
    file: 'api/chat-list-installedapps.md',
    text: [
      '---\ndoc_type: apiPageType\n---',
      '# List apps in chat\n\nNamespace: microsoft.graph',
      'List all app installations within a chat.',
      '## HTTP request\n```http\nGET /chats/{chat-id}/installedApps\n```',
      '## Response\nIf successful, this method returns a `200 OK` response code and a collection of [teamsAppInstallation](../resources/teamsappinstallation.md) objects in the response body.\n',
    ].join('\n'),
  }
  const teamsApp = { file: 'resources/teamsapp.md', text: resource('teamsApp', ['displayName']) }
  const installation = {
    file: 'resources/teamsappinstallation.md',
    text: resource('teamsAppInstallation', ['consentedPermissionSet']),
  }
  const created = (pages: { file: string; text: string }[]) => {
    const operation = buildModel(pages).operations.find((each) => each.id === 'chat-post-installedapps')
    return operation?.requestBody?.type.kind === 'named' ? operation.requestBody.type.resolved : undefined
  }

  it('is the item of the collection it posts to, where that has every listed member', () => {
    expect(created([install('consentedPermissionSet'), list, teamsApp, installation])).toBe(
      'microsoft.graph.teamsAppInstallation',
    )
  })

  it('stays the linked type where the collection is unknown or lacks a listed member', () => {
    expect(created([install('consentedPermissionSet'), teamsApp, installation])).toBe(
      'microsoft.graph.teamsApp',
    )
    expect(created([install('consentedScopes'), list, teamsApp, installation])).toBe(
      'microsoft.graph.teamsApp',
    )
  })
})

describe('a Request body member the type its body sends does not have', () => {
  const reported = (pages: { file: string; text: string }[]) =>
    buildModel(pages)
      .diagnostics.filter((each) => each.code === 'body-member-unknown')
      .map((each) => each.message.split(' ')[4])

  it('is reported where no type the page names has it (a resource page older than the update page)', () => {
    const page = {
      file: 'api/insightssettings-update.md',
      text: update('itemInsights', ['trending', 'registration'], 'insightsSettings'),
    }
    const linked = { file: 'resources/iteminsights.md', text: resource('itemInsights', ['trending']) }
    expect(reported([page, settings, linked])).toEqual(['registration'])
  })

  it("is not reported for a body's annotation, another letter case, or a derived type's member", () => {
    const page = {
      file: 'api/place-update.md',
      text: update('place', ['@odata.type', 'DisplayName', 'capacity'], 'place'),
    }
    const place = { file: 'resources/place.md', text: resource('place', ['displayName']) }
    const room = { file: 'resources/room.md', text: resource('room', ['capacity'], 'microsoft.graph.place') }
    expect(reported([page, place, room])).toEqual([])
    expect(reported([page, place])).toEqual(['capacity'])
  })
})

// today's api/search-searchentity-post-acronyms.md and the 2021 contact-update.md (shortened)
describe('a Request body member typed otherwise than the property the body sends', () => {
  const retyped = (cells: readonly string[]) =>
    buildModel([
      { file: 'resources/insightssettings.md', text: resource('insightsSettings', ['isEnabled', 'labels']) },
      {
        file: 'api/insightssettings-update.md',
        text: update('insightsSettings', [], 'insightsSettings').replace(
          '|:--|:--|:--|',
          `|:--|:--|:--|\n${cells.join('\n')}`,
        ),
      },
    ])
      .diagnostics.filter((each) => each.code === 'body-member-retyped')
      .map((each) => `${each.line} ${each.message}`)

  it('is reported where one is a collection and the other not, or they are other primitives', () => {
    expect(retyped(['| isEnabled | String collection | x |', '| labels | Int32 | y |'])).toEqual([
      "15 Unexpected Request body member isEnabled of insightssettings-update typed String collection, expected String as microsoft.graph.insightsSettings's property isEnabled is; the body sends the property's type",
      "16 Unexpected Request body member labels of insightssettings-update typed Int32, expected String as microsoft.graph.insightsSettings's property labels is; the body sends the property's type",
    ])
  })

  it('is reported where the table names an object type for a primitive', () => {
    expect(retyped(['| labels | [insightsSettings](../resources/insightssettings.md) | y |'])).toEqual([
      "15 Unexpected Request body member labels of insightssettings-update typed insightsSettings, expected String as microsoft.graph.insightsSettings's property labels is; the body sends the property's type",
    ])
  })

  it('is not reported where they agree, in any letter case, or the table names an undocumented type for a string', () => {
    expect(
      retyped(['| isEnabled | string | x |', '| labels | [labelKind](../resources/labelkind.md) | y |']),
    ).toEqual([])
  })
})

// microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/security-retentionevent-post.md
// @cb3c8077e3f4a68be89dbb309b64799142e59784, resources/security-retentionevent.md
// @82e5d12b81a73d0d2a974d189d6b96c21c4832a2 and resources/security-retentioneventtype.md
// @e80c94ab584438a1bbd2797d60d230b96bdfaa40 (shortened)
describe('a Request body member typed a primitive where the body sends an object', () => {
  const resourcePage = (name: string, tables: string) =>
    [
      '---\ndoc_type: resourcePageType\n---',
      `# ${name} resource type\n\nNamespace: microsoft.graph.security`,
      tables,
      '## JSON representation',
      `<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.security.${name}",\n  "baseType": "microsoft.graph.entity",\n  "openType": false\n}\n-->`,
      `\`\`\` json\n{\n  "@odata.type": "#microsoft.graph.security.${name}",\n  "displayName": "String"\n}\n\`\`\`\n`,
    ].join('\n')
  const ROW =
    '|retentionEventType|[microsoft.graph.security.retentionEventType](../resources/security-retentioneventtype.md)|Specifies the event that will start the retention period for labels that use this event type when an event is created.|\n'
  // As the page has it, a relationship; `related: false` moves the row into the Properties table.
  const eventPage = (related = true) => ({
    file: 'resources/security-retentionevent.md',
    text: resourcePage(
      'retentionEvent',
      [
        '## Properties\n|Property|Type|Description|\n|:---|:---|:---|',
        `|displayName|String|Name of the event.|\n${related ? '' : ROW}`,
        ...(related ? ['## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|', ROW] : []),
      ].join('\n'),
    ),
  })
  const eventType = {
    file: 'resources/security-retentioneventtype.md',
    text: resourcePage(
      'retentionEventType',
      '## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Name of the event type.|\n',
    ),
  }
  const post = (cell: string) => ({
    file: 'api/security-retentionevent-post.md',
    text: [
      '---\ndoc_type: apiPageType\n---',
      '# Create retentionEvent\nNamespace: microsoft.graph.security',
      'Create a new [retentionEvent](../resources/security-retentionevent.md) object.',
      '## HTTP request\n\n<!-- {\n  "blockType": "ignored"\n}\n-->\n``` http\nPOST /security/triggers/retentionEvents\n```',
      '## Request body\nIn the request body, supply a JSON representation of the [retentionEvent](../resources/security-retentionevent.md) object.',
      '|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Name of the event.|',
      `|retentionEventType|${cell}|Name of the event type associated with the event.|\n`,
      '## Response\n\nIf successful, this method returns a `201 Created` response code and a [microsoft.graph.security.retentionEvent](../resources/security-retentionevent.md) object in the response body.\n',
    ].join('\n'),
  })
  const retyped = (cell: string, related = true) =>
    buildModel([post(cell), eventPage(related), eventType])
      .diagnostics.filter((each) => each.code === 'body-member-retyped')
      .map((each) => `${each.line} ${each.message}`)

  it("is not reported where the property is a relationship: a String row names what the create binds (the page's example sends `retentionEventType@odata.bind`, the sample's group-post-groups.md `| owners | string collection |`)", () => {
    expect(retyped('String')).toEqual([])
    expect(retyped('String collection')).toHaveLength(1) // one value bound, not a collection
  })

  it("is reported where the body type's property of its name is an entity it holds", () => {
    expect(retyped('String', false)).toEqual([
      "21 Unexpected Request body member retentionEventType of security-retentionevent-post typed String, expected microsoft.graph.security.retentionEventType as microsoft.graph.security.retentionEvent's property retentionEventType is; the body sends the property's type",
    ])
  })

  it('is not reported where the row names the object, or an `Object`', () => {
    expect(
      retyped('[microsoft.graph.security.retentionEventType](../resources/security-retentioneventtype.md)'),
    ).toEqual([])
    expect(retyped('Object')).toEqual([])
  })
})
