/**
 * A create's body table under "The following table shows the properties that are required when you
 * create the …": its rows are required, unless the table lists every property of the type (the
 * type's own table, copied under that lead-in), or the page is no create. Cut from today's
 * microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/organizationalbranding-post-localizations.md
 * and resources/organizationalbrandinglocalization.md (the mock refused the page's own `"id": "fr-FR"`
 * as read-only, and took a create without it), and from ../shared's v1.0 sample
 * intune-apps-mobileappcategory-create.md and todotask-update.md (a copied table, an update).
 */
import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import { startMockServer } from '../../src/mock/serve.js'

const LEAD = 'The following table shows the properties that are required when you create the'

const localization = {
  file: 'resources/organizationalbrandinglocalization.md',
  text: [
    '# organizationalBrandingLocalization resource type\n\nNamespace: microsoft.graph\n',
    '## Properties\n| Property     | Type        | Description |\n|:-------------|:------------|:------------|',
    '| backgroundColor | String | Color that will appear in place of the background image in low-bandwidth connections. |',
    '| id | String | An identifier that represents the locale specified in the ISO 639-1 standard, for example English is `en-US`. The **id** for the default /branding is always the String types `0` or `default`. Read-only. |',
    '| signInPageText | String | Text that appears at the bottom of the sign-in box. |',
    '| squareLogoRelativeUrl | String | A relative url for the **squareLogo** property. Read-only. |',
    '| usernameHintText | String | String that shows as the hint in the username textbox on the sign-in screen. |\n',
    '## Relationships\nNone.\n',
    '## JSON representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.organizationalBrandingLocalization"\n}\n-->',
    '``` json\n{\n  "backgroundColor": "String",\n  "id": "String (identifier)",\n  "signInPageText": "String",\n  "squareLogoRelativeUrl": "String",\n  "usernameHintText": "String"\n}\n```\n',
  ].join('\n'),
}
const createLocalization = {
  file: 'api/organizationalbranding-post-localizations.md',
  text: [
    '# Create organizationalBrandingLocalization\nNamespace: microsoft.graph\n',
    '## HTTP request\n<!-- {\n  "blockType": "ignored"\n}\n-->\n``` http\nPOST /organization/{organizationId}/branding/localizations\n```\n',
    '## Request body\n',
    `${LEAD} [organizationalBrandingLocalization](../resources/organizationalbrandinglocalization.md) object.\n`,
    '| Property     | Type        | Description |\n|:-------------|:------------|:------------|',
    '| id | String | An identifier that represents the locale specified using culture names. For example, U.S. English is `en-US`. |\n',
    '## Response\nIf successful, this method returns a `201 Created` response code and an [organizationalBrandingLocalization](../resources/organizationalbrandinglocalization.md) object in the response body.\n',
    '<!-- {\n  "blockType": "request",\n  "name": "create_organizationalbrandinglocalization"\n}-->',
    '```msgraph-interactive\nPOST https://graph.microsoft.com/v1.0/organization/d69179bf-f4a4-41a9-a9de-249c0f2efb1d/branding/localizations\nContent-Type: application/json\n\n{\n    "backgroundColor":"#00000F",\n    "id": "fr-FR",\n    "signInPageText": " "\n}\n```\n',
    '### Response\n<!-- {\n  "blockType": "response",\n  "truncated": true,\n  "@odata.type": "microsoft.graph.organizationalBrandingLocalization"\n} -->',
    '```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n    "id": "fr-FR",\n    "backgroundColor": "",\n    "signInPageText": " "\n}\n```\n',
  ].join('\n'),
}

const category = {
  file: 'resources/intune-apps-mobileappcategory.md',
  text: [
    '# mobileAppCategory resource type\n\nNamespace: microsoft.graph\n',
    '## Properties\n|Property|Type|Description|\n|:---|:---|:---|',
    '|id|String|The key of the entity.|\n|displayName|String|The name of the app category.|\n|lastModifiedDateTime|DateTimeOffset|The date and time the mobileAppCategory was last modified.|\n',
    '## JSON Representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.mobileAppCategory"\n}\n-->',
    '``` json\n{\n  "@odata.type": "#microsoft.graph.mobileAppCategory",\n  "id": "String (identifier)",\n  "displayName": "String",\n  "lastModifiedDateTime": "String (timestamp)"\n}\n```\n',
  ].join('\n'),
}
const createCategory = {
  file: 'api/intune-apps-mobileappcategory-create.md',
  text: [
    '# Create mobileAppCategory\n\nNamespace: microsoft.graph\n',
    '## HTTP Request\n<!-- {\n  "blockType": "ignored"\n}\n-->\n``` http\nPOST /deviceAppManagement/mobileAppCategories\n```\n',
    '## Request body\nIn the request body, supply a JSON representation for the mobileAppCategory object.\n',
    `${LEAD} mobileAppCategory.\n`,
    '|Property|Type|Description|\n|:---|:---|:---|',
    '|id|String|The key of the entity.|\n|displayName|String|The name of the app category.|\n|lastModifiedDateTime|DateTimeOffset|The date and time the mobileAppCategory was last modified.|\n',
    '## Response\nIf successful, this method returns a `201 Created` response code and a [mobileAppCategory](../resources/intune-apps-mobileappcategory.md) object in the response body.\n',
  ].join('\n'),
}
const updateCategory = {
  file: 'api/intune-apps-mobileappcategory-update.md',
  text: createCategory.text
    .replace('# Create', '# Update')
    .replace(
      'POST /deviceAppManagement/mobileAppCategories',
      'PATCH /deviceAppManagement/mobileAppCategories/{mobileAppCategoryId}',
    )
    .replace('|id|String|The key of the entity.|\n', '')
    .replace('`201 Created`', '`200 OK`'),
}

const bodyRows = (pages: { file: string; text: string }[], file: string) =>
  buildModel(pages)
    .operations.find((operation) => operation.position?.file === file)
    ?.parameters.filter((parameter) => parameter.in === 'body')
    .map((parameter) => [parameter.name, parameter.required])

describe('a create body table under a lead-in of properties required when creating', () => {
  it('makes the rows required where they are a selection of the type', () => {
    expect(bodyRows([localization, createLocalization], createLocalization.file)).toEqual([['id', true]])
  })

  it("leaves out a row the page's own create request does not send (beta's provisioning policies: `id`)", () => {
    const withRow = {
      ...createLocalization,
      text: createLocalization.text.replace(
        '| id | String |',
        '| signInPageText | String | Text that appears at the bottom of the sign-in box. |\n| id | String |',
      ),
    }
    const omitting = {
      ...withRow,
      text: withRow.text.replace('"signInPageText": " "', '"usernameHintText": " "'),
    }
    expect(bodyRows([localization, withRow], withRow.file)).toEqual([
      ['signInPageText', true],
      ['id', true],
    ])
    expect(bodyRows([localization, omitting], omitting.file)).toEqual([
      ['signInPageText', false],
      ['id', true],
    ])
  })

  it('leaves them optional where the table lists the whole type, or the page is no create', () => {
    const pages = [category, createCategory, updateCategory]
    expect(bodyRows(pages, createCategory.file)).toEqual([
      ['id', false],
      ['displayName', false],
      ['lastModifiedDateTime', false],
    ])
    expect(bodyRows(pages, updateCategory.file)).toEqual([
      ['displayName', false],
      ['lastModifiedDateTime', false],
    ])
  })

  it("makes the mock take the page's own create, with the read-only key it requires, and refuse one without", async () => {
    const mock = await startMockServer([localization, createLocalization], {
      port: 0,
      host: '127.0.0.1',
      log: false,
    })
    try {
      const post = (body: object) =>
        fetch(`${mock.url}/organization/o1/branding/localizations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      expect((await post({ backgroundColor: '#00000F', id: 'fr-FR', signInPageText: ' ' })).status).toBe(201)
      expect((await post({ backgroundColor: '#00000F' })).status).toBe(400)
    } finally {
      await mock.close()
    }
  })
})

// Cut from today's microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/chat-post.md and
// resources/chat.md: every row came out optional (the mock took `POST /chats {}`), and topic's type unknown.
const chat = {
  file: 'resources/chat.md',
  text: [
    '# chat resource type\n\nNamespace: microsoft.graph\n',
    '## Properties\n\n| Property   | Type |Description|\n|:---------------|:--------|:----------|',
    '| chatType| [chatType](../resources/chat.md#chattype-values) | Specifies the type of chat. Possible values are: `group`, `oneOnOne`, `meeting`, `unknownFutureValue`.|',
    '| createdDateTime| dateTimeOffset|  Date and time at which the chat was created. Read-only.|',
    "| id| String| The chat's unique identifier. Read-only.|",
    '| lastUpdatedDateTime| dateTimeOffset|  Date and time at which the chat was renamed or the list of members was last changed. Read-only.|',
    '| tenantId| String | The identifier of the tenant in which the chat was created. Read-only.|',
    '| topic| String|  (Optional) Subject or topic for the chat. Only available for group chats.|',
    '| webUrl | String| The URL for the chat in Microsoft Teams. The URL should be treated as an opaque blob, and not parsed. Read-only. |\n',
    '### chatType values \n\n| Member             | Value | Description               |\n| :----------------- | :---- | :------------------------ |',
    '|oneOnOne            | 0     | Indicates that the chat is a 1:1 chat.|\n|group               | 1     | Indicates that the chat is a group chat.|\n',
    '## Relationships\n\n| Relationship | Type |Description|\n|:---------------|:--------|:----------|',
    '| members | [conversationMember](conversationmember.md) collection | A collection of all the members in the chat. Nullable. |\n',
    '## JSON representation\n\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.chat"\n}-->\n',
    '```json\n{\n  "createdDateTime": "dateTimeOffset",\n  "chatType": "string",\n  "id": "string (identifier)",\n  "lastUpdatedDateTime": "dateTimeOffset",\n  "tenantId": "string",\n  "topic": "string",\n  "webUrl": "string"\n}\n```\n',
  ].join('\n'),
}
const createChat = {
  file: 'api/chat-post.md',
  text: [
    '# Create chat\nNamespace: microsoft.graph\n',
    '## HTTP request\n\n<!-- {\n  "blockType": "ignored"\n}\n-->\n``` http\nPOST /chats\n```\n',
    '## Request body\nIn the request body, supply a JSON representation of the [chat](../resources/chat.md) object.\n',
    'The following table lists the properties that are required to create a chat object.\n',
    '|Property|Type|Description|\n|:---|:---|:---|',
    '|topic|(Optional) String|The title of the chat. The chat title can be provided only if the chat is of `group` type.|',
    '|chatType|[chatType](../resources/chat.md#chattype-values)| Specifies the type of chat. Possible values are: `group` and `oneOnOne`. |',
    '|members|[conversationMember](../resources/conversationmember.md) collection|List of conversation members that should be added.|\n',
    '## Response\n\nIf successful, this method returns a 201 Created response code and the newly created **chat** resource in the response body.\n',
    '<!-- {\n  "blockType": "request",\n  "name": "create_chat_oneOnOne"\n}\n-->\n``` http\nPOST https://graph.microsoft.com/v1.0/chats\nContent-Type: application/json\n',
    '{\n  "chatType": "oneOnOne",\n  "members": [\n    {\n      "@odata.type": "#microsoft.graph.aadUserConversationMember",\n      "roles": ["owner"]\n    }\n  ]\n}\n```\n',
  ].join('\n'),
}

describe('a create body table under a lead-in of properties required to create', () => {
  it('makes the rows required but one whose type cell says (Optional), and reads that type', () => {
    const rows = buildModel([chat, createChat])
      .operations.find((operation) => operation.position?.file === createChat.file)
      ?.parameters.filter((parameter) => parameter.in === 'body')
      .map((parameter) => [parameter.name, parameter.type.kind, parameter.required])
    expect(rows).toEqual([
      ['topic', 'primitive', false],
      ['chatType', 'named', true],
      ['members', 'named', true],
    ])
  })
})
