import { describe, expect, it } from 'vitest'
import { buildModel } from '../../src/build/in-memory.js'
import type { ApiModel, ObjectTypeDef } from '../../src/model.js'

// Cut from today's pages of microsoftgraph/microsoft-graph-docs-contrib: group.md, whose
// Relationships table has no transitiveMembers, group-get.md and group-list-transitivemembers.md.

/** A resource page in microsoft.graph: `properties` and `relationships` rows (name, Type cell). */
const resource = (
  name: string,
  options: {
    properties?: [string, string][]
    relationships?: [string, string][]
    base?: string
    complex?: boolean
  } = {},
) =>
  [
    '---\ndoc_type: resourcePageType\n---',
    `# ${name} resource type\n\nNamespace: microsoft.graph`,
    '## Properties\n|Property|Type|Description|\n|:--|:--|:--|',
    ...(options.properties ?? [['id', 'String']]).map(
      ([property, type]) => `|${property}|${type}|The ${property}.|`,
    ),
    '\n## Relationships\n|Relationship|Type|Description|\n|:--|:--|:--|',
    ...(options.relationships ?? []).map(([property, type]) => `|${property}|${type}|The ${property}.|`),
    '\n## JSON representation',
    `<!-- { "blockType": "resource", ${options.complex ? '' : '"keyProperty": "id", '}"@odata.type": "microsoft.graph.${name}"${options.base ? `, "baseType": "${options.base}"` : ''} } -->`,
    '```json\n{ }\n```\n',
  ].join('\n')

/** An API page reading `path`: one `type` object or, with `collection`, a collection of them. */
const read = (title: string, path: string, type: string, collection = false) =>
  [
    '---\ndoc_type: apiPageType\n---',
    `# ${title}\n\nNamespace: microsoft.graph\n\n${title}.`,
    `## HTTP request\n\`\`\`http\nGET ${path}\n\`\`\``,
    '## Response',
    `If successful, this method returns a \`200 OK\` response code and ${collection ? 'a collection of ' : 'a '}[${type}](../resources/${type.toLowerCase()}.md) ${collection ? 'objects' : 'object'} in the response body.\n`,
  ].join('\n')

/** An API page creating a `type` at `path` (POST, the created object answered). */
const create = (title: string, paths: readonly string[], type: string) =>
  [
    '---\ndoc_type: apiPageType\n---',
    `# ${title}\n\nNamespace: microsoft.graph\n\n${title}.`,
    `## HTTP request\n\`\`\`http\n${paths.map((path) => `POST ${path}`).join('\n')}\n\`\`\``,
    `## Request body\nIn the request body, supply a JSON representation of a [${type}](../resources/${type.toLowerCase()}.md) object.`,
    '## Response',
    `If successful, this method returns a \`201 Created\` response code and a [${type}](../resources/${type.toLowerCase()}.md) object in the response body.\n`,
  ].join('\n')

const groupPage = (options: Parameters<typeof resource>[1] = {}) => ({
  file: 'resources/group.md',
  text: resource('group', {
    relationships: [['members', '[directoryObject](directoryobject.md) collection']],
    ...options,
  }),
})
const directoryObject = { file: 'resources/directoryobject.md', text: resource('directoryObject') }
const getGroup = { file: 'api/group-get.md', text: read('Get group', '/groups/{id}', 'group') }
const listTransitiveMembers = {
  file: 'api/group-list-transitivemembers.md',
  text: read('List group transitive members', '/groups/{id}/transitiveMembers', 'directoryObject', true),
}

const objectType = (model: ApiModel, name: string) => model.types[`microsoft.graph.${name}`] as ObjectTypeDef
const propertyOf = (model: ApiModel, type: string, name: string) =>
  objectType(model, type).properties.find((property) => property.name === name)
const reported = (model: ApiModel) =>
  model.diagnostics.filter((each) => each.code === 'navigation-from-route')

describe('navigation properties the API pages read under an entity', () => {
  it("are added to the entity a get answers at the parent path, as a collection for a list, and reported at the entity's page", () => {
    const model = buildModel([groupPage(), directoryObject, getGroup, listTransitiveMembers])
    expect(propertyOf(model, 'group', 'transitiveMembers')).toMatchObject({
      type: { kind: 'named', resolved: 'microsoft.graph.directoryObject' },
      collection: true,
      relationship: true,
      position: { file: 'api/group-list-transitivemembers.md' },
    })
    expect(reported(model)).toMatchObject([
      {
        severity: 'warning',
        file: 'resources/group.md',
        message: expect.stringContaining(
          'Missing relationship transitiveMembers of microsoft.graph.group: GET /groups/{id}/transitiveMembers (api/group-list-transitivemembers.md:',
        ),
      },
    ])
  })

  it('are one entity for a get, under a root another get answers (`/me`)', () => {
    const model = buildModel([
      { file: 'resources/user.md', text: resource('user') },
      { file: 'resources/presence.md', text: resource('presence') },
      { file: 'api/user-get.md', text: read('Get user', '/me', 'user') },
      { file: 'api/presence-get.md', text: read('Get presence', '/me/presence', 'presence') },
    ])
    expect(propertyOf(model, 'user', 'presence')).toMatchObject({ collection: false, relationship: true })
  })

  it('are a collection where a page gets one of them by key or creates one, typed as other types declare the name', () => {
    // opentypeextension-get.md documents GET /organization/{id}/extensions/{id}, answered as an
    // openTypeExtension; group.md declares `extensions` as a collection of extension.
    const extension = { file: 'resources/extension.md', text: resource('extension') }
    const openTypeExtension = {
      file: 'resources/opentypeextension.md',
      text: resource('openTypeExtension', { base: 'microsoft.graph.extension' }),
    }
    const model = buildModel([
      groupPage({ relationships: [['extensions', '[extension](extension.md) collection']] }),
      extension,
      openTypeExtension,
      { file: 'resources/organization.md', text: resource('organization') },
      {
        file: 'api/organization-get.md',
        text: read('Get organization', '/organization/{id}', 'organization'),
      },
      {
        file: 'api/opentypeextension-get.md',
        text: read('Get open extension', '/organization/{id}/extensions/{extensionId}', 'openTypeExtension'),
      },
      { file: 'resources/onlinemeeting.md', text: resource('onlineMeeting') },
      { file: 'resources/user.md', text: resource('user') },
      { file: 'api/user-get.md', text: read('Get user', '/me', 'user') },
      {
        file: 'api/application-post-onlinemeetings.md',
        text: create('Create onlineMeeting', ['/me/onlineMeetings'], 'onlineMeeting'),
      },
    ])
    expect(propertyOf(model, 'organization', 'extensions')).toMatchObject({
      type: { resolved: 'microsoft.graph.extension' },
      collection: true,
    })
    expect(propertyOf(model, 'user', 'onlineMeetings')).toMatchObject({
      type: { resolved: 'microsoft.graph.onlineMeeting' },
      collection: true,
    })
  })

  it('type a path through the properties of the types before it', () => {
    // workbook-list-comments.md: no page gets /me/drive/items/{id}/workbook, driveItem's `workbook` types it.
    const pages = [
      {
        file: 'resources/driveitem.md',
        text: resource('driveItem', { relationships: [['workbook', '[workbook](workbook.md)']] }),
      },
      { file: 'resources/workbook.md', text: resource('workbook') },
      { file: 'resources/workbookcomment.md', text: resource('workbookComment') },
      { file: 'api/driveitem-get.md', text: read('Get driveItem', '/me/drive/items/{id}', 'driveItem') },
      {
        file: 'api/workbook-list-comments.md',
        text: read('List comments', '/me/drive/items/{id}/workbook/comments', 'workbookComment', true),
      },
    ]
    const model = buildModel(pages)
    expect(propertyOf(model, 'workbook', 'comments')).toMatchObject({ collection: true, relationship: true })
    // A path two gets answer with different types has no type, not the property's.
    const contested = buildModel([
      ...pages,
      { file: 'resources/other.md', text: resource('other') },
      { file: 'api/a-get.md', text: read('Get workbook', '/me/drive/items/{id}/workbook', 'workbook') },
      { file: 'api/b-get.md', text: read('Get other', '/me/drive/items/{id}/workbook', 'other') },
    ])
    expect(propertyOf(contested, 'workbook', 'comments')).toBeUndefined()
  })

  it('are not the names the docs call as an action on any route', () => {
    // opentypeextension-post-opentypeextension.md creates an extension in a new reply (cut to that
    // route); post-reply.md calls `reply` as an action.
    const post = { file: 'resources/post.md', text: resource('post') }
    const getPost = {
      file: 'api/post-get.md',
      text: read('Get post', '/groups/{id}/threads/{id}/posts/{id}', 'post'),
    }
    const createExtension = (paths: readonly string[]) => ({
      file: 'api/opentypeextension-post-opentypeextension.md',
      text: create('Create open extension', paths, 'openTypeExtension'),
    })
    const openTypeExtension = { file: 'resources/opentypeextension.md', text: resource('openTypeExtension') }
    const reply = {
      file: 'api/post-reply.md',
      text: '# post: reply\n\nNamespace: microsoft.graph\n\nReply to a post.\n\n## HTTP request\n```http\nPOST /groups/{id}/threads/{id}/posts/{id}/reply\n```\n\n## Request body\n| Parameter | Type | Description |\n|:--|:--|:--|\n| comment | String | A comment. |\n\n## Response\nIf successful, this method returns `202 Accepted` response code. It does not return anything in the response body.\n',
    }
    const pages = [groupPage(), post, getPost, openTypeExtension]
    const inReply = createExtension(['/groups/{id}/threads/{id}/posts/{id}/reply'])
    expect(propertyOf(buildModel([...pages, inReply]), 'post', 'reply')).toBeDefined()
    expect(propertyOf(buildModel([...pages, inReply, reply]), 'post', 'reply')).toBeUndefined()
    // A create posting to collections of several names is no page's word on any of them.
    const several = buildModel([
      ...pages,
      getGroup,
      createExtension(['/groups/{id}/extensions', '/groups/{id}/threads/{id}/posts/{id}/reply']),
    ])
    expect(reported(several)).toEqual([])
  })

  it('are typed by the list and create pages over a page getting one of a derived type by key', () => {
    // accesspackageassignmentrequestworkflowextension-get.md gets one derived extension by key;
    // accesspackagecatalog-list-accesspackagecustomworkflowextensions.md lists the base type.
    const extension = (name: string, base?: string) => ({
      file: `resources/${name.toLowerCase()}.md`,
      text: resource(name, base ? { base } : {}),
    })
    const model = buildModel([
      { file: 'resources/accesspackagecatalog.md', text: resource('accessPackageCatalog') },
      extension('customCalloutExtension'),
      extension('accessPackageAssignmentRequestWorkflowExtension', 'microsoft.graph.customCalloutExtension'),
      {
        file: 'api/accesspackagecatalog-get.md',
        text: read('Get catalog', '/catalogs/{id}', 'accessPackageCatalog'),
      },
      {
        file: 'api/a-get.md',
        text: read(
          'Get extension',
          '/catalogs/{id}/customWorkflowExtensions/{extensionId}',
          'accessPackageAssignmentRequestWorkflowExtension',
        ),
      },
      {
        file: 'api/b-list.md',
        text: read(
          'List extensions',
          '/catalogs/{id}/customWorkflowExtensions',
          'customCalloutExtension',
          true,
        ),
      },
    ])
    expect(propertyOf(model, 'accessPackageCatalog', 'customWorkflowExtensions')).toMatchObject({
      type: { resolved: 'microsoft.graph.customCalloutExtension' },
      collection: true,
      position: { file: 'api/b-list.md' },
    })
  })

  it("are the base type's where pages document the name on a base and on a type deriving from it", () => {
    // agentidentity-list-transitivememberof.md sorts before serviceprincipal-list-transitivememberof.md.
    const model = buildModel([
      { file: 'resources/serviceprincipal.md', text: resource('servicePrincipal') },
      {
        file: 'resources/agentidentity.md',
        text: resource('agentIdentity', { base: 'microsoft.graph.servicePrincipal' }),
      },
      directoryObject,
      {
        file: 'api/serviceprincipal-get.md',
        text: read('Get servicePrincipal', '/servicePrincipals/{id}', 'servicePrincipal'),
      },
      {
        file: 'api/agentidentity-get.md',
        text: read(
          'Get agentIdentity',
          '/servicePrincipals/{id}/microsoft.graph.agentIdentity',
          'agentIdentity',
        ),
      },
      {
        file: 'api/agentidentity-list-transitivememberof.md',
        text: read(
          'List memberships',
          '/servicePrincipals/{id}/microsoft.graph.agentIdentity/transitiveMemberOf',
          'directoryObject',
          true,
        ),
      },
      {
        file: 'api/serviceprincipal-list-transitivememberof.md',
        text: read('List memberships', '/servicePrincipals/{id}/transitiveMemberOf', 'directoryObject', true),
      },
    ])
    expect(propertyOf(model, 'servicePrincipal', 'transitiveMemberOf')).toBeDefined()
    expect(propertyOf(model, 'agentIdentity', 'transitiveMemberOf')).toBeUndefined()
  })

  it('are not added where the entity, a base or a derived type has the name in any letter case', () => {
    const listed = buildModel([
      groupPage({
        relationships: [['TransitiveMembers', '[directoryObject](directoryobject.md) collection']],
      }),
      directoryObject,
      getGroup,
      listTransitiveMembers,
    ])
    expect(propertyOf(listed, 'group', 'transitiveMembers')).toBeUndefined()
    expect(reported(listed)).toEqual([])
    const derived = buildModel([
      groupPage(),
      {
        file: 'resources/unifiedgroup.md',
        text: resource('unifiedGroup', {
          base: 'microsoft.graph.group',
          relationships: [['transitiveMembers', '[directoryObject](directoryobject.md) collection']],
        }),
      },
      directoryObject,
      getGroup,
      listTransitiveMembers,
    ])
    expect(propertyOf(derived, 'group', 'transitiveMembers')).toBeUndefined()
  })

  it('are not taken from a complex value, on either side of the path', () => {
    const complexTarget = buildModel([
      groupPage({ relationships: [] }),
      {
        file: 'resources/directoryobject.md',
        text: resource('directoryObject', { complex: true, properties: [['displayName', 'String']] }),
      },
      getGroup,
      listTransitiveMembers,
    ])
    expect(propertyOf(complexTarget, 'group', 'transitiveMembers')).toBeUndefined()
    const complexParent = buildModel([
      {
        file: 'resources/mailboxsettings.md',
        text: resource('mailboxSettings', { complex: true, properties: [['timeZone', 'String']] }),
      },
      directoryObject,
      {
        file: 'api/user-get-mailboxsettings.md',
        text: read('Get mailboxSettings', '/me/mailboxSettings', 'mailboxSettings'),
      },
      {
        file: 'api/list-rules.md',
        text: read('List rules', '/me/mailboxSettings/rules', 'directoryObject', true),
      },
    ])
    expect(reported(complexParent)).toEqual([])
  })

  it('are not read where no get answers the parent path, nor from a query form of a route', () => {
    expect(reported(buildModel([groupPage(), directoryObject, listTransitiveMembers]))).toEqual([])
    const query = {
      file: 'api/group-list-owners.md',
      text: read('List owners', '/groups/{id}/owners?$top=5', 'directoryObject', true),
    }
    expect(reported(buildModel([groupPage(), directoryObject, getGroup, query]))).toEqual([])
  })
})
